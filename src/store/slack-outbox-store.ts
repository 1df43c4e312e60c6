/**
 * The outbox rows that go by Slack (channel `slack`): claimed in order (outbox-claims.ts: one statement
 * only one process wins), marked sent with where they were posted (`<channel>/<ts>` in message_id, so a
 * later change can find the message), rescheduled, or kept as failed with the reason (a dead letter).
 * Every change to a claimed row is conditioned on the claim it was taken under, so a sender whose claim
 * ran out (and was taken over by another process) changes nothing.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { dialectOf, tablesOf } from './dialect.ts';
import { claimOutboxRows, heldBy } from './outbox-claims.ts';
import type { OutboxRow } from './outbox-store.ts';
import { prepared } from './prepared.ts';

/** What a row taken over from a sender that stopped carries: its post's outcome is unknown. */
export const INTERRUPTED = 'outcome unknown: interrupted while sending';

/**
 * The rows due now, oldest first, so each Slack channel's messages are posted in the order they were
 * written: pending and due, or left in `sending` by a sender whose claim ran out.
 */
export async function dueSlackRows(db: Db, nowIso: string, limit: number): Promise<OutboxRow[]> {
  return await prepared(db, 'slack-outbox-due', () => {
    const { outbox, openOutboxRow } = tablesOf(db);
    return db
      .select()
      .from(outbox)
      .where(and(openOutboxRow, eq(outbox.channel, 'slack'), lte(outbox.nextAttemptAt, sql.placeholder('nowIso'))))
      .orderBy(asc(outbox.id))
      .limit(sql.placeholder('limit'));
  }).all({ nowIso, limit });
}

/**
 * Claims the rows the sender picked: returns those it won, as they are now (a row taken over from a
 * stopped sender carries INTERRUPTED). A row another process claimed meanwhile, or one behind an older
 * row of its recipient and thread that another claim holds, is not returned.
 */
export async function claimSlackRows(db: Db, ids: number[], now: Date, claim: string): Promise<OutboxRow[]> {
  if (ids.length === 0) return [];
  return await claimOutboxRows(db, {
    channel: 'slack',
    now,
    limit: ids.length,
    claim,
    ids,
    order: 'written',
    takenOverNote: INTERRUPTED,
    keepOrder: true,
  });
}

/** Runs for every post: prepared once per database. */
export async function markSlackSent(db: Db, id: number, postedAs: string, at: string, claim: string): Promise<void> {
  await prepared(db, 'slack-outbox-sent', () => {
    const { outbox } = tablesOf(db);
    return db
      .update(outbox)
      .set({
        state: 'sent',
        sentAt: sql.placeholder('at'),
        messageId: sql.placeholder('postedAs'),
        attempts: sql`${outbox.attempts} + 1`,
        lastError: null,
        claimedBy: null,
      } as never)
      .where(
        and(
          eq(outbox.id, sql.placeholder('id')),
          eq(outbox.state, 'sending'),
          eq(outbox.claimedBy, sql.placeholder('claim')),
        ),
      );
  }).run({ id, postedAs, at, claim });
}

/** Where a row's text went, kept before its files are uploaded (a retry then sends the files only). */
export async function notePostedAs(db: Db, id: number, postedAs: string, claim: string): Promise<void> {
  const { outbox } = tablesOf(db);
  await db
    .update(outbox)
    .set({ messageId: postedAs })
    .where(heldBy(db, id, claim));
}

/** Back to pending until `at`; `attempted` counts the try (a pause for pacing or a 429 does not). */
export async function rescheduleSlackRow(
  db: Db,
  id: number,
  at: string,
  error: string | null,
  attempted: boolean,
  claim: string,
): Promise<void> {
  const { outbox } = tablesOf(db);
  await db
    .update(outbox)
    .set({
      state: 'pending',
      nextAttemptAt: at,
      claimedBy: null,
      ...(error ? { lastError: error.slice(0, 500) } : {}),
      ...(attempted ? { attempts: sql`${outbox.attempts} + 1` } : {}),
    })
    .where(heldBy(db, id, claim));
}

/**
 * Claimed rows not tried after all, because an earlier row of their channel failed: pending again, not
 * before that row's next try (when it has one), so they do not overtake it.
 */
export async function releaseSlackRows(db: Db, ids: number[], behind: number, claim: string): Promise<void> {
  if (ids.length === 0) return;
  const { outbox } = tablesOf(db);
  const failed = (
    await db.select({ state: outbox.state, at: outbox.nextAttemptAt }).from(outbox).where(eq(outbox.id, behind))
  )[0];
  await db
    .update(outbox)
    .set({
      state: 'pending',
      claimedBy: null,
      // A row released with no failed row to wait for is due at once (its next_attempt_at was the claim's end).
      nextAttemptAt: failed?.state === 'pending' ? failed.at : outbox.createdAt,
    })
    .where(and(inArray(outbox.id, ids), eq(outbox.state, 'sending'), eq(outbox.claimedBy, claim)));
}

export async function deadLetterSlackRow(db: Db, id: number, reason: string, claim: string): Promise<void> {
  const { outbox } = tablesOf(db);
  await db
    .update(outbox)
    .set({
      state: 'failed',
      claimedBy: null,
      lastError: `dead letter: ${reason}`.slice(0, 500),
      attempts: sql`${outbox.attempts} + 1`,
    })
    .where(heldBy(db, id, claim));
}

/**
 * At start, rows a crash left in `sending`: perhaps posted, perhaps not. They get one more try, marked
 * so that a second unknown outcome makes them dead letters (slack-sender.ts). On SQLite every such row
 * (the running lock says no other process sends); on PostgreSQL none, as peers may be sending right
 * now: a stopped sender's rows come due again when its claim runs out, marked the same way.
 */
export async function recoverSlackInFlight(db: Db): Promise<number> {
  if (dialectOf(db) === 'postgres') return 0;
  const { outbox, openOutboxRow } = tablesOf(db);
  return (
    await db
      .update(outbox)
      .set({ state: 'pending', claimedBy: null, nextAttemptAt: outbox.createdAt, lastError: INTERRUPTED })
      .where(and(openOutboxRow, eq(outbox.channel, 'slack'), eq(outbox.state, 'sending')))
      .returning({ id: outbox.id })
  ).length;
}
