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

export function inTransaction<T>(db: Db, work: () => T): T {
  const client = db.$client;
  let run = runners.get(client);
  if (!run) {
    run = client.transaction((fn: () => unknown) => fn());
    runners.set(client, run);
  }
  return run(work) as T;
}
