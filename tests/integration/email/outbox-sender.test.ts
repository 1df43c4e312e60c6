import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryOutboxStore, type MemoryOutboxStore } from '../../../src/channels/email/memory-stores.ts';
import { type OutboxSender, startOutboxSender } from '../../../src/channels/email/outbox-sender.ts';
import { createSmtpTransport } from '../../../src/channels/email/smtp-transport.ts';
import { makeMessageId } from '../../../src/domain/email/message-id.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { waitFor } from '../support/wait-for.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const messageId = makeMessageId({ caseNumber: '01234567', outboxId: 'o1', secret: 's', domain: 'caseline.example' });

let sink: SmtpSink;
let store: MemoryOutboxStore;
let sender: OutboxSender | null = null;

function start(maxAttempts: number, intervalMs = 20) {
  const transport = createSmtpTransport(
    { host: sink.host, port: sink.port, security: 'none' },
    { connectionTimeoutMs: 2000 },
  );
  sender = startOutboxSender({
    store,
    transport,
    logger: silent,
    maxAttempts,
    backoff: { initialMs: 50, maxMs: 200 },
    intervalMs,
  });
}

beforeEach(async () => {
  sink = await startSmtpSink();
  store = createMemoryOutboxStore();
  store.enqueue({
    id: 'o1',
    from: 'Caseline Support <support@caseline.example>',
    to: ['ann@customer.example'],
    subject: '[Case 01234567] Licence key',
    text: 'Your key is attached.',
    html: '<p>Your key is attached.</p>',
    messageId,
    inReplyTo: '<m1@customer.example>',
    references: ['<m0@customer.example>', '<m1@customer.example>'],
  });
});
afterEach(async () => {
  await sender?.stop();
  sender = null;
  await sink.stop();
});

describe('startOutboxSender against an SMTP sink', () => {
  it('sends text and HTML with our headers, once', async () => {
    start(3);
    await waitFor(() => store.rows()[0]!.state === 'sent', 'sent');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sink.messages).toHaveLength(1);
    const { parsed } = sink.messages[0]!;
    expect(parsed.messageId).toBe(messageId);
    expect(parsed.inReplyTo).toBe('<m1@customer.example>');
    expect(parsed.references).toEqual(['<m0@customer.example>', '<m1@customer.example>']);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(parsed.text?.trim()).toBe('Your key is attached.');
    expect(parsed.html).toContain('<p>Your key is attached.</p>');
  });

  it('retries while SMTP is down and sends exactly once when it is back', async () => {
    await sink.halt();
    start(20);
    await waitFor(() => (store.rows()[0]!.mail.attempts ?? 0) >= 2, 'two failed attempts');
    expect(store.rows()[0]!.state).not.toBe('sent');
    expect(store.rows()[0]!.lastError).toBeTruthy();
    await sink.restart();
    await waitFor(() => store.rows()[0]!.state === 'sent', 'sent after SMTP came back', 15_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.messages).toHaveLength(1);
  });

  it('sends at once when woken instead of waiting for its next look at the outbox', async () => {
    start(3, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.rows()[0]!.state).toBe('pending');
    sender!.wake();
    sender!.wake();
    await waitFor(() => store.rows()[0]!.state === 'sent', 'sent after wake', 5_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sink.received).toHaveLength(1);
  });

  it('gives up after the maximum number of attempts', async () => {
    await sink.halt();
    start(2);
    await waitFor(() => store.rows()[0]!.state === 'failed', 'failed');
    expect(store.rows()[0]!.mail.attempts).toBe(2);
  });
});
