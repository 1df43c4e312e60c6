/**
 * Slack threads and the conversations they belong to. A conversation is keyed by the thread it began
 * in (`slack:<channel>:<root ts>`); a later thread that goes on with it (a top-level answer to the
 * bot's question) is recorded here, so messages in either thread reach the same conversation and case.
 */
import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';

export function slackThreadKey(channel: string, rootTs: string): string {
  return `slack:${channel}:${rootTs}`;
}

/** `slack:<channel>:<ts>` → its parts; null for other keys (replay's `slack:<user>`, other channels). */
export function parseSlackThreadKey(key: string | null): { channel: string; ts: string } | null {
  const match = key ? /^slack:([A-Z0-9]+):(\d+\.\d+)$/.exec(key) : null;
  return match ? { channel: match[1]!, ts: match[2]! } : null;
}

export async function conversationKeyOfThread(db: Db, channel: string, threadTs: string): Promise<string | undefined> {
  const alias = await prepared(db, 'slack-thread-alias', () =>
    db
      .select({ key: tablesOf(db).slackThreads.conversationKey })
      .from(tablesOf(db).slackThreads)
      .where(
        and(
          eq(tablesOf(db).slackThreads.channel, sql.placeholder('channel')),
          eq(tablesOf(db).slackThreads.threadTs, sql.placeholder('threadTs')),
        ),
      ),
  ).get({ channel, threadTs });
  return alias?.key;
}

export async function continueConversationInThread(
  db: Db,
  value: { channel: string; threadTs: string; conversationKey: string; at: string },
): Promise<void> {
  await db
    .insert(tablesOf(db).slackThreads)
    .values({
      channel: value.channel,
      threadTs: value.threadTs,
      conversationKey: value.conversationKey,
      createdAt: value.at,
    })
    .onConflictDoNothing();
}

export async function slackConversationExists(db: Db, threadKey: string): Promise<boolean> {
  return (
    (await prepared(db, 'slack-conversation-exists', () =>
      db
        .select({ id: tablesOf(db).conversations.id })
        .from(tablesOf(db).conversations)
        .where(
          and(
            eq(tablesOf(db).conversations.channel, 'slack'),
            eq(tablesOf(db).conversations.threadKey, sql.placeholder('key')),
          ),
        ),
    ).get({ key: threadKey })) !== undefined
  );
}

/**
 * The sender's latest conversation in a Slack channel that waits for their answer (not idle) and was
 * written in since `since`: a top-level message then answers it rather than starting anew.
 */
export async function waitingSlackConversation(
  db: Db,
  input: { channel: string; senderKey: string; since: string },
): Promise<{ threadKey: string } | undefined> {
  const row = await prepared(db, 'slack-waiting-conversation', () =>
    db
      .select({ threadKey: tablesOf(db).conversations.threadKey, dialogue: tablesOf(db).conversations.dialogue })
      .from(tablesOf(db).conversations)
      .where(
        and(
          eq(tablesOf(db).conversations.channel, 'slack'),
          eq(tablesOf(db).conversations.senderKey, sql.placeholder('senderKey')),
          sql`${tablesOf(db).conversations.threadKey} like ${sql.placeholder('prefix')}`,
          gte(tablesOf(db).conversations.updatedAt, sql.placeholder('since')),
        ),
      )
      .orderBy(desc(tablesOf(db).conversations.updatedAt), desc(tablesOf(db).conversations.id))
      .limit(1),
  ).get({ senderKey: input.senderKey, prefix: `slack:${input.channel}:%`, since: input.since });
  if (!row) return undefined;
  const kind = (row.dialogue as { kind?: string }).kind ?? 'idle';
  return kind === 'idle' ? undefined : { threadKey: row.threadKey };
}
