// A batch of mail is one transaction with a savepoint per message (ingest-batch.ts). SQLite keeps what a
// savepoint needs to roll back in a sub-journal, which by default spills to a temporary file past 64 KiB:
// a file written on every batch. The database keeps it in memory instead (temp_store = MEMORY).
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { inTransaction } from '../../../src/store/transaction.ts';

const dir = mkdtempSync(join(tmpdir(), 'caseline-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** SQLite's temporary files are named etilqs_* and unlinked as soon as they are opened. */
const openTemporaryFiles = () =>
  readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target.includes('etilqs_'));

describe('the savepoints of a batch transaction', () => {
  it('keep their rollback journal in memory: a savepoint that changes many pages opens no temporary file', async () => {
    const db = openDatabase(join(dir, 'caseline.db'));
    db.$client.exec('CREATE TABLE t (x TEXT NOT NULL)');
    const insert = db.$client.prepare('INSERT INTO t (x) VALUES (?)');
    const update = db.$client.prepare('UPDATE t SET x = ? WHERE rowid = ?');
    const row = (i: number) => `${i}`.padEnd(1000, '.');
    await inTransaction(db, () => {
      for (let i = 1; i <= 400; i++) insert.run(row(i));
    });
    let during: string[] = [];
    await inTransaction(db, async () => {
      // One message's savepoint changes rows on many pages that were there before it, as a message's
      // records change the pages of several indexes: here 25 pages, a sub-journal of ~100 KiB.
      for (let start = 1; start <= 4; start++) {
        await inTransaction(db, () => {
          for (let i = start; i <= 400; i += 16) update.run(row(-i), i);
        });
      }
      during = openTemporaryFiles();
    });
    expect(during).toEqual([]);
    expect(db.$client.prepare('SELECT x FROM t WHERE rowid = 388').pluck().get()).toBe(row(-388));
    db.$client.close();
  });
});
