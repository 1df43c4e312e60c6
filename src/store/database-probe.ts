/**
 * Can the bot still write its database? The write lock must be obtainable quickly (a stuck writer
 * elsewhere shows here), and the file and its directory must be writable (a read-only remount or
 * changed permissions show here). The probe takes the lock and releases it without writing a page.
 */
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';

export type WritableProbe = { ok: true } | { ok: false; reason: string };

export function probeWritable(sqlite: Database.Database, path: string, lockWaitMs = 250): WritableProbe {
  if (sqlite.readonly) return { ok: false, reason: 'opened read-only' };
  if (path !== ':memory:') {
    for (const target of [path, dirname(path)]) {
      try {
        accessSync(target, constants.W_OK);
      } catch (error) {
        return { ok: false, reason: `${target} is not writable (${(error as NodeJS.ErrnoException).code})` };
      }
    }
  }
  if (sqlite.inTransaction) return { ok: true };
  const previous = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma(`busy_timeout = ${lockWaitMs}`);
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    sqlite.exec('ROLLBACK');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `the write lock is not free (${(error as Error).message})` };
  } finally {
    sqlite.pragma(`busy_timeout = ${previous}`);
  }
}
