// Issue 6: "TLS by default; plaintext only when the config says so". `caseline start` against Dovecot over
// TLS and an SMTP server with STARTTLS or implicit TLS, certificates from a throwaway CA. The bot trusts
// what Node trusts, plus a deployment's own CA through NODE_EXTRA_CA_CERTS; it never sends a login or a
// mail to a server it cannot verify, and never falls back to plaintext.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DovecotServer, imapClient, startDovecot } from '../support/dovecot.ts';
import { mailEnv, rawMail, seededDatabaseFile } from '../support/mail-harness.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { makeTestTls, type TestTls } from '../support/test-tls.ts';
import { waitFor } from '../support/wait-for.ts';

const BIN = new URL('../../../bin/caseline.js', import.meta.url).pathname;

let tls: TestTls;
let imaps: DovecotServer;
let imap: DovecotServer;
const sinks: SmtpSink[] = [];
const running: Array<{ child: ChildProcess; dir: string }> = [];

beforeAll(async () => {
  tls = makeTestTls();
  [imaps, imap] = await Promise.all([startDovecot({ tls }), startDovecot()]);
});
afterEach(async () => {
  for (const { child, dir } of running.splice(0)) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
  await Promise.all(sinks.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await Promise.all([imaps?.stop(), imap?.stop()]);
  tls?.remove();
});

async function sink(mode?: 'implicit' | 'starttls'): Promise<SmtpSink> {
  const started = await startSmtpSink(mode ? { tls: { key: tls.key, cert: tls.cert, mode } } : {});
  sinks.push(started);
  return started;
}

/** Appends one mail from an unknown sender, which the bot answers (so a reply shows it was read). */
async function deliver(server: DovecotServer, n: number): Promise<void> {
  const client = imapClient(server, server === imaps ? tls.ca : undefined);
  await client.connect();
  try {
    await client.append(
      'INBOX',
      rawMail({
        from: `Client <client${n}@example.org>`,
        subject: `Hello ${n}`,
        messageId: `<tls-${n}@example.org>`,
        body: 'Hello, can you help?',
      }),
    );
  } finally {
    await client.logout();
  }
}

async function inboxCount(server: DovecotServer): Promise<number> {
  const client = imapClient(server, server === imaps ? tls.ca : undefined);
  await client.connect();
  try {
    const status = await client.status('INBOX', { messages: true });
    if (!status) throw new Error('the server refused STATUS');
    return status.messages ?? -1;
  } finally {
    await client.logout();
  }
}

/**
 * `caseline start` with the mailbox settings a deployment would give: IMAP_TLS and SMTP_SECURITY are
 * left out (their defaults: TLS, required STARTTLS) unless `env` sets them. Returns its log lines.
 */
async function startBot(server: DovecotServer, smtp: SmtpSink, env: Record<string, string>): Promise<string[]> {
  const { dir } = await seededDatabaseFile();
  const { IMAP_TLS: _tls, SMTP_SECURITY: _security, ...settings } = mailEnv(server, smtp, dir);
  const child = spawn('node', [BIN, 'start'], {
    env: { PATH: process.env['PATH'], NODE_ENV: 'production', ...settings, ...env },
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.push({ child, dir });
  const log: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => log.push(line));
  return log;
}

const logged = (log: string[], message: string, detail: RegExp) =>
  log.some((line) => line.includes(message) && detail.test(line));

describe('the mailbox over TLS', () => {
  it('by default reads IMAP over TLS and sends with required STARTTLS, verifying both certificates', async () => {
    const smtp = await sink('starttls');
    await deliver(imaps, 1);
    await startBot(imaps, smtp, { NODE_EXTRA_CA_CERTS: tls.caPath });
    await waitFor(() => smtp.received.length === 1, 'the reply over SMTP', 30_000);
    expect(smtp.received[0]).toMatchObject({ secure: true, envelope: { to: ['client1@example.org'] } });
    expect(await inboxCount(imaps)).toBe(0);
  });

  it('sends with implicit TLS when SMTP_SECURITY=tls', async () => {
    const smtp = await sink('implicit');
    await deliver(imap, 2);
    await startBot(imap, smtp, { IMAP_TLS: 'false', SMTP_SECURITY: 'tls', NODE_EXTRA_CA_CERTS: tls.caPath });
    await waitFor(() => smtp.received.length === 1, 'the reply over SMTP', 30_000);
    expect(smtp.received[0]).toMatchObject({ secure: true, envelope: { to: ['client2@example.org'] } });
  });

  it('never logs in to an IMAP server whose certificate it cannot verify: the mail stays unread', async () => {
    const smtp = await sink('starttls');
    await deliver(imaps, 3);
    const log = await startBot(imaps, smtp, {});
    await waitFor(() => logged(log, 'IMAP session ended', /certificate/i), 'the certificate refused', 30_000);
    expect(await inboxCount(imaps)).toBe(1);
    expect(smtp.received).toEqual([]);
  });

  it('never sends to an SMTP server whose certificate it cannot verify', async () => {
    const smtp = await sink('starttls');
    await deliver(imap, 4);
    const log = await startBot(imap, smtp, { IMAP_TLS: 'false' });
    await waitFor(() => logged(log, 'outbound mail not sent', /certificate/i), 'the certificate refused', 30_000);
    expect(smtp.received).toEqual([]);
  });

  it('with STARTTLS required, never falls back to plaintext when the server does not offer it', async () => {
    const smtp = await sink();
    await deliver(imap, 5);
    const log = await startBot(imap, smtp, { IMAP_TLS: 'false' });
    await waitFor(() => logged(log, 'outbound mail not sent', /STARTTLS/i), 'STARTTLS refused', 30_000);
    expect(smtp.received).toEqual([]);
  });
});
