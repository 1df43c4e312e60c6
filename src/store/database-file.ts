/**
 * Looking at a database file without changing it: is it SQLite at all, is it a Caseline database, how
 * far is its schema, how many cases does it hold. Used by backup, restore and doctor.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { type SchemaStatus, schemaStatus } from './schema-status.ts';

/** A file that cannot be used as asked; the message is the one line the admin sees. */
export class DatabaseFileError extends Error {}

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** Tables every Caseline database has had since its first migration. */
const CASELINE_TABLES = ['cases', 'companies', 'contacts', 'outbox'];

export function assertReadableSqlite(path: string): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new DatabaseFileError(`${path} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof DatabaseFileError) throw error;
    throw new DatabaseFileError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  const header = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new DatabaseFileError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 100 || header.toString('latin1') !== SQLITE_HEADER) {
    throw new DatabaseFileError(`${path} is not a SQLite database, so not a Caseline backup`);
  }
}

export interface DatabaseFacts {
  schema: SchemaStatus;
  cases: number;
}

/** Reads the facts of an open connection; throws DatabaseFileError when it is not a Caseline database. */
export function caselineFacts(sqlite: Database.Database, path: string): DatabaseFacts {
  const check = sqlite.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new DatabaseFileError(`${path} is damaged (quick_check: ${String(check)})`);
  const tables = new Set(
    (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
      (t) => t.name,
    ),
  );
  const schema = schemaStatus(sqlite);
  if (schema.applied === 0 || CASELINE_TABLES.some((t) => !tables.has(t))) {
    throw new DatabaseFileError(`${path} is a SQLite database, but not a Caseline database`);
  }
  const cases = (sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  return { schema, cases };
}

/** Opens `path` read-only just long enough to read its facts. */
export function inspectDatabaseFile(path: string): DatabaseFacts {
  assertReadableSqlite(path);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new DatabaseFileError(`cannot open ${path}: ${(error as Error).message}`);
  }
  try {
    return caselineFacts(sqlite, path);
  } catch (error) {
    if (error instanceof DatabaseFileError) throw error;
    throw new DatabaseFileError(`cannot read ${path}: ${(error as Error).message}`);
  } finally {
    sqlite.close();
  }
}
