/** Inbound messages by dedupe key: the same message delivered twice is processed once. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { redactPins } from '../domain/pin-text.ts';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';
import { updateLater } from './unit-batch.ts';

export type InboundRow = typeof schema.inboundMessages.$inferSelect;

export async function findInbound(db: Db, channel: string, dedupeKey: string): Promise<InboundRow | undefined> {
  return await prepared(db, 'inbound-by-key', () =>
    db
      .select()
      .from(tablesOf(db).inboundMessages)
      .where(
        and(
          eq(tablesOf(db).inboundMessages.channel, sql.placeholder('channel')),
          eq(tablesOf(db).inboundMessages.dedupeKey, sql.placeholder('dedupeKey')),
        ),
      ),
  ).get({ channel, dedupeKey });
}

/** The rows of these keys on one channel, by key, in one query (a mail batch's duplicate checks). */
export async function findInbounds(db: Db, channel: string, dedupeKeys: string[]): Promise<Map<string, InboundRow>> {
  if (dedupeKeys.length === 0) return new Map();
  const { inboundMessages } = tablesOf(db);
  const rows = await db
    .select()
    .from(inboundMessages)
    .where(and(eq(inboundMessages.channel, channel), inArray(inboundMessages.dedupeKey, dedupeKeys)));
  return new Map(rows.map((row) => [row.dedupeKey, row]));
}

type NewInbound = Omit<typeof schema.inboundMessages.$inferInsert, 'id'>;
const INBOUND_COLUMNS = [
  'channel',
  'dedupeKey',
  'sender',
  'subject',
  'receivedAt',
  'decision',
  'reason',
  'caseId',
  'bodyDigest',
] as const;

/** Returns the row as written (built in memory: reading it back costs more than the insert). */
export async function recordInbound(db: Db, value: NewInbound): Promise<InboundRow> {
  const row = { subject: null, reason: null, caseId: null, bodyDigest: null, ...value };
  // The last line of defence for what every path records (issue 18 §3): no PIN in a stored subject.
  if (row.subject) row.subject = redactPins(row.subject);
  if (row.reason) row.reason = redactPins(row.reason);
  const inserted = await prepared(db, 'insert-inbound', () =>
    db
      .insert(tablesOf(db).inboundMessages)
      .values(Object.fromEntries(INBOUND_COLUMNS.map((c) => [c, sql.placeholder(c)])) as never)
      .returning({ id: tablesOf(db).inboundMessages.id }),
  ).get(row);
  return { ...row, id: inserted!.id } as InboundRow;
}

/**
 * Takes the message's dedupe key, or finds who took it: one INSERT … ON CONFLICT DO NOTHING RETURNING,
 * so the same message delivered to two processes (or two units) at once is taken by exactly one (issue
 * 24 §2). On PostgreSQL the second insert waits for the first unit to commit or roll back: after a
 * commit it finds that row (`seen`); after a rollback it takes the key itself.
 */
export async function takeInbound(
  db: Db,
  value: NewInbound,
): Promise<{ taken: InboundRow; seen?: undefined } | { taken?: undefined; seen: InboundRow }> {
  const row = { subject: null, reason: null, caseId: null, bodyDigest: null, ...value };
  // The last line of defence for what every path records (issue 18 §3): no PIN in a stored subject.
  if (row.subject) row.subject = redactPins(row.subject);
  if (row.reason) row.reason = redactPins(row.reason);
  const inserted = await prepared(db, 'take-inbound', () => {
    const { inboundMessages } = tablesOf(db);
    return db
      .insert(inboundMessages)
      .values(Object.fromEntries(INBOUND_COLUMNS.map((c) => [c, sql.placeholder(c)])) as never)
      .onConflictDoNothing({ target: [inboundMessages.channel, inboundMessages.dedupeKey] })
      .returning({ id: inboundMessages.id });
  }).get(row);
  if (inserted) return { taken: { ...row, id: inserted.id } as InboundRow };
  const seen = await findInbound(db, row.channel, row.dedupeKey);
  if (!seen) throw new Error(`inbound ${row.channel} ${row.dedupeKey}: neither taken nor found`);
  return { seen };
}

/** What the bot wrote in answer to an inbound message (a duplicate delivery reports these again). */
export async function repliesToInbound(db: Db, inboundId: number) {
  const { outbox } = tablesOf(db);
  return await db.select().from(outbox).where(eq(outbox.inboundId, inboundId)).orderBy(asc(outbox.id));
}

export async function setInboundOutcome(
  db: Db,
  id: number,
  decision: string,
  reason: string | null,
  caseId: number | null,
): Promise<void> {
  // The inbound row's outcome, the last write of a turn: on PostgreSQL it joins the unit's held writes.
  const { inboundMessages } = tablesOf(db);
  await updateLater(db, inboundMessages, { set: { decision, reason, caseId }, where: { id } }, () =>
    setInboundOutcomeNow(db, id, decision, reason, caseId),
  );
}

async function setInboundOutcomeNow(
  db: Db,
  id: number,
  decision: string,
  reason: string | null,
  caseId: number | null,
): Promise<void> {
  await prepared(db, 'inbound-outcome', () =>
    db
      .update(tablesOf(db).inboundMessages)
      .set({
        decision: sql.placeholder('decision'),
        reason: sql.placeholder('reason'),
        caseId: sql.placeholder('caseId'),
      } as never)
      .where(eq(tablesOf(db).inboundMessages.id, sql.placeholder('id'))),
  ).run({ id, decision, reason, caseId });
}
