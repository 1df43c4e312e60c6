/**
 * Where an engine message's CPU goes on PostgreSQL (issue 24, Speed, round 7): a debugging aid beside
 * bench:engine, not part of the product. Drives BENCH_CONVERSATIONS (default 1,000, after 200 to warm
 * up) bench conversations through the engine in this process on a throwaway durable cluster, then prints
 * the bot's and the cluster's CPU per message and, per statement shape, pg_stat_statements' calls, plans,
 * mean execution and planning time per message; BENCH_PROFILE=FILE writes a CPU profile of the bot's
 * measured part (the setup and warm-up left out).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { createEngineContext } from '../src/services/engine/index.ts';
import { storeDbOfPostgres } from '../src/store/dialect.ts';
import { openPostgres, pgSchema } from '../src/store/postgres/postgres-database.ts';
import { createDemoDatabase } from '../tests/integration/postgres/support/cluster-checks.ts';
import { startPostgres } from '../tests/integration/support/postgres.ts';
import { benchClock, runConversations, verifyContacts } from './support/engine-conversations.ts';
import { clusterCpuMs, countRoundTrips } from './support/postgres-meter.ts';

const CONVERSATIONS = Number(process.env['BENCH_CONVERSATIONS'] ?? 1000);
const WARM_UP = 200;

const server = await startPostgres({
  durable: true,
  settings: {
    shared_preload_libraries: 'pg_stat_statements',
    'pg_stat_statements.track_utility': 'on',
    'pg_stat_statements.track_planning': 'on',
  },
});
try {
  const url = await createDemoDatabase(server, 'profile');
  const pgDb = await openPostgres(url, { max: 2 });
  const trips = countRoundTrips(pgDb.$client);
  const clock = benchClock();
  const ctx = createEngineContext({ db: storeDbOfPostgres(pgDb, pgSchema), policy: DEFAULT_POLICY, now: clock.now });
  await verifyContacts(ctx, clock.tick);
  await runConversations(ctx, { first: 0, count: WARM_UP, tick: clock.tick });
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await admin.query('SELECT pg_stat_statements_reset()');
  // BENCH_PROFILE=FILE: a CPU profile of the measured part only (open it in Chrome's DevTools).
  const profile = process.env['BENCH_PROFILE'];
  const inspector = new Session();
  if (profile) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const db0 = clusterCpuMs(server);
  const trips0 = trips.count();
  const run = await runConversations(ctx, { first: WARM_UP, count: CONVERSATIONS, tick: clock.tick });
  const used = process.cpuUsage(cpu);
  const dbMs = clusterCpuMs(server) - db0;
  if (profile) writeFileSync(profile, JSON.stringify((await inspector.post('Profiler.stop')).profile));
  const n = run.messages;
  console.log(
    `${n} messages: bot ${((used.user + used.system) / 1000 / n).toFixed(2)} ms/message, ` +
      `(user ${(used.user / 1000 / n).toFixed(2)}, system ${(used.system / 1000 / n).toFixed(2)}), ` +
      `cluster ${(dbMs / n).toFixed(2)} ms/message, round trips ${((trips.count() - trips0) / n).toFixed(2)}/message`,
  );
  const { rows } = await admin.query<{
    query: string;
    calls: string;
    plans: string;
    exec: number;
    plan: number;
  }>(
    `SELECT s.query, s.calls::text AS calls, s.plans::text AS plans, s.total_exec_time AS exec,
            s.total_plan_time AS plan
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
      WHERE d.datname = current_database() AND s.query NOT LIKE '%pg_stat_statements%'
      ORDER BY s.total_exec_time + s.total_plan_time DESC`,
  );
  let execSum = 0;
  let planSum = 0;
  console.log('calls/msg plans/msg exec µs/msg plan µs/msg  statement');
  for (const row of rows) {
    execSum += row.exec;
    planSum += row.plan;
    console.log(
      `${(Number(row.calls) / n).toFixed(2).padStart(9)} ${(Number(row.plans) / n).toFixed(2).padStart(9)} ` +
        `${((row.exec * 1000) / n).toFixed(0).padStart(12)} ${((row.plan * 1000) / n).toFixed(0).padStart(11)}  ` +
        row.query.replace(/\s+/g, ' ').slice(0, 110),
    );
  }
  console.log(
    `in all: exec ${((execSum * 1000) / n).toFixed(0)} µs/message, plan ${((planSum * 1000) / n).toFixed(0)} µs/message`,
  );
  await admin.end();
  await pgDb.$client.end();
} finally {
  await server.stop();
}
