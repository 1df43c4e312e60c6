/**
 * The SQLite adapter of the unit-of-work port (unit-of-work.ts). better-sqlite3 is synchronous and has
 * one connection, so a unit whose work awaits must not share the connection's transaction with other
 * work in between: units run one after another (a queue), each in BEGIN IMMEDIATE … COMMIT, with the
 * after-commit levels of transaction.ts, so code inside a unit that uses inTransaction (as the engine does
 * today) nests in it as a savepoint and its afterCommit callbacks wait for the unit.
 */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { redactPins } from '../domain/pin-text.ts';
import { appendAudit } from './audit-log.ts';
import { type Db, schema } from './database.ts';
import { enqueue } from './outbox-store.ts';
import { recordSlackEvent } from './slack-event-store.ts';
import { afterCommit, openCommitLevel } from './transaction.ts';
import { DEFAULT_CLAIM_MS, type NewInbound, type OutboxRow, type StorePort, type UnitStore } from './unit-of-work.ts';

const { outbox, inboundMessages, openOutboxRow } = schema;

export function sqliteStore(db: Db): StorePort {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const unit: UnitStore = {
    takeInbound: async (message) => takeInbound(db, message),
    takeSlackEvent: async (event) => recordSlackEvent(db, event),
    enqueue: async (message, nowIso) => enqueue(db, message, nowIso).id,
    appendAudit: async (entry) => appendAudit(db, entry),
    afterCommit: (callback) => afterCommit(db, callback),
  };
  return {
    dialect: 'sqlite',
    runUnit: (work) =>
      serial(async () => {
        const close = openCommitLevel(db);
        db.$client.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(unit);
          db.$client.exec('COMMIT');
          close(true);
          return result;
        } catch (error) {
          if (db.$client.inTransaction) db.$client.exec('ROLLBACK');
          close(false);
          throw error;
        }
      }),
    claimOutbox: (channel, nowIso, limit, claimForMs = DEFAULT_CLAIM_MS) =>
      serial(async () =>
        db.transaction((tx) => {
          // A row in `sending` whose claim ran out lost its sender: claimable again (unit-of-work.ts).
          const due = tx
            .select({ id: outbox.id })
            .from(outbox)
            .where(and(openOutboxRow, eq(outbox.channel, channel), lte(outbox.nextAttemptAt, nowIso)))
            .orderBy(asc(outbox.id))
            .limit(limit)
            .all()
            .map((r) => r.id);
          if (due.length === 0) return [] as OutboxRow[];
          return tx
            .update(outbox)
            .set({ state: 'sending', nextAttemptAt: new Date(Date.parse(nowIso) + claimForMs).toISOString() })
            .where(inArray(outbox.id, due))
            .returning()
            .all()
            .sort((a, b) => a.id - b.id);
        }),
      ),
    markOutboxSent: (id, sentAtIso) =>
      serial(async () => {
        db.update(outbox).set({ state: 'sent', sentAt: sentAtIso }).where(eq(outbox.id, id)).run();
      }),
    close: async () => {
      await queue;
    },
  };
}

function takeInbound(db: Db, message: NewInbound): number | null {
  const row = db
    .insert(inboundMessages)
    .values({
      ...message,
      subject: message.subject ? redactPins(message.subject) : null,
      reason: message.reason ? redactPins(message.reason) : null,
    })
    .onConflictDoNothing()
    .returning({ id: inboundMessages.id })
    .get();
  return row?.id ?? null;
}
