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

/**
 * The staff side's living messages (issue 20): a case card and an approval card in the region's staff
 * channel, a page DM to each manager paged. Each row is its own outbox entry: a change to what the
 * message shows bumps `revision` in the change's own transaction (triggers in the migrations, for
 * cases, their events, approvals and pages), and the Slack sender posts the message once (storing where
 * — the `chat.update` target) and afterwards updates it in place until `synced_revision` catches up.
 * A crash between a change and its update loses nothing: the row stays behind until it is synced.
 */
export const slackCards = sqliteTable(
  'slack_cards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** `case:<case id>`, `approval:<approval id>`, `page:<page id>:<Slack user id>`. */
    key: text('key').notNull(),
    kind: text('kind', { enum: ['case', 'approval', 'page'] }).notNull(),
    refId: integer('ref_id').notNull(),
    /** A user to DM (page cards); null: the staff channel of the case's region. */
    target: text('target'),
    channel: text('channel'),
    ts: text('ts'),
    /** The page's text as the clock wrote it (page cards). */
    body: text('body'),
    revision: integer('revision').notNull().default(1),
    syncedRevision: integer('synced_revision').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull().default(''),
    lastError: text('last_error'),
    /** A page repeat waiting to be said in the DM's thread (edits do not notify). */
    pendingNudge: text('pending_nudge'),
    state: text('state', { enum: ['live', 'failed', 'skipped'] })
      .notNull()
      .default('live'),
    createdAt: text('created_at').notNull().default(''),
  },
  (t) => [
    uniqueIndex('slack_cards_key').on(t.key),
    index('slack_cards_dirty').on(t.nextAttemptAt).where(sql`revision > synced_revision and state = 'live'`),
    index('slack_cards_message').on(t.channel, t.ts),
    index('slack_cards_ref').on(t.kind, t.refId),
  ],
);
