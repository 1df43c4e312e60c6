/**
 * Units of work on the SQLite connection (issue 24 §1). `inTransaction` runs `work` — which may await —
 * in one transaction: BEGIN IMMEDIATE … COMMIT at the outside (database.ts explains IMMEDIATE), a
 * SAVEPOINT when called inside a unit already open in the same asynchronous flow, rolled back and
 * rethrown on failure. better-sqlite3 has one connection and its transactions cannot span an await, so
 * outer units on a connection run one after another (a queue); which flow is inside which unit is told
 * by AsyncLocalStorage, so a nested call never waits for the unit it is part of.
 *
 * A store call made outside any unit while a unit is open runs on the same connection, inside that
 * unit's transaction; every write path of the bot runs in a unit, so that is a read seeing the unit's
 * own uncommitted rows, as a read on one connection always could.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import type { Db } from './database.ts';
import { dialectOf, type PgUnitContext, pgUnits, postgresOf } from './dialect.ts';
import { inPooledTransaction } from './postgres/pooled-transaction.ts';
import type { PgDb } from './postgres/postgres-database.ts';
import { attachBatch, detachBatch, type UnitBatch } from './unit-batch.ts';

type Client = Db['$client'];

/** The connections whose unit the current asynchronous flow is inside. */
const insideUnit = new AsyncLocalStorage<ReadonlySet<Client>>();
/** Per connection, the tail of the queue of outer units. */
const queues = new WeakMap<Client, Promise<unknown>>();
/** Per connection, one list of after-commit callbacks per open unit or savepoint (outermost first). */
const pendingByLevel = new WeakMap<Client, Array<Array<() => void>>>();
let savepoints = 0;
/** The connections whose open transaction is an outer unit of ours (not one opened by hand). */
const unitsOpen = new WeakSet<Client>();

export async function inTransaction<T>(db: Db, work: () => Promise<T> | T): Promise<T> {
  const join = joining.getStore();
  if (join && join.owner === ownerOf(db) && isInsideUnit(db)) return await joinUnit(join, work);
  if (dialectOf(db) === 'postgres') return inPostgresUnit(postgresOf(db), work);
  const client = db.$client;
  const open = insideUnit.getStore();
  // Inside our own unit, or inside a transaction opened by hand around the work (ingest --dry-run rolls
  // one back): a savepoint.
  if (open?.has(client) || (client.inTransaction && !unitsOpen.has(client))) return inSavepoint(client, work);
  const previous = queues.get(client) ?? Promise.resolve();
  const run = previous.then(() => outerUnit(client, open, work));
  queues.set(
    client,
    run.catch(() => undefined),
  );
  return run;
}

/** A unit whose nested units join it (inOptimisticTransaction), and whether one of them failed. */
interface JoinState {
  owner: object;
  failed: boolean;
}
const joining = new AsyncLocalStorage<JoinState>();

const ownerOf = (db: Db): object => (dialectOf(db) === 'postgres' ? postgresOf(db) : db.$client);

function isInsideUnit(db: Db): boolean {
  if (dialectOf(db) === 'postgres') return pgUnits.getStore()?.has(postgresOf(db)) ?? false;
  return insideUnit.getStore()?.has(db.$client) ?? false;
}

/** A nested unit run as part of the unit around it: no savepoint, so a failure fails the whole unit. */
async function joinUnit<T>(join: JoinState, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Even when the caller catches it: its writes so far stay in the unit, which must not commit.
    join.failed = true;
    throw error;
  }
}

/**
 * `work` as one unit in which the units it calls join it instead of opening a savepoint each (on
 * PostgreSQL a SAVEPOINT and a RELEASE per nested unit: two round trips). All or nothing: when `work`
 * throws or any nested unit fails — even one whose failure a caller caught — the whole unit is rolled
 * back and `{ committed: false }` returned, and the caller runs the work again the safe way (each part
 * in its own unit: ingest-batch.ts). Otherwise committed as inTransaction commits.
 */
export async function inOptimisticTransaction<T>(
  db: Db,
  work: () => Promise<T>,
): Promise<{ committed: true; value: T } | { committed: false; error: unknown }> {
  try {
    const value = await inTransaction(db, async () => {
      const state: JoinState = { owner: ownerOf(db), failed: false };
      const value = await joining.run(state, work);
      if (state.failed) throw new Error('a nested unit failed: the unit is rolled back');
      return value;
    });
    return { committed: true, value };
  } catch (error) {
    return { committed: false, error };
  }
}

