import { describe, expect, it } from 'vitest';
import { createMemoryCheckpointStore, createMemoryOutboxStore } from '../../../../src/channels/email/memory-stores.ts';
import { backoffDelay } from '../../../../src/channels/email/ports.ts';

describe('backoffDelay', () => {
  it('doubles from the initial delay and stops at the cap', () => {
    const backoff = { initialMs: 100, maxMs: 1000 };
    expect([0, 1, 2, 3, 4, 50].map((attempt) => backoffDelay(backoff, attempt))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });
});

describe('in-memory twins', () => {
  it('checkpoint store returns null until set, then a copy', async () => {
    const store = createMemoryCheckpointStore();
    expect(await store.get('INBOX')).toBeNull();
    await store.set('INBOX', { uidValidity: 7, lastUid: 3 });
    expect(await store.get('INBOX')).toEqual({ uidValidity: 7, lastUid: 3 });
  });

  it('outbox claims each due row once and follows pending → sending → pending/failed/sent', async () => {
    const store = createMemoryOutboxStore();
    const base = { from: 'a@x', to: ['b@y'], subject: 's', text: 't', messageId: '<m@x>' };
    store.enqueue({ ...base, id: 'due' }, new Date(0));
    store.enqueue({ ...base, id: 'later' }, new Date(10_000));
    const claimed = await store.claimDue(new Date(5_000), 10);
    expect(claimed.map((m) => m.id)).toEqual(['due']);
    expect(await store.claimDue(new Date(5_000), 10)).toEqual([]);
    await store.markFailed('due', 'down', new Date(6_000));
    expect((await store.claimDue(new Date(6_000), 10)).map((m) => [m.id, m.attempts])).toEqual([['due', 1]]);
    await store.markSent('due', { messageId: '<m@x>', response: '250 ok', sentAt: new Date(6_000) });
    await store.claimDue(new Date(20_000), 10);
    await store.markFailed('later', 'gone', null);
    expect(store.rows().map((r) => [r.mail.id, r.state])).toEqual([
      ['due', 'sent'],
      ['later', 'failed'],
    ]);
  });
});
