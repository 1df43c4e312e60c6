/**
 * Issue 24 §1, end to end: a real `caseline start` process with DATABASE_URL on a throwaway PostgreSQL
 * (filled from the demo directory with `caseline db copy`, the documented way), a real Dovecot and SMTP
 * sink, Slack in HTTP mode against the Web API stand-in. A Designated Contact's mail opens a case that
 * is in PostgreSQL and is answered once over SMTP; a correctly signed Slack DM is answered once; a
 * critical case's escalation page falls due and is sent once; the process stops cleanly on SIGTERM.
 */
import { existsSync, rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { insertOpenCases } from '../../support/clock-fixture.ts';
import { FakeSlack } from '../slack/support/fake-slack.ts';
import { eventEnvelope, SIGNING_SECRET } from '../slack/support/signed-request.ts';
import { dm } from '../slack/support/slack-harness.ts';
import { type DovecotServer, startDovecot } from '../support/dovecot.ts';
import { appendMails, openDb, rawMail, seededDatabaseFile } from '../support/mail-harness.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { waitFor } from '../support/wait-for.ts';
import { type BotProcess, clusterEnv, STAFF_CHANNEL, startBot } from './support/bot-cluster.ts';
import { copyIntoPostgres, sendSlackEvent } from './support/cluster-checks.ts';

const MINUTE = 60_000;

let postgres: PostgresServer;
let dovecot: DovecotServer;
let sink: SmtpSink;
let slack: FakeSlack;
let dir: string;
let bot: BotProcess | null = null;

beforeAll(async () => {
  [postgres, dovecot, sink, slack] = await Promise.all([
    startPostgres(),
    startDovecot(),
    startSmtpSink(),
    new FakeSlack().start(),
  ]);
}, 60_000);

afterAll(async () => {
  await bot?.kill('SIGKILL');
  await Promise.all([postgres?.stop(), dovecot?.stop(), sink?.stop(), slack?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the bot on PostgreSQL (issue 24 §1)', () => {
  it('issue 24 §1: caseline start with DATABASE_URL — a mail opens a case in PostgreSQL and is answered once over SMTP, a signed Slack DM is answered once, a page falls due and is sent once', {
    timeout: 180_000,
  }, async () => {
    // The demo directory, and one critical case whose first escalation page falls due a few seconds in
    // (75 % of a 30-minute response target is 22.5 minutes after the clock started).
    const seeded = await seededDatabaseFile();
    dir = seeded.dir;
    const sqlite = openDb(seeded.path);
    await insertOpenCases(sqlite, DEFAULT_POLICY, [
      {
        severity: 'critical',
        tier: 'premium-care',
        region: 'americas',
        clockStart: new Date(Date.now() - 22.5 * MINUTE + 8_000),
      },
    ]);
    sqlite.$client.close();
    const url = await postgres.createDatabase('bot_e2e');
    await copyIntoPostgres(seeded.path, url);

    const env = clusterEnv({
      store: { DATABASE_URL: url, CASELINE_DB: `${dir}/must-not-be-created.db` },
      dir,
      dovecot,
      sink,
      slackApiUrl: slack.apiUrl,
      signingSecret: SIGNING_SECRET,
    });
    bot = startBot('bot', env, dir);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await bot.slackReady();
      await appendMails(dovecot, [
        rawMail({
          from: 'Ana Ruiz <ana@acme.example>',
          subject: 'SIP Server drops calls',
          messageId: '<ana-pg-1@acme.example>',
          dmarc: 'pass',
          body: 'Our production SIP Server 9.0 drops calls after 30 seconds\nPIN: 482913\n\nAna',
        }),
      ]);
      const event = eventEnvelope(dm('U77PG0001', 'hi there'));
      const delivered = await sendSlackEvent(event, bot, bot);
      expect(delivered.status).toBe(200);
      // Slack delivers the same event again (a retry after a late ack): still one outcome, one answer.
      expect((await sendSlackEvent(event, bot, bot, 1)).status).toBe(200);

      await waitFor(
        async () => {
          const { rows } = await client.query<{ unsent: number; pages: number; mails: number; cards: number }>(
            `SELECT (SELECT count(*)::int FROM outbox WHERE state <> 'sent') AS unsent,
                    (SELECT count(*)::int FROM pages) AS pages,
                    (SELECT count(*)::int FROM outbox WHERE channel = 'email' AND state = 'sent') AS mails,
                    (SELECT count(*)::int FROM outbox WHERE message_id LIKE 'page-card/%') AS cards`,
          );
          const r = rows[0]!;
          const answered = slack.calls.some(
            (c) => c.method === 'chat.postMessage' && c.args['channel'] === 'D77PG0001',
          );
          // A page's outbox row is marked sent when it becomes a DM card; the card is posted by the
          // card run a moment later, so wait for the posts too.
          const pagePosted = slack.calls.filter(
            (c) => c.method === 'chat.postMessage' && /^Page P-\d+/.test(String(c.args['text'])),
          ).length;
          return r.unsent === 0 && r.pages >= 1 && r.mails >= 1 && answered && r.cards >= 1 && pagePosted >= r.cards;
        },
        'the mail answered, the DM answered and the page sent',
        120_000,
      );

      // The case Ana's mail opened is in PostgreSQL, for her account, and her mail has one outcome.
      const opened = await client.query<{ number: string; severity: string }>(
        `SELECT c.number, c.severity FROM cases c JOIN inbound_messages i ON i.case_id = c.id
          WHERE i.dedupe_key LIKE '%ana-pg-1@acme.example%'`,
      );
      expect(opened.rows).toHaveLength(1);
      const caseNumber = opened.rows[0]!.number;
      const inbound = await client.query("SELECT id FROM inbound_messages WHERE channel = 'email'");
      expect(inbound.rows).toHaveLength(1);

      // Every mail the outbox holds reached the sink once, under its own Message-ID; Ana's in her case.
      const mailRows = await client.query<{ id: string; recipient: string }>(
        "SELECT message_id AS id, recipient FROM outbox WHERE channel = 'email'",
      );
      const received = sink.messages.map((m) => m.parsed.messageId ?? '');
      expect(received.sort()).toEqual(mailRows.rows.map((r) => r.id).sort());
      const toAna = sink.messages.filter((m) => m.envelope.to.includes('ana@acme.example'));
      expect(toAna.length).toBeGreaterThanOrEqual(1);
      for (const reply of toAna) {
        expect(reply.parsed.subject).toContain(`[Case ${caseNumber}]`);
        expect(reply.parsed.inReplyTo).toBe('<ana-pg-1@acme.example>');
      }

      // The DM: one event row, one answer in its DM channel.
      const events = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM slack_events');
      expect(events.rows[0]!.n).toBe(1);
      const answers = slack.calls.filter((c) => c.method === 'chat.postMessage' && c.args['channel'] === 'D77PG0001');
      expect(answers).toHaveLength(1);

      // The page: one page row for the critical case, its notice sent once to each recipient.
      const pages = await client.query<{ id: number }>('SELECT id FROM pages');
      expect(pages.rows).toHaveLength(1);
      const pagePosts = slack.calls.filter(
        (c) => c.method === 'chat.postMessage' && /^Page P-\d+/.test(String(c.args['text'])),
      );
      const pageRows = await client.query<{ recipient: string }>(
        "SELECT recipient FROM outbox WHERE audience = 'staff' AND message_id LIKE 'page-card/%'",
      );
      expect(pageRows.rows.length).toBeGreaterThanOrEqual(1);
      expect(pagePosts).toHaveLength(pageRows.rows.length);
      expect(new Set(pagePosts.map((c) => c.args['channel'])).size).toBe(pagePosts.length);
      // The paged case's staff card: posted once to the staff channel, then only updated in place.
      const cardPosts = slack.calls.filter(
        (c) => c.method === 'chat.postMessage' && c.args['channel'] === STAFF_CHANNEL && !c.args['thread_ts'],
      );
      expect(cardPosts.map((c) => /^Case (\d+)/.exec(String(c.args['text']))?.[1])).toEqual(['90000001']);

      // A clean stop: SIGTERM, exit 0; the SQLite file was never used.
      expect(await bot.kill('SIGTERM')).toBe(0);
      expect(bot.log()).toContain('"msg":"stopped"');
      expect(existsSync(`${dir}/must-not-be-created.db`)).toBe(false);
    } catch (error) {
      console.error(
        `--- Slack posts ---\n${JSON.stringify(slack.calls.map((c) => [c.method, c.args['channel'], String(c.args['text']).slice(0, 80)]))}`,
      );
      console.error(`--- bot (pid ${bot.pid}) ---\n${bot.log().slice(-8000)}`);
      for (const table of ['inbound_messages', 'slack_events', 'outbox', 'pages', 'scheduled_jobs']) {
        const { rows } = await client.query(`SELECT * FROM ${table} ORDER BY id LIMIT 3`).catch(() => ({ rows: [] }));
        console.error(`--- ${table} ---\n${JSON.stringify(rows, null, 1).slice(0, 3000)}`);
      }
      throw error;
    } finally {
      await client.end();
    }
  });
});
