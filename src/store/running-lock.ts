/**
 * Who is using a database file, told by an operating-system lock that dies with its holder (even on
 * kill -9): a small SQLite file beside the database, `<CASELINE_DB>.lock`. Every running bot holds a
 * shared lock on it (an open read transaction), so several bots may run at once; `caseline restore`
 * needs the exclusive lock, which it cannot get while any bot runs, and holding it keeps a bot from
 * starting in the middle of a restore. Nothing is ever written to the lock file.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export interface HeldLock {
  release(): void;
}

export class DatabaseInUseError extends Error {}

export function lockPathOf(databasePath: string): string {
  return `${databasePath}.lock`;
}

function openLock(databasePath: string, waitMs: number): Database.Database {
  mkdirSync(dirname(databasePath), { recursive: true });
  const lock = new Database(lockPathOf(databasePath));
  lock.pragma(`busy_timeout = ${waitMs}`);
  return lock;
}

const noLock: HeldLock = { release: () => undefined };

/** For a running bot: shared with other bots; waits `waitMs` for a restore to finish. */
export function holdRunningLock(databasePath: string, waitMs = 5_000): HeldLock {
  if (databasePath === ':memory:') return noLock;
  const lock = openLock(databasePath, waitMs);
  try {
    lock.exec('BEGIN');
    lock.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new DatabaseInUseError(
        `${databasePath} is being restored (${lockPathOf(databasePath)} is held): try again`,
      );
    }
    throw error;
  }
  return { release: () => lock.close() };
}

/** For a restore: fails at once when any bot runs on the database. */
export function takeExclusiveLock(databasePath: string): HeldLock {
  if (databasePath === ':memory:') return noLock;
  const lock = openLock(databasePath, 0);
  try {
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new DatabaseInUseError(
        `a Caseline bot is running on ${databasePath} (it holds ${lockPathOf(databasePath)}): stop it first`,
      );
    }
    throw error;
  }
  return {
    release: () => {
      lock.exec('ROLLBACK');
      lock.close();
    },
  };
}

/** Whether a bot runs on the database now (for `caseline doctor`), without keeping any lock. */
export function botIsRunning(databasePath: string): boolean {
  if (databasePath === ':memory:' || !existsSync(lockPathOf(databasePath))) return false;
  try {
    takeExclusiveLock(databasePath).release();
    return false;
  } catch (error) {
    if (error instanceof DatabaseInUseError) return true;
    throw error;
  }
}
