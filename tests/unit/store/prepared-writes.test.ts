import { describe, expect, it } from 'vitest';
import { addCaseEvent, caseEvents, createCase } from '../../../src/store/case-store.ts';
import { getOrCreateConversation, saveConversation } from '../../../src/store/conversation-store.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { findInbound, recordInbound, setInboundOutcome } from '../../../src/store/inbound-store.ts';
import { allOutbox, enqueue } from '../../../src/store/outbox-store.ts';

const now = '2026-11-23T14:00:00.000Z';

describe('prepared writes store what a plain drizzle write would', () => {
  it('JSON columns round-trip as objects, once encoded, on every reuse of the statement', async () => {
    const db = openDatabase(':memory:');
    const c = await createCase(db, { type: 'support', state: 'open', createdAt: now, updatedAt: now });
    for (const i of [1, 2]) {
      await addCaseEvent(db, {
        caseId: c.id,
        at: now,
        kind: 'note',
        actor: 'test',
        text: `n${i}`,
        details: { i, list: ['a'] },
      });
      await enqueue(
        db,
        {
          channel: 'email',
          recipient: `r${i}@x.example`,
          audience: 'customer',
          text: 't',
          references: [`<m${i}@x>`],
          attachments: [`/f${i}`],
        },
        now,
      );
    }
    expect((await caseEvents(db, c.id)).map((e) => e.details)).toEqual([
      { i: 1, list: ['a'] },
      { i: 2, list: ['a'] },
    ]);
    const outbox = await allOutbox(db);
    expect(outbox.map((o) => [o.references, o.attachments, o.subject, o.state])).toEqual([
      [['<m1@x>'], ['/f1'], null, 'pending'],
      [['<m2@x>'], ['/f2'], null, 'pending'],
    ]);
    const conversation = await getOrCreateConversation(db, { channel: 'console', threadKey: 't', senderKey: 's' }, now);
    await saveConversation(
      db,
      conversation.id,
      { dialogue: { kind: 'idle', n: 1 }, caseId: c.id, contactId: null },
      now,
    );
    await saveConversation(
      db,
      conversation.id,
      { dialogue: { kind: 'idle', n: 2 }, caseId: c.id, contactId: null },
      now,
    );
    expect(
      await getOrCreateConversation(db, { channel: 'console', threadKey: 't', senderKey: 's' }, now),
    ).toMatchObject({
      dialogue: { kind: 'idle', n: 2 },
      caseId: c.id,
    });
    const inbound = await recordInbound(db, {
      channel: 'email',
      dedupeKey: 'k',
      sender: 's',
      receivedAt: now,
      decision: 'processing',
    });
    await setInboundOutcome(db, inbound.id, 'new-case', null, c.id);
    expect(await findInbound(db, 'email', 'k')).toEqual({ ...inbound, decision: 'new-case', caseId: c.id });
  });
});
