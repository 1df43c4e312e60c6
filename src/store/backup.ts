/**
 * `caseline backup` and `caseline restore` on SQLite. A backup is SQLite's online backup of the live
 * file — a consistent snapshot while the bot keeps writing (WAL: readers never block the writer) —
 * written beside its destination, checked, made self-contained (no -wal file) and only then renamed
 * into place. A restore checks everything before it changes anything: the file is a Caseline database,
 * not from a newer schema, and no bot runs on the target; then it migrates a copy and swaps it in,
 * keeping the database it replaces.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from './database.ts';
import { assertReadableSqlite, caselineFacts, type DatabaseFacts, DatabaseFileError } from './database-file.ts';
import { takeExclusiveLock } from './running-lock.ts';
import { describeSchema } from './schema-status.ts';

export interface BackupResult extends DatabaseFacts {
  path: string;
  bytes: number;
  /** Written to the database's backups table (the backup-age metric reads it). */
  recorded: boolean;
}

const sidecarsOf = (path: string) => [`${path}-wal`, `${path}-shm`, `${path}-journal`];
const removeWithSidecars = (path: string) => {
  for (const file of [path, ...sidecarsOf(path)]) rmSync(file, { force: true });
};

export async function backupDatabase(
  sourcePath: string,
  destination: string,
  options: { overwrite?: boolean; now?: () => Date } = {},
): Promise<BackupResult> {
  const target = resolve(destination);
  if (resolve(sourcePath) === target) throw new DatabaseFileError('the backup file cannot be the database itself');
  if (existsSync(target) && !options.overwrite) {
    throw new DatabaseFileError(`${destination} exists: choose a new name (or --force to replace it)`);
  }
  assertReadableSqlite(sourcePath);
  // Not openDatabase: a backup must copy the database as it is, never migrate it first.
  const source = new Database(sourcePath, { fileMustExist: true });
  source.pragma('busy_timeout = 5000');
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  try {
    caselineFacts(source, sourcePath);
    mkdirSync(dirname(target), { recursive: true });
    // The first step copies 100 pages; then everything left in one step, so a busy bot cannot keep
    // restarting the copy (a write by another connection between steps restarts it).
    await source.backup(partial, { progress: ({ remainingPages }) => Math.max(remainingPages, 100) });
    const facts = sealCopy(partial);
    renameSync(partial, target);
    const bytes = statSync(target).size;
    const at = (options.now?.() ?? new Date()).toISOString();
    const recorded = recordBackup(source, { at, path: target, bytes, cases: facts.cases });
    return { ...facts, path: target, bytes, recorded };
  } catch (error) {
    removeWithSidecars(partial);
    throw error;
  } finally {
    source.close();
  }
}

/** Checks the copy and makes it one self-contained file (rollback journal, nothing in a -wal). */
function sealCopy(path: string): DatabaseFacts {
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    return caselineFacts(copy, path);
  } finally {
    copy.close();
  }
}

/**
 * The record behind the backup-age metric. IMMEDIATE: a plain INSERT on a connection that just read
 * would fail at once (SQLITE_BUSY_SNAPSHOT) if the bot committed meanwhile, instead of waiting its turn.
 * The backup is good either way; a record that cannot be written is reported, not fatal.
 */
function recordBackup(
  source: Database.Database,
  row: { at: string; path: string; bytes: number; cases: number },
): boolean {
  try {
    // The copy is done; waiting out a long write of a busy bot costs nothing but time.
    source.pragma('busy_timeout = 30000');
    const logged = source.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'backups'");
    const insert = source.prepare('INSERT INTO backups (at, path, bytes, cases) VALUES (@at, @path, @bytes, @cases)');
    // A database from before the backups table still gets its backup, just no record.
    return source.transaction(() => (logged.get() ? insert.run(row).changes === 1 : false)).immediate();
  } catch {
    return false;
  }
}

export interface RestoreResult extends DatabaseFacts {
  /** Where the database that was replaced is kept (null when there was none). */
  previous: string | null;
}

export function restoreDatabase(
  backupPath: string,
  targetPath: string,
  options: { now?: () => Date } = {},
): RestoreResult {
  assertReadableSqlite(backupPath);
  const lock = takeExclusiveLock(targetPath);
  const staging = join(dirname(resolve(targetPath)), `.${basename(targetPath)}.restoring-${process.pid}`);
  try {
    // Work on a copy: the backup file itself is never opened for writing.
    copyFileSync(backupPath, staging);
    const found = factsOf(staging, backupPath);
    if (found.schema.newer) {
      throw new DatabaseFileError(
        `${backupPath} holds ${describeSchema(found.schema)}: restore it with that Caseline version or newer`,
      );
    }
    const migrated = openDatabase(staging);
    const facts = caselineFacts(migrated.$client, backupPath);
    migrated.$client.close();
    const previous = existsSync(targetPath) ? setAside(targetPath, options.now?.() ?? new Date()) : null;
    renameSync(staging, targetPath);
    return { ...facts, previous };
  } catch (error) {
    removeWithSidecars(staging);
    throw error;
  } finally {
    lock.release();
  }
}

function factsOf(path: string, shownAs: string): DatabaseFacts {
  const sqlite = new Database(path, { fileMustExist: true });
  try {
    return caselineFacts(sqlite, shownAs);
  } catch (error) {
    if (error instanceof DatabaseFileError) throw error;
    throw new DatabaseFileError(`cannot read ${shownAs}: ${(error as Error).message}`);
  } finally {
    sqlite.close();
  }
}

/** Folds the current database's -wal into it and renames it out of the way; returns the new name. */
function setAside(targetPath: string, now: Date): string {
  const current = new Database(targetPath, { fileMustExist: true });
  try {
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.pragma('journal_mode = DELETE');
  } finally {
    current.close();
  }
  const kept = `${targetPath}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(targetPath, kept);
  for (const file of sidecarsOf(targetPath)) rmSync(file, { force: true });
  return kept;
}
