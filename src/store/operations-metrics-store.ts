/**
 * What the metrics read from the database when scraped (gauges of state, not counts of events): the
 * outbox backlog per channel, escalation pages nobody has acted on yet, the last backup. Each query
 * touches only open rows (the outbox_open index) or small tables.
 */
import { count, desc, eq, inArray, min } from 'drizzle-orm';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';

export interface OutboxBacklog {
  channel: string;
  depth: number;
  /** created_at of the oldest unsent row (ISO). */
  oldestCreatedAt: string;
}

export async function outboxBacklog(db: Db): Promise<OutboxBacklog[]> {
  const { outbox } = tablesOf(db);
  const rows = await db
    .select({ channel: outbox.channel, depth: count(), oldestCreatedAt: min(outbox.createdAt) })
    .from(outbox)
    .where(inArray(outbox.state, ['pending', 'sending']))
    .groupBy(outbox.channel);
  return rows.map((r) => ({ channel: r.channel, depth: Number(r.depth), oldestCreatedAt: r.oldestCreatedAt! }));
}

export interface OutstandingPages {
  level: string;
  count: number;
  /** When the oldest of them was sent (ISO). */
  oldestAt: string;
}

/** Pages still waiting for staff: open until acknowledged or no longer needed (issue 22's `pages`). */
export async function outstandingPages(db: Db): Promise<OutstandingPages[]> {
  const { pages } = tablesOf(db);
  const rows = await db
    .select({ level: pages.level, count: count(), oldestAt: min(pages.firstSentAt) })
    .from(pages)
    .where(eq(pages.state, 'open'))
    .groupBy(pages.level);
  return rows.map((r) => ({ level: r.level, count: Number(r.count), oldestAt: r.oldestAt! }));
}

export interface BackupRecord {
  at: string;
  path: string;
  bytes: number;
  cases: number;
}

export async function lastBackup(db: Db): Promise<BackupRecord | null> {
  const { backups } = tablesOf(db);
  const [row] = await db
    .select({ at: backups.at, path: backups.path, bytes: backups.bytes, cases: backups.cases })
    .from(backups)
    .orderBy(desc(backups.at))
    .limit(1);
  return row ?? null;
}

export async function recordBackup(db: Db, record: BackupRecord): Promise<void> {
  const { backups } = tablesOf(db);
  await db.insert(backups).values(record);
}
