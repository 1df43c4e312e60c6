/**
 * Runs `work` in a transaction on the connection, or in a savepoint when one is already open (as
 * better-sqlite3 does for nested calls), and rethrows after rolling it back. One wrapper is built per
 * connection and reused: drizzle's `db.transaction` builds a transaction object, and better-sqlite3's
 * `transaction()` a set of wrapped functions, on every call, which the mail path paid once per message.
 * Transactions start IMMEDIATE (database.ts).
 */
import type { Db } from './database.ts';

type Runner = (work: () => unknown) => unknown;

const runners = new WeakMap<Db['$client'], Runner>();
/** Per connection, one list of after-commit callbacks per open inTransaction level (outermost first). */
const pendingByLevel = new WeakMap<Db['$client'], Array<Array<() => void>>>();

export function inTransaction<T>(db: Db, work: () => T): T {
  const client = db.$client;
  let run = runners.get(client);
  if (!run) {
    run = client.transaction((fn: () => unknown) => fn());
    runners.set(client, run);
  }
  let levels = pendingByLevel.get(client);
  if (!levels) {
    levels = [];
    pendingByLevel.set(client, levels);
  }
  levels.push([]);
  let result: T;
  try {
    result = run(work) as T;
  } catch (error) {
    // Rolled back: what it meant to report after commit never happened.
    levels.pop();
    throw error;
  }
  const done = levels.pop() ?? [];
  const outer = levels[levels.length - 1];
  if (outer) outer.push(...done);
  else for (const callback of done) runQuietly(callback);
  return result;
}

/**
 * Runs `callback` once the outermost inTransaction around the caller has committed, or never if that
 * (or the savepoint the caller is in) rolls back; at once when no inTransaction is open. For reports of
 * committed work (metrics): a callback's failure is swallowed, it must never undo the work it reports.
 */
export function afterCommit(db: Db, callback: () => void): void {
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
