import { describe, expect, it } from 'vitest';
import { openDatabase, schema } from '../../../src/store/database.ts';
import { afterCommit, inTransaction } from '../../../src/store/transaction.ts';

const fresh = () => openDatabase(':memory:');
const company = (id: string) => ({ id, name: id });

describe('issue 23 §1: metrics count committed work only (afterCommit)', () => {
  it('runs a callback once the outermost transaction commits, not before', async () => {
    const db = fresh();
    const seen: string[] = [];
    await inTransaction(db, async () => {
      db.insert(schema.companies).values(company('a')).run();
      afterCommit(db, () => seen.push('outer'));
      await inTransaction(db, () => afterCommit(db, () => seen.push('inner')));
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual(['outer', 'inner']);
  });

  it('forgets the callbacks of a savepoint that rolls back, keeps those of the rest', async () => {
    const db = fresh();
    const seen: string[] = [];
    await inTransaction(db, async () => {
      afterCommit(db, () => seen.push('kept'));
      await expect(
        (async () =>
          await inTransaction(db, () => {
            afterCommit(db, () => seen.push('rolled back'));
            throw new Error('this message breaks');
          }))(),
      ).rejects.toThrow('this message breaks');
    });
    expect(seen).toEqual(['kept']);
  });

  it('runs nothing when the whole transaction rolls back', async () => {
    const db = fresh();
    const seen: string[] = [];
    await expect(
      (async () =>
        await inTransaction(db, () => {
          afterCommit(db, () => seen.push('never'));
          throw new Error('disk full');
        }))(),
    ).rejects.toThrow('disk full');
    expect(seen).toEqual([]);
    await inTransaction(db, () => afterCommit(db, () => seen.push('next')));
    expect(seen).toEqual(['next']);
  });

  it('runs at once outside a transaction, and a failing callback never undoes the work', async () => {
    const db = fresh();
    const seen: string[] = [];
    afterCommit(db, () => seen.push('now'));
    expect(seen).toEqual(['now']);
    await inTransaction(db, () => {
      db.insert(schema.companies).values(company('b')).run();
      afterCommit(db, () => {
        throw new Error('metrics broke');
      });
    });
    expect(db.select().from(schema.companies).all()).toHaveLength(1);
  });
});
