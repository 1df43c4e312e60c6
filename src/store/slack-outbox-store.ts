/**
 * The outbox rows that go by Slack (channel `slack`): claimed in order, marked sent with where they were
 * posted (`<channel>/<ts>` in message_id, so a later change can find the message), rescheduled, or kept
 * as failed with the reason (a dead letter).
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { type Db, schema } from './database.ts';
import type { OutboxRow } from './outbox-store.ts';
import { prepared } from './prepared.ts';

const { outbox, openOutboxRow } = schema;

/** Oldest first, so each Slack channel's messages are posted in the order they were written. */
export async function dueSlackRows(db: Db, nowIso: string, limit: number): Promise<OutboxRow[]> {
  return await prepared(db, 'slack-outbox-due', () =>
    db
      .select()
      .from(outbox)
      .where(
        and(
          openOutboxRow,
          eq(outbox.channel, 'slack'),
          eq(outbox.state, 'pending'),
          lte(outbox.nextAttemptAt, sql.placeholder('nowIso')),
        ),
      )
      .orderBy(asc(outbox.id))
      .limit(sql.placeholder('limit')),
  ).all({ nowIso, limit });
}

export async function markSlackSending(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.update(outbox).set({ state: 'sending' }).where(inArray(outbox.id, ids));
}

export async function markSlackSent(db: Db, id: number, postedAs: string, at: string): Promise<void> {
  await prepared(db, 'slack-outbox-sent', () =>
    db
      .update(outbox)
      .set({
        state: 'sent',
        sentAt: sql.placeholder('at'),
        messageId: sql.placeholder('postedAs'),
        attempts: sql`${outbox.attempts} + 1`,
        lastError: null,
      } as never)
      .where(eq(outbox.id, sql.placeholder('id'))),
  ).run({ id, postedAs, at });
}

/** Back to pending until `at`; `attempted` counts the try (a pause for pacing or a 429 does not). */
export async function rescheduleSlackRow(
  db: Db,
  id: number,
  at: string,
  error: string | null,
  attempted: boolean,
): Promise<void> {
  await db
    .update(outbox)
    .set({
      state: 'pending',
      nextAttemptAt: at,
      ...(error ? { lastError: error.slice(0, 500) } : {}),
      ...(attempted ? { attempts: sql`${outbox.attempts} + 1` } : {}),
    })
    .where(eq(outbox.id, id));
}

/**
 * Claimed rows not tried after all, because an earlier row of their channel failed: pending again, not
 * before that row's next try (when it has one), so they do not overtake it.
 */
export async function releaseSlackRows(db: Db, ids: number[], behind: number): Promise<void> {
  if (ids.length === 0) return;
  const failed = (
    await db.select({ state: outbox.state, at: outbox.nextAttemptAt }).from(outbox).where(eq(outbox.id, behind))
  )[0];
  await db
    .update(outbox)
    .set({ state: 'pending', ...(failed?.state === 'pending' ? { nextAttemptAt: failed.at } : {}) })
    .where(inArray(outbox.id, ids));
}

export async function deadLetterSlackRow(db: Db, id: number, reason: string): Promise<void> {
  await db
    .update(outbox)
    .set({ state: 'failed', lastError: `dead letter: ${reason}`.slice(0, 500), attempts: sql`${outbox.attempts} + 1` })
    .where(eq(outbox.id, id));
}

/**
 * Rows a crash left in `sending`: perhaps posted, perhaps not. They get one more try, marked so that
 * a second unknown outcome makes them dead letters (slack-sender.ts).
 */
export async function recoverSlackInFlight(db: Db): Promise<number> {
  return (
    await db
      .update(outbox)
      .set({ state: 'pending', lastError: 'outcome unknown: interrupted while sending' })
      .where(and(openOutboxRow, eq(outbox.channel, 'slack'), eq(outbox.state, 'sending')))
      .returning({ id: outbox.id })
  ).length;
}
