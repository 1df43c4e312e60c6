/**
 * The PostgreSQL adapter of the unit-of-work port (../unit-of-work.ts), on drizzle's node-postgres
 * driver: a unit is one transaction on one pooled connection, so units of several processes (and of one
 * process) run side by side. Exactly-once intake is the unique constraints' work (INSERT … ON CONFLICT DO
 * NOTHING: of two processes given the same message, one inserts, the other is told it was taken), and
 * outbox claims lock the rows they take with FOR UPDATE SKIP LOCKED, so concurrent senders split the due
 * rows instead of waiting for, or taking, each other's. A unit that loses a deadlock or a serialisation
 * check is rolled back and run again (at most three times).
 */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { redactPins } from '../../domain/pin-text.ts';
import { DEFAULT_CLAIM_MS, type NewInbound, type OutboxRow, type StorePort, type UnitStore } from '../unit-of-work.ts';
import { type PgDb, pgSchema } from './postgres-database.ts';

const { outbox, inboundMessages, slackEvents, auditLog } = pgSchema;
/** serialization_failure, deadlock_detected: the unit did nothing, and may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 3;

type Tx = Parameters<Parameters<PgDb['transaction']>[0]>[0];

export function postgresStore(db: PgDb): StorePort {
  const unitOn = (tx: Tx, callbacks: Array<() => void>): UnitStore => ({
    takeInbound: (message) => takeInbound(tx, message),
    takeSlackEvent: async (event) => {
      const rows = await tx
        .insert(slackEvents)
        .values({ ...event })
        .onConflictDoNothing()
        .returning({ id: slackEvents.id });
      return (rows[0]?.id as number | undefined) ?? null;
    },
    enqueue: async (message, nowIso) => {
      const rows = await tx
        .insert(outbox)
        .values({
          ...message,
          subject: message.subject ? redactPins(message.subject) : null,
          text: redactPins(message.text),
          references: message.references ?? [],
          state: 'pending',
          attempts: 0,
          nextAttemptAt: nowIso,
          createdAt: nowIso,
        })
        .returning({ id: outbox.id });
      return rows[0]!.id as number;
    },
    appendAudit: async (entry) => {
      const details = JSON.parse(redactPins(JSON.stringify(entry.details ?? {}))) as Record<string, unknown>;
      await tx.insert(auditLog).values({
        at: entry.at instanceof Date ? entry.at.toISOString() : entry.at,
        actor: entry.actor,
        action: entry.action,
        subject: redactPins(entry.subject),
        details,
      });
    },
    afterCommit: (callback) => callbacks.push(callback),
  });

  return {
    dialect: 'postgres',
    runUnit: async (work) => {
      for (let attempt = 1; ; attempt++) {
        const callbacks: Array<() => void> = [];
        try {
          const result = await db.transaction((tx) => work(unitOn(tx, callbacks)));
          for (const callback of callbacks) runQuietly(callback);
          return result;
        } catch (error) {
          const code =
            (error as { code?: string; cause?: { code?: string } }).code ??
            (error as { cause?: { code?: string } }).cause?.code;
          if (attempt >= ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
        }
      }
    },
    claimOutbox: async (channel, nowIso, limit, claimForMs = DEFAULT_CLAIM_MS) => {
      // A row in `sending` whose claim ran out (next_attempt_at passed) lost its sender: claimable again.
      const due = db
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          and(
            eq(outbox.channel, channel),
            inArray(outbox.state, ['pending', 'sending']),
            lte(outbox.nextAttemptAt, nowIso),
          ),
        )
        .orderBy(asc(outbox.id))
        .limit(limit)
        .for('update', { skipLocked: true });
      const rows = (await db
        .update(outbox)
        .set({ state: 'sending', nextAttemptAt: new Date(Date.parse(nowIso) + claimForMs).toISOString() })
        .where(inArray(outbox.id, due))
        .returning()) as OutboxRow[];
      return rows.sort((a, b) => a.id - b.id);
    },
    markOutboxSent: async (id, sentAtIso) => {
      await db.update(outbox).set({ state: 'sent', sentAt: sentAtIso }).where(eq(outbox.id, id));
    },
    close: async () => {
      await db.$client.end();
    },
  };
}

async function takeInbound(tx: Tx, message: NewInbound): Promise<number | null> {
  const rows = await tx
    .insert(inboundMessages)
    .values({
      ...message,
      subject: message.subject ? redactPins(message.subject) : null,
      reason: message.reason ? redactPins(message.reason) : null,
    })
    .onConflictDoNothing()
    .returning({ id: inboundMessages.id });
  return (rows[0]?.id as number | undefined) ?? null;
}

function runQuietly(callback: () => void): void {
  try {
    callback();
  } catch {
    // After-commit work reports what committed; it never undoes it (transaction.ts).
  }
}
