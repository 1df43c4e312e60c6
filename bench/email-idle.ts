/**
 * What two idle bot processes on one PostgreSQL cost (issue 24: the shared intake's deciders poll when
 * no NOTIFY comes, backing off): both up with no mail, then BENCH_IDLE_SECONDS (default 60) measured —
 * statements per minute by kind (pg_stat_statements), CPU per minute of each process and of the database.
 * `node scripts/build.mjs && node --import tsx bench/email-idle.ts`.
 */
import { rmSync } from 'node:fs';
import { copyIntoPostgres } from '../tests/integration/postgres/support/cluster-checks.ts';
import { startDovecot } from '../tests/integration/support/dovecot.ts';
import { mailEnv, seededDatabaseFile } from '../tests/integration/support/mail-harness.ts';
import { startSmtpSink } from '../tests/integration/support/smtp-sink.ts';
import { type Bot, startBot } from './support/bench-bot.ts';
import { SHARED_INTAKE } from './support/pair-rounds.ts';
import { clusterCpuMs, processCpuMs, startBenchPostgres, statementsByText } from './support/postgres-meter.ts';

const SECONDS = Number(process.env['BENCH_IDLE_SECONDS'] ?? 60);

const server = await startBenchPostgres();
const dovecot = await startDovecot();
const sink = await startSmtpSink({ parse: false });
const seeded = await seededDatabaseFile();
const bots: Bot[] = [];
try {
  const url = await server.createDatabase('bench_idle');
  await copyIntoPostgres(seeded.path, url);
  const env = mailEnv(dovecot, sink, seeded.dir, { DATABASE_URL: url, MAIL_SHARED_INTAKE: SHARED_INTAKE });
  bots.push(await startBot('a', env), await startBot('b', env));
  await new Promise((r) => setTimeout(r, 15_000)); // started, leases settled, backoffs at their longest
  const before = await statementsByText(url);
  const db0 = clusterCpuMs(server);
  const cpu0 = bots.map((bot) => processCpuMs(bot.pid));
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const after = await statementsByText(url);
  const perMinute = (n: number) => ((n * 60) / SECONDS).toFixed(1);
  const kinds = new Map<string, number>();
  for (const [query, calls] of after) {
    const n = calls - (before.get(query) ?? 0);
    if (n > 0) kinds.set(query, n);
  }
  const total = [...kinds.values()].reduce((a, b) => a + b, 0);
  console.log(`two idle processes, ${SECONDS} s: ${perMinute(total)} statements a minute`);
  for (const [query, n] of [...kinds].sort((x, y) => y[1] - x[1]).slice(0, 12)) {
    console.log(`  ${perMinute(n).padStart(6)}  ${query.replace(/\s+/g, ' ').slice(0, 120)}`);
  }
  const cpu = bots.map((bot, i) => perMinute(processCpuMs(bot.pid) - cpu0[i]!));
  console.log(`CPU a minute: bots ${cpu.join(' + ')} ms, database ${perMinute(clusterCpuMs(server) - db0)} ms`);
} finally {
  for (const bot of bots) await bot.stop().catch(() => undefined);
  await sink.stop();
  await dovecot.stop();
  await server.stop();
  rmSync(seeded.dir, { recursive: true, force: true });
}
