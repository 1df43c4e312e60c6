// What the mail channel's integration tests share: a seeded database file, the channel's configuration
// pointing at the loopback Dovecot and SMTP sink, realistic raw mails, and APPEND.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MailSettings } from '../../../src/channels/email/mail-settings.ts';
import { type Config, loadConfig } from '../../../src/config.ts';
import { type Db, openDatabase } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { type DovecotServer, imapClient } from './dovecot.ts';
import type { SmtpSink } from './smtp-sink.ts';

export const MAIL_FROM = 'support@caseline.test';
export const TRUSTED_ID = 'mx.caseline.test';
export const SECRET = 'integration-message-id-secret';

/** A temp directory holding a database file with the demo directory already imported. */
export async function seededDatabaseFile(): Promise<{ dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-mail-'));
  const path = join(dir, 'caseline.db');
  writeFileSync(path, await demoImage());
  mkdirSync(join(dir, 'attachments'));
  return { dir, path };
}

export function mailEnv(dovecot: DovecotServer, sink: SmtpSink, dir: string, extra: Record<string, string> = {}) {
  return {
    CASELINE_DB: join(dir, 'caseline.db'),
    ATTACHMENT_DIR: join(dir, 'attachments'),
    IMAP_HOST: dovecot.host,
    IMAP_PORT: String(dovecot.port),
    IMAP_TLS: 'false',
    IMAP_USER: dovecot.user,
    IMAP_PASSWORD: dovecot.password,
    SMTP_HOST: sink.host,
    SMTP_PORT: String(sink.port),
    SMTP_SECURITY: 'none',
    MAIL_FROM,
    MAIL_TRUSTED_AUTHSERV_ID: TRUSTED_ID,
    MAIL_MESSAGE_ID_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

export function mailConfig(env: Record<string, string>): Config {
  return loadConfig(env, join(tmpdir(), 'caseline-no-such.env'));
}

/** The mail path's settings for tests that call ingest directly: small attachment limit, cap per hour. */
export function ingestSettings(attachmentDir: string, autoReplyCapPerHour = 10): MailSettings {
  return {
    ownAddress: MAIL_FROM,
    trustedAuthservId: TRUSTED_ID,
    messageIdSecret: SECRET,
    attachmentDir,
    maxAttachmentBytes: 64 * 1024,
    autoReplyCapPerHour,
  };
}

export function openDb(path: string): Db {
  return openDatabase(path);
}

export interface MailSpec {
  from: string;
  subject: string;
  body: string;
  messageId?: string;
  /** Trusted Authentication-Results verdict for the From domain. */
  dmarc?: 'pass' | 'fail';
  headers?: Record<string, string>;
}

export function rawMail(spec: MailSpec): Buffer {
  const domain = spec.from.split('@')[1] ?? 'example';
  const lines = [
    ...(spec.dmarc ? [`Authentication-Results: ${TRUSTED_ID}; dmarc=${spec.dmarc} header.from=${domain}`] : []),
    `From: ${spec.from}`,
    `To: ${MAIL_FROM}`,
    `Subject: ${spec.subject}`,
    `Date: Mon, 23 Nov 2026 09:00:00 +0000`,
    ...(spec.messageId ? [`Message-ID: ${spec.messageId}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    ...Object.entries(spec.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${spec.body.replace(/\r?\n/g, '\r\n')}\r\n`);
}

/**
 * Mail number `n` of a thread from Ana Ruiz, the demo's Designated Contact, passing DMARC; `inReplyTo`
 * names one of our Message-IDs when she answers it.
 */
export function mailFromAna(subject: string, n: number, body: string, inReplyTo?: string): Buffer {
  return rawMail({
    from: 'Ana Ruiz <ana@acme.example>',
    subject,
    messageId: `<ana-${n}@acme.example>`,
    dmarc: 'pass',
    body,
    ...(inReplyTo ? { headers: { 'In-Reply-To': inReplyTo } } : {}),
  });
}

/** A multipart/report delivery status notification for one of our messages. */
export function bounceFor(originalMessageId: string, recipient: string): Buffer {
  const b = 'BOUNDARY-dsn-1';
  return Buffer.from(
    [
      'From: Mail Delivery System <MAILER-DAEMON@mx.acme.example>',
      `To: ${MAIL_FROM}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <bounce-1@mx.acme.example>',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain',
      '',
      'This is the mail system. Your message could not be delivered.',
      '',
      `--${b}`,
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.acme.example',
      '',
      `Final-Recipient: rfc822; ${recipient}`,
      'Action: failed',
      'Status: 5.1.1',
      '',
      `--${b}`,
      'Content-Type: text/rfc822-headers',
      '',
      `From: ${MAIL_FROM}`,
      `To: ${recipient}`,
      `Message-ID: ${originalMessageId}`,
      '',
      `--${b}--`,
      '',
    ].join('\r\n'),
  );
}

export async function appendMails(dovecot: DovecotServer, mails: Buffer[]): Promise<void> {
  const client = imapClient(dovecot);
  await client.connect();
  try {
    for (const mail of mails) await client.append('INBOX', mail);
  } finally {
    await client.logout();
  }
}

export const silentLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
