/**
 * The database as the bot will find it, looked at read-only: there, a Caseline database, writable by
 * this user, holding every migration this version ships. Nothing is created or migrated here.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { caselineFacts, DatabaseFileError } from '../../store/database-file.ts';
import { botIsRunning } from '../../store/running-lock.ts';
import { describeSchema } from '../../store/schema-status.ts';
import { type CheckResult, failed, ok, skipped } from '../check.ts';

const PART = 'database';

/** Runs the database checks; hands the open read-only connection to `next` (directory checks) when usable. */
export function checkDatabase(path: string, next: (sqlite: Database.Database) => CheckResult[]): CheckResult[] {
  if (path === ':memory:') return [skipped(PART, 'database', 'CASELINE_DB is :memory: (nothing to check)')];
  if (!existsSync(path)) {
    return [
      failed(
        PART,
        'database reachable',
        `no database at ${path}`,
        'start the bot once (it creates and migrates it) or run caseline restore FILE',
      ),
    ];
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    return [
      failed(
        PART,
        'database reachable',
        `cannot open ${path}: ${(error as Error).message}`,
        'check CASELINE_DB and the file permissions',
      ),
    ];
  }
  try {
    const facts = caselineFacts(sqlite, path);
    const size = (statSync(path).size / (1024 * 1024)).toFixed(1);
    const running = botIsRunning(path) ? '; a bot is running on it' : '';
    const results = [
      ok(
        PART,
        'database reachable',
        `${path} (${facts.cases} case${facts.cases === 1 ? '' : 's'}, ${size} MiB${running})`,
      ),
    ];
    results.push(writable(path));
    const { schema } = facts;
    if (schema.newer) {
      results.push(
        failed(
          PART,
          'migrations current',
          `it holds ${describeSchema(schema)}`,
          'run the Caseline version that wrote it, or restore an older backup',
        ),
      );
    } else if (schema.pending.length > 0) {
      const tags = schema.pending.map((p) => p.tag).join(', ');
      results.push(
        failed(
          PART,
          'migrations current',
          `${schema.pending.length} not applied yet (${tags})`,
          'caseline migrate (the bot also applies them when it starts)',
        ),
      );
    } else {
      results.push(ok(PART, 'migrations current', describeSchema(schema)));
    }
    return [...results, ...next(sqlite)];
  } catch (error) {
    const message =
      error instanceof DatabaseFileError ? error.message : `cannot read ${path}: ${(error as Error).message}`;
    return [
      failed(PART, 'database reachable', message, 'point CASELINE_DB at the Caseline database, or restore a backup'),
    ];
  } finally {
    sqlite.close();
  }
}

function writable(path: string): CheckResult {
  for (const target of [path, dirname(path)]) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return failed(
        PART,
        'database writable',
        `${target} is not writable by this user (${code})`,
        "run as the bot's user, or give it the data directory (deploy/caseline.service)",
      );
    }
  }
  return ok(PART, 'database writable', `${path} and its directory`);
}
