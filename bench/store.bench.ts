/**
 * npm run bench:store (issue 24, Speed): the store's unit of work on SQLite and on PostgreSQL, in the
 * same run on this machine, through the unit-of-work port (src/store/unit-of-work.ts). A unit is what a
 * message costs the store on the port today: take its key (exactly once), write the reply and a staff
 * notice to the outbox, append an audit entry; then the sender claims the outbox and marks each row sent.
 * Printed: units per second on each, PostgreSQL as a ratio of SQLite, and PostgreSQL's database round
 * trips per unit (BEGIN and COMMIT included), one unit at a time and eight at once.
 * PostgreSQL is a local throwaway cluster with fsync on and synchronous_commit off (commits do not wait
 * for the disk, as SQLite's WAL with synchronous=NORMAL does not); the client reaches it over loopback TCP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { openDatabase } from '../src/store/database.ts';
import { openPostgres } from '../src/store/postgres/postgres-database.ts';
import { postgresStore } from '../src/store/postgres/postgres-unit.ts';
import { sqliteStore } from '../src/store/sqlite-unit.ts';
import type { StorePort } from '../src/store/unit-of-work.ts';
import { startPostgres } from '../tests/integration/support/postgres.ts';

const UNITS = Number(process.env['BENCH_UNITS'] ?? 3_000);
const CONCURRENCY = 8;
const NOW = '2026-11-23T14:00:00.000Z';

async function unit(store: StorePort, i: number): Promise<void> {
  await store.runUnit(async (u) => {
    const inbound = await u.takeInbound({
      channel: 'email',
      dedupeKey: `<bench-${i}@acme.example>`,
      sender: 'ana@acme.example',
      receivedAt: NOW,
      decision: 'processed',
    });
    await u.enqueue(
      {
        channel: 'email',
        recipient: 'ana@acme.example',
        audience: 'customer',
        subject: `Case ${i}`,
        text: 'Thank you, your case is open.',
        inboundId: inbound,
      },
      NOW,
    );
    await u.enqueue({ channel: 'slack', recipient: 'C0STAFF', audience: 'staff', text: `New case ${i}` }, NOW);
    await u.appendAudit({ at: NOW, actor: 'bench', action: 'case.open', subject: String(i) });
  });
}

async function drain(store: StorePort): Promise<number> {
  let sent = 0;
  for (const channel of ['email', 'slack']) {
    for (;;) {
      const rows = await store.claimOutbox(channel, NOW, 100);
      if (rows.length === 0) break;
      for (const row of rows) await store.markOutboxSent(row.id, NOW);
      sent += rows.length;
    }
  }
  return sent;
}

async function measure(
  store: StorePort,
  offset: number,
  concurrency: number,
): Promise<{ perSecond: number; sent: number }> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < UNITS) await unit(store, offset + next++);
    }),
  );
  const sent = await drain(store);
  return { perSecond: UNITS / ((performance.now() - started) / 1000), sent };
}

/** Counts every statement the pool's connections send: the round trips. */
function countQueries(pool: pg.Pool): { count(): number } {
  let queries = 0;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      queries += 1;
      return query(...args);
    };
  });
  return { count: () => queries };
}

const dir = mkdtempSync(join(tmpdir(), 'caseline-bench-store-'));
const server = await startPostgres({ durable: true });
try {
  const sqlite = sqliteStore(openDatabase(join(dir, 'bench.db')));
  const db = await openPostgres(await server.createDatabase('bench'), { max: CONCURRENCY });
  const counter = countQueries(db.$client);
  const postgres = postgresStore(db);
  // Warm both (statement caches, pool connections), then measure.
  await measure(sqlite, 1_000_000, 1);
  await measure(postgres, 1_000_000, CONCURRENCY);
  const lite = await measure(sqlite, 0, 1);
  const before = counter.count();
  const pgOne = await measure(postgres, 0, 1);
  const unitTrips = (counter.count() - before) / UNITS;
  const pgMany = await measure(postgres, 2 * UNITS, CONCURRENCY);
  if (lite.sent !== 2 * UNITS || pgOne.sent !== 2 * UNITS || pgMany.sent !== 2 * UNITS)
    throw new Error('rows were lost');
  const f = (n: number) => n.toFixed(0).padStart(7);
  console.log(`bench:store — ${UNITS} units (take key, 2 outbox rows, audit entry; then claim + mark sent)`);
  console.log(`SQLite (WAL, one connection)            ${f(lite.perSecond)} units/s   1.00`);
  console.log(
    `PostgreSQL, one unit at a time          ${f(pgOne.perSecond)} units/s   ${(pgOne.perSecond / lite.perSecond).toFixed(2)} × SQLite`,
  );
  console.log(
    `PostgreSQL, ${CONCURRENCY} units at once             ${f(pgMany.perSecond)} units/s   ${(pgMany.perSecond / lite.perSecond).toFixed(2)} × SQLite`,
  );
  console.log(`PostgreSQL round trips per unit (intake + its share of claims and sends): ${unitTrips.toFixed(1)}`);
  await sqlite.close();
  await postgres.close();
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
