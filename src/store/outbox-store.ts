/** The outbox: replies and notifications, written in the transaction that makes the change they report. */
import { asc, eq, sql } from 'drizzle-orm';
import { redactPins } from '../domain/pin-text.ts';
import type { Db, schema } from './database.ts';
import { dialectOf, tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';

export type OutboxRow = typeof schema.outbox.$inferSelect;
export type NewOutbox = Omit<
  typeof schema.outbox.$inferInsert,
  'id' | 'state' | 'attempts' | 'nextAttemptAt' | 'createdAt' | 'claimedBy'
>;

/** Returns the row as written (built in memory: reading it back costs more than the insert). */
export async function enqueue(db: Db, message: NewOutbox, now: string): Promise<OutboxRow> {
  // The last line of defence for everything that leaves (issue 18 §3): no PIN in a subject or a text.
  const subject = message.subject ? redactPins(message.subject) : message.subject;
  // Every optional column given (null or empty): the row returned is the row written, and PostgreSQL's
  // prepared insert names every column.
  const values = {
    ...message,
    subject: subject ?? null,
    text: redactPins(message.text),
    threadKey: message.threadKey ?? null,
    inReplyTo: message.inReplyTo ?? null,
    references: message.references ?? [],
    messageId: message.messageId ?? null,
    caseId: message.caseId ?? null,
    inboundId: message.inboundId ?? null,
    attachments: message.attachments ?? [],
    actions: message.actions ?? [],
    state: 'pending' as const,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  };
  const id = dialectOf(db) === 'postgres' ? await insertReturningId(db, values) : insertOnSqlite(db, values, now);
  return { id, ...values, lastError: null, sentAt: null, claimedBy: null };
}

type NewRow = typeof schema.outbox.$inferInsert;

async function insertReturningId(db: Db, values: NewRow): Promise<number> {
  // Built once per database (prepared.ts), every column given: an engine message enqueues its reply.
  const row = await prepared(db, 'enqueue-outbox', () => {
    const { outbox } = tablesOf(db);
    return db
      .insert(outbox)
      .values(Object.fromEntries(OUTBOX_COLUMNS.map((c) => [c, sql.placeholder(c)])) as never)
      .returning({ id: outbox.id });
  }).get(values);
  return row!.id;
}

/** What enqueue writes (the rest of the row: its defaults). */
const OUTBOX_COLUMNS = [
  'channel',
  'recipient',
  'audience',
  'subject',
  'text',
  'threadKey',
  'inReplyTo',
  'references',
  'messageId',
  'caseId',
  'inboundId',
  'attachments',
  'actions',
  'state',
  'attempts',
  'nextAttemptAt',
  'createdAt',
] as const;

function insertOnSqlite(db: Db, values: NewRow, now: string): number {
  // A plain prepared statement: drizzle's placeholder mapping cost more than the insert (issue 22 bench:
  // a catch-up writes thousands of pages). JSON columns are encoded here as drizzle would.
  const result = db.$client
    .prepare(
      `INSERT INTO outbox (channel, recipient, audience, subject, text, thread_key, in_reply_to, "references",
         message_id, case_id, inbound_id, attachments, actions, state, attempts, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
    )
    .run(
      values.channel,
      values.recipient,
      values.audience,
      values.subject ?? null,
      values.text,
      values.threadKey ?? null,
      values.inReplyTo ?? null,
      JSON.stringify(values.references ?? []),
      values.messageId ?? null,
      values.caseId ?? null,
      values.inboundId ?? null,
      JSON.stringify(values.attachments ?? []),
      JSON.stringify(values.actions ?? []),
      now,
      now,
    );
  return Number(result.lastInsertRowid);
}

export async function setMessageId(db: Db, id: number, messageId: string): Promise<void> {
  const { outbox } = tablesOf(db);
  await db.update(outbox).set({ messageId }).where(eq(outbox.id, id));
}

export async function findOutboxByMessageId(db: Db, messageId: string): Promise<OutboxRow | undefined> {
  const { outbox } = tablesOf(db);
  return (await db.select().from(outbox).where(eq(outbox.messageId, messageId)))[0];
}

export async function markOutbox(
  db: Db,
  id: number,
  state: 'sending' | 'sent' | 'failed',
  now: string,
  error?: string,
): Promise<void> {
  const { outbox } = tablesOf(db);
  await db
    .update(outbox)
    .set({ state, ...(state === 'sent' ? { sentAt: now } : {}), ...(error ? { lastError: error } : {}) })
    .where(eq(outbox.id, id));
}

export async function allOutbox(db: Db): Promise<OutboxRow[]> {
  const { outbox } = tablesOf(db);
  return await db.select().from(outbox).orderBy(asc(outbox.id));
}
