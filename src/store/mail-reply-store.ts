/**
 * The outbox queries the mail channel runs for every inbound message (threading headers, case link,
 * auto-reply cap), prepared once per database: building a drizzle query costs more than running it.
 * Indexed by `outbox_inbound` and `outbox_recipient_created` (migration 0002).
 */
import { and, eq, gte, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import type { OutboxRow } from './outbox-store.ts';
import { prepared } from './prepared.ts';

export async function findOutboxRow(db: Db, id: number): Promise<OutboxRow | undefined> {
  const { outbox } = tablesOf(db);
  return await prepared(db, 'outbox-by-id', () =>
    db
      .select()
      .from(outbox)
      .where(eq(outbox.id, sql.placeholder('id'))),
  ).get({ id });
}

/** The customer email replies one inbound message produced, oldest first. */
export async function customerEmailReplies(db: Db, inboundId: number): Promise<OutboxRow[]> {
  const { outbox } = tablesOf(db);
  return await prepared(db, 'mail-replies-of-inbound', () =>
    db
      .select()
      .from(outbox)
      .where(
        and(
          eq(outbox.inboundId, sql.placeholder('inboundId')),
          eq(outbox.channel, 'email'),
          eq(outbox.audience, 'customer'),
        ),
      )
      .orderBy(outbox.id),
  ).all({ inboundId });
}

/** A reply written before the turn opened its case (e.g. "you are verified") still belongs to it. */
export async function linkRepliesToCase(db: Db, inboundId: number, caseId: number): Promise<void> {
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

/** Customer email replies to `recipient` since `since` that count against the cap, other inbound's only. */
export async function countRecentReplies(
  db: Db,
  recipient: string,
  since: string,
  exceptInboundId: number,
): Promise<number> {
  const { outbox } = tablesOf(db);
  const row = await prepared(db, 'mail-recent-replies', () =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(outbox)
      .where(
        and(
          eq(outbox.recipient, sql.placeholder('recipient')),
          gte(outbox.createdAt, sql.placeholder('since')),
          eq(outbox.channel, 'email'),
          eq(outbox.audience, 'customer'),
          ne(outbox.state, 'failed'),
          or(isNull(outbox.inboundId), ne(outbox.inboundId, sql.placeholder('inboundId'))),
        ),
      ),
  ).get({ recipient, since, inboundId: exceptInboundId });
  return row?.n ?? 0;
}

export async function markReplyFailed(db: Db, id: number, reason: string): Promise<void> {
  const { outbox } = tablesOf(db);
  await prepared(db, 'mail-reply-failed', () =>
    db
      .update(outbox)
      .set({ state: 'failed', lastError: sql.placeholder('reason') } as never)
      .where(eq(outbox.id, sql.placeholder('id'))),
  ).run({ id, reason });
}
