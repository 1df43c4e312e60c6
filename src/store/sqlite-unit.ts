/**
 * The SQLite adapter of the unit-of-work port (unit-of-work.ts). better-sqlite3 is synchronous and has
 * one connection, so a unit whose work awaits must not share the connection's transaction with other
 * work in between: a unit is an inTransaction of transaction.ts — units run one after another (a queue),
 * each in BEGIN IMMEDIATE … COMMIT; code inside a unit that uses inTransaction nests in it as a savepoint
 * and its afterCommit callbacks wait for the unit.
 */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { redactPins } from '../domain/pin-text.ts';
import { appendAudit } from './audit-log.ts';
import { type Db, schema } from './database.ts';
import { enqueue } from './outbox-store.ts';
import { recordSlackEvent } from './slack-event-store.ts';
import { afterCommit, inTransaction } from './transaction.ts';
import { DEFAULT_CLAIM_MS, type NewInbound, type OutboxRow, type StorePort, type UnitStore } from './unit-of-work.ts';

const { outbox, inboundMessages, openOutboxRow } = schema;

export function sqliteStore(db: Db): StorePort {
  const unit: UnitStore = {
    takeInbound: (message) => takeInbound(db, message),
    takeSlackEvent: async (event) => await recordSlackEvent(db, event),
    enqueue: async (message, nowIso) => (await enqueue(db, message, nowIso)).id,
    appendAudit: async (entry) => await appendAudit(db, entry),
    afterCommit: (callback) => afterCommit(db, callback),
  };
  return {
    dialect: 'sqlite',
    runUnit: async (work) => await inTransaction(db, () => work(unit)),
    claimOutbox: async (channel, nowIso, limit, claimForMs = DEFAULT_CLAIM_MS) =>
      await inTransaction(db, async () => {
        // A row in `sending` whose claim ran out lost its sender: claimable again (unit-of-work.ts).
        const due = (
          await db
            .select({ id: outbox.id })
            .from(outbox)
            .where(and(openOutboxRow, eq(outbox.channel, channel), lte(outbox.nextAttemptAt, nowIso)))
            .orderBy(asc(outbox.id))
            .limit(limit)
        ).map((r) => r.id);
        if (due.length === 0) return [] as OutboxRow[];
        const rows = await db
          .update(outbox)
          .set({ state: 'sending', nextAttemptAt: new Date(Date.parse(nowIso) + claimForMs).toISOString() })
          .where(inArray(outbox.id, due))
          .returning();
        return rows.sort((a, b) => a.id - b.id);
      }),
    markOutboxSent: async (id, sentAtIso) =>
      await inTransaction(db, async () => {
        await db.update(outbox).set({ state: 'sent', sentAt: sentAtIso }).where(eq(outbox.id, id));
      }),
    close: async () => {
      await inTransaction(db, () => undefined);
    },
  };
}

async function takeInbound(db: Db, message: NewInbound): Promise<number | null> {
  const [row] = await db
    .insert(inboundMessages)
    .values({
      ...message,
      subject: message.subject ? redactPins(message.subject) : null,
      reason: message.reason ? redactPins(message.reason) : null,
    })
    .onConflictDoNothing()
    .returning({ id: inboundMessages.id });
  return row?.id ?? null;
}
