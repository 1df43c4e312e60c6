/**
 * One bot process against two on one PostgreSQL, interleaved (issue 24, Speed: two processes ≥ 1.0 × one),
 * for `npm run bench:email:pair` and bench:email's two-process figure. Each side has its own database
 * and mailbox, both are warmed up with a backlog first, then `rounds` timed backlogs of `count` mails
 * each, one process then the pair in turn, so the machine's load (shared, noisy) falls on both alike.
 * Per round: mails/s and the pair ÷ one, CPU per mail of each process and of the database, who sent the
 * replies (each process has its own SMTP sink), who decided the mails (the shared intake's claims), the
 * statements per mail (pg_stat_statements), the senders' claims, and the load average. At the end the
 * median ratio with its spread, ✔ or ✘ against the target on the median. The shared intake is on unless
 * BENCH_SHARED_INTAKE=0 (a Caseline without it ignores the setting).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { copyIntoPostgres } from '../../tests/integration/postgres/support/cluster-checks.ts';
import { type DovecotServer, imapClient } from '../../tests/integration/support/dovecot.ts';
import { mailEnv } from '../../tests/integration/support/mail-harness.ts';
import type { PostgresServer } from '../../tests/integration/support/postgres.ts';
import { type SmtpSink, startSmtpSink } from '../../tests/integration/support/smtp-sink.ts';
import { type Bot, startBot } from './bench-bot.ts';
import { benchMails } from './bench-mails.ts';
import { clusterCpuMs, processCpuMs } from './postgres-meter.ts';

/** The shared mail intake on (the default here, what the bench is for) or off: BENCH_SHARED_INTAKE=0. */
export const SHARED_INTAKE = process.env['BENCH_SHARED_INTAKE'] === '0' ? 'false' : 'true';

export interface PairBench {
  server: PostgresServer;
  dovecot: DovecotServer;
  /** The seeded SQLite image's directory (copied into each database; attachments go under it). */
  seededDir: string;
  seededPath: string;
  count: number;
  rounds: number;
}

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
  /** Mails each process decided (the shared intake's claims); null without a shared intake. */
  decidedBy: number[] | null;
  trips: number;
  /** The senders' claim statements (both processes'), and the rows they claimed in all. */
  claims: { calls: number; rows: number };
}

export interface PairSummary {
  median: number;
  ratios: number[];
}

/** Runs the interleaved rounds and prints them; returns the pair ÷ one ratios. */
export async function benchPairRounds(bench: PairBench): Promise<PairSummary> {
  const { server, dovecot, count, rounds } = bench;
  const mails = benchMails((rounds + 1) * count);
  const sinks: SmtpSink[] = [];
  const setups: Setup[] = [];
  try {
    const loader = imapClient(dovecot);
    await loader.connect();
    for (const box of ['RoundsOne', 'RoundsPair']) {
      await loader.mailboxCreate(box);
      for (let round = 0; round <= rounds; round++) {
        await loader.mailboxCreate(`${box}-${round}`);
        for (const mail of mails.slice(round * count, (round + 1) * count))
          await loader.append(`${box}-${round}`, mail);
      }
    }
    await loader.logout();

    const setUp = async (label: string, mailbox: string, processes: number): Promise<Setup> => {
      const url = await server.createDatabase(`bench_${mailbox.toLowerCase()}`);
      await copyIntoPostgres(bench.seededPath, url);
      const setup: Setup = { label, url, mailbox, bots: [], sinks: [] };
      setups.push(setup);
      for (let i = 0; i < processes; i++) {
        const sink = await startSmtpSink({ parse: false });
        sinks.push(sink);
        setup.sinks.push(sink);
        const env = mailEnv(dovecot, sink, bench.seededDir, {
          MAIL_AUTO_REPLY_CAP_PER_HOUR: '100000',
          DATABASE_URL: url,
          IMAP_MAILBOX: mailbox,
          IMAP_PROCESSED_FOLDER: `${mailbox}-done`,
          MAIL_SHARED_INTAKE: SHARED_INTAKE,
        });
        setup.bots.push(await startBot(`${label} ${i + 1}`, env));
      }
      return setup;
    };
    const one = await setUp('one', 'RoundsOne', 1);
    const pair = await setUp('pair', 'RoundsPair', 2);
    await new Promise((r) => setTimeout(r, 1_000));

    const ratios: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      const load = loadavg()[0]!;
      const a = await timed(server, dovecot, one, round, count);
      const b = await timed(server, dovecot, pair, round, count);
      if (round === 0) continue; // the warm-up
      ratios.push(b.rate / a.rate);
      const ms = (r: Round) =>
        `${r.botCpuMs.map((c) => c.toFixed(2)).join(' + ')} ms bot, ${r.dbCpuMs.toFixed(2)} ms database`;
      const decided = (r: Round) => (r.decidedBy ? `; decided ${r.decidedBy.join(' + ')}` : '');
      console.log(
        `round ${round} (load ${load.toFixed(1)}): one ${a.rate.toFixed(0)} mails/s (${ms(a)}; ${a.trips.toFixed(1)} ` +
          `statements/mail, claims ${a.claims.calls} for ${a.claims.rows} rows); pair ${b.rate.toFixed(0)} mails/s = ` +
          `${(b.rate / a.rate).toFixed(2)} × one (${ms(b)}; sent ${b.sentBy.join(' + ')}${decided(b)}; ` +
          `${b.trips.toFixed(1)} statements/mail, claims ${b.claims.calls} for ${b.claims.rows} rows)`,
      );
    }
    const sorted = [...ratios].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `two processes ÷ one (warm, ${rounds} interleaved rounds of ${count}): median ${median.toFixed(2)}, ` +
        `spread ${sorted[0]!.toFixed(2)}–${sorted[sorted.length - 1]!.toFixed(2)} ` +
        `(${ratios.map((r) => r.toFixed(2)).join(', ')}) ${median >= 1 ? '✔' : '✘'} target ≥ 1.0 on the median`,
    );
    return { median, ratios };
  } finally {
    for (const setup of setups) for (const bot of setup.bots) await bot.stop().catch(() => undefined);
    for (const sink of sinks) await sink.stop();
  }
}

