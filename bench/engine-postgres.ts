/**
 * bench:engine's PostgreSQL variant (issue 24, Speed), run after the SQLite one in the same run: the same
 * conversations through the engine on a PostgreSQL store (a throwaway cluster as the tests start it,
 * durable, over loopback TCP). Printed: PostgreSQL ÷ SQLite throughput in this process (target ≥ 0.35);
 * round trips per message (every statement the pool sends, BEGIN/COMMIT included; target ≤ 8); then
 * the engine in worker processes — one alone, and two at once on one database (target ≥ 1.0 × one) — with
 * each process's CPU per message and the database's (the whole cluster, from /proc), from which the
 * scaling onto more machines can be stated.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { createEngineContext } from '../src/services/engine/index.ts';
import { storeDbOfPostgres } from '../src/store/dialect.ts';
import { openPostgres, pgSchema } from '../src/store/postgres/postgres-database.ts';
import { createDemoDatabase } from '../tests/integration/postgres/support/cluster-checks.ts';
import type { PostgresServer } from '../tests/integration/support/postgres.ts';
import {
  benchClock,
  MESSAGES_PER_CONVERSATION,
  runConversations,
  verifyContacts,
} from './support/engine-conversations.ts';
import { clusterCpuMs, countRoundTrips, startBenchPostgres } from './support/postgres-meter.ts';

const WORKER = new URL('./engine-worker.ts', import.meta.url).pathname;

export async function benchEngineOnPostgres(conversations: number, sqliteRate: number): Promise<void> {
  const server = await startBenchPostgres();
  const database = (name: string) => createDemoDatabase(server, name);
  try {
    // In this process, as the SQLite run.
    const pgDb = await openPostgres(await database('bench_engine'), { max: 2 });
    const trips = countRoundTrips(pgDb.$client);
    const clock = benchClock();
    const ctx = createEngineContext({ db: storeDbOfPostgres(pgDb, pgSchema), policy: DEFAULT_POLICY, now: clock.now });
    await verifyContacts(ctx, clock.tick);
    const cpu = process.cpuUsage();
    const db0 = clusterCpuMs(server);
    const trips0 = trips.count();
    const started = performance.now();
    const run = await runConversations(ctx, { count: conversations, tick: clock.tick });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const here = {
      rate: run.messages / seconds,
      trips: (trips.count() - trips0) / run.messages,
      cpuMs: (used.user + used.system) / 1000 / run.messages,
      dbCpuMs: (clusterCpuMs(server) - db0) / run.messages,
    };
    const opened = await pgDb.$client.query<{ n: number }>("SELECT count(*)::int AS n FROM cases WHERE state = 'open'");
    await pgDb.$client.end();
    if (opened.rows[0]!.n !== conversations) {
      throw new Error(`expected ${conversations} open cases on PostgreSQL, found ${opened.rows[0]!.n}`);
    }

    // Worker processes: one alone, then two at once on one database, half the conversations each.
    const one = await workers(server, await database('bench_one'), [[0, conversations]]);
    const half = Math.floor(conversations / 2);
    const two = await workers(server, await database('bench_two'), [
      [0, half],
      [half, half],
    ]);

    const f = (n: number, digits = 0) => n.toFixed(digits);
    console.log(
      `PostgreSQL, this process: ${f(here.rate)} messages/s = ${f(here.rate / sqliteRate, 2)} × SQLite (target ≥ 0.35)`,
    );
    console.log(`round trips per message: ${f(here.trips, 1)} (target ≤ 8)`);
    console.log(`CPU per message: engine ${f(here.cpuMs, 2)} ms, database ${f(here.dbCpuMs, 2)} ms`);
    console.log(
      `worker processes: one ${f(one.rate)} messages/s; two on one PostgreSQL ${f(two.rate)} messages/s = ${f(two.rate / one.rate, 2)} × one (target ≥ 1.0)`,
    );
    console.log(
      `CPU per message with two: ${two.cpuMs.map((ms, i) => `process ${i + 1} ${f(ms, 2)} ms`).join(', ')}, database ${f(two.dbCpuMs, 2)} ms; round trips ${f(two.trips, 1)}`,
    );
  } finally {
    await server.stop();
  }
}

interface WorkerResult {
  messages: number;
  ms: number;
  cpuMs: number;
  trips: number;
}

/** Starts a worker per [first, count], starts their clocks together, and waits for every result. */
async function workers(
  server: PostgresServer,
  url: string,
  shares: Array<[number, number]>,
): Promise<{ rate: number; cpuMs: number[]; dbCpuMs: number; trips: number }> {
  const running = shares.map(([first, count]) => worker(url, first, count));
  await Promise.all(running.map((w) => w.ready));
  const db0 = clusterCpuMs(server);
  const started = performance.now();
  for (const w of running) w.child.stdin?.end('go\n');
  const results = await Promise.all(running.map((w) => w.result));
  const seconds = (performance.now() - started) / 1000;
  const messages = results.reduce((sum, r) => sum + r.messages, 0);
  if (messages !== shares.reduce((sum, [, count]) => sum + count * MESSAGES_PER_CONVERSATION, 0)) {
    throw new Error('a worker lost messages');
  }
  return {
    rate: messages / seconds,
    cpuMs: results.map((r) => r.cpuMs / r.messages),
    dbCpuMs: (clusterCpuMs(server) - db0) / messages,
    trips: results.reduce((sum, r) => sum + r.trips, 0) / messages,
  };
}

function worker(url: string, first: number, count: number) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', WORKER, url, String(first), String(count)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const result = new Promise<WorkerResult>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line === 'ready') markReady();
      else resolve(JSON.parse(line) as WorkerResult);
    });
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the engine worker exited with ${code}`));
    });
  });
  return { child, ready, result };
}
