/**
 * For the PostgreSQL engine tests (issue 24, Speed): a demo database on a pool of a given size — one
 * connection, so the pool's own queries see the session the units ran in — and a verified conversation
 * that opens a case and gives its severity (held events, audit, dialogue state, a new case).
 */
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { createEngineContext, handleInbound, handlePinForm } from '../../../../src/services/engine/index.ts';
import type { Db } from '../../../../src/store/database.ts';
import { storeDbOfPostgres } from '../../../../src/store/dialect.ts';
import {
  createPool,
  openPostgres,
  type PgDb,
  pgSchema,
  postgresDb,
} from '../../../../src/store/postgres/postgres-database.ts';
import { type PostgresServer, startPostgres } from '../../support/postgres.ts';
import { createDemoDatabase } from './cluster-checks.ts';

/** One cluster for the test file, started before its tests; the pools `keep` is given end after them. */
export function clusterForFile(): { server(): PostgresServer; keep(pool: PgDb): PgDb } {
  let server: PostgresServer;
  const pools: PgDb[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    for (const pool of pools) await pool.$client.end();
    await server?.stop();
  });
  return {
    server: () => server,
    keep: (pool) => {
      pools.push(pool);
      return pool;
    },
  };
}

/** clusterForFile, and `demo(max)`: a fresh demo database on a pool of `max`. */
export function demoDatabases(): { demo(max: number): Promise<{ db: Db; pool: PgDb }> } {
  const cluster = clusterForFile();
  return {
    demo: async (max) => {
      const url = await createDemoDatabase(cluster.server());
      // Migrated by a pool of its own: migrating takes two connections.
      await (await openPostgres(url, { max: 2 })).$client.end();
      const pool = cluster.keep(postgresDb(createPool(url, { max })));
      return { db: storeDbOfPostgres(pool, pgSchema), pool };
    },
  };
}

export const ANA = 'ana@acme.example';

/** Ana verifies by PIN, then opens a case in `threadKey` and gives its severity. */
export async function openACase(db: Db, threadKey: string): Promise<void> {
  let clock = new Date('2026-11-23T14:00:00Z');
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, now: () => clock });
  await handlePinForm(ctx, {
    channel: 'console',
    sender: { kind: 'console', email: ANA },
    email: ANA,
    pin: '482913',
    at: clock,
    threadKey: `pin:${threadKey}`,
  });
  for (const text of ['Calls drop after 30 seconds on our SIP Server 9.0 in production', 'medium']) {
    clock = new Date(clock.getTime() + 1000);
    await handleInbound(ctx, {
      channel: 'console',
      sender: { kind: 'console', email: ANA },
      threadKey,
      text,
      attachments: [],
      receivedAt: clock,
    });
  }
}