/** One backlog of `count` mails moved into the setup's mailbox, timed until its sinks have every reply. */
async function timed(
  server: PostgresServer,
  dovecot: DovecotServer,
  setup: Setup,
  round: number,
  count: number,
): Promise<Round> {
  const sent0 = setup.sinks.map((s) => s.received.length);
  const stats0 = await statements(setup.url);
  const decided0 = await decidedByPid(setup.url);
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
  while (sentNow() < count) {
    for (const bot of setup.bots) if (bot.child.exitCode !== null) throw new Error(`${bot.name} exited early`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const seconds = (performance.now() - started) / 1000;
  const botCpuMs = setup.bots.map((bot, i) => (processCpuMs(bot.pid) - cpu0[i]!) / count);
  const dbCpuMs = (clusterCpuMs(server) - db0) / count;
  const stats1 = await statements(setup.url);
  const decided1 = await decidedByPid(setup.url);
  const sentBy = setup.sinks.map((s, i) => s.received.length - sent0[i]!);
  if (sentBy.reduce((a, b) => a + b, 0) !== count) throw new Error(`${setup.label}: a reply was sent twice`);
  const diff = (pick: (s: Stat) => number, match: (q: string) => boolean) =>
    [...stats1]
      .filter(([q]) => match(q))
      .reduce((n, [q, s]) => n + pick(s) - (stats0.get(q) ? pick(stats0.get(q)!) : 0), 0);
  const isClaim = (q: string) =>
    /^update "outbox" set "state" = \$1, "next_attempt_at" = \$2, "claimed_by"/i.test(q) && /skip locked/i.test(q);
  if (process.env['BENCH_PG_STATEMENTS'] === '1') {
    for (const [q, s] of [...stats1].sort((x, y) => y[1].calls - x[1].calls)) {
      const calls = s.calls - (stats0.get(q)?.calls ?? 0);
      if (calls > 0)
        console.log(`  ${setup.label} ${(calls / count).toFixed(2)}  ${q.replace(/\s+/g, ' ').slice(0, 140)}`);
    }
  }
  return {
    rate: count / seconds,
    botCpuMs,
    dbCpuMs,
    sentBy,
    decidedBy:
      decided0 && decided1
        ? setup.bots.map((bot) => (decided1.get(bot.pid) ?? 0) - (decided0.get(bot.pid) ?? 0))
        : null,
    trips:
      diff(
        (s) => s.calls,
        () => true,
      ) / count,
    claims: { calls: diff((s) => s.calls, isClaim), rows: diff((s) => s.rows, isClaim) },
  };
}

interface Stat {
  calls: number;
  rows: number;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function statements(url: string): Promise<Map<string, Stat>> {
  return await withClient(url, async (client) => {
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
  });
}

/** Decided intake mails per deciding process (its pid is in the claim's token); null without the intake. */
async function decidedByPid(url: string): Promise<Map<number, number> | null> {
  return await withClient(url, async (client) => {
    const exists = await client.query<{ t: string | null }>("SELECT to_regclass('mail_intake')::text AS t");
    if (!exists.rows[0]?.t) return null;
    const { rows } = await client.query<{ pid: string; n: number }>(
      `SELECT split_part(claimed_by, ':', 2) AS pid, count(*)::int AS n FROM mail_intake
        WHERE state <> 'stored' AND claimed_by IS NOT NULL GROUP BY 1`,
    );
    return new Map(rows.map((r) => [Number(r.pid), r.n]));
  });
}
