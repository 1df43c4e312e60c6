/**
 * Issue 24, Speed, round 9: a PostgreSQL unit's statements in fewer round trips (src/store/postgres/
 * statement-pipeline.ts, unit-pipeline.ts). BEGIN goes with the unit's first statement, the last held
 * writes with COMMIT, the statements a unit asks in one turn together; a unit that fails before its first
 * statement costs nothing. Held to "the same as one statement at a time": order kept, a failure fails
 * what was sent with it and the unit commits nothing, named statements parsed once per connection (a
 * failed parse is not remembered, a parse whose run failed is).
 */
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext, handleInbound, handlePinForm } from '../../../src/services/engine/index.ts';
import { appendAudit } from '../../../src/store/audit-log.ts';
import type { Db } from '../../../src/store/database.ts';
import { storeDbOfPostgres } from '../../../src/store/dialect.ts';
import { openPostgres, type PgDb, pgSchema } from '../../../src/store/postgres/postgres-database.ts';
import { StatementPipeline } from '../../../src/store/postgres/statement-pipeline.ts';
import { inTransaction } from '../../../src/store/transaction.ts';
import { createDemoDatabase } from './support/cluster-checks.ts';
import { clusterForFile } from './support/engine-turns.ts';
import { logStatements, type StatementLog } from './support/statement-log.ts';

const cluster = clusterForFile();

/** A migrated database with a `probe` table. */
async function probeDb(): Promise<{ db: Db; pool: PgDb; log: StatementLog }> {
  const pool = await openPostgres(await cluster.server().createDatabase(), { max: 2 });
  cluster.keep(pool);
  await pool.$client.query('CREATE TABLE probe (n int PRIMARY KEY)');
  const log = logStatements(pool.$client);
  return { db: storeDbOfPostgres(pool, pgSchema), pool, log };
}

const run = (db: Db, text: string) => (db as unknown as PgDb).execute(sql.raw(text));
const rowsOf = async (pool: PgDb, text: string) => (await pool.$client.query(text)).rows;
const anEntry = { at: '2026-11-23T14:00:00.000Z', actor: 'test', action: 'probe', subject: 'pipelined' };

describe('issue 24 Speed, round 9: a unit’s statements in fewer round trips (PostgreSQL)', () => {
  it('BEGIN goes with the unit’s first statement, and its last held write with COMMIT: two round trips', async () => {
    const { db, pool, log } = await probeDb();
    log.takeTrips();
    await inTransaction(db, async () => {
      await run(db, 'INSERT INTO probe VALUES (1)');
      await appendAudit(db, anEntry); // held for the unit's next statement: here, COMMIT
    });
    const trips = log.takeTrips();
    expect(trips.map((trip) => trip.map((s) => s.toLowerCase().split(' ').slice(0, 3).join(' ')))).toEqual([
      ['begin', 'insert into probe'],
      ['insert into "audit_log"', 'commit'],
    ]);
    expect(await rowsOf(pool, 'SELECT n FROM probe')).toEqual([{ n: 1 }]);
    expect(await rowsOf(pool, "SELECT subject FROM audit_log WHERE actor = 'test'")).toEqual([
      { subject: 'pipelined' },
    ]);
  });

  it('statements asked in one turn go in one round trip, in order: each sees the ones before it', async () => {
    const { db, log } = await probeDb();
    log.takeTrips();
    const [, , seen] = await inTransaction(db, () =>
      Promise.all([
        run(db, 'INSERT INTO probe VALUES (1)'),
        run(db, 'INSERT INTO probe VALUES (2)'),
        run(db, 'SELECT count(*)::int AS n FROM probe'),
      ]),
    );
    expect((seen as unknown as { rows: unknown[] }).rows).toEqual([{ n: 2 }]);
    expect(log.takeTrips().map((trip) => trip.length)).toEqual([4, 1]); // BEGIN + three, COMMIT
  });

  it('a statement that fails fails those sent with it, with its error, and the unit commits nothing', async () => {
    const { db, pool } = await probeDb();
    const settled: PromiseSettledResult<unknown>[] = [];
    const failed = await inTransaction(db, async () => {
      settled.push(
        ...(await Promise.allSettled([
          run(db, 'INSERT INTO probe VALUES (1)'),
          run(db, 'INSERT INTO probe VALUES (1)'),
          run(db, 'INSERT INTO probe VALUES (2)'),
        ])),
      );
      return 'caught';
    }).catch((error: Error) => error);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    const reasons = settled.slice(1).map((s) => String(((s as PromiseRejectedResult).reason as Error).cause));
    expect(reasons[0]).toMatch(/duplicate key/);
    expect(reasons[1]).toBe(reasons[0]);
    // The work caught it, so COMMIT was sent — and answered with ROLLBACK, which fails the unit.
    expect(`${(failed as Error).message} ${String((failed as Error).cause)}`).toMatch(/rolled back, not committed/);
    expect(await rowsOf(pool, 'SELECT n FROM probe')).toEqual([]);
  });

  it('a unit that fails before its first statement sends nothing, not even BEGIN and ROLLBACK', async () => {
    const { db, log } = await probeDb();
    log.takeTrips();
    await expect(
      inTransaction(db, async () => {
        throw new Error('before any statement');
      }),
    ).rejects.toThrow('before any statement');
    expect(log.takeTrips()).toEqual([]);
    // The connection is clean for the next unit: not left inside a transaction.
    await inTransaction(db, () => run(db, 'INSERT INTO probe VALUES (3)'));
    expect(log.takeTrips()[0]![0]).toBe('begin');
  });

  it('a savepoint rolled back inside a unit undoes its statements only, sent or not yet sent', async () => {
    const { db, pool } = await probeDb();
    await inTransaction(db, async () => {
      await run(db, 'INSERT INTO probe VALUES (1)');
      await inTransaction(db, async () => {
        await run(db, 'INSERT INTO probe VALUES (2)');
        throw new Error('undo the savepoint');
      }).catch(() => undefined);
      await inTransaction(db, async () => {
        throw new Error('nothing sent in this one');
      }).catch(() => undefined);
      await run(db, 'INSERT INTO probe VALUES (3)');
    });
    expect(await rowsOf(pool, 'SELECT n FROM probe ORDER BY n')).toEqual([{ n: 1 }, { n: 3 }]);
  });
});

