/**
 * Issue 24, the shared mail intake: two real `caseline start` processes on one PostgreSQL share a mail
 * backlog from a real Dovecot; the process that only decides (the peer of the imap lease holder) is
 * SIGKILLed in the middle of a batch it claimed, at three points held still by the test's own locks on
 * the real database: just after its claim (waiting on its first read of the batch), mid-decide (waiting
 * to write a reply into the outbox) and before its commit (waiting to mark its intake rows decided).
 * Then every mail has exactly one outcome and one reply, each reply reaches SMTP once, every intake row
 * is decided, and the mails the killed process held were decided by the survivor once its claim ran out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../slack/support/fake-slack.ts';
import { SIGNING_SECRET } from '../slack/support/signed-request.ts';
import { type DovecotServer, imapClient, startDovecot } from '../support/dovecot.ts';
import { rawMail } from '../support/mail-harness.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { waitFor } from '../support/wait-for.ts';
import { type BotProcess, clusterEnv, startBot } from './support/bot-cluster.ts';
import { createDemoDatabase, leaseHolders } from './support/cluster-checks.ts';

const MAILS = 120;

let postgres: PostgresServer;
let dovecot: DovecotServer;
let sink: SmtpSink;
let slack: FakeSlack;
const dirs: string[] = [];
const bots: BotProcess[] = [];

beforeAll(async () => {
  [postgres, dovecot, sink, slack] = await Promise.all([
    startPostgres(),
    startDovecot(),
    startSmtpSink(),
    new FakeSlack().start(),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.kill('SIGKILL')));
  await Promise.all([postgres?.stop(), dovecot?.stop(), sink?.stop(), slack?.stop()]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

type Point = 'after its claim' | 'mid-decide' | 'before its commit';

/**
 * What holds the victim still at each point: the test's locks, taken in its own transactions, and the
 * statement the victim is seen waiting on (pg_stat_activity, its backend named by its pid).
 */
