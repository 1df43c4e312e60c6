/**
 * bench:email's PostgreSQL variant (issue 24, Speed), run after the SQLite one in the same run, with the
 * same backlog, Dovecot and SMTP sink setup: the bot as `npm start` runs it (dist/caseline.js start) with
 * DATABASE_URL on a throwaway cluster started as the tests start it (durable). Printed beside SQLite's
 * figures: PostgreSQL ÷ SQLite throughput (target ≥ 0.35), database round trips per message (statements
 * counted by the server's pg_stat_statements, BEGIN/COMMIT included, lease heartbeats and readiness
 * probes too; target ≤ 8), two processes on one PostgreSQL ÷ one process, both warm (target ≥ 1.0: one
 * reads the mailbox under the imap lease, both send), and CPU per message of each bot process and of the database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { copyIntoPostgres } from '../tests/integration/postgres/support/cluster-checks.ts';
import { imapClient, startDovecot } from '../tests/integration/support/dovecot.ts';
import { mailEnv, seededDatabaseFile } from '../tests/integration/support/mail-harness.ts';
import type { PostgresServer } from '../tests/integration/support/postgres.ts';
import { startSmtpSink } from '../tests/integration/support/smtp-sink.ts';
import {
  clusterCpuMs,
  printStatements,
  processCpuMs,
  startBenchPostgres,
  statementsByText,
  statementsRun,
} from './support/postgres-meter.ts';

export interface SqliteRates {
  cold: number;
  warm: number;
}

interface Measured {
  rate: number;
  trips: number;
  botCpuMs: number[];
  dbCpuMs: number;
}

export async function benchEmailOnPostgres(mails: Buffer[], count: number, sqlite: SqliteRates): Promise<void> {
  const server = await startBenchPostgres();
  const dovecot = await startDovecot();
  const sink = await startSmtpSink({ parse: false });
  const seeded = await seededDatabaseFile();
  try {
    const loader = imapClient(dovecot);
    await loader.connect();
    for (const box of ['Warm', 'PairWarm', 'Pair']) await loader.mailboxCreate(box);
    for (const [i, mail] of mails.entries()) {
      if (i < count) await loader.append('INBOX', mail);
      else if (i < 2 * count) await loader.append('Warm', mail);
    }
    // The pair's own database: warmed up with the second half, timed on the first.
    for (const mail of mails.slice(count, 2 * count)) await loader.append('PairWarm', mail);
    for (const mail of mails.slice(0, count)) await loader.append('Pair', mail);
    await loader.logout();
    const moveIn = async (box: string) => {
      const client = imapClient(dovecot);
      await client.connect();
      const lock = await client.getMailboxLock(box);
      try {
        await client.messageMove('1:*', 'INBOX');
      } finally {
        lock.release();
        await client.logout();
      }
    };
    const until = async (n: number, bots: Bot[]) => {
      while (sink.received.length < n) {
        for (const bot of bots) if (bot.child.exitCode !== null) throw new Error(`${bot.name} exited early`);
        await new Promise((r) => setTimeout(r, 5));
      }
    };

    // One process: a cold start to a backlog, then a warm backlog (as the SQLite run).
    const oneUrl = await server.createDatabase('bench_one');
    await copyIntoPostgres(seeded.path, oneUrl);
    const env = mailEnv(dovecot, sink, seeded.dir, { MAIL_AUTO_REPLY_CAP_PER_HOUR: '100000', DATABASE_URL: oneUrl });
    const one = await startBot('one', env);
    const cold = await phase(server, oneUrl, [one], count, () => until(count, [one]));
    await moveIn('Warm');
    const warm = await phase(server, oneUrl, [one], count, () => until(2 * count, [one]));
    await one.stop();

    // Two processes on one database: both up (one holds the imap lease), warmed up with a backlog as the
    // one process was by its cold phase (compared cold, the pair's reader spent the one process's cold
    // CPU per mail, and the pair seemed 0.86 × one), then a warm backlog, timed.
    const pairUrl = await server.createDatabase('bench_pair');
    await copyIntoPostgres(seeded.path, pairUrl);
    const pairEnv = { ...env, DATABASE_URL: pairUrl };
    const pair = [await startBot('a', pairEnv), await startBot('b', pairEnv)];
    await new Promise((r) => setTimeout(r, 1_000));
    await moveIn('PairWarm');
    await until(3 * count, pair);
    await moveIn('Pair');
    const two = await phase(server, pairUrl, pair, count, () => until(4 * count, pair));
    for (const bot of pair) await bot.stop();
    // Each database numbers its outbox from 1, so the pair's Message-IDs repeat the first database's:
    // each database's replies are counted on their own.
    const ids = sink.received.map((m) => m.messageId);
    if (new Set(ids.slice(0, 2 * count)).size !== 2 * count || new Set(ids.slice(2 * count)).size !== 2 * count) {
      const seen = `${new Set(ids.slice(0, 2 * count)).size} + ${new Set(ids.slice(2 * count)).size} distinct of ${ids.length}`;
      throw new Error(`replies were lost or sent twice on PostgreSQL (${seen}): the figures are not valid`);
    }

    const f = (n: number, digits = 0) => n.toFixed(digits).padEnd(14);
    console.log('PostgreSQL, one process  cold          warm          target');
    console.log(`end to end (msg/s)       ${f(cold.rate)}${f(warm.rate)}`);
    console.log(`PostgreSQL ÷ SQLite      ${f(cold.rate / sqlite.cold, 2)}${f(warm.rate / sqlite.warm, 2)}≥ 0.35`);
    console.log(`round trips/message      ${f(cold.trips, 1)}${f(warm.trips, 1)}≤ 8`);
    console.log(`CPU/message, bot (ms)    ${f(cold.botCpuMs[0]!, 2)}${f(warm.botCpuMs[0]!, 2)}`);
    console.log(`CPU/message, database    ${f(cold.dbCpuMs, 2)}${f(warm.dbCpuMs, 2)}`);
    console.log(
      `two processes, one PostgreSQL (warm): ${two.rate.toFixed(0)} msg/s = ${(two.rate / warm.rate).toFixed(2)} × one process (target ≥ 1.0); ` +
        `round trips/message ${two.trips.toFixed(1)}; CPU/message: ${two.botCpuMs.map((ms, i) => `bot ${i + 1} ${ms.toFixed(2)} ms`).join(', ')}, database ${two.dbCpuMs.toFixed(2)} ms`,
    );
  } finally {
    await sink.stop();
    await dovecot.stop();
    await server.stop();
    rmSync(seeded.dir, { recursive: true, force: true });
  }
}

async function phase(
  server: PostgresServer,
  url: string,
  bots: Bot[],
  count: number,
  done: () => Promise<void>,
): Promise<Measured> {
  const listed = process.env['BENCH_PG_STATEMENTS'] === '1' ? await statementsByText(url) : undefined;
  const trips0 = await statementsRun(url);
  const db0 = clusterCpuMs(server);
  const cpu0 = bots.map((bot) => processCpuMs(bot.pid));
  const started = performance.now();
  await done();
  const seconds = (performance.now() - started) / 1000;
  const botCpuMs = bots.map((bot, i) => (processCpuMs(bot.pid) - cpu0[i]!) / count);
  const dbCpuMs = (clusterCpuMs(server) - db0) / count;
  const trips = ((await statementsRun(url)) - trips0 - 1) / count; // less the count's own statement
  if (listed) printStatements(listed, await statementsByText(url), count);
  return { rate: count / seconds, trips, botCpuMs, dbCpuMs };
}

export interface Bot {
  name: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `caseline start` from the bundle, as npm start runs it; ready once its mailbox channel started. */
export async function startBot(name: string, env: Record<string, string>): Promise<Bot> {
  const root = new URL('..', import.meta.url).pathname;
  const child = spawn('node', ['dist/caseline.js', 'start'], {
    env: { PATH: process.env['PATH'] ?? '', ...env, LOG_LEVEL: 'info', NODE_ENV: 'production' },
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const log: string[] = [];
  const lines = createInterface({ input: child.stderr! });
  let started = false;
  for await (const line of lines) {
    log.push(line);
    if (line.includes('mailbox channel started')) {
      started = true;
      break;
    }
  }
  if (!started) {
    await exited;
    const said = log.find((line) => /cannot|error/i.test(line)) ?? log.join('\n');
    throw new Error(`caseline start (${name}) did not start: ${said}`);
  }
  child.stderr?.resume();
  return {
    name,
    pid: child.pid!,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      if ((await exited) !== 0) throw new Error(`caseline start (${name}) did not stop cleanly`);
    },
  };
}
