/**
 * Which migrations a database holds, against the ones this Caseline ships (db/migrations/meta/_journal.json).
 * drizzle records each applied migration in `__drizzle_migrations` with its journal timestamp
 * (`created_at` = the entry's `when`) and applies those newer than the last one recorded; so a database
 * whose last migration is newer than ours was written by a newer Caseline.
 */
import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { projectPath } from '../project-root.ts';

export interface JournalEntry {
  tag: string;
  when: number;
}

export interface SchemaStatus {
  /** Migrations this code ships, oldest first. */
  known: JournalEntry[];
  /** How many migrations the database has recorded. */
  applied: number;
  /** Shipped migrations the database does not have yet (applied at the next open). */
  pending: JournalEntry[];
  /** The database has a migration newer than any shipped here: it comes from a newer Caseline. */
  newer: boolean;
  /** The tag of the database's last migration, when it is one of ours. */
  current: string | null;
}

export const MIGRATIONS_TABLE = '__drizzle_migrations';

export function readJournal(): JournalEntry[] {
  const journal = JSON.parse(readFileSync(projectPath('db', 'migrations', 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ tag: string; when: number }>;
  };
  return journal.entries.map((e) => ({ tag: e.tag, when: e.when })).sort((a, b) => a.when - b.when);
}

export function hasMigrationsTable(sqlite: Database.Database): boolean {
  return (
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE) !== undefined
  );
}

export function schemaStatus(sqlite: Database.Database, known: JournalEntry[] = readJournal()): SchemaStatus {
  const stamps = hasMigrationsTable(sqlite)
    ? (
        sqlite.prepare(`SELECT created_at AS at FROM "${MIGRATIONS_TABLE}"`).all() as Array<{ at: number | string }>
      ).map((r) => Number(r.at))
    : [];
  const last = stamps.length > 0 ? Math.max(...stamps) : null;
  const newest = known.length > 0 ? known[known.length - 1]!.when : 0;
  return {
    known,
    applied: stamps.length,
    pending: known.filter((entry) => last === null || entry.when > last),
    newer: last !== null && last > newest,
    current: known.find((entry) => entry.when === last)?.tag ?? null,
  };
}

/** One line for people: "0004_conversations_case_index (5 of 5 migrations)". */
export function describeSchema(status: SchemaStatus): string {
  if (status.newer) return `a schema newer than this Caseline knows (${status.applied} migrations recorded)`;
  const at = status.current ?? 'no migrations';
  return `${at} (${status.applied} of ${status.known.length} migrations)`;
}