const HOLDS: Record<Point, { first: string; waitsOn: RegExp }> = {
  // Every read of inbound_messages waits: the batch's first statement after BEGIN (its duplicate check).
  'after its claim': { first: 'LOCK TABLE inbound_messages IN ACCESS EXCLUSIVE MODE', waitsOn: /inbound_messages/i },
  // Reads pass, writes to the outbox wait: the batch's first mail is taken and waits to queue its reply.
  'mid-decide': { first: 'LOCK TABLE outbox IN EXCLUSIVE MODE', waitsOn: /insert into "?outbox/i },
  // As mid-decide, then mail_intake locked against writes and the outbox let go: the whole batch is
  // decided and waits on its last statement, the intake mark, before COMMIT.
  'before its commit': { first: 'LOCK TABLE outbox IN EXCLUSIVE MODE', waitsOn: /update mail_intake as m/i },
};

describe('the shared mail intake across a SIGKILLed decider (issue 24)', () => {
  for (const [index, point] of (['after its claim', 'mid-decide', 'before its commit'] as Point[]).entries()) {
    it(`issue 24: a decider killed ${point} — every mail one outcome and one reply, its mails decided by the survivor`, {
      timeout: 240_000,
    }, async () => {
      await killedDecider(point, index);
    });
  }
});

async function killedDecider(point: Point, index: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-intake-kill-'));
  dirs.push(dir);
  const url = await createDemoDatabase(postgres);
  const mailbox = `Intake${index}`;
  const loader = imapClient(dovecot);
  await loader.connect();
  for (const box of [mailbox, `${mailbox}-staged`]) await loader.mailboxCreate(box);
  for (let i = 0; i < MAILS; i++) {
    // Round 11: every tenth mail reuses the Message-ID, sender and subject of the one before it with
    // another body: a mail of its own, decided once like the others.
    const first = i % 10 === 9 ? i - 1 : i;
    await loader.append(
      `${mailbox}-staged`,
      rawMail({
        from: `Customer ${first} <k${index}-customer${first}@client${first % 7}.example>`,
        subject: `Question ${first}`,
        messageId: `<intake-${index}-${first}@client${first % 7}.example>`,
        body: `Hello, this is question number ${i}. Our reporting server keeps restarting, can you help?`,
      }),
    );
  }
  const sentBefore = sink.messages.length;
  const env = clusterEnv(
    { store: { DATABASE_URL: url }, dir, dovecot, sink, slackApiUrl: slack.apiUrl, signingSecret: SIGNING_SECRET },
    {
      IMAP_MAILBOX: mailbox,
      IMAP_PROCESSED_FOLDER: `${mailbox}-done`,
      MAIL_SHARED_INTAKE: 'true',
      MAIL_INTAKE_CLAIM_SECONDS: '5',
      MAIL_AUTO_REPLY_CAP_PER_HOUR: '1000',
    },
  );
  const client = new pg.Client({ connectionString: url });
  const first = new pg.Client({ connectionString: url });
  const second = new pg.Client({ connectionString: url });
  await Promise.all([client.connect(), first.connect(), second.connect()]);
  const a = startBot(`a${index}`, env, dir);
  bots.push(a);
  try {
    await a.slackReady();
    await waitFor(
      async () => Boolean((await leaseHolders(client)).imap?.includes(`:${a.pid}:`)),
      'a to read the mailbox',
      60_000,
    );
    const b = startBot(`b${index}`, env, dir);
    bots.push(b);
    await b.slackReady();

    const hold = HOLDS[point];
    await first.query('BEGIN');
    await first.query(hold.first);
    await loader.mailboxOpen(`${mailbox}-staged`);
    await loader.messageMove('1:*', mailbox);
    await loader.logout();
    const claimedBy = async (pid: number) =>
      (
        await client.query<{ uid: number }>(
          "SELECT uid::int AS uid FROM mail_intake WHERE state = 'stored' AND claimed_by LIKE $1 ORDER BY uid",
          [`%:${pid}:%`],
        )
      ).rows.map((r) => r.uid);
    const waitingOn = async (pid: number) =>
      (
        await client.query<{ query: string }>(
          "SELECT query FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'",
          [`caseline ${pid}`],
        )
      ).rows.some((r) => hold.waitsOn.test(r.query));
    if (point === 'before its commit') {
      await waitFor(
        async () => (await claimedBy(b.pid)).length > 0 && (await waitingOn(b.pid)) === false,
        'b to claim',
        60_000,
      );
      await waitFor(
        async () =>
          (
            await client.query(
              "SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock' AND query ILIKE '%outbox%'",
              [`caseline ${b.pid}`],
            )
          ).rows.length > 0,
        'b to wait on the outbox',
        60_000,
      );
      await second.query('BEGIN');
      await second.query('LOCK TABLE mail_intake IN SHARE MODE');
      await first.query('COMMIT');
    }
    await waitFor(
      async () => (await claimedBy(b.pid)).length > 0 && (await waitingOn(b.pid)),
      `b to be held ${point}`,
      60_000,
    );
    const heldByVictim = await claimedBy(b.pid);
    // Nothing of its batch is committed: no inbound row of its mails.
    await b.kill('SIGKILL');
    await (point === 'before its commit' ? second : first).query('COMMIT');

    await waitFor(
      async () => {
        const { rows } = await client.query<{ mails: number; open: number; unsent: number }>(
          `SELECT (SELECT count(*)::int FROM inbound_messages WHERE channel = 'email') AS mails,
                  (SELECT count(*)::int FROM mail_intake WHERE state <> 'decided') AS open,
                  (SELECT count(*)::int FROM outbox WHERE state <> 'sent') AS unsent`,
        );
        return rows[0]!.mails === MAILS && rows[0]!.open === 0 && rows[0]!.unsent === 0;
      },
      'every mail decided and answered by the survivor',
      120_000,
    );

    expect(heldByVictim.length).toBeGreaterThan(0);
    const intake = await client.query<{ uid: number; state: string; claimed_by: string }>(
      'SELECT uid::int AS uid, state, claimed_by FROM mail_intake ORDER BY uid',
    );
    expect(intake.rows).toHaveLength(MAILS);
    expect(intake.rows.filter((r) => r.state !== 'decided')).toEqual([]);
    // The victim's mails were claimed again, by the survivor, and decided by it.
    const taken = intake.rows.filter((r) => heldByVictim.includes(r.uid));
    expect(taken.every((r) => r.claimed_by.includes(`:${a.pid}:`))).toBe(true);

    const perMail = await client.query<{ key: string; decision: string; replies: number }>(
      `SELECT i.dedupe_key AS key, i.decision, count(o.id)::int AS replies FROM inbound_messages i
         LEFT JOIN outbox o ON o.inbound_id = i.id AND o.audience = 'customer'
        WHERE i.channel = 'email' GROUP BY i.id ORDER BY i.id`,
    );
    expect(perMail.rows).toHaveLength(MAILS);
    expect(new Set(perMail.rows.map((r) => r.key)).size).toBe(MAILS);
    expect(perMail.rows.filter((r) => r.replies !== 1)).toEqual([]);
    const replyIds = (
      await client.query<{ id: string }>("SELECT message_id AS id FROM outbox WHERE channel = 'email'")
    ).rows.map((r) => r.id);
    const received = sink.messages.slice(sentBefore).map((m) => m.parsed.messageId ?? '');
    expect(new Set(received)).toEqual(new Set(replyIds));
    // A reply the victim's sender was handing to SMTP as it died is the one repeat there can be.
    expect(received.length - replyIds.length).toBeLessThanOrEqual(1);

    // In IMAP every mail left the mailbox for the processed folder once stored.
    const check = imapClient(dovecot);
    await check.connect();
    try {
      const count = async (box: string) => {
        const status = await check.status(box, { messages: true });
        return status ? status.messages : null;
      };
      expect(await count(mailbox)).toBe(0);
      expect(await count(`${mailbox}-done`)).toBe(MAILS);
    } finally {
      await check.logout();
    }
  } catch (error) {
    for (const bot of bots.slice(-2)) console.error(`--- ${bot.name} (pid ${bot.pid}) ---\n${bot.log().slice(-6000)}`);
    throw error;
  } finally {
    await Promise.all([client.end(), first.end(), second.end()]);
    await Promise.all(bots.slice(-2).map((bot) => bot.kill('SIGTERM')));
  }
}
