import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryOutboxStore, type MemoryOutboxStore } from '../../../../src/channels/email/memory-stores.ts';
import { type OutboxSender, startOutboxSender } from '../../../../src/channels/email/outbox-sender.ts';
import type { MailTransport } from '../../../../src/channels/email/smtp-transport.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const transport: MailTransport = { send: async () => '250 ok', close: () => undefined };

let store: MemoryOutboxStore;
let looks: number;
let sender: OutboxSender | null = null;

function start(): OutboxSender {
  const counted = {
    ...store,
    claimDue: (now: Date, limit: number) => {
      looks++;
      return store.claimDue(now, limit);
    },
  };
  sender = startOutboxSender({
    store: counted,
    transport,
    logger: silent,
    maxAttempts: 3,
    backoff: { initialMs: 50, maxMs: 200 },
    intervalMs: 10,
    idleMaxMs: 80,
    now: () => new Date(Date.now()),
  });
  return sender;
}

function enqueue(id: string): void {
  store.enqueue({
    id,
    from: 'support@caseline.example',
    to: ['ann@customer.example'],
    subject: 's',
    text: 't',
    html: '<p>t</p>',
    messageId: `<${id}@caseline.example>`,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  store = createMemoryOutboxStore();
  looks = 0;
});
afterEach(async () => {
  await sender?.stop();
  sender = null;
  vi.useRealTimers();
});

describe('issue 24, two processes on one PostgreSQL: an idle outbox sender costs the database next to nothing', () => {
  it('while its looks find nothing, the pause between them doubles up to idleMaxMs', async () => {
    start();
    await vi.advanceTimersByTimeAsync(2_000);
    // Every 10 ms would be 200 looks; 10, 20, 40, then one every 80 ms is 27.
    expect(looks).toBeLessThanOrEqual(28);
    expect(looks).toBeGreaterThanOrEqual(20);
  });

  it('a row written without a wake is still sent within idleMaxMs', async () => {
    start();
    await vi.advanceTimersByTimeAsync(2_000);
    enqueue('o1');
    await vi.advanceTimersByTimeAsync(81);
    expect(store.rows()[0]!.state).toBe('sent');
  });

  it('a wake looks at once, and a look that found mail brings the pause back to intervalMs', async () => {
    const running = start();
    await vi.advanceTimersByTimeAsync(2_000);
    enqueue('o1');
    running.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.rows()[0]!.state).toBe('sent');
    // The look after the one that found mail comes intervalMs later, not idleMaxMs.
    enqueue('o2');
    await vi.advanceTimersByTimeAsync(11);
    expect(store.rows().find((r) => r.mail.id === 'o2')!.state).toBe('sent');
  });
});
