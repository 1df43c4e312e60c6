/**
 * Outbox claims that only one sender can win, across processes (issue 24 §2). A claim is one statement:
 * `UPDATE outbox SET state = 'sending', claimed_by = <token>, next_attempt_at = <claim's end> WHERE id IN
 * (SELECT … due rows … FOR UPDATE SKIP LOCKED) RETURNING *` — on PostgreSQL concurrent senders split the
 * due rows instead of waiting for each other's; on SQLite (one writer at a time) the same statement
 * without SKIP LOCKED. While a row is `sending`, next_attempt_at is when its claim runs out: a row a dead
 * sender held is due again then, to any process, without a restart. Finishing a row (sent, failed,
 * rescheduled) is conditioned on the claim's token (`heldBy`), so a sender whose claim ran out and was
 * taken over cannot mark the row over its new holder.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { dialectOf, tablesOf } from './dialect.ts';
import type { OutboxRow } from './outbox-store.ts';

/**
 * How long a claim holds its rows: longer than a batch takes to send (ten mails one after another, or
 * one Slack run), so a live sender keeps its rows; short enough that a dead sender's rows go out again
 * within a couple of minutes.
 */
export const CLAIM_MS = 90_000;

/** A fresh token for one claim. */
export function newClaim(): string {
  return randomUUID();
}

export interface ClaimRequest {
  channel: 'email' | 'slack';
  now: Date;
  limit: number;
  claim: string;
  /** Only these rows (the Slack sender picks them per channel first); otherwise the due rows in order. */
  ids?: number[];
  /** Oldest due first (mail) or oldest written first (Slack, which keeps each channel's order). */
  order: 'due' | 'written';
  /**
   * Written on a row taken over from a sender whose claim ran out (its outcome is unknown: perhaps
   * sent). Slack counts it (one more try, then a dead letter); mail keeps the row's last error.
   */
  takenOverNote?: string;
  /**
   * Skip a row while an older row to the same recipient and thread is held by another claim: a Slack
   * channel's messages go out in the order they were written even with several senders.
   */
  keepOrder?: boolean;
}

export async function claimOutboxRows(db: Db, request: ClaimRequest): Promise<OutboxRow[]> {
  const { outbox, openOutboxRow } = tablesOf(db);
  const nowIso = request.now.toISOString();
  const until = new Date(request.now.getTime() + CLAIM_MS).toISOString();
  // The due rows: pending and due, or sending with a claim that ran out. `openOutboxRow` (pending or
  // sending) is the condition SQLite needs to use the index of open rows.
  const due = and(
    openOutboxRow,
    eq(outbox.channel, request.channel),
    lte(outbox.nextAttemptAt, nowIso),
    request.ids ? inArray(outbox.id, request.ids) : undefined,
  );
  const picked = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(request.keepOrder ? and(due, noOlderHeldRow(request.claim)) : due)
    .orderBy(...(request.order === 'due' ? [asc(outbox.nextAttemptAt), asc(outbox.id)] : [asc(outbox.id)]))
    .limit(request.limit);
  const locked =
    dialectOf(db) === 'postgres'
      ? (picked as unknown as { for(s: 'update', o: { skipLocked: true }): typeof picked }).for('update', {
          skipLocked: true,
        })
      : picked;
  const note = request.takenOverNote;
  const rows = await db
    .update(outbox)
    .set({
      state: 'sending',
      claimedBy: request.claim,
      nextAttemptAt: until,
      ...(note
        ? { lastError: sql`CASE WHEN ${outbox.state} = 'sending' THEN ${note} ELSE ${outbox.lastError} END` }
        : {}),
    })
    // Checked again in the UPDATE: on PostgreSQL a row another claim committed meanwhile no longer matches.
    .where(and(inArray(outbox.id, locked), due))
    .returning();
  return request.order === 'due'
    ? rows.sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id - b.id)
    : rows.sort((a, b) => a.id - b.id);
}

/** The row is still held by this claim (finishing it is conditioned on this). */
export function heldBy(db: Db, id: number, claim: string): SQL {
  const { outbox } = tablesOf(db);
  return and(eq(outbox.id, id), eq(outbox.state, 'sending'), eq(outbox.claimedBy, claim))!;
}

/** No older row to the same recipient and thread in flight under another claim. */
function noOlderHeldRow(claim: string): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM "outbox" AS "older" WHERE "older"."state" = 'sending'
    AND "older"."channel" = "outbox"."channel" AND "older"."recipient" = "outbox"."recipient"
    AND "older"."thread_key" IS NOT DISTINCT FROM "outbox"."thread_key" AND "older"."id" < "outbox"."id"
    AND "older"."claimed_by" <> ${claim})`;
}