describe('issue 24 Speed, round 9: named statements in a pipeline', () => {
  async function onOneConnection<T>(use: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const pool = await openPostgres(await cluster.server().createDatabase(), { max: 2 });
    cluster.keep(pool);
    const client = await pool.$client.connect();
    try {
      return await use(client);
    } finally {
      client.release();
    }
  }
  const pipelined = async (client: pg.PoolClient, statements: ConstructorParameters<typeof StatementPipeline>[1]) => {
    const pipeline = new StatementPipeline(client, statements);
    client.query(pipeline as never);
    return await Promise.allSettled(pipeline.results);
  };
  const prepared = async (client: pg.PoolClient) =>
    (await client.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name')).rows.map(
      (r) => r.name,
    );

  it('is parsed once per connection, also when its first run failed; a failed parse is tried again', async () => {
    await onOneConnection(async (client) => {
      const half = { name: 'probe_half', text: 'SELECT 10 / $1::int AS x' };
      // Parsed, then its run fails: the name stays parsed, and the next run binds it without parsing.
      const [divided] = await pipelined(client, [{ ...half, values: [0] }]);
      expect(String((divided as PromiseRejectedResult).reason)).toMatch(/division by zero/);
      const [ran, again] = await pipelined(client, [
        { ...half, values: [2] },
        { ...half, values: [5] },
      ]);
      expect([ran, again].map((r) => (r as PromiseFulfilledResult<pg.QueryResult>).value.rows)).toEqual([
        [{ x: 5 }],
        [{ x: 2 }],
      ]);
      // node-postgres' own query path agrees: it binds the name the pipeline parsed.
      expect((await client.query({ ...half, values: [10] })).rows).toEqual([{ x: 1 }]);
      expect(await prepared(client)).toEqual(['probe_half']);

      // A parse that fails is not remembered: the next try parses again (and fails the same way).
      const bad = { name: 'probe_bad', text: 'SELEC 1' };
      for (let i = 0; i < 2; i++) {
        const [failed] = await pipelined(client, [bad]);
        expect(String((failed as PromiseRejectedResult).reason)).toMatch(/syntax error/);
      }
      expect(await prepared(client)).toEqual(['probe_half']);
    });
  });
});

describe('issue 24 Speed, round 9: an engine message', () => {
  it('sends BEGIN, its inbound key and the turn’s reads in one round trip, and ≤ 6 round trips a message', async () => {
    const url = await createDemoDatabase(cluster.server(), 'pipeline_engine');
    const pool = await openPostgres(url, { max: 2 });
    cluster.keep(pool);
    const log = logStatements(pool.$client);
    const db = storeDbOfPostgres(pool, pgSchema);
    let clock = new Date('2026-11-23T14:00:00Z');
    const tick = () => {
      clock = new Date(clock.getTime() + 1000);
      return clock;
    };
    const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, now: () => clock });
    const sender = { kind: 'console', email: 'ana@acme.example' } as const;
    await handlePinForm(ctx, {
      channel: 'console',
      sender,
      email: sender.email,
      pin: '482913',
      at: tick(),
      threadKey: 'pipeline:pin',
    });
    const texts = ['Calls drop after 30 seconds on our SIP Server 9.0 in production', 'medium', 'since the upgrade'];
    const perMessage: string[][][] = [];
    for (const text of texts) {
      log.takeTrips();
      const result = await handleInbound(ctx, {
        channel: 'console',
        sender,
        threadKey: 'pipeline:1',
        text,
        attachments: [],
        receivedAt: tick(),
      });
      expect(result.replies.length).toBeGreaterThan(0);
      perMessage.push(log.takeTrips());
    }
    for (const trips of perMessage) {
      const [first] = trips.map((trip) => trip.map((s) => s.toLowerCase()));
      expect(first![0]).toBe('begin');
      expect(first![1]).toMatch(/^insert into "inbound_messages"/);
      expect(first![2]).toMatch(/^with conv as/); // the turn's combined read
      expect(trips.length).toBeLessThanOrEqual(6);
    }
    expect((await rowsOf(pool, "SELECT count(*)::int AS n FROM cases WHERE state = 'open'"))[0]).toEqual({ n: 1 });
  });
});
