/** Shared by the directory service tests: temp databases, table snapshots, the demo directory. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { DEMO_DIRECTORY_FILE } from '../../../src/services/seed-demo-directory.ts';
import { type Db, openDatabase } from '../../../src/store/database.ts';

export const pinPolicy = DEFAULT_POLICY.pin;

const DIRECTORY_TABLES = [
  'companies',
  'contracts',
  'contract_products',
  'account_pairs',
  'contacts',
  'contact_emails',
  'access_grants',
  'staff',
] as const;

export interface TempDb {
  db: Db;
  path: string;
  close(): void;
}

export function openTempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-directory-'));
  const path = join(dir, 'caseline.db');
  const db = openDatabase(path);
  return {
    db,
    path,
    close: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every directory table, plus the audit log length: equal snapshots = nothing written. */
export function snapshotTables(db: Db): Record<string, unknown[]> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of DIRECTORY_TABLES)
    snapshot[table] = db.$client.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  snapshot.audit_log_count = [db.$client.prepare('SELECT count(*) AS n FROM audit_log').get()];
  return snapshot;
}

export function demoDirectory(): {
  companies: Array<Record<string, unknown>>;
  contracts: Array<Record<string, unknown>>;
  pairs: Array<Record<string, unknown>>;
  contacts: Array<Record<string, unknown> & { access: Array<Record<string, unknown>> }>;
  staff: Array<Record<string, unknown>>;
} {
  return JSON.parse(readFileSync(DEMO_DIRECTORY_FILE, 'utf8'));
}

export function source(value: unknown, name = 'directory.json') {
  return { name, text: JSON.stringify(value, null, 2) };
}
