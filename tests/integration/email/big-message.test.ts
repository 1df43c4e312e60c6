// A message above the streaming threshold goes from Dovecot to the parser as a stream (never one Buffer):
// its attachment is stored intact, and without a Message-ID its dedupe key is the hash computed on the way.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Db, schema } from '../../../src/store/database.ts';
import { type DovecotServer, imapClient } from '../support/dovecot.ts';
import { type MailBot, startMailBot } from '../support/mail-bot.ts';
import { appendMails, MAIL_FROM } from '../support/mail-harness.ts';
import type { SmtpSink } from '../support/smtp-sink.ts';
import { waitFor } from '../support/wait-for.ts';

const THRESHOLD = 64 * 1024;
let bot: MailBot;
let dovecot: DovecotServer;
let sink: SmtpSink;
let db: Db;

beforeAll(async () => {
  bot = await startMailBot({ sendIntervalMs: 50, pollIntervalMs: 1_000, streamAboveBytes: THRESHOLD });
  ({ dovecot, sink, db } = bot);
});

afterAll(async () => {
  await bot?.stop();
});

/** ~400 kB of attachment in base64 lines, and no Message-ID. */
function bigMail(content: Buffer): Buffer {
  const body = content.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    [
      'From: Bo Lind <bo@client.example>',
      `To: ${MAIL_FROM}`,
      'Subject: Trace of the crash',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Our SIP Server crashes every night, the trace is attached.',
      '--b1',
      'Content-Type: application/octet-stream; name="trace.bin"',
      'Content-Disposition: attachment; filename="trace.bin"',
      'Content-Transfer-Encoding: base64',
      '',
      body,
      '--b1--',
      '',
    ].join('\r\n'),
  );
}

it('parses a message above the threshold from a stream, stores its attachment and answers it once', async () => {
  const content = Buffer.alloc(300 * 1024);
  for (let i = 0; i < content.length; i++) content[i] = (i * 7919) % 251;
  const raw = bigMail(content);
  expect(raw.length).toBeGreaterThan(THRESHOLD * 4);
  await appendMails(dovecot, [raw]);
  await waitFor(() => sink.messages.length >= 1, 'the reply', 15_000);

  const [attachment] = db.select().from(schema.attachments).all();
  expect(attachment?.filename).toBe('trace.bin');
  expect(attachment?.size).toBe(content.length);
  expect(attachment?.sha256).toBe(createHash('sha256').update(content).digest('hex'));
  expect(readFileSync(attachment!.storagePath).equals(content)).toBe(true);
  const [inbound] = db.select().from(schema.inboundMessages).all();
  expect(inbound?.dedupeKey).toBe(`sha256:${createHash('sha256').update(raw).digest('hex')}`);

  // The same bytes again: the hash taken on the stream recognises it, nothing is answered twice.
  await appendMails(dovecot, [raw]);
  await waitFor(async () => (await processedCount()) === 2, 'both copies processed', 15_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(db.select().from(schema.inboundMessages).all()).toHaveLength(1);
  expect(db.select().from(schema.attachments).all()).toHaveLength(1);
  expect(sink.messages.filter((m) => m.envelope.to.includes('bo@client.example'))).toHaveLength(1);
});

async function processedCount(): Promise<number> {
  const client = imapClient(dovecot);
  await client.connect();
  try {
    const status = await client.status('Caseline/Processed', { messages: true }).catch(() => false as const);
    return status ? (status.messages ?? 0) : 0;
  } finally {
    await client.logout();
  }
}
