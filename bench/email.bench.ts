/**
 * Mail channel throughput and memory (issue 6). A backlog of 2,000 messages APPENDed to a throwaway
 * Dovecot is processed by the real channel (IMAP → parse → engine → outbox → SMTP sink) and timed until
 * the last reply is captured; the baseline only fetches and parses the same messages over IMAP.
 * Targets: ≥ 100 messages/s end to end, ≥ 0.5 of the baseline; a 25 MB attachment with peak RSS < 200 MB
 * (measured in a child process, bench/email-rss-child.ts).
 */
import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseMessage } from '../src/channels/email/parse-message.ts';
import { startMailChannel } from '../src/channels/email/start-mail-channel.ts';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { createEngineContext } from '../src/services/engine/index.ts';
import { imapClient, startDovecot } from '../tests/integration/support/dovecot.ts';
import {
  mailConfig,
  mailEnv,
  openDb,
  rawMail,
  seededDatabaseFile,
  silentLogger,
} from '../tests/integration/support/mail-harness.ts';
import { startSmtpSink } from '../tests/integration/support/smtp-sink.ts';

const COUNT = Number(process.env['BENCH_EMAIL_COUNT'] ?? 2_000);

const mails = Array.from({ length: COUNT }, (_, i) =>
  rawMail({
    from: `Customer ${i} <customer${i}@client${i % 97}.example>`,
    subject: `Question ${i} about SIP Server`,
    messageId: `<bench-${i}@client${i % 97}.example>`,
    body: `Hello,\n\nour SIP Server 9.0 drops calls after ${i % 60} seconds since yesterday.\nCan you help?\n\nRegards,\nCustomer ${i}\n\nOn Mon, 23 Nov 2026 someone wrote:\n> earlier text\n> more earlier text`,
  }),
);

const dovecot = await startDovecot();
const sink = await startSmtpSink();
const { dir, path } = await seededDatabaseFile();
const imap = () => imapClient(dovecot);

try {
  const loader = imap();
  await loader.connect();
  await loader.mailboxCreate('Baseline');
  for (const mail of mails) {
    await loader.append('INBOX', mail);
    await loader.append('Baseline', mail);
  }
  await loader.logout();

  // Baseline: fetch every message of the same backlog and parse it (attachments to disk), nothing else.
  const reader = imap();
  await reader.connect();
  const parseDir = join(dir, 'baseline-attachments');
  execFileSync('mkdir', ['-p', parseDir]);
  const baseStart = performance.now();
  const lock = await reader.getMailboxLock('Baseline');
  let parsed = 0;
  try {
    for await (const message of reader.fetch('1:*', { source: true })) {
      if (message.source) await parseMessage(message.source, { storageDir: parseDir, maxAttachmentBytes: 30 << 20 });
      parsed++;
    }
  } finally {
    lock.release();
  }
  const baseSeconds = (performance.now() - baseStart) / 1000;
  await reader.logout();

  // End to end: the channel as `npm start` runs it, until the sink has every reply.
  const db = openDb(path);
  const config = mailConfig(mailEnv(dovecot, sink, dir, { MAIL_AUTO_REPLY_CAP_PER_HOUR: '100000' }));
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email' });
  const start = performance.now();
  const channel = startMailChannel(config, ctx, silentLogger, { sendIntervalMs: 50 });
  while (sink.messages.length < COUNT) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - start) / 1000;
  await channel.stop();
  db.$client.close();

  const endToEnd = COUNT / seconds;
  const baseline = parsed / baseSeconds;
  console.log(`messages:               ${COUNT}`);
  console.log(`end to end:             ${endToEnd.toFixed(0)} messages/s (${seconds.toFixed(2)} s; target ≥ 100)`);
  console.log(`baseline fetch+parse:   ${baseline.toFixed(0)} messages/s (${baseSeconds.toFixed(2)} s)`);
  console.log(`ratio:                  ${(endToEnd / baseline).toFixed(2)} (target ≥ 0.5)`);
} finally {
  await sink.stop();
  await dovecot.stop();
  rmSync(dir, { recursive: true, force: true });
}

// Peak memory for one 25 MB attachment: the channel runs in a fresh child process, this one builds the mail.
{
  const server = await startDovecot();
  const smtp = await startSmtpSink();
  const seeded = await seededDatabaseFile();
  try {
    const loader = imapClient(server);
    await loader.connect();
    await loader.append('INBOX', bigMail());
    await loader.logout();
    const child = new URL('./email-rss-child.ts', import.meta.url).pathname;
    const env = { PATH: process.env['PATH'], ...mailEnv(server, smtp, seeded.dir) };
    const root = new URL('..', import.meta.url).pathname;
    const output = await new Promise<string>((resolve, reject) =>
      execFile('node', ['--import', 'tsx', child], { env, cwd: root }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    );
    process.stdout.write(output);
  } finally {
    await smtp.stop();
    await server.stop();
    rmSync(seeded.dir, { recursive: true, force: true });
  }
}

function bigMail(): Buffer {
  // Base64 of pseudo-random bytes in 76-character lines, as a mail client sends it.
  const bytes = Buffer.alloc(25 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 4) bytes.writeUInt32LE((Math.imul(i, 2654435761) ^ i) >>> 0, i);
  const head = [
    'From: Ana Ruiz <ana@acme.example>',
    'To: support@caseline.test',
    'Subject: Full trace of the crash',
    'Message-ID: <big-trace@acme.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    'The trace is attached.',
    '--b1',
    'Content-Type: application/octet-stream; name="trace.bin"',
    'Content-Disposition: attachment; filename="trace.bin"',
    'Content-Transfer-Encoding: base64',
    '',
    '',
  ].join('\r\n');
  const body = bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.concat([Buffer.from(head), Buffer.from(body), Buffer.from('\r\n--b1--\r\n')]);
}
