// The mailbox channel end to end: real Dovecot in, real SMTP sink out, the engine and the database
// in between. Asserts what customers receive, what is recorded, and what is never answered.
import { rmSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailChannel, startMailChannel } from '../../../src/channels/email/start-mail-channel.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { type Db, schema } from '../../../src/store/database.ts';
import { type DovecotServer, startDovecot } from '../support/dovecot.ts';
import {
  appendMails,
  bounceFor,
  MAIL_FROM,
  mailConfig,
  mailEnv,
  openDb,
  rawMail,
  seededDatabaseFile,
  silentLogger,
} from '../support/mail-harness.ts';
import { type CapturedMail, type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { waitFor } from '../support/wait-for.ts';

let dovecot: DovecotServer;
let sink: SmtpSink;
let dir: string;
let db: Db;
let channel: MailChannel;

const to = (address: string) => sink.messages.filter((m) => m.envelope.to.includes(address));
const header = (m: CapturedMail, name: string) => String(m.parsed.headers.get(name) ?? '');
const inbound = () => db.select().from(schema.inboundMessages).all();
const decisionOf = (key: string) => inbound().find((r) => r.dedupeKey === key);

beforeAll(async () => {
  [dovecot, sink] = await Promise.all([startDovecot(), startSmtpSink()]);
  const seeded = await seededDatabaseFile();
  dir = seeded.dir;
  db = openDb(seeded.path);
  const config = mailConfig(mailEnv(dovecot, sink, dir, { MAIL_AUTO_REPLY_CAP_PER_HOUR: '10' }));
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email' });
  channel = await startMailChannel(config, ctx, silentLogger, {
    sendIntervalMs: 50,
    pollIntervalMs: 2_000,
    sendBackoff: { initialMs: 100, maxMs: 300 },
  });
});

afterAll(async () => {
  await channel?.stop();
  db?.$client.close();
  await Promise.all([dovecot?.stop(), sink?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the mailbox channel', () => {
  let firstReply: CapturedMail;
  let caseNumber: string;

  it('opens a case for an authenticated designated contact and threads the reply', async () => {
    await appendMails(dovecot, [
      rawMail({
        from: 'Ana Ruiz <ana@acme.example>',
        subject: 'SIP Server drops calls',
        messageId: '<ana-1@acme.example>',
        dmarc: 'pass',
        body: 'Our production SIP Server 9.0 drops calls after 30 seconds\nPIN: 482913\n\nAna',
      }),
    ]);
    await waitFor(() => to('ana@acme.example').length >= 2, 'the replies to Ana', 15_000);
    firstReply = to('ana@acme.example')[0]!;
    caseNumber = /\[Case (\d{8})\]/.exec(firstReply.parsed.subject ?? '')?.[1] ?? '';
    expect(caseNumber).toMatch(/^\d{8}$/);
    for (const reply of to('ana@acme.example')) {
      expect(reply.parsed.subject).toContain(`[Case ${caseNumber}]`);
      expect(reply.parsed.inReplyTo).toBe('<ana-1@acme.example>');
      expect(reply.parsed.references).toContain('<ana-1@acme.example>');
      expect(header(reply, 'auto-submitted')).toBe('auto-replied');
      expect(reply.parsed.html).toBeTruthy();
      expect(reply.envelope.from).toBe(MAIL_FROM);
    }
    expect(decisionOf('<ana-1@acme.example>')?.decision).not.toBe('ignored');
  });

  it('joins the case when the customer replies to our Message-ID', async () => {
    const before = to('ana@acme.example').length;
    await appendMails(dovecot, [
      rawMail({
        from: 'Ana Ruiz <ana@acme.example>',
        subject: 'Re: whatever the client made of it',
        messageId: '<ana-2@acme.example>',
        dmarc: 'pass',
        headers: {
          'In-Reply-To': firstReply.parsed.messageId!,
          References: `<ana-1@acme.example> ${firstReply.parsed.messageId}`,
        },
        body: 'medium\n\nOn Mon, 23 Nov 2026 Caseline wrote:\n> Which severity do you request?',
      }),
    ]);
    await waitFor(() => to('ana@acme.example').length > before, 'the answer to Ana’s reply', 15_000);
    const answer = to('ana@acme.example')[before]!;
    expect(answer.parsed.subject).toContain(`[Case ${caseNumber}]`);
    expect(answer.parsed.inReplyTo).toBe('<ana-2@acme.example>');
    expect(answer.parsed.references).toEqual([
      '<ana-1@acme.example>',
      firstReply.parsed.messageId,
      '<ana-2@acme.example>',
    ]);
    const [caseRow] = db.select().from(schema.cases).where(eq(schema.cases.number, caseNumber)).all();
    expect(decisionOf('<ana-2@acme.example>')?.caseId).toBe(caseRow!.id);
  });

  it('records noise and bounces without answering, ignores forged references and quarantines auth failures', async () => {
    const sentBefore = sink.messages.length;
    await appendMails(dovecot, [
      rawMail({
        from: 'Bob <bob@partner.example>',
        subject: 'Out of office',
        messageId: '<ooo-1@partner.example>',
        headers: { 'Auto-Submitted': 'auto-replied' },
        body: 'I am away until Monday.',
      }),
      bounceFor(firstReply.parsed.messageId!, 'ana@acme.example'),
      rawMail({
        from: 'Announcements <news@lists.example>',
        subject: 'Monthly digest',
        messageId: '<digest-1@lists.example>',
        headers: { 'List-Id': '<news.lists.example>' },
        body: 'This month in telephony.',
      }),
      rawMail({
        from: 'Mallory <mallory@evil.example>',
        subject: `Re: [Case 99999998] my case`,
        messageId: '<forged-1@evil.example>',
        headers: { 'In-Reply-To': `<cl.${caseNumber}.1.0123456789ab@caseline.test>` },
        body: 'Please close the case and send me the license file.',
      }),
      rawMail({
        from: 'Ana Ruiz <ana@acme.example>',
        subject: 'Please change the admin password',
        messageId: '<spoof-1@acme.example>',
        dmarc: 'fail',
        body: 'Send the controlled software to this address.',
      }),
    ]);
    await waitFor(() => inbound().length >= 7, 'all seven inbound messages recorded', 15_000);
    await waitFor(() => sink.messages.length >= sentBefore + 3, 'replies to the forged and spoofed mail', 15_000);
    await new Promise((r) => setTimeout(r, 500)); // anything wrongly queued would go out by now

    expect(decisionOf('<ooo-1@partner.example>')).toMatchObject({
      decision: 'ignored',
      reason: 'Auto-Submitted: auto-replied',
    });
    expect(decisionOf('<digest-1@lists.example>')).toMatchObject({ decision: 'ignored' });
    expect(decisionOf('<bounce-1@mx.acme.example>')?.decision).toBe('bounce');
    expect(to('bob@partner.example')).toHaveLength(0);
    expect(to('news@lists.example')).toHaveLength(0);
    expect(sink.messages.some((m) => m.envelope.to.some((a) => /mailer-daemon/i.test(a)))).toBe(false);

    const outboxId = Number(/^<cl\.\d{8}\.(\d+)\./.exec(firstReply.parsed.messageId!)?.[1]);
    const [caseRow] = db.select().from(schema.cases).where(eq(schema.cases.number, caseNumber)).all();
    expect(db.select().from(schema.bounces).all()).toEqual([
      expect.objectContaining({ outboxId, caseId: caseRow!.id, recipient: 'ana@acme.example', status: 'failed' }),
    ]);

    // The forged In-Reply-To fails the signature: a conversation of its own, not Ana's case.
    const forged = decisionOf('<forged-1@evil.example>');
    expect(forged?.caseId).toBeNull();
    const toMallory = to('mallory@evil.example');
    expect(toMallory).toHaveLength(1);
    expect(toMallory[0]!.parsed.subject).not.toContain(`[Case ${caseNumber}]`);

    // The failing mail in Ana's name: not acted on, Ana told at her registered address, staff notified.
    expect(decisionOf('<spoof-1@acme.example>')).toMatchObject({ decision: 'quarantined' });
    expect(decisionOf('<spoof-1@acme.example>')?.reason).toMatch(/dmarc=fail/);
    const told = to('ana@acme.example').filter((m) => m.parsed.inReplyTo === '<spoof-1@acme.example>');
    expect(told).toHaveLength(1);
    expect(told[0]!.parsed.text).toMatch(/did not pass our email authentication/);
    await waitFor(
      () =>
        sink.messages.some((m) => /auth/i.test(m.parsed.text ?? '') && m.envelope.to.includes('care@vendor.example')),
      'the staff notification',
    );
  });

  it('never stores or sends the PIN', () => {
    const tables = db.$client
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
      )
      .all() as Array<{ name: string }>;
    const stored = tables.map((t) => JSON.stringify(db.$client.prepare(`SELECT * FROM "${t.name}"`).all())).join('\n');
    expect(stored).toContain('ana@acme.example'); // the dump is real
    expect(stored).not.toContain('482913');
    for (const m of sink.messages) expect(m.raw.toString()).not.toContain('482913');
  });

  it('processes a message delivered twice once: one inbound row, one reply', async () => {
    const twice = rawMail({
      from: 'Zoe <zoe@newcustomer.example>',
      subject: 'Question about licensing',
      messageId: '<twice-1@newcustomer.example>',
      body: 'Hello, who can help me with a license?',
    });
    await appendMails(dovecot, [twice, twice]);
    await waitFor(() => to('zoe@newcustomer.example').length >= 1, 'the reply to Zoe', 15_000);
    await waitFor(async () => {
      const rows = db.select().from(schema.mailboxCheckpoints).all();
      return rows.length === 1 && inbound().length >= 8 && sink.messages.length > 0;
    }, 'both copies handled');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(inbound().filter((r) => r.dedupeKey === '<twice-1@newcustomer.example>')).toHaveLength(1);
    expect(to('zoe@newcustomer.example')).toHaveLength(1);
  });

  it('delivers a reply queued while SMTP is down once it is up again', async () => {
    await sink.halt();
    await appendMails(dovecot, [
      rawMail({
        from: 'Yan <yan@later.example>',
        subject: 'Hello',
        messageId: '<down-1@later.example>',
        body: 'Is anyone there?',
      }),
    ]);
    const row = () => db.select().from(schema.outbox).where(eq(schema.outbox.recipient, 'yan@later.example')).get();
    await waitFor(() => (row()?.attempts ?? 0) >= 1 && row()?.state === 'pending', 'a failed send attempt', 15_000);
    expect(row()?.lastError).toBeTruthy();
    await sink.restart();
    await waitFor(
      () => to('yan@later.example').length === 1 && row()?.state === 'sent',
      'delivery after SMTP is back',
      15_000,
    );
    expect(to('yan@later.example')[0]!.parsed.messageId).toBe(row()?.messageId);
  });
});
