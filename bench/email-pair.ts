/**
 * `npm run bench:email:pair` — where two bot processes on one PostgreSQL gain or lose against one (issue 24,
 * Speed: two processes ≥ 1.0 × one). bench:email measures the pair once, from a cold start, after the
 * one process's warm phase; this runs only the PostgreSQL mail path and interleaves the two, so the
 * machine's load (shared, noisy) falls on both alike: one process and a pair, each on its own database and
 * its own mailbox, both warmed up with a backlog first, then BENCH_PAIR_ROUNDS timed backlogs of
 * BENCH_EMAIL_COUNT mails each, one process then the pair in turn. Per round: mails/s, the pair ÷ one, CPU
 * per mail of each process and of the database, who sent the replies (each process has its own SMTP sink),
 * and the statements per mail (pg_stat_statements) with how many of the sender's claims came back empty.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { copyIntoPostgres } from '../tests/integration/postgres/support/cluster-checks.ts';
import { imapClient, startDovecot } from '../tests/integration/support/dovecot.ts';
import { mailEnv, seededDatabaseFile } from '../tests/integration/support/mail-harness.ts';
import { type SmtpSink, startSmtpSink } from '../tests/integration/support/smtp-sink.ts';
import { type Bot, startBot } from './email-postgres.ts';
import { benchMails } from './support/bench-mails.ts';
import { clusterCpuMs, processCpuMs, startBenchPostgres } from './support/postgres-meter.ts';

const COUNT = Number(process.env['BENCH_EMAIL_COUNT'] ?? 500);
const ROUNDS = Number(process.env['BENCH_PAIR_ROUNDS'] ?? 3);
const mails = benchMails((ROUNDS + 1) * COUNT);

interface Setup {
  label: string;
  url: string;
  mailbox: string;
  bots: Bot[];
  sinks: SmtpSink[];
}

interface Round {
  rate: number;
  botCpuMs: number[];
  dbCpuMs: number;
  sentBy: number[];
  trips: number;
  /** The senders' claim statements (both processes'), and the rows they claimed in all. */
  claims: { calls: number; rows: number };
}

const server = await startBenchPostgres();
const dovecot = await startDovecot();
const seeded = await seededDatabaseFile();
const sinks: SmtpSink[] = [];
try {
  const loader = imapClient(dovecot);
  await loader.connect();
  for (const box of ['One', 'Pair']) {
    await loader.mailboxCreate(box);
    for (let round = 0; round <= ROUNDS; round++) {
      await loader.mailboxCreate(`${box}-${round}`);
      for (const mail of mails.slice(round * COUNT, (round + 1) * COUNT)) await loader.append(`${box}-${round}`, mail);
    }
  }
  await loader.logout();

  const setUp = async (label: string, mailbox: string, processes: number): Promise<Setup> => {
    const url = await server.createDatabase(`bench_${mailbox.toLowerCase()}`);
    await copyIntoPostgres(seeded.path, url);
    const bots: Bot[] = [];
    const own: SmtpSink[] = [];
    for (let i = 0; i < processes; i++) {
      const sink = await startSmtpSink({ parse: false });
      sinks.push(sink);
      own.push(sink);
      const env = mailEnv(dovecot, sink, seeded.dir, {
        MAIL_AUTO_REPLY_CAP_PER_HOUR: '100000',
        DATABASE_URL: url,
        IMAP_MAILBOX: mailbox,
        IMAP_PROCESSED_FOLDER: `${mailbox}-done`,
      });
      bots.push(await startBot(`${label} ${i + 1}`, env));
    }
    return { label, url, mailbox, bots, sinks: own };
  };
  const one = await setUp('one', 'One', 1);
  const pair = await setUp('pair', 'Pair', 2);
  await new Promise((r) => setTimeout(r, 1_000));

  const rounds: Array<{ one: Round; pair: Round }> = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const a = await timed(one, round);
    const b = await timed(pair, round);
    if (round === 0) continue; // the warm-up
    rounds.push({ one: a, pair: b });
    const ms = (r: Round) =>
      `${r.botCpuMs.map((c) => c.toFixed(2)).join(' + ')} ms bot, ${r.dbCpuMs.toFixed(2)} ms database`;
    console.log(
      `round ${round}: one ${a.rate.toFixed(0)} mails/s (${ms(a)}; ${a.trips.toFixed(1)} statements/mail, ` +
        `claims ${a.claims.calls} for ${a.claims.rows} rows); pair ${b.rate.toFixed(0)} mails/s = ` +
        `${(b.rate / a.rate).toFixed(2)} × one (${ms(b)}; sent ${b.sentBy.join(' + ')}; ${b.trips.toFixed(1)} ` +
        `statements/mail, claims ${b.claims.calls} for ${b.claims.rows} rows)`,
    );
  }
  const ratios = rounds.map((r) => r.pair.rate / r.one.rate).sort((x, y) => x - y);
  const median = ratios[Math.floor(ratios.length / 2)]!;
  console.log(
    `two processes ÷ one (warm, ${ROUNDS} rounds of ${COUNT}): median ${median.toFixed(2)} ` +
      `(${ratios.map((r) => r.toFixed(2)).join(', ')}); target ≥ 1.0`,
  );
  for (const setup of [one, pair]) for (const bot of setup.bots) await bot.stop();
} finally {
  for (const sink of sinks) await sink.stop();
  await dovecot.stop();
  await server.stop();
  rmSync(seeded.dir, { recursive: true, force: true });
}

