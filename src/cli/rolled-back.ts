/**
 * `caseline ingest --dry-run` on either store: the work runs inside one unit of work (store/transaction.ts)
 * that is rolled back at the end, so it decides exactly as a real run would and leaves nothing — the
 * engine's own unit nests as a savepoint, and its after-commit work (metrics, waking a sender) never runs,
 * since nothing commits. Nothing is sent: replies only ever leave through the outbox, and the outbox rows
 * are rolled back with the rest.
 *
 * One difference between the stores needs care. SQLite gives a new row max(id)+1, so a rolled-back insert
 * leaves no trace. A PostgreSQL sequence is not transactional: a rolled-back insert still uses up its id.
 * Most ids are internal and a gap in them means nothing (PostgreSQL leaves such gaps whenever a unit rolls
 * back), but some are read by people: case numbers are made from `cases.id`, and LR-, AP-, T- and P-
 * references from the ids of license requests, approvals, tasks and pages. A dry run must not skip one,
 * and it should show the number the real run will give. So on PostgreSQL the dry run locks those tables
 * against writes (SHARE ROW EXCLUSIVE: a running bot's writes to them wait a moment, its reads do not),
 * notes their sequences, and sets them back before it rolls back — safe because, while the locks are held,
 * nobody else can take a value from them.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../store/database.ts';
import { dialectOf, pgUnits, postgresOf } from '../store/dialect.ts';
import { inTransaction } from '../store/transaction.ts';
import { CommandFailed } from './errors.ts';

/** Tables whose ids people read: case numbers, LR-, AP-, T- and P- references. */
export const VISIBLE_ID_TABLES = ['cases', 'license_requests', 'approvals', 'tasks', 'pages'] as const;
/** How long a dry run waits for a running bot's write to these tables to finish. */
const LOCK_TIMEOUT_MS = 15_000;
/** lock_not_available: the lock_timeout ran out. */
const LOCK_NOT_AVAILABLE = '55P03';

class RolledBack {
  constructor(readonly result: unknown) {}
}

export async function rolledBack<T>(
  db: Db,
  work: () => Promise<T>,
  options: { lockTimeoutMs?: number } = {},
): Promise<T> {
  const lockTimeoutMs = options.lockTimeoutMs ?? LOCK_TIMEOUT_MS;
  try {
    await inTransaction(db, async () => {
      const restore = dialectOf(db) === 'postgres' ? await holdVisibleIds(db, lockTimeoutMs) : async () => undefined;
      let result: T;
      try {
        result = await work();
      } finally {
        await restore();
      }
      throw new RolledBack(result);
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result as T;
    throw error;
  }
  throw new Error('a rolled-back unit cannot commit');
}

interface SequenceState {
  sequence: string;
  lastValue: number;
  isCalled: boolean;
}

/** Locks the visible-id tables in the current unit and returns what puts their sequences back. */
async function holdVisibleIds(db: Db, lockTimeoutMs: number): Promise<() => Promise<void>> {
  const pgDb = postgresOf(db);
  const tx = pgUnits.getStore()?.get(pgDb)?.tx;
  if (!tx) throw new Error('holdVisibleIds runs inside a unit of work');
  const tables = sql.raw(VISIBLE_ID_TABLES.map((t) => `"${t}"`).join(', '));
  await tx.execute(sql.raw(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`));
  try {
    await tx.execute(sql`LOCK TABLE ${tables} IN SHARE ROW EXCLUSIVE MODE`);
  } catch (error) {
    const code =
      (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    if (code !== LOCK_NOT_AVAILABLE) throw error;
    throw new CommandFailed(
      `nothing done: the dry run waited ${lockTimeoutMs / 1000} s for a running bot's write to cases and references to finish; try again`,
    );
  }
  const states: SequenceState[] = [];
  for (const table of VISIBLE_ID_TABLES) {
    const named = await tx.execute<{ sequence: string | null }>(
      sql`SELECT pg_get_serial_sequence(${`"${table}"`}, 'id') AS sequence`,
    );
    const sequence = named.rows[0]?.sequence;
    if (!sequence) continue;
    const state = await tx.execute<{ last_value: number | string; is_called: boolean }>(
      sql`SELECT last_value, is_called FROM ${sql.raw(sequence)}`,
    );
    const row = state.rows[0]!;
    states.push({ sequence, lastValue: Number(row.last_value), isCalled: row.is_called });
  }
  // setval is not undone by a rollback, which is the point; it runs on a connection of its own, so it
  // works even when the work failed and left the unit's transaction unusable. The locks are still ours.
  return async () => {
    for (const { sequence, lastValue, isCalled } of states) {
      await pgDb.$client.query('SELECT setval($1::regclass, $2, $3)', [sequence, lastValue, isCalled]);
    }
  };
}
