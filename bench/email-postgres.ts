/**
 * bench:email's PostgreSQL variant (issue 24, Speed), run after the SQLite one in the same run, with the
 * same backlog, Dovecot and SMTP sink setup: the bot as `npm start` runs it (dist/caseline.js start) with
 * DATABASE_URL on a throwaway cluster started as the tests start it (durable). Printed beside SQLite's
 * figures: PostgreSQL ÷ SQLite throughput (target ≥ 0.35), database round trips per message (statements
 * counted by the server's pg_stat_statements, BEGIN/COMMIT included, lease heartbeats and readiness
 * probes too; target ≤ 8), CPU per message of the bot and of the database; then two processes on one
 * PostgreSQL ÷ one process in interleaved warm rounds (support/pair-rounds.ts: target ≥ 1.0 on the median;
 * one reads the mailbox under the imap lease, both decide from the shared intake and send).
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { copyIntoPostgres } from '../tests/integration/postgres/support/cluster-checks.ts';
import { imapClient, startDovecot } from '../tests/integration/support/dovecot.ts';
import { mailEnv, seededDatabaseFile } from '../tests/integration/support/mail-harness.ts';
import type { PostgresServer } from '../tests/integration/support/postgres.ts';
import { startSmtpSink } from '../tests/integration/support/smtp-sink.ts';
import { type Bot, startBot } from './support/bench-bot.ts';
import { benchPairRounds, SHARED_INTAKE } from './support/pair-rounds.ts';
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
    await loader.mailboxCreate('Warm');
    for (const [i, mail] of mails.entries()) {
      if (i < count) await loader.append('INBOX', mail);
      else if (i < 2 * count) await loader.append('Warm', mail);
    }
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
    const env = mailEnv(dovecot, sink, seeded.dir, {
      MAIL_AUTO_REPLY_CAP_PER_HOUR: '100000',
      DATABASE_URL: oneUrl,
      MAIL_SHARED_INTAKE: SHARED_INTAKE,
    });
    const one = await startBot('one', env);
    const cold = await phase(server, oneUrl, [one], count, () => until(count, [one]));
    await moveIn('Warm');
    const warm = await phase(server, oneUrl, [one], count, () => until(2 * count, [one]));
    await one.stop();

    const ids = sink.received.map((m) => m.messageId);
    if (new Set(ids).size !== 2 * count) {
      throw new Error(
        `replies were lost or sent twice on PostgreSQL (${new Set(ids).size} distinct of ${ids.length}): the figures are not valid`,
      );
    }

    const f = (n: number, digits = 0) => n.toFixed(digits).padEnd(14);
    console.log('PostgreSQL, one process  cold          warm          target');
    console.log(`end to end (msg/s)       ${f(cold.rate)}${f(warm.rate)}`);
    console.log(`PostgreSQL ÷ SQLite      ${f(cold.rate / sqlite.cold, 2)}${f(warm.rate / sqlite.warm, 2)}≥ 0.35`);
    console.log(`round trips/message      ${f(cold.trips, 1)}${f(warm.trips, 1)}≤ 8`);
    console.log(`CPU/message, bot (ms)    ${f(cold.botCpuMs[0]!, 2)}${f(warm.botCpuMs[0]!, 2)}`);
    console.log(`CPU/message, database    ${f(cold.dbCpuMs, 2)}${f(warm.dbCpuMs, 2)}`);
    // Two processes on one PostgreSQL against one, interleaved warm rounds (the machine's noise falls on
    // both alike): the median and its spread, ✔ or ✘ on the median.
    console.log('two processes on one PostgreSQL ÷ one process:');
    await benchPairRounds({
      server,
      dovecot,
      seededDir: seeded.dir,
      seededPath: seeded.path,
      count,
      rounds: Number(process.env['BENCH_PAIR_ROUNDS'] ?? 3),
    });
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
