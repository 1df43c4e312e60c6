/**
 * Commands that work on the SQLite file only (issue 24): backup/restore (SQLite's online backup; use
 * pg_dump on PostgreSQL). With DATABASE_URL set
 * they refuse with one line saying why and what works, rather than quietly using the SQLite file beside
 * it (docs/operations.md, "PostgreSQL: status"). The bot, the admin commands and report open either
 * store (store/open-store.ts).
 */
import type { Config } from '../config.ts';
import { CommandFailed } from './errors.ts';

export const WORKS_ON_POSTGRES =
  'caseline start, the admin commands, caseline report, caseline ingest, caseline migrate, caseline db copy --to URL and caseline doctor';

export function requireSqliteStore(config: Config, command: string): void {
  if (!config.DATABASE_URL) return;
  throw new CommandFailed(
    `cannot ${command}: DATABASE_URL is set, and this command works on the SQLite database only; ` +
      `on PostgreSQL ${WORKS_ON_POSTGRES} work. ` +
      'Unset DATABASE_URL to use the SQLite database (CASELINE_DB) — see docs/operations.md, "PostgreSQL: status"',
  );
}
