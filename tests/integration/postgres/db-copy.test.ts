/**
 * Issue 24 §3: `caseline db copy` moves a SQLite database into an empty PostgreSQL database in one
 * transaction, every table, verified by counts and checksums, against a real PostgreSQL server.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CopyRefused, copySqliteToPostgres } from '../../../src/store/postgres/copy-from-sqlite.ts';
import { createPool } from '../../../src/store/postgres/postgres-database.ts';
import { TableChecksum } from '../../../src/store/postgres/row-checksum.ts';
import { tablePlans } from '../../../src/store/postgres/table-plan.ts';
import { variedDatabase } from '../../support/varied-database.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';

let server: PostgresServer;
let sourcePath: string;
const pools: pg.Pool[] = [];

beforeAll(async () => {
  server = await startPostgres();
  sourcePath = join(mkdtempSync(join(tmpdir(), 'caseline-copy-')), 'caseline.db');
  await variedDatabase(sourcePath);
});

afterAll(async () => {
  for (const pool of pools) await pool.end();
  await server?.stop();
});

async function emptyTarget(): Promise<pg.Pool> {
  const pool = createPool(await server.createDatabase(), { max: 3 });
  pools.push(pool);
  return pool;
}

function openSource(path = sourcePath): Database.Database {
  return new Database(path, { readonly: true });
}

const count = async (pool: pg.Pool, table: string) =>
  (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0]!.n;

describe('caseline db copy (issue 24 §3)', () => {
  it('issue 24 §3: copies every table with the same counts and checksums, read back independently', async () => {
    const target = await emptyTarget();
    const source = openSource();
    const copied = await copySqliteToPostgres(source, target);
    const plans = tablePlans();
    expect(copied.map((t) => t.table).sort()).toEqual(plans.map((p) => p.name).sort());
    for (const plan of plans) {
      const names = plan.columns.map((c) => `"${c.name}"`).join(', ');
      const mine = new TableChecksum(plan.columns.map((c) => c.kind));
      for (const row of source.prepare(`SELECT ${names} FROM "${plan.name}"`).raw(true).all() as unknown[][])
        mine.add(row);
      const theirs = new TableChecksum(plan.columns.map((c) => c.kind));
      const result = await target.query<unknown[]>({ text: `SELECT ${names} FROM "${plan.name}"`, rowMode: 'array' });
      for (const row of result.rows) theirs.add(row);
      expect({ table: plan.name, rows: theirs.count, sum: theirs.digest() }).toEqual({
        table: plan.name,
        rows: mine.count,
        sum: mine.digest(),
      });
      expect(copied.find((t) => t.table === plan.name)).toEqual({
        table: plan.name,
        rows: mine.count,
        checksum: mine.digest(),
      });
    }
    source.close();
    // What the copy carried: the parts a move must not lose.
    for (const table of [
      'cases',
      'case_events',
      'outbox',
      'audit_log',
      'inbound_messages',
      'slack_events',
      'contacts',
      'pages',
    ]) {
      expect(await count(target, table), table).toBeGreaterThan(0);
    }
    const checkpoint = await target.query('SELECT uid_validity, last_uid FROM mailbox_checkpoints');
    expect(checkpoint.rows).toEqual([{ uid_validity: 3_000_000_001, last_uid: 2_147_483_999 }]);
    const event = await target.query(`SELECT summary FROM slack_events WHERE event_id = 'Ev01BEN'`);
    expect(event.rows[0].summary.nested).toEqual({ a: [1, 'x'], b: 2 });
    const designated = await target.query(`SELECT designated FROM contacts WHERE email = 'ana@acme.example'`);
    expect(designated.rows).toEqual([{ designated: true }]);
  });

  it('issue 24 §3: the sequences continue after the copied ids, and the target triggers work again after the copy', async () => {
    const target = await emptyTarget();
    const source = openSource();
    await copySqliteToPostgres(source, target);
    const maxCase = (source.prepare('SELECT max(id) AS id FROM cases').get() as { id: number }).id;
    source.close();
    const jobsBefore = await count(target, 'scheduled_jobs');
    const inserted = await target.query<{ id: number }>(
      `INSERT INTO cases (number, type, state, clock_started_at, created_at, updated_at)
       VALUES ('99999999', 'technical', 'open', '2026-12-01T00:00:00.000Z', '2026-12-01', '2026-12-01') RETURNING id`,
    );
    expect(inserted.rows[0]!.id).toBe(maxCase + 1);
    expect(await count(target, 'scheduled_jobs')).toBe(jobsBefore + 1);
    await expect(target.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('issue 24 §3: refuses a target that is not empty, and leaves it as it was', async () => {
    const target = await emptyTarget();
    await copySqliteToPostgres(openSource(), target);
    const cases = await count(target, 'cases');
    await expect(copySqliteToPostgres(openSource(), target)).rejects.toThrow(CopyRefused);
    await expect(copySqliteToPostgres(openSource(), target)).rejects.toThrow(/not empty: \w+ holds \d+ rows/);
    expect(await count(target, 'cases')).toBe(cases);

    const other = await emptyTarget();
    await other.query('CREATE TABLE invoices (id int)');
    await expect(copySqliteToPostgres(openSource(), other)).rejects.toThrow(
      /not an empty database: it holds public\.invoices/,
    );
    const tables = await other.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.rows).toEqual([{ table_name: 'invoices' }]);
  });

  it('issue 24 §3: tables larger than one batch are copied and read back whole (12,000 audit entries)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseline-copy-big-'));
    const big = join(dir, 'big.db');
    await variedDatabase(big);
    const writer = new Database(big);
    const insert = writer.prepare('INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)');
    writer.transaction(() => {
      for (let i = 0; i < 12_000; i++) {
        insert.run(
          `2026-11-24T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
          'bulk',
          'case.note',
          `case ${i}`,
          JSON.stringify({ i, z: 'é', a: [i] }),
        );
      }
    })();
    const expected = (writer.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    writer.close();
    const target = await emptyTarget();
    const copied = await copySqliteToPostgres(openSource(big), target);
    expect(copied.find((t) => t.table === 'audit_log')!.rows).toBe(expected);
    expect(await count(target, 'audit_log')).toBe(expected);
  });

  it('issue 24 §3: one transaction — a row PostgreSQL refuses rolls the whole copy back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseline-copy-bad-'));
    const bad = join(dir, 'bad.db');
    await variedDatabase(bad);
    const writer = new Database(bad);
    // PostgreSQL text cannot hold NUL; SQLite can. The copy must fail whole, not leave half a database.
    writer
      .prepare(`UPDATE outbox SET text = 'before' || char(0) || 'after' WHERE id = (SELECT max(id) FROM outbox)`)
      .run();
    writer.close();
    const target = await emptyTarget();
    await expect(copySqliteToPostgres(openSource(bad), target)).rejects.toThrow();
    for (const plan of tablePlans()) expect(await count(target, plan.name), plan.name).toBe(0);
    // And the target is still a valid empty target: a good copy goes through afterwards.
    const copied = await copySqliteToPostgres(openSource(), target);
    expect(copied.find((t) => t.table === 'cases')!.rows).toBeGreaterThan(0);
  });
});
