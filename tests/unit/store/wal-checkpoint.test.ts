// A checkpoint (WAL copied into the database file, both synced) cost a third of a message's time in
// bench:engine at SQLite's default of every 1,000 pages; the database checkpoints every 10,000 pages.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { inTransaction } from '../../../src/store/transaction.ts';

const dir = mkdtempSync(join(tmpdir(), 'caseline-wal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the write-ahead log', () => {
  it('is not checkpointed after 1,000 pages: 3,000 pages written in small commits all stay in the WAL', async () => {
    const path = join(dir, 'caseline.db');
    const db = openDatabase(path);
    db.$client.exec('CREATE TABLE t (x TEXT NOT NULL)');
    const insert = db.$client.prepare('INSERT INTO t (x) VALUES (?)');
    const pageSize = db.$client.pragma('page_size', { simple: true }) as number;
    // One row of a page each, 30 rows a commit: about 3,000 pages in 100 commits.
    for (let commit = 0; commit < 100; commit++) {
      await inTransaction(db, () => {
        for (let i = 0; i < 30; i++) insert.run('x'.repeat(pageSize - 100));
      });
    }
    // After a checkpoint the WAL is written again from its start, so its size stays near the last
    // checkpoint's: at every 1,000 pages it would hold about 1,000 pages.
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(2_500 * pageSize);
    expect(db.$client.prepare('SELECT count(*) FROM t').pluck().get()).toBe(3_000);
    db.$client.close();
  });
});
