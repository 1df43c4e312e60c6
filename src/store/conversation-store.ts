/** Conversations: one per channel thread, holding the dialogue so it survives restarts. */
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';
import { copyRow, readOncePerUnit, rememberInUnit, updateLater } from './unit-batch.ts';
import { memoKeys } from './unit-memo-keys.ts';

export type ConversationRow = typeof schema.conversations.$inferSelect;

export async function findConversation(
  db: Db,
  channel: string,
  threadKey: string,
): Promise<ConversationRow | undefined> {
  // Asked again by the steps of a turn: read once per unit (unit-batch.ts), a copy to each caller.
  return readOncePerUnit(
    db,
    memoKeys.conversation(channel, threadKey),
    () => readConversation(db, channel, threadKey),
    copyRow,
  );
}

async function readConversation(db: Db, channel: string, threadKey: string): Promise<ConversationRow | undefined> {
  return await prepared(db, 'conversation-by-thread', () =>
    db
      .select()
      .from(tablesOf(db).conversations)
      .where(
        and(
          eq(tablesOf(db).conversations.channel, sql.placeholder('channel')),
          eq(tablesOf(db).conversations.threadKey, sql.placeholder('threadKey')),
        ),
      ),
  ).get({ channel, threadKey });
}

export async function getOrCreateConversation(
  db: Db,
  key: { channel: string; threadKey: string; senderKey: string },
  now: string,
): Promise<ConversationRow> {
  const existing = await findConversation(db, key.channel, key.threadKey);
  if (existing) return existing;
  // Every new mail thread starts one: prepared like the other hot writes.
  const created = (await prepared(db, 'insert-conversation', () =>
    db
      .insert(tablesOf(db).conversations)
      .values({
        channel: sql.placeholder('channel'),
        threadKey: sql.placeholder('threadKey'),
        senderKey: sql.placeholder('senderKey'),
        dialogue: sql.placeholder('dialogue'),
        updatedAt: sql.placeholder('updatedAt'),
      } as never)
      .returning(),
  ).get({ ...key, dialogue: { kind: 'idle' }, updatedAt: now })) as ConversationRow;
  rememberInUnit(db, memoKeys.conversation(key.channel, key.threadKey), created);
  return { ...created };
}

/**
 * The conversation of one sender in a thread. A thread's conversation belongs to whoever started it;
 * anyone else writing in the same thread (a Slack channel thread, a reply to a mail forwarded to a
 * colleague) gets a conversation of their own, so they can neither continue nor upset its dialogue
 * (issue 18 §1). Replies still go to the thread the message came from.
 */
export async function getOrCreateConversationOfSender(
  db: Db,
  key: { channel: string; threadKey: string; senderKey: string },
  now: string,
): Promise<ConversationRow> {
  const existing = await findConversation(db, key.channel, key.threadKey);
  if (!existing) return await getOrCreateConversation(db, key, now);
  if (existing.senderKey === key.senderKey) return existing;
  return await getOrCreateConversation(db, { ...key, threadKey: senderThreadKey(key.threadKey, key.senderKey) }, now);
}

const SENDER_SUFFIX = '|from:';

function senderThreadKey(threadKey: string, senderKey: string): string {
  return `${threadKey}${SENDER_SUFFIX}${senderKey}`;
}

/** The channel thread a conversation's replies go to (a second sender's conversation keys it per sender). */
export function deliveryThreadOf(conversation: Pick<ConversationRow, 'threadKey' | 'senderKey'>): string {
  const suffix = `${SENDER_SUFFIX}${conversation.senderKey}`;
  return conversation.threadKey.endsWith(suffix)
    ? conversation.threadKey.slice(0, -suffix.length)
    : conversation.threadKey;
}

export async function saveConversation(
  db: Db,
  id: number,
  changes: { dialogue: Record<string, unknown>; caseId: number | null; contactId: number | null },
  now: string,
): Promise<void> {
  const values = { dialogue: changes.dialogue, caseId: changes.caseId, contactId: changes.contactId, updatedAt: now };
  // The conversation's state at the end of its turn: nothing reads it back in the unit.
  await updateLater(db, tablesOf(db).conversations, { set: values, where: { id } }, () =>
    saveConversationNow(db, id, values),
  );
}

async function saveConversationNow(
  db: Db,
  id: number,
  values: { dialogue: Record<string, unknown>; caseId: number | null; contactId: number | null; updatedAt: string },
): Promise<void> {
  await prepared(db, 'save-conversation', () =>
    db
      .update(tablesOf(db).conversations)
      .set({
        dialogue: sql.placeholder('dialogue'),
        caseId: sql.placeholder('caseId'),
        contactId: sql.placeholder('contactId'),
        updatedAt: sql.placeholder('updatedAt'),
      } as never)
      .where(eq(tablesOf(db).conversations.id, sql.placeholder('id'))),
  ).run({ id, ...values });
}

/** Every conversation about a case, the most recently active first. */
export async function conversationsOfCase(db: Db, caseId: number): Promise<ConversationRow[]> {
  return await db
    .select()
    .from(tablesOf(db).conversations)
    .where(eq(tablesOf(db).conversations.caseId, caseId))
    .orderBy(desc(tablesOf(db).conversations.updatedAt), desc(tablesOf(db).conversations.id));
}

/** The sender's latest conversation about a case on a channel (the thread that opened it, usually). */
export async function findConversationOfCase(
  db: Db,
  key: { channel: string; caseId: number; senderKey: string },
): Promise<ConversationRow | undefined> {
  return await prepared(db, 'conversation-of-case', () =>
    db
      .select()
      .from(tablesOf(db).conversations)
      .where(
        and(
          eq(tablesOf(db).conversations.caseId, sql.placeholder('caseId')),
          eq(tablesOf(db).conversations.channel, sql.placeholder('channel')),
          eq(tablesOf(db).conversations.senderKey, sql.placeholder('senderKey')),
        ),
      )
      .orderBy(desc(tablesOf(db).conversations.updatedAt), desc(tablesOf(db).conversations.id))
      .limit(1),
  ).get(key);
}

export async function findLatestConversationOfSender(
  db: Db,
  channel: string,
  senderKey: string,
): Promise<ConversationRow | undefined> {
  const rows = await db
    .select()
    .from(tablesOf(db).conversations)
    .where(and(eq(tablesOf(db).conversations.channel, channel), eq(tablesOf(db).conversations.senderKey, senderKey)));
  return rows.sort((a, b) => b.id - a.id)[0];
}

/**
 * The sender's latest conversation on a channel other than the one given: a mail sent without In-Reply-To
 * starts a conversation of its own, and what the bot last told the sender there (a referral) is looked up.
 */
export async function previousConversationOfSender(
  db: Db,
  channel: string,
  senderKey: string,
  exceptId: number,
): Promise<ConversationRow | undefined> {
  const { conversations } = tablesOf(db);
  return (
    await db
      .select()
      .from(conversations)
      .where(
        and(eq(conversations.channel, channel), eq(conversations.senderKey, senderKey), ne(conversations.id, exceptId)),
      )
      .orderBy(desc(conversations.updatedAt), desc(conversations.id))
      .limit(1)
  )[0];
}
