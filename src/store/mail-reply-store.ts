/**
 * The outbox queries the mail channel runs for every inbound message (threading headers, case link,
 * auto-reply cap), prepared once per database: building a drizzle query costs more than running it.
 * Indexed by `outbox_inbound` and `outbox_recipient_created` (migration 0002).
 */
import { and, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import type { OutboxRow } from './outbox-store.ts';
import { prepared } from './prepared.ts';
import { updateLater } from './unit-batch.ts';

/**
 * The thread and case number of each of these outbox rows (the rows our signed Message-IDs name), by
 * id, in one query: threading a mail (resolve-thread.ts), or a batch of them.
 */
export async function outboxThreads(
  db: Db,
  ids: number[],
): Promise<Map<number, { threadKey: string | null; caseNumber: string | null }>> {
  if (ids.length === 0) return new Map();
  const { outbox, cases } = tablesOf(db);
  const rows = await db
    .select({ id: outbox.id, threadKey: outbox.threadKey, caseNumber: cases.number })
    .from(outbox)
    .leftJoin(cases, eq(cases.id, outbox.caseId))
    .where(inArray(outbox.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { threadKey: r.threadKey, caseNumber: r.caseNumber }]));
}

/**
 * Our latest customer mails to this address, newest first, with their subject and thread: a reply whose
 * mail client dropped In-Reply-To is matched to the question it answers by its subject (resolve-thread.ts).
 * Indexed by `outbox_recipient_created`.
 */
export async function latestRepliesTo(
  db: Db,
  recipients: string[],
  limit = 20,
): Promise<Array<{ subject: string | null; threadKey: string | null }>> {
  const { outbox } = tablesOf(db);
  return await db
    .select({ subject: outbox.subject, threadKey: outbox.threadKey })
    .from(outbox)
    .where(
      and(
        inArray(outbox.recipient, [...new Set(recipients)]),
        eq(outbox.channel, 'email'),
        eq(outbox.audience, 'customer'),
      ),
    )
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(limit);
}

/** The ids of the cases with these numbers, by number, in one query (the others do not exist). */
export async function caseIdsByNumber(db: Db, numbers: string[]): Promise<Map<string, number>> {
  if (numbers.length === 0) return new Map();
  const { cases } = tablesOf(db);
  const rows = await db
    .select({ id: cases.id, number: cases.number })
    .from(cases)
    .where(inArray(cases.number, [...new Set(numbers)]));
  return new Map(rows.map((r) => [r.number, r.id]));
}

/**
 * The customer email replies one inbound message produced, oldest first, each with how many replies
 * count against the auto-reply cap of its recipient: customer email replies to it created since `since`,
 * not failed, for other inbound messages only — one query instead of one
 * plus one per recipient (issue 24, Speed: round trips per mail).
 */
export async function customerEmailRepliesCounted(
  db: Db,
  inboundId: number,
  since: string,
): Promise<Array<OutboxRow & { earlier: number }>> {
  const { outbox } = tablesOf(db);
  // Indexed by outbox_recipient_created.
  const earlier = sql<number>`(SELECT count(*) FROM "outbox" AS "earlier"
    WHERE "earlier"."recipient" = "outbox"."recipient" AND "earlier"."created_at" >= ${sql.placeholder('since')}
      AND "earlier"."channel" = 'email' AND "earlier"."audience" = 'customer' AND "earlier"."state" <> 'failed'
      AND ("earlier"."inbound_id" IS NULL OR "earlier"."inbound_id" <> ${sql.placeholder('inboundId')}))`;
  return await prepared(db, 'mail-replies-of-inbound-counted', () =>
    db
      .select({ ...getTableColumns(outbox), earlier: earlier.mapWith(Number) })
      .from(outbox)
      .where(
        and(
          eq(outbox.inboundId, sql.placeholder('inboundId')),
          eq(outbox.channel, 'email'),
          eq(outbox.audience, 'customer'),
        ),
      )
      .orderBy(outbox.id),
  ).all({ inboundId, since });
}

/**
 * A reply written before the turn opened its case (e.g. "you are verified") still belongs to it. Not
 * read back by the turn: on PostgreSQL held for the unit's next statement (unit-batch.ts).
 */
export async function linkRepliesToCase(db: Db, inboundId: number, caseId: number): Promise<void> {
  const { outbox } = tablesOf(db);
  await updateLater(db, outbox, { set: { caseId }, where: { inboundId, caseId: null, audience: 'customer' } }, () =>
    linkRepliesToCaseNow(db, inboundId, caseId),
  );
}

async function linkRepliesToCaseNow(db: Db, inboundId: number, caseId: number): Promise<void> {
  const { outbox } = tablesOf(db);
  await prepared(db, 'mail-replies-link-case', () =>
    db
      .update(outbox)
      .set({ caseId: sql.placeholder('caseId') } as never)
      .where(
        and(eq(outbox.inboundId, sql.placeholder('inboundId')), isNull(outbox.caseId), eq(outbox.audience, 'customer')),
      ),
  ).run({ inboundId, caseId });
}

/** A reply past the cap, recorded and never sent; held like linkRepliesToCase's update. */
export async function markReplyFailed(db: Db, id: number, reason: string): Promise<void> {
  const { outbox } = tablesOf(db);
  await updateLater(db, outbox, { set: { state: 'failed', lastError: reason }, where: { id } }, () =>
    markReplyFailedNow(db, id, reason),
  );
}

async function markReplyFailedNow(db: Db, id: number, reason: string): Promise<void> {
  const { outbox } = tablesOf(db);
  await prepared(db, 'mail-reply-failed', () =>
    db
      .update(outbox)
      .set({ state: 'failed', lastError: sql.placeholder('reason') } as never)
      .where(eq(outbox.id, sql.placeholder('id'))),
  ).run({ id, reason });
}
