/** Inbound messages by dedupe key: the same message delivered twice is processed once. */
import { and, eq, sql } from 'drizzle-orm';
import { type Db, schema } from './database.ts';
import { preparedOnce } from './prepared.ts';

export type InboundRow = typeof schema.inboundMessages.$inferSelect;

export function findInbound(db: Db, channel: string, dedupeKey: string): InboundRow | undefined {
  return preparedOnce(db, 'inbound-by-key', () =>
    db
      .select()
      .from(schema.inboundMessages)
      .where(
        and(
          eq(schema.inboundMessages.channel, sql.placeholder('channel')),
          eq(schema.inboundMessages.dedupeKey, sql.placeholder('dedupeKey')),
        ),
      )
      .prepare(),
  ).get({ channel, dedupeKey });
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
