/**
 * The engine still runs on SQLite only (issue 24 round 1): with DATABASE_URL set, every command that
 * would read or change cases refuses with one line saying what works on PostgreSQL so far, instead of
 * quietly using the SQLite file beside it (docs/operations.md, "PostgreSQL: status").
 */
import type { Config } from '../config.ts';
import { CommandFailed } from './errors.ts';

export const WORKS_ON_POSTGRES = 'caseline migrate, caseline db copy --to URL and caseline doctor';

export function requireSqliteStore(config: Config, command: string): void {
  if (!config.DATABASE_URL) return;
  throw new CommandFailed(
    `cannot ${command}: DATABASE_URL is set, and the bot does not run on PostgreSQL yet; ` +
      `on PostgreSQL only ${WORKS_ON_POSTGRES} work so far. ` +
      'Unset DATABASE_URL to use the SQLite database (CASELINE_DB) — see docs/operations.md, "PostgreSQL: status"',
  );
}
