/** Conversations: one per channel thread, holding the dialogue so it survives restarts. */
import { and, desc, eq, sql } from 'drizzle-orm';
import { type Db, schema } from './database.ts';
import { preparedOnce } from './prepared.ts';

export type ConversationRow = typeof schema.conversations.$inferSelect;

export function findConversation(db: Db, channel: string, threadKey: string): ConversationRow | undefined {
  return preparedOnce(db, 'conversation-by-thread', () =>
    db
      .select()
      .from(schema.conversations)
      .where(
        and(
          eq(schema.conversations.channel, sql.placeholder('channel')),
          eq(schema.conversations.threadKey, sql.placeholder('threadKey')),
        ),
      )
      .prepare(),
  ).get({ channel, threadKey });
}

export function getOrCreateConversation(
  db: Db,
  key: { channel: string; threadKey: string; senderKey: string },
  now: string,
): ConversationRow {
  const existing = findConversation(db, key.channel, key.threadKey);
  if (existing) return existing;
  // Every new mail thread starts one: prepared like the other hot writes.
  return preparedOnce(db, 'insert-conversation', () =>
    db
      .insert(schema.conversations)
      .values({
        channel: sql.placeholder('channel'),
        threadKey: sql.placeholder('threadKey'),
        senderKey: sql.placeholder('senderKey'),
        dialogue: sql.placeholder('dialogue'),
        updatedAt: sql.placeholder('updatedAt'),
      } as never)
      .returning()
      .prepare(),
  ).get({ ...key, dialogue: { kind: 'idle' }, updatedAt: now }) as ConversationRow;
}

export function saveConversation(
  db: Db,
  id: number,
  changes: { dialogue: Record<string, unknown>; caseId: number | null; contactId: number | null },
  now: string,
): void {
  preparedOnce(db, 'save-conversation', () =>
    db
      .update(schema.conversations)
      .set({
        dialogue: sql.placeholder('dialogue'),
        caseId: sql.placeholder('caseId'),
        contactId: sql.placeholder('contactId'),
        updatedAt: sql.placeholder('updatedAt'),
      } as never)
      .where(eq(schema.conversations.id, sql.placeholder('id')))
      .prepare(),
  ).run({
    id,
    dialogue: changes.dialogue,
    caseId: changes.caseId,
    contactId: changes.contactId,
    updatedAt: now,
  });
}

/**
 * The conversation about a case that was written in last: the channel (mail thread or Slack thread)
 * the contact last used for the case, where staff answers go (issue 19 §5, one case across channels).
 */
export function findConversationByCase(db: Db, caseId: number): ConversationRow | undefined {
  return db
    .select()
    .from(schema.conversations)
    .where(eq(schema.conversations.caseId, caseId))
    .orderBy(desc(schema.conversations.updatedAt), desc(schema.conversations.id))
    .limit(1)
    .get();
}

/** The sender's latest conversation about a case on a channel (the thread that opened it, usually). */
export function findConversationOfCase(
  db: Db,
  key: { channel: string; caseId: number; senderKey: string },
): ConversationRow | undefined {
  return preparedOnce(db, 'conversation-of-case', () =>
    db
      .select()
      .from(schema.conversations)
      .where(
        and(
          eq(schema.conversations.caseId, sql.placeholder('caseId')),
          eq(schema.conversations.channel, sql.placeholder('channel')),
          eq(schema.conversations.senderKey, sql.placeholder('senderKey')),
        ),
      )
      .orderBy(desc(schema.conversations.updatedAt), desc(schema.conversations.id))
      .limit(1)
      .prepare(),
  ).get(key);
}

export function findLatestConversationOfSender(
  db: Db,
  channel: string,
  senderKey: string,
): ConversationRow | undefined {
  const rows = db
    .select()
    .from(schema.conversations)
    .where(and(eq(schema.conversations.channel, channel), eq(schema.conversations.senderKey, senderKey)))
    .all();
  return rows.sort((a, b) => b.id - a.id)[0];
}
