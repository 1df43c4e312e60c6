/** The outbox: replies and notifications, written in the transaction that makes the change they report. */
import { asc, eq, sql } from 'drizzle-orm';
import { redactPins } from '../domain/pin-text.ts';
import { type Db, schema } from './database.ts';
import { preparedOnce } from './prepared.ts';

export type OutboxRow = typeof schema.outbox.$inferSelect;
export type NewOutbox = Omit<
  typeof schema.outbox.$inferInsert,
  'id' | 'state' | 'attempts' | 'nextAttemptAt' | 'createdAt'
>;

/** Returns the row as written (built in memory: reading it back costs more than the insert). */
export function enqueue(db: Db, message: NewOutbox, now: string): OutboxRow {
  // The last line of defence for everything that leaves (issue 18 §3): no PIN in a subject or a text.
  const subject = message.subject ? redactPins(message.subject) : message.subject;
  const text = redactPins(message.text);
  const values = {
    ...message,
    subject,
    text,
    state: 'pending' as const,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  };
  const result = insertOutbox(db).run({
    ...values,
    subject: values.subject ?? null,
    threadKey: values.threadKey ?? null,
    inReplyTo: values.inReplyTo ?? null,
    messageId: values.messageId ?? null,
    caseId: values.caseId ?? null,
    inboundId: values.inboundId ?? null,
    // drizzle encodes JSON columns given through placeholders, as it does for plain values.
    references: values.references ?? [],
    attachments: values.attachments ?? [],
  });
  return {
    id: Number(result.lastInsertRowid),
    channel: values.channel,
    recipient: values.recipient,
    audience: values.audience,
    subject: values.subject ?? null,
    text: values.text,
    threadKey: values.threadKey ?? null,
    inReplyTo: values.inReplyTo ?? null,
    references: values.references ?? [],
    messageId: values.messageId ?? null,
    caseId: values.caseId ?? null,
    inboundId: values.inboundId ?? null,
    attachments: values.attachments ?? [],
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    createdAt: now,
    sentAt: null,
  };
}

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
  'state',
  'attempts',
  'nextAttemptAt',
  'createdAt',
] as const;

function insertOutbox(db: Db) {
  return preparedOnce(db, 'insert-outbox', () =>
    db
      .insert(schema.outbox)
      .values(Object.fromEntries(OUTBOX_COLUMNS.map((c) => [c, sql.placeholder(c)])) as never)
      .prepare(),
  );
}

export function setMessageId(db: Db, id: number, messageId: string): void {
  db.update(schema.outbox).set({ messageId }).where(eq(schema.outbox.id, id)).run();
}

export function findOutboxByMessageId(db: Db, messageId: string): OutboxRow | undefined {
  return db.select().from(schema.outbox).where(eq(schema.outbox.messageId, messageId)).get();
}

export function markOutbox(
  db: Db,
  id: number,
  state: 'sending' | 'sent' | 'failed',
  now: string,
  error?: string,
): void {
  db.update(schema.outbox)
    .set({ state, ...(state === 'sent' ? { sentAt: now } : {}), ...(error ? { lastError: error } : {}) })
    .where(eq(schema.outbox.id, id))
    .run();
}

export function allOutbox(db: Db): OutboxRow[] {
  return db.select().from(schema.outbox).orderBy(asc(schema.outbox.id)).all();
}
