/** Inbound messages by dedupe key: the same message delivered twice is processed once. */
import { and, eq } from 'drizzle-orm';
import { type Db, schema } from './database.ts';

export type InboundRow = typeof schema.inboundMessages.$inferSelect;

export function findInbound(db: Db, channel: string, dedupeKey: string): InboundRow | undefined {
  return db
    .select()
    .from(schema.inboundMessages)
    .where(and(eq(schema.inboundMessages.channel, channel), eq(schema.inboundMessages.dedupeKey, dedupeKey)))
    .get();
}

export function recordInbound(db: Db, value: Omit<typeof schema.inboundMessages.$inferInsert, 'id'>): InboundRow {
  return db.insert(schema.inboundMessages).values(value).returning().get();
}

export function setInboundOutcome(
  db: Db,
  id: number,
  decision: string,
  reason: string | null,
  caseId: number | null,
): void {
  db.update(schema.inboundMessages).set({ decision, reason, caseId }).where(eq(schema.inboundMessages.id, id)).run();
}
