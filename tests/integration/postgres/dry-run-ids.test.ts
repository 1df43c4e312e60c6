/**
 * `caseline ingest --dry-run` on both stores (issue 24): the work is rolled back, and on PostgreSQL —
 * whose sequences a rollback does not undo — the ids people read (case numbers) are not used up, even
 * while another process (a running bot) writes a case at the same moment: its insert waits for the dry
 * run, then takes the number the dry run showed, and no number is given twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandFailed } from '../../../src/cli/errors.ts';
import { rolledBack } from '../../../src/cli/rolled-back.ts';
import { createCase, findCaseByNumber, type NewCase } from '../../../src/store/case-store.ts';
import type { Db } from '../../../src/store/database.ts';
import { dialectOf, postgresOf } from '../../../src/store/dialect.ts';
import { DIALECTS, type StoreDbs, storeDbs } from './support/store-dbs.ts';

const NOW = '2026-12-06T17:00:00.000Z';
const aCase = (): NewCase => ({
  type: 'technical',
  state: 'open',
  severity: 'high',
  soldTo: 'ACME-1',
  endUser: 'ACME-1',
  pauses: [],
  createdAt: NOW,
  updatedAt: NOW,
});

let dbs: StoreDbs;
beforeAll(async () => {
  dbs = await storeDbs();
}, 60_000);
afterAll(async () => await dbs?.close());

describe.each(DIALECTS)('a dry run on %s (issue 24)', { timeout: 60_000 }, (dialect) => {
  it('issue 24: writes nothing, and the next real case takes the number the dry run showed', async () => {
    const db = await dbs.open(dialect);
    await createCase(db, aCase());
    const shown = await rolledBack(db, async () => (await createCase(db, aCase())).number);
    expect(await findCaseByNumber(db, shown)).toBeUndefined();
    expect((await createCase(db, aCase())).number).toBe(shown);
  });

  it('issue 24: a failing dry run leaves nothing either, and rethrows', async () => {
    const db = await dbs.open(dialect);
    const before = (await createCase(db, aCase())).number;
    const failed = await rolledBack(db, async () => {
      await createCase(db, aCase());
      throw new Error('the mail could not be decided');
    }).catch((error: Error) => error.message);
    expect(failed).toBe('the mail could not be decided');
    expect(Number((await createCase(db, aCase())).number)).toBe(Number(before) + 1);
  });
});

describe('a dry run on postgres beside a running bot (issue 24)', { timeout: 60_000 }, () => {
  it('issue 24: a case written by another process during the dry run waits, then takes the shown number; none is given twice', async () => {
    const [db, other] = await dbs.openPair('postgres');
    expect(dialectOf(other)).toBe('postgres');
    let release!: () => void;
    const paused = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inside!: () => void;
    const started = new Promise<void>((resolve) => {
      inside = resolve;
    });
    const order: string[] = [];
    const dry = rolledBack(db, async () => {
      const number = (await createCase(db, aCase())).number;
      inside();
      await paused;
      order.push('dry run done');
      return number;
    });
    await started;
    const bot = (async () => {
      const made = await createCase(other, aCase());
      order.push('bot wrote');
      return made.number;
    })();
    // The bot's insert is held by the dry run's lock, not merely slow.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const waiting = await postgresOf(other as Db).$client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
    );
    expect(waiting.rows[0]!.n).toBe(1);
    release();
    const [shown, botNumber] = await Promise.all([dry, bot]);
    expect(order).toEqual(['dry run done', 'bot wrote']);
    expect(botNumber).toBe(shown);
    expect(Number((await createCase(other, aCase())).number)).toBe(Number(shown) + 1);
  });
});

describe('a dry run on postgres behind a long write (issue 24)', { timeout: 60_000 }, () => {
  it('issue 24: gives up in one line after its lock timeout, having written nothing', async () => {
    const [db, other] = await dbs.openPair('postgres');
    const bot = await postgresOf(other).$client.connect();
    try {
      await bot.query('BEGIN');
      await bot.query('LOCK TABLE cases IN ROW EXCLUSIVE MODE'); // a bot's write to cases, not yet committed
      const failed = await rolledBack(db, async () => (await createCase(db, aCase())).number, {
        lockTimeoutMs: 300,
      }).catch((error: Error) => error);
      expect(failed).toBeInstanceOf(CommandFailed);
      expect((failed as Error).message).toBe(
        "nothing done: the dry run waited 0.3 s for a running bot's write to cases and references to finish; try again",
      );
    } finally {
      await bot.query('ROLLBACK');
      bot.release();
    }
    const first = await createCase(db, aCase());
    expect(first.number).toBe('01000001');
  });
});
