/**
 * What the metrics read from the database when scraped (gauges of state, not counts of events): the
 * outbox backlog per channel, escalation pages nobody has acted on yet, the last backup. Each query
 * touches only open rows (the outbox_open index) or small tables.
 */
import type { Db } from './database.ts';

export interface OutboxBacklog {
  channel: string;
  depth: number;
  /** created_at of the oldest unsent row (ISO). */
  oldestCreatedAt: string;
}

export async function outboxBacklog(db: Db): Promise<OutboxBacklog[]> {
  return db.$client
    .prepare(
      `SELECT channel, count(*) AS depth, min(created_at) AS oldestCreatedAt
         FROM outbox WHERE state IN ('pending', 'sending') GROUP BY channel`,
    )
    .all() as OutboxBacklog[];
}

export interface OutstandingPages {
  level: string;
  count: number;
  /** When the oldest of them was sent (ISO). */
  oldestAt: string;
}

/** Pages still waiting for staff: open until acknowledged or no longer needed (issue 22's `pages`). */
export async function outstandingPages(db: Db): Promise<OutstandingPages[]> {
  return db.$client
    .prepare(
      `SELECT level, count(*) AS count, min(first_sent_at) AS oldestAt FROM pages WHERE state = 'open' GROUP BY level`,
    )
    .all() as OutstandingPages[];
}

export interface BackupRecord {
  at: string;
  path: string;
  bytes: number;
  cases: number;
}

export async function lastBackup(db: Db): Promise<BackupRecord | null> {
  return (
    (db.$client.prepare('SELECT at, path, bytes, cases FROM backups ORDER BY at DESC LIMIT 1').get() as
      | BackupRecord
      | undefined) ?? null
  );
}

export async function recordBackup(db: Db, record: BackupRecord): Promise<void> {
  db.$client.prepare('INSERT INTO backups (at, path, bytes, cases) VALUES (@at, @path, @bytes, @cases)').run(record);
}
