import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { createMailOutboxStore } from '../../../src/store/mail-outbox-store.ts';
import { allOutbox, enqueue } from '../../../src/store/outbox-store.ts';

const now = '2026-11-23T14:00:00.000Z';
const options = { from: 'support@caseline.test', messageIdSecret: 'test-secret' };

async function outboxWithMails(count: number) {
  const db = openDatabase(':memory:');
  for (let i = 0; i < count; i++) {
    await enqueue(db, { channel: 'email', recipient: `r${i}@x.example`, audience: 'customer', text: `t${i}` }, now);
  }
  return db;
}

/** What SQLite's planner does with each statement the store prepares on the outbox's state. */
async function plansOfStateQueries(db: ReturnType<typeof openDatabase>, run: () => Promise<void>): Promise<string[]> {
  const prepared: string[] = [];
  const prepare = db.$client.prepare.bind(db.$client);
  db.$client.prepare = ((source: string) => {
    prepared.push(source);
    return prepare(source);
  }) as typeof db.$client.prepare;
  await run();
  db.$client.prepare = prepare;
  return prepared
    .filter(
      (source) => /"state" (=|in) /.test(source) && !/^update .* where \(?"outbox"."id" (= \?|in \(\?)/i.test(source),
    )
    .map((source) => {
      const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...placeholders(source)) as Array<{
        detail: string;
      }>;
      return rows.map((r) => r.detail).join(' / ');
    });
}

function placeholders(source: string): null[] {
  return Array.from({ length: source.split('?').length - 1 }, () => null);
}

describe('the mail outbox on SQLite (issue 6: outbound through an outbox table)', () => {
  it('follows pending → sending → sent, and a sent mail leaves the index of open rows', async () => {
    const db = await outboxWithMails(3);
    const [, second, third] = (await allOutbox(db)).map((row) => row.id);
    const store = createMailOutboxStore(db, options);
    const claimed = await store.claimDue(new Date(now), 2);
    expect(claimed.map((m) => m.to)).toEqual([['r0@x.example'], ['r1@x.example']]);
    await store.markSent(claimed[0]!.id, { messageId: claimed[0]!.messageId, response: '250 ok', sentAt: new Date() });

    expect((await allOutbox(db)).map((row) => row.state)).toEqual(['sent', 'sending', 'pending']);
    const indexed = db.$client
      .prepare("SELECT id FROM outbox INDEXED BY outbox_open WHERE state in ('pending', 'sending') ORDER BY id")
      .pluck()
      .all();
    expect(indexed).toEqual([second, third]);

    expect(await store.recoverInFlight()).toBe(1);
    expect((await store.claimDue(new Date(now), 10)).map((m) => m.id)).toEqual([String(second), String(third)]);
  });

  it('claims due mail and recovers mail left in flight through the open-rows index, not a scan of all mail ever sent', async () => {
    const db = await outboxWithMails(1);
    const store = createMailOutboxStore(db, options);
    const plans = await plansOfStateQueries(db, async () => {
      await store.claimDue(new Date(now), 10);
      await store.recoverInFlight();
    });
    expect(plans).toHaveLength(2);
    for (const plan of plans) expect(plan).toMatch(/USING INDEX outbox_open/);
  });
});
