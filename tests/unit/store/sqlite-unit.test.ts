/**
 * The SQLite adapter of the unit-of-work port runs today's synchronous store code inside a unit: its
 * inTransaction nests as a savepoint, and its afterCommit waits for the unit (issue 24 §1: the engine
 * can move onto the port one layer at a time).
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { enqueue } from '../../../src/store/outbox-store.ts';
import { sqliteStore } from '../../../src/store/sqlite-unit.ts';
import { afterCommit, inTransaction } from '../../../src/store/transaction.ts';

const NOW = '2026-11-23T14:00:00.000Z';
const row = { channel: 'email', recipient: 'ana@acme.example', audience: 'customer' as const, text: 'hello' };

describe('the SQLite unit of work around synchronous store code (issue 24 §1)', () => {
  it('issue 24 §1: inTransaction inside a unit commits with the unit, and its afterCommit runs after the unit commits', async () => {
    const db = openDatabase(':memory:');
    const store = sqliteStore(db);
    const events: string[] = [];
    await store.runUnit(async (unit) => {
      await inTransaction(db, async () => {
        await enqueue(db, row, NOW);
        afterCommit(db, () => events.push('legacy after commit'));
      });
      events.push('legacy work returned');
      await unit.enqueue(row, NOW);
    });
    expect(events).toEqual(['legacy work returned', 'legacy after commit']);
    expect(await store.claimOutbox('email', NOW, 10)).toHaveLength(2);
  });

  it('issue 24 §1: a unit that fails rolls back what the synchronous code wrote, and drops its afterCommit', async () => {
    const db = openDatabase(':memory:');
    const store = sqliteStore(db);
    const events: string[] = [];
    await expect(
      store.runUnit(async () => {
        await inTransaction(db, async () => {
          await enqueue(db, row, NOW);
          afterCommit(db, () => events.push('legacy after commit'));
        });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(events).toEqual([]);
    expect(await store.claimOutbox('email', NOW, 10)).toEqual([]);
    expect(db.$client.inTransaction).toBe(false);
  });

  it('issue 24 §1: units on one connection run one after another, never inside each other', async () => {
    const db = openDatabase(':memory:');
    const store = sqliteStore(db);
    const trace: string[] = [];
    const unit = (name: string) =>
      store.runUnit(async (u) => {
        trace.push(`${name} begins`);
        await new Promise((r) => setTimeout(r, 5));
        await u.enqueue(row, NOW);
        trace.push(`${name} ends`);
      });
    await Promise.all([unit('a'), unit('b'), unit('c')]);
    expect(trace).toEqual(['a begins', 'a ends', 'b begins', 'b ends', 'c begins', 'c ends']);
  });
});
