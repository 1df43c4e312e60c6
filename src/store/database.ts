/** Opens the SQLite database (WAL, foreign keys on) and applies the migrations in db/migrations. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '../../db/schema/index.ts';
import { projectPath } from '../project-root.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
export { schema };

const MIGRATIONS = projectPath('db', 'migrations');

/**
 * drizzle prepares a new statement for every query; preparing is the largest cost of a small query.
 * Statements are cached by SQL text and reset to their default modes before each reuse (drizzle
 * switches readers to raw mode itself when it wants arrays).
 */
function reuseStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = statements.get(source);
    if (cached) {
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = prepare(source);
    if (statements.size < 1000) statements.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}

/**
 * Every transaction starts with BEGIN IMMEDIATE. More than one connection can write the file (the
 * running bot, and `caseline ingest` or an admin command run beside it); a deferred transaction that
 * reads and then writes after the other connection committed fails at once with SQLITE_BUSY instead of
 * waiting out busy_timeout. Taking the write lock at BEGIN makes it wait its turn. better-sqlite3 still
 * turns nested calls into savepoints.
 */
function immediateTransactions(sqlite: Database.Database): void {
  const transaction = sqlite.transaction.bind(sqlite);
  sqlite.transaction = ((fn: (...args: never[]) => unknown) => {
    const native = transaction(fn);
    const immediate = native.immediate;
    return Object.assign((...args: never[]) => immediate(...args), {
      default: immediate,
      deferred: immediate,
      immediate,
      exclusive: native.exclusive,
    });
  }) as typeof sqlite.transaction;
}

/** `image`: an in-memory copy of a database serialised earlier (fast fixtures for replays and tests). */
export function openDatabase(path: string, options: { image?: Buffer } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = options.image ? new Database(options.image) : new Database(path);
  reuseStatements(sqlite);
  immediateTransactions(sqlite);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // A checkpoint copies the WAL into the database and syncs both files; at SQLite's default of every
  // 1,000 pages that was a third of a message's time in bench:engine (each conversation writes a few
  // pages per message). Every 10,000 pages (~40 MB of WAL) copies each hot page once instead of ten times.
  sqlite.pragma('wal_autocheckpoint = 10000');
  // A mail batch is one transaction with a savepoint per message; a savepoint's sub-journal past 64 KiB
  // would otherwise spill to a temporary file, written on every batch. Memory: a few pages per message.
  sqlite.pragma('temp_store = MEMORY');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db as Db;
}
