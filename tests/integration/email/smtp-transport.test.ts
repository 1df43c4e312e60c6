import { afterEach, describe, expect, it } from 'vitest';
import { composeMail } from '../../../src/channels/email/compose-mail.ts';
import type { OutboundMail } from '../../../src/channels/email/ports.ts';
import { createSmtpTransport, type MailTransport } from '../../../src/channels/email/smtp-transport.ts';
import { type SmtpSink, type SmtpSinkOptions, startSmtpSink } from '../support/smtp-sink.ts';
import { waitFor } from '../support/wait-for.ts';

const mail = (n: number, to = 'ann@customer.example'): OutboundMail => ({
  id: `o${n}`,
  from: 'Caseline Support <support@caseline.example>',
  to: [to],
  subject: `[Case 0123456${n}] Your case`,
  text: `Reply ${n}`,
  html: `<p>Reply ${n}</p>`,
  messageId: `<m${n}@caseline.example>`,
  attempts: 0,
});

let sink: SmtpSink | null = null;
let transport: MailTransport | null = null;

async function setUp(sinkOptions: SmtpSinkOptions = {}, auth?: { user: string; password: string }) {
  sink = await startSmtpSink(sinkOptions);
  transport = createSmtpTransport(
    { host: sink.host, port: sink.port, security: 'none', ...(auth ?? {}) },
    { connectionTimeoutMs: 2000, idleCloseMs: 200 },
  );
  return { sink, transport };
}

const send = (t: MailTransport, m: OutboundMail) => {
  const { envelope, message } = composeMail(m, new Date('2026-11-23T10:00:00Z'));
  return t.send(envelope, message);
};

afterEach(async () => {
  transport?.close();
  transport = null;
  await sink?.stop();
  sink = null;
});

describe('createSmtpTransport: one SMTP connection for the outbox', () => {
  it('sends a run of mails over one connection, one at a time, in order', async () => {
    const { sink, transport } = await setUp();
    const responses = await Promise.all([1, 2, 3, 4, 5].map((n) => send(transport, mail(n))));
    expect(responses.every((r) => r.startsWith('250'))).toBe(true);
    expect(sink.received.map((m) => m.messageId)).toEqual([1, 2, 3, 4, 5].map((n) => `<m${n}@caseline.example>`));
    expect(sink.connections()).toBe(1);
    expect(sink.messages[0]!.parsed.subject).toBe('[Case 01234561] Your case');
  });

  it('closes an idle connection and opens a new one for the next mail', async () => {
    const { sink, transport } = await setUp();
    await send(transport, mail(1));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await send(transport, mail(2));
    expect(sink.connections()).toBe(2);
    expect(sink.received).toHaveLength(2);
  });

  it('fails while the server is down and reconnects once it is back', async () => {
    const { sink, transport } = await setUp();
    await send(transport, mail(1));
    await sink.halt();
    await expect(send(transport, mail(2))).rejects.toThrow();
    await sink.restart();
    await send(transport, mail(3));
    expect(sink.received.map((m) => m.messageId)).toEqual(['<m1@caseline.example>', '<m3@caseline.example>']);
  });

  it('reports a refused recipient as a failure and goes on with the next mail', async () => {
    const { sink, transport } = await setUp({ refuse: ['gone@customer.example'] });
    await expect(send(transport, mail(1, 'gone@customer.example'))).rejects.toThrow(/550|No such mailbox/);
    await send(transport, mail(2));
    expect(sink.received.map((m) => m.messageId)).toEqual(['<m2@caseline.example>']);
  });

  it('logs in when credentials are configured, and fails clearly with wrong ones', async () => {
    const good = await setUp({ auth: { user: 'bot', pass: 's3cret' } }, { user: 'bot', password: 's3cret' });
    await send(good.transport, mail(1));
    await waitFor(() => good.sink.received.length === 1, 'accepted after AUTH');
    const wrong = createSmtpTransport(
      { host: good.sink.host, port: good.sink.port, security: 'none', user: 'bot', password: 'wrong' },
      { connectionTimeoutMs: 2000 },
    );
    try {
      await expect(send(wrong, mail(2))).rejects.toThrow(/Invalid|535|auth/i);
    } finally {
      wrong.close();
    }
    expect(good.sink.received).toHaveLength(1);
  });
});