/** One backlog of COUNT mails moved into the setup's mailbox, timed until its sinks have every reply. */
async function timed(setup: Setup, round: number): Promise<Round> {
  const sent0 = setup.sinks.map((s) => s.received.length);
  const stats0 = await statements(setup.url);
  const db0 = clusterCpuMs(server);
  const cpu0 = setup.bots.map((bot) => processCpuMs(bot.pid));
  const client = imapClient(dovecot);
  await client.connect();
  const lock = await client.getMailboxLock(`${setup.mailbox}-${round}`);
  try {
    await client.messageMove('1:*', setup.mailbox);
  } finally {
    lock.release();
    await client.logout();
  }
  const started = performance.now();
  const sentNow = () => setup.sinks.reduce((n, s, i) => n + s.received.length - sent0[i]!, 0);
  while (sentNow() < COUNT) {
    for (const bot of setup.bots) if (bot.child.exitCode !== null) throw new Error(`${bot.name} exited early`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const seconds = (performance.now() - started) / 1000;
  const botCpuMs = setup.bots.map((bot, i) => (processCpuMs(bot.pid) - cpu0[i]!) / COUNT);
  const dbCpuMs = (clusterCpuMs(server) - db0) / COUNT;
  const stats1 = await statements(setup.url);
  const sentBy = setup.sinks.map((s, i) => s.received.length - sent0[i]!);
  if (sentBy.reduce((a, b) => a + b, 0) !== COUNT) throw new Error(`${setup.label}: a reply was sent twice`);
  const diff = (pick: (s: Stat) => number, match: (q: string) => boolean) =>
    [...stats1]
      .filter(([q]) => match(q))
      .reduce((n, [q, s]) => n + pick(s) - (stats0.get(q) ? pick(stats0.get(q)!) : 0), 0);
  const isClaim = (q: string) =>
    /^update "outbox" set "state" = \$1, "next_attempt_at" = \$2, "claimed_by"/i.test(q) && /skip locked/i.test(q);
  const claimCalls = diff((s) => s.calls, isClaim);
  const claimRows = diff((s) => s.rows, isClaim);
  if (process.env['BENCH_PG_STATEMENTS'] === '1') {
    for (const [q, s] of [...stats1].sort((x, y) => y[1].calls - x[1].calls)) {
      const calls = s.calls - (stats0.get(q)?.calls ?? 0);
      if (calls > 0)
        console.log(`  ${setup.label} ${(calls / COUNT).toFixed(2)}  ${q.replace(/\s+/g, ' ').slice(0, 140)}`);
    }
  }
  return {
    rate: COUNT / seconds,
    botCpuMs,
    dbCpuMs,
    sentBy,
    trips:
      diff(
        (s) => s.calls,
        () => true,
      ) / COUNT,
    claims: { calls: claimCalls, rows: claimRows },
  };
}

interface Stat {
  calls: number;
  rows: number;
}

async function statements(url: string): Promise<Map<string, Stat>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const { rows } = await client.query<{ query: string; calls: string; rows: string }>(
      `SELECT s.query, s.calls::text AS calls, s.rows::text AS rows FROM pg_stat_statements s
         JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()
          AND s.query NOT LIKE '%pg_stat_statements%'`,
    );
    const byText = new Map<string, Stat>();
    for (const row of rows) {
      const was = byText.get(row.query) ?? { calls: 0, rows: 0 };
      byText.set(row.query, { calls: was.calls + Number(row.calls), rows: was.rows + Number(row.rows) });
    }
    return byText;
  } finally {
    await client.end();
  }
}