async function outerUnit<T>(client: Client, open: ReadonlySet<Client> | undefined, work: () => Promise<T> | T) {
  const close = openCommitLevel({ $client: client } as Db);
  client.exec('BEGIN IMMEDIATE');
  unitsOpen.add(client);
  try {
    const result = await insideUnit.run(new Set([...(open ?? []), client]), work);
    unitsOpen.delete(client);
    client.exec('COMMIT');
    close(true);
    return result;
  } catch (error) {
    unitsOpen.delete(client);
    if (client.inTransaction) client.exec('ROLLBACK');
    close(false);
    throw error;
  }
}

async function inSavepoint<T>(client: Client, work: () => Promise<T> | T): Promise<T> {
  const name = `unit_${++savepoints}`;
  const close = openCommitLevel({ $client: client } as Db);
  client.exec(`SAVEPOINT ${name}`);
  try {
    const result = await work();
    client.exec(`RELEASE ${name}`);
    close(true);
    return result;
  } catch (error) {
    // Rolled back: what it meant to report after commit never happened.
    if (client.inTransaction) client.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
    close(false);
    throw error;
  }
}

/** serialization_failure, deadlock_detected: the unit did nothing, and may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 3;

/**
 * PostgreSQL: a unit is one transaction on one pooled connection, so units run side by side; the store's
 * queries inside it find its transaction through `pgUnits` (dialect.ts). Nested calls are savepoints.
 */
async function inPostgresUnit<T>(pgDb: PgDb, work: () => Promise<T> | T): Promise<T> {
  const units = pgUnits.getStore();
  const open = units?.get(pgDb);
  const inside = async (tx: PgDb, pending: Array<() => void>, batch: UnitBatch): Promise<T> =>
    await pgUnits.run(
      new Map(units ?? []).set(pgDb, { tx, afterCommit: pending, batch } satisfies PgUnitContext),
      work,
    );
  if (open) {
    const pending: Array<() => void> = [];
    const result = await open.tx.transaction((savepoint) =>
      inside(savepoint as unknown as PgDb, pending, open.batch as UnitBatch),
    );
    open.afterCommit.push(...pending);
    return result;
  }
  for (let attempt = 1; ; attempt++) {
    const pending: Array<() => void> = [];
    let attached: { client: pg.PoolClient; batch: UnitBatch } | undefined;
    try {
      // A COMMIT PostgreSQL answers with ROLLBACK (a failed statement the work caught) fails (unit-batch.ts).
      const result = await inPooledTransaction(
        pgDb,
        (client, tx) => {
          attached = { client, batch: attachBatch(client, tx) };
        },
        (tx) => inside(tx, pending, attached!.batch),
      );
      for (const callback of pending) runQuietly(callback);
      return result;
    } catch (error) {
      const code =
        (error as { code?: string; cause?: { code?: string } }).code ??
        (error as { cause?: { code?: string } }).cause?.code;
      if (attempt >= ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
    } finally {
      if (attached) detachBatch(attached.client, attached.batch);
    }
  }
}

/**
 * Runs `callback` once the outermost unit around the caller has committed, or never if that (or the
 * savepoint the caller is in) rolls back; at once when no unit is open. For reports of committed work
 * (metrics): a callback's failure is swallowed, it must never undo the work it reports.
 */
export function afterCommit(db: Db, callback: () => void): void {
  if (dialectOf(db) === 'postgres') {
    const unit = pgUnits.getStore()?.get(postgresOf(db));
    if (unit) unit.afterCommit.push(callback);
    else runQuietly(callback);
    return;
  }
  const levels = pendingByLevel.get(db.$client);
  const current = levels?.[levels.length - 1];
  if (current) current.push(callback);
  else runQuietly(callback);
}

function runQuietly(callback: () => void): void {
  try {
    callback();
  } catch {
    // Reporting is best effort by design (see afterCommit).
  }
}

/**
 * Opens an after-commit level; the returned function closes it with the unit's outcome: committed runs
 * (or hands outward) the callbacks, rolled back drops them.
 */
export function openCommitLevel(db: Db): (committed: boolean) => void {
  const client = db.$client;
  let levels = pendingByLevel.get(client);
  if (!levels) {
    levels = [];
    pendingByLevel.set(client, levels);
  }
  const stack = levels;
  stack.push([]);
  return (committed) => {
    const done = stack.pop() ?? [];
    if (!committed) return;
    const outer = stack[stack.length - 1];
    if (outer) outer.push(...done);
    else for (const callback of done) runQuietly(callback);
  };
}
