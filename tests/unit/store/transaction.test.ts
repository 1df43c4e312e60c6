import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../../src/store/database.ts';
import { inOptimisticTransaction, inTransaction } from '../../../src/store/transaction.ts';

let db: Db;
const values = () => db.$client.prepare('SELECT x FROM t ORDER BY x').pluck().all();
const insert = (x: number) => db.$client.prepare('INSERT INTO t (x) VALUES (?)').run(x);

beforeEach(() => {
  db = openDatabase(':memory:');
  db.$client.exec('CREATE TABLE t (x INTEGER NOT NULL)');
});
afterEach(() => db.$client.close());

describe('inTransaction (a case and its reply are written together or not at all)', () => {
  it('commits the work and answers its result', async () => {
    expect(await inTransaction(db, () => insert(1).changes)).toBe(1);
    expect(db.$client.inTransaction).toBe(false);
    expect(values()).toEqual([1]);
  });

  it('rolls everything back and rethrows when the work throws', async () => {
    await expect(
      (async () =>
        await inTransaction(db, () => {
          insert(1);
          throw new Error('engine failed');
        }))(),
    ).rejects.toThrow('engine failed');
    expect(values()).toEqual([]);
  });

  it('runs nested work in a savepoint: a failure inside rolls back only that part', async () => {
    await inTransaction(db, async () => {
      insert(1);
      await expect(
        (async () =>
          await inTransaction(db, () => {
            insert(2);
            throw new Error('one message failed');
          }))(),
      ).rejects.toThrow('one message failed');
      await inTransaction(db, () => insert(3));
    });
    expect(values()).toEqual([1, 3]);
  });

  it('keeps working on the same connection after a rollback, and on another connection', async () => {
    const insertNull = () => db.$client.prepare('INSERT INTO t (x) VALUES (NULL)').run();
    await expect((async () => await inTransaction(db, insertNull))()).rejects.toThrow('NOT NULL constraint failed');
    await inTransaction(db, () => insert(4));
    const other = openDatabase(':memory:');
    other.$client.exec('CREATE TABLE t (x INTEGER NOT NULL)');
    await inTransaction(other, () => other.$client.prepare('INSERT INTO t (x) VALUES (5)').run());
    expect(other.$client.prepare('SELECT x FROM t').pluck().all()).toEqual([5]);
    other.$client.close();
    expect(values()).toEqual([4]);
  });
});

describe('inOptimisticTransaction (issue 24 Speed: a mail batch all at once, or again the safe way)', () => {
  it('nested units join the unit (no savepoint) and all commit together', async () => {
    const outcome = await inOptimisticTransaction(db, async () => {
      insert(1);
      await inTransaction(db, () => insert(2));
      return 'done';
    });
    expect(outcome).toEqual({ committed: true, value: 'done' });
    expect(values()).toEqual([1, 2]);
  });

  it('a nested unit that fails rolls back the whole unit, even when its caller caught the failure', async () => {
    const outcome = await inOptimisticTransaction(db, async () => {
      insert(1);
      await inTransaction(db, () => {
        insert(2);
        throw new Error('one message failed');
      }).catch(() => undefined);
      insert(3);
      return 'done';
    });
    expect(outcome.committed).toBe(false);
    expect(values()).toEqual([]);
    expect(db.$client.inTransaction).toBe(false);
  });
});
