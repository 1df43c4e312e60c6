/**
 * The audit log: append-only (triggers in db/migrations refuse UPDATE and DELETE). Entries never
 * hold a PIN or a PIN hash.
 */
import { desc } from 'drizzle-orm';
import { redactPins } from '../domain/pin-text.ts';
import type { Db } from './database.ts';
import { schema } from './database.ts';

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

/** Works on a Db or inside a transaction, so the entry commits with the change it records. */
export function appendAudit(db: Pick<Db, 'insert'>, entry: AuditEntry): void {
  const at = entry.at instanceof Date ? entry.at.toISOString() : entry.at;
  db.insert(schema.auditLog)
    .values({
      at,
      actor: entry.actor,
      action: entry.action,
      subject: redactPins(entry.subject),
      details: safe(entry.details),
    })
    .run();
}

/** Details quote what people wrote (a subject, a file name): never with a PIN in it (issue 18 §3). */
function safe(details: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!details) return {};
  const json = JSON.stringify(details);
  const redacted = redactPins(json);
  return redacted === json ? details : (JSON.parse(redacted) as Record<string, unknown>);
}

/** The last `n` entries, oldest first (reads like a log). */
export function tailAudit(db: Db, n: number): AuditRecord[] {
  const rows = db.select().from(schema.auditLog).orderBy(desc(schema.auditLog.id)).limit(n).all();
  return rows.reverse();
}
