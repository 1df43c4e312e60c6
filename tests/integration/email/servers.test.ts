import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DovecotServer, imapClient, startDovecot } from '../support/dovecot.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, '../../fixtures/mail/talon__reply_gmail.eml'));

function client(server: DovecotServer): ImapFlow {
  return imapClient(server);
}

describe('throwaway Dovecot', () => {
  let dovecot: DovecotServer;
  beforeAll(async () => {
    dovecot = await startDovecot();
  });
  afterAll(async () => {
    await dovecot?.stop();
  });

  it('accepts an APPEND and serves the message back', async () => {
    const imap = client(dovecot);
    await imap.connect();
    try {
      await imap.append('INBOX', FIXTURE);
      const lock = await imap.getMailboxLock('INBOX');
      try {
        const message = await imap.fetchOne('*', { envelope: true });
        expect(message ? message.envelope?.subject : undefined).toBe('Re: Test');
      } finally {
        lock.release();
      }
    } finally {
      await imap.logout();
    }
  });

  it('tells an IDLE client about another client’s APPEND', async () => {
    const watcher = client(dovecot);
    const writer = client(dovecot);
    await Promise.all([watcher.connect(), writer.connect()]);
    const lock = await watcher.getMailboxLock('INBOX');
    let idle: Promise<unknown> = Promise.resolve();
    try {
      const exists = new Promise<number>((resolve) => watcher.once('exists', (event) => resolve(event.count)));
      // idle() resolves only when IDLE is broken (by logout below), so it is not awaited here.
      idle = watcher.idle().catch(() => undefined);
      const before = watcher.mailbox ? watcher.mailbox.exists : 0;
      await writer.append('INBOX', FIXTURE);
      expect(await exists).toBe(before + 1);
    } finally {
      lock.release();
      await Promise.all([watcher.logout(), writer.logout()]);
    }
    await idle;
  });
});

describe('SMTP sink', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink?.stop();
  });

  it('captures what nodemailer sends, and refuses while halted', async () => {
    const transport = nodemailer.createTransport({ host: sink.host, port: sink.port, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'support@caseline.example',
      to: 'ann@customer.example',
      subject: 'Hi',
      text: 'x',
    });
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]!.parsed.subject).toBe('Hi');
    expect(sink.messages[0]!.envelope.to).toEqual(['ann@customer.example']);

    await sink.halt();
    await expect(transport.sendMail({ from: 'a@b.example', to: 'c@d.example', text: 'y' })).rejects.toThrow();
    await sink.restart();
    await transport.sendMail({ from: 'a@b.example', to: 'c@d.example', text: 'z' });
    expect(sink.messages).toHaveLength(2);
  });
});
