/** The database's part of readiness: writable, and holding every migration this Caseline ships. */

import type { Db } from '../store/database.ts';
import { probeWritable } from '../store/database-probe.ts';
import { describeSchema, schemaStatus } from '../store/schema-status.ts';
import { down, type PartStatus, up } from './readiness.ts';

export function databaseHealth(db: Db, path: string): () => PartStatus {
  return () => {
    const writable = probeWritable(db.$client, path);
    const schema = schemaStatus(db.$client);
    const facts = { writable: writable.ok, schema: schema.current, pendingMigrations: schema.pending.length };
    if (!writable.ok) return down(`not writable: ${writable.reason}`, facts);
    if (schema.newer) return down(`holds ${describeSchema(schema)}`, facts);
    if (schema.pending.length > 0) {
      return down(`${schema.pending.length} migrations not applied (${schema.pending[0]!.tag} …)`, facts);
    }
    return up(`writable; schema ${describeSchema(schema)}`, facts);
  };
}
