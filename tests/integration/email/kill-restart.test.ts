// Exactly once across crashes: `caseline start` works through a backlog and is killed with SIGKILL at
// random points, then restarted. Every message must end with one outcome and one reply; the sink may
// see a Message-ID twice only in the documented case (killed between SMTP acceptance and markSent).
// Some mails reuse another's Message-ID (round 10; round 11: the same sender and subject with another
// body): each is still one outcome and one reply.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/database.ts';
import { type DovecotServer, startDovecot } from '../support/dovecot.ts';
import { appendMails, mailEnv, openDb, rawMail, seededDatabaseFile } from '../support/mail-harness.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { waitFor } from '../support/wait-for.ts';

const BIN = new URL('../../../bin/caseline.js', import.meta.url).pathname;
const MESSAGES = 40;
const KILLS = 3;

let dovecot: DovecotServer;
let sink: SmtpSink;
let dir: string;
let db: Db;

beforeAll(async () => {
  [dovecot, sink] = await Promise.all([startDovecot(), startSmtpSink()]);
  ({ dir } = await seededDatabaseFile());
  db = openDb(join(dir, 'caseline.db'));
});
afterAll(async () => {
  db?.$client.close();
  await Promise.all([dovecot?.stop(), sink?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function startBot(): ChildProcess {
  const env = { PATH: process.env['PATH'], NODE_ENV: 'production', ...mailEnv(dovecot, sink, dir) };
  return spawn('node', [BIN, 'start'], { env, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
const inboundCount = () => count('SELECT count(*) AS n FROM inbound_messages');

describe('kill and restart while a backlog is processed', () => {
  it('ends with one outcome and one reply per message', { timeout: 120_000 }, async () => {
    // Round 10: every eighth mail reuses the Message-ID of the one before it from another sender, and
    // every eighth from the same sender with another subject; round 11: every eighth from the same
    // sender with the same subject and another body. Mails of their own, processed once each.
    const mails = Array.from({ length: MESSAGES }, (_, i) => {
      const reusesId = i % 8 === 7 || i % 8 === 3 || i % 8 === 5;
      const sender = i % 8 === 3 || i % 8 === 5 ? i - 1 : i;
      return rawMail({
        from: `Customer ${sender} <customer${sender}@client${sender % 7}.example>`,
        subject: `Question ${i % 8 === 5 ? i - 1 : i}`,
        messageId: reusesId
          ? `<backlog-${i - 1}@client${(i - 1) % 7}.example>`
          : `<backlog-${i}@client${i % 7}.example>`,
        body: `Hello, this is question number ${i}. Can you help?`,
      });
    });
    await appendMails(dovecot, mails);

    for (let kill = 0; kill < KILLS; kill++) {
      const child = startBot();
      const seen = inboundCount();
      // Let it make some progress, then kill it at a random point of the work.
      await waitFor(() => inboundCount() > seen || inboundCount() === MESSAGES, 'progress before the kill', 30_000);
      await new Promise((r) => setTimeout(r, 100 + Math.floor(Math.random() * 1_100)));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }

    const child = startBot();
    const exited = new Promise((r) => child.once('exit', r));
    try {
      await waitFor(
        () =>
          inboundCount() === MESSAGES &&
          count("SELECT count(*) AS n FROM outbox WHERE audience = 'customer' AND state = 'sent'") === MESSAGES,
        'every message processed and answered',
        60_000,
      );
    } finally {
      child.kill('SIGTERM');
      await exited;
    }

    const perMessage = db.$client
      .prepare(
        `SELECT i.dedupe_key AS key, count(o.id) AS replies FROM inbound_messages i
         LEFT JOIN outbox o ON o.inbound_id = i.id AND o.audience = 'customer' GROUP BY i.id`,
      )
      .all() as Array<{ key: string; replies: number }>;
    expect(perMessage).toHaveLength(MESSAGES);
    expect(new Set(perMessage.map((r) => r.key)).size).toBe(MESSAGES);
    expect(perMessage.every((r) => r.replies === 1)).toBe(true);

    const replyIds = new Set(
      (
        db.$client.prepare("SELECT message_id AS id FROM outbox WHERE audience = 'customer'").all() as Array<{
          id: string;
        }>
      ).map((r) => r.id),
    );
    const received = sink.messages.map((m) => m.parsed.messageId ?? '');
    expect(new Set(received)).toEqual(replyIds);
    // A repeat is only the crash between SMTP acceptance and markSent: at most one per kill.
    expect(received.length - replyIds.size).toBeLessThanOrEqual(KILLS);
  });
});
