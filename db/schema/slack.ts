/**
 * The Slack channel's own records (issue 19): every event taken in (exactly once, by `event_id` and by
 * the message's `(channel, ts)`), and the Slack threads that continue a conversation begun elsewhere.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { inboundMessages } from './messaging.ts';

/**
 * One row per Slack event or interaction taken in. A message arrives as `message` and, when it mentions
 * the bot, again as `app_mention` (two event ids, one `(channel, ts)`); Slack retries an event with the
 * same id. Both unique indexes make each of them one row, whatever arrives first.
 * `summary` holds what processing needs, with any PIN already taken out (never the raw payload).
 */
export const slackEvents = sqliteTable(
  'slack_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Slack's `event_id`, or a key of ours for interactions (`view:V123`, `action:…`). */
    eventId: text('event_id').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel'),
    /** The message's own ts, for customer messages only (the `(channel, ts)` key). */
    messageTs: text('message_ts'),
    state: text('state', { enum: ['received', 'processed', 'ignored', 'failed'] }).notNull(),
    reason: text('reason'),
    summary: text('summary', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    inboundId: integer('inbound_id').references(() => inboundMessages.id),
    receivedAt: text('received_at').notNull(),
    retryNum: integer('retry_num'),
  },
  (t) => [
    uniqueIndex('slack_events_event_id').on(t.eventId),
    uniqueIndex('slack_events_message').on(t.channel, t.messageTs).where(sql`message_ts is not null`),
    index('slack_events_received').on(t.state).where(sql`state = 'received'`),
  ],
);

/**
 * A Slack thread that continues a conversation keyed by another thread: a top-level message answering
 * the bot's question, whose own thread then belongs to the same conversation (and case).
 */
export const slackThreads = sqliteTable(
  'slack_threads',
  {
    channel: text('channel').notNull(),
    threadTs: text('thread_ts').notNull(),
    conversationKey: text('conversation_key').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.threadTs] })],
);
