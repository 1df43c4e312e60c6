/**
 * The audit log: append-only (triggers in db/migrations refuse UPDATE and DELETE). Entries never
 * hold a PIN or a PIN hash.
 */
import { desc, sql } from 'drizzle-orm';
import { redactPins } from '../domain/pin-text.ts';
import type { Db } from './database.ts';
import { dialectOf, tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';
import { insertLater } from './unit-batch.ts';

export interface AuditEntry {
  at: Date | string;
  /** Who did it: `cli:<user>`, `slack:<user id>`, `system`, … */
  actor: string;
  /** Dotted verb, e.g. `directory.import`, `contact.set-pin`. */
  action: string;
  /** What it was done to: an email, a case number, a file name. */
  subject: string;
  details?: Record<string, unknown>;
}

export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

/**
 * Works inside a unit of work, so the entry commits with the change it records. The statement is prepared
 * once per connection (the clock writes an entry per page: building the query cost more than it).
 */
export async function appendAudit(db: Pick<Db, 'insert'>, entry: AuditEntry): Promise<void> {
  const at = entry.at instanceof Date ? entry.at.toISOString() : entry.at;
  // Entries quote what people wrote (a subject, a file name): never with a PIN in it (issue 18 §3).
  const details = safe(entry.details);
  const subject = redactPins(entry.subject);
  if (dialectOf(db) === 'sqlite') {
    // better-sqlite3's own statement: the clock writes an entry per page (bench:clock).
    (db as Db).$client
      .prepare('INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)')
      .run(at, entry.actor, entry.action, subject, JSON.stringify(details));
    return;
  }
  const row = { at, actor: entry.actor, action: entry.action, subject, details };
  await insertLater(db as Db, tablesOf(db).auditLog, row, () => appendNow(db as Db, row));
}

async function appendNow(db: Db, row: Record<string, unknown>): Promise<void> {
  await prepared(db, 'audit-append', () =>
    db.insert(tablesOf(db).auditLog).values({
      at: sql.placeholder('at'),
      actor: sql.placeholder('actor'),
      action: sql.placeholder('action'),
      subject: sql.placeholder('subject'),
      details: sql.placeholder('details'),
    } as never),
  ).run(row);
}

function safe(details: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!details) return {};
  const json = JSON.stringify(details);
  const redacted = redactPins(json);
  return redacted === json ? details : (JSON.parse(redacted) as Record<string, unknown>);
}

/** The last `n` entries, oldest first (reads like a log). */
export async function tailAudit(db: Db, n: number): Promise<AuditRecord[]> {
  const { auditLog } = tablesOf(db);
  const rows = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(n);
  return rows.reverse();
}
