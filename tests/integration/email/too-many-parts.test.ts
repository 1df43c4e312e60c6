// Round 11: a mail of more MIME parts than the parser opens (1,000) was quarantined by the parser's limit
// and its sender never told. Through the real mail path (Dovecot, the mail channel, the SMTP sink): its
// sender gets one answer saying it could not be read and why, nothing of it is acted on or lost (the raw
// mail is filed whole in the quarantine folder, the reason is on its inbound row), a redelivery is not
// answered again, and the bot goes on answering the next mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/database.ts';
import { type DovecotServer, imapClient } from '../support/dovecot.ts';
import { type MailBot, startMailBot } from '../support/mail-bot.ts';
import { appendMails, MAIL_FROM, rawMail, TRUSTED_ID } from '../support/mail-harness.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';
import { waitFor } from '../support/wait-for.ts';

const QUARANTINE = 'Caseline/Quarantine';
let bot: MailBot;
let dovecot: DovecotServer;
let sink: SmtpSink;
let db: Db;

beforeAll(async () => {
  // Mails of 1,000 parts weigh ~150 kB here: above this they are parsed as streams, as the big ones are.
  bot = await startMailBot({ sendIntervalMs: 50, pollIntervalMs: 500, streamAboveBytes: 64 * 1024 });
  ({ dovecot, sink, db } = bot);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
});

/** A mail of one text part and `files` attached log files, `files` + 2 MIME nodes with the root. */
function manyParts(from: string, messageId: string, files: number): Buffer {
  const domain = from.split('@')[1]!.replace('>', '');
  const lines = [
    `Authentication-Results: ${TRUSTED_ID}; dmarc=pass header.from=${domain}`,
    `From: ${from}`,
    `To: ${MAIL_FROM}`,
    'Subject: Logs of the crash on every agent desktop',
    'Date: Mon, 23 Nov 2026 09:00:00 +0000',
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="part-boundary"',
    '',
    '--part-boundary',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Our production SIP Server 9.0 crashes at night; the log of each desktop is attached.',
  ];
  for (let i = 1; i <= files; i++) {
    lines.push(
      '--part-boundary',
      `Content-Type: text/plain; name="desktop-${i}.log"`,
      `Content-Disposition: attachment; filename="desktop-${i}.log"`,
      '',
      `2026-11-22 23:59:0${i % 10} agent desktop ${i}: connection to SIP Server lost`,
    );
  }
  lines.push('--part-boundary--', '');
  return Buffer.from(lines.join('\r\n'));
}

const to = (address: string) => sink.messages.filter((m) => m.envelope.to.includes(address));

async function folder(name: string): Promise<Buffer[]> {
  const client = imapClient(dovecot);
  await client.connect();
  try {
    const lock = await client.getMailboxLock(name);
    try {
      const sources: Buffer[] = [];
      for await (const m of client.fetch('1:*', { source: true })) if (m.source) sources.push(m.source);
      return sources;
    } finally {
      lock.release();
    }
  } catch {
    return [];
  } finally {
    await client.logout();
  }
}

const inbound = (key: string) =>
  db.$client.prepare('SELECT decision, reason, case_id FROM inbound_messages WHERE dedupe_key = ?').get(key) as
    | { decision: string; reason: string; case_id: number | null }
    | undefined;

describe('round 11: a mail of more than 1,000 MIME parts', () => {
  it("round 11: a contact's mail of 1,001 attachments is answered once with why it was not read, filed whole in quarantine with its reason, and the next mail is answered", async () => {
    const cases = () => (db.$client.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    const casesBefore = cases();
    const raw = manyParts('Ana Ruiz <ana@acme.example>', '<parts-1@acme.example>', 1_001);
    expect(raw.length).toBeGreaterThan(64 * 1024);
    await appendMails(dovecot, [raw]);
    await waitFor(() => to('ana@acme.example').length >= 1, 'the answer to Ana', 30_000);

    const [answer] = to('ana@acme.example');
    const text = answer!.parsed.text ?? '';
    expect(text).toMatch(/could not read your message/i);
    expect(text).toMatch(/more than 1,000 MIME parts/);
    expect(text).toMatch(/not acted on it/);
    expect(answer!.parsed.subject).toMatch(/Logs of the crash/);
    expect(answer!.parsed.inReplyTo).toBe('<parts-1@acme.example>');

    await waitFor(async () => (await folder(QUARANTINE)).length === 1, 'the mail in the quarantine folder', 15_000);
    expect((await folder(QUARANTINE))[0]!.equals(raw)).toBe(true);
    expect(inbound('<parts-1@acme.example>')).toEqual({
      decision: 'quarantined',
      reason: expect.stringContaining('more than 1,000 MIME parts'),
      case_id: null,
    });
    expect(cases()).toBe(casesBefore);
    // Nothing of the body was stored as a file: the raw mail in quarantine holds it.
    expect(db.$client.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });

    // Delivered again: recognised, not answered again, filed in quarantine again (the raw copy kept).
    await appendMails(dovecot, [raw]);
    await waitFor(async () => (await folder(QUARANTINE)).length === 2, 'the redelivery set aside', 15_000);
    // The bot still answers: Ana's next mail, the files sent in an archive, is read and answered.
    const next = rawMail({
      from: 'Ana Ruiz <ana@acme.example>',
      subject: 'Logs of the crash, zipped',
      messageId: '<parts-2@acme.example>',
      dmarc: 'pass',
      body: 'Our production SIP Server 9.0 crashes at night. What do you need from us?',
    });
    await appendMails(dovecot, [next]);
    await waitFor(() => to('ana@acme.example').length >= 2, 'the answer to the next mail', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answers = to('ana@acme.example');
    expect(answers.filter((m) => /more than 1,000 MIME parts/.test(m.parsed.text ?? ''))).toHaveLength(1);
    expect(answers.at(-1)!.parsed.inReplyTo).toBe('<parts-2@acme.example>');
    expect(inbound('<parts-2@acme.example>')?.decision).not.toBe('quarantined');
  });

  it('round 11: a sender not in the directory is told the same way, as for any mail whose body could not be read; a mail of 1,000 MIME parts is still read', async () => {
    const raw = manyParts('Bo Lind <bo@client.example>', '<parts-3@client.example>', 1_001);
    await appendMails(dovecot, [raw]);
    await waitFor(() => to('bo@client.example').length >= 1, 'the answer to Bo', 30_000);
    expect(to('bo@client.example')[0]!.parsed.text).toMatch(/more than 1,000 MIME parts/);
    expect(inbound('<parts-3@client.example>')?.decision).toBe('quarantined');

    // The limit counts MIME nodes: the root, the text and 998 files are 1,000, and read as usual.
    const within = manyParts('Bo Lind <bo@client.example>', '<parts-4@client.example>', 998);
    await appendMails(dovecot, [within]);
    await waitFor(() => inbound('<parts-4@client.example>') !== undefined, 'the mail of 998 files decided', 30_000);
    expect(inbound('<parts-4@client.example>')?.decision).not.toBe('quarantined');
  });
});
