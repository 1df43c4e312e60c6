/** Inbound deduplication, the outbox, attachments and mailbox checkpoints (exactly-once delivery). */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ReplyAction } from '../../src/domain/reply-actions.ts';
import { cases } from './cases.ts';

/** Outbox rows still to be sent; the only ones in the `outbox_open` index. */
const OPEN_STATES_SQL = "('pending', 'sending')";

/** The condition a query on open outbox rows must carry to use `outbox_open`. */
export const openOutboxRow = sql.raw(`"outbox"."state" in ${OPEN_STATES_SQL}`);

/** One row per inbound message: the key (Message-ID, or a content hash) makes processing idempotent. */
export const inboundMessages = sqliteTable(
  'inbound_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    sender: text('sender').notNull(),
    subject: text('subject'),
    receivedAt: text('received_at').notNull(),
    decision: text('decision').notNull(),
    reason: text('reason'),
    caseId: integer('case_id').references(() => cases.id),
    /**
     * Mail: `sha256:` of the body's text as read, PINs removed and normalised (reused-message-id.ts), so a
     * mail reusing this row's Message-ID with another body is told from a redelivery. Null for other
     * channels and for rows written before it was kept.
     */
    bodyDigest: text('body_digest'),
  },
  (t) => [uniqueIndex('inbound_dedupe').on(t.channel, t.dedupeKey)],
);

/** Replies and notifications, written in the same transaction as the change they report. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    /** customer reply, or a staff notification / escalation page. */
    audience: text('audience', { enum: ['customer', 'staff'] }).notNull(),
    subject: text('subject'),
    text: text('text').notNull(),
    threadKey: text('thread_key'),
    inReplyTo: text('in_reply_to'),
    references: text('references', { mode: 'json' }).$type<string[]>().notNull().default([]),
    messageId: text('message_id'),
    caseId: integer('case_id').references(() => cases.id),
    inboundId: integer('inbound_id').references(() => inboundMessages.id),
    attachments: text('attachments', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /**
     * What the reader can answer with, channel-neutral (services/engine/reply-actions.ts): Slack shows
     * buttons; the text itself always says how to answer in words, for mail and the terminal.
     */
    actions: text('actions', { mode: 'json' }).$type<ReplyAction[]>().notNull().default([]),
    state: text('state', { enum: ['pending', 'sending', 'sent', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
    /**
     * Who holds the row while it is `sending` (issue 24 §2): a token of the claim that took it, so a
     * sender whose claim ran out (its next_attempt_at, the claim's end, passed and another process took
     * the row) cannot mark it sent or failed over the new holder's claim.
     */
    claimedBy: text('claimed_by'),
  },
  // Per inbound message the channel reads its replies back, and the auto-reply cap counts one recipient's
  // last hour: without these, each inbound mail scans the whole outbox (quadratic over a backlog).
  // Only open rows (pending, sending) are in `outbox_open`: marking a mail sent then deletes its entry
  // instead of moving it within the index, one page fewer written per mail (issue 6). A query uses it
  // only if its WHERE repeats this condition (`openOutboxRow`): SQLite's rule for partial indexes.
  (t) => [
    index('outbox_open')
      .on(t.state, t.nextAttemptAt)
      .where(sql.raw(`state in ${OPEN_STATES_SQL}`)),
    index('outbox_message_id').on(t.messageId),
    index('outbox_inbound').on(t.inboundId),
    index('outbox_recipient_created').on(t.recipient, t.createdAt),
  ],
);

export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inboundId: integer('inbound_id').references(() => inboundMessages.id),
    caseId: integer('case_id').references(() => cases.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    storagePath: text('storage_path').notNull(),
    sha256: text('sha256').notNull(),
  },
  (t) => [index('attachments_case').on(t.caseId)],
);

export const mailboxCheckpoints = sqliteTable('mailbox_checkpoints', {
  mailbox: text('mailbox').primaryKey(),
  uidValidity: integer('uid_validity').notNull(),
  lastUid: integer('last_uid').notNull(),
});

/** Bounces recorded against the outbound message and its case. */
export const bounces = sqliteTable('bounces', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  outboxId: integer('outbox_id').references(() => outbox.id),
  caseId: integer('case_id').references(() => cases.id),
  recipient: text('recipient').notNull(),
  status: text('status'),
  at: text('at').notNull(),
});

/**
 * The shared mail intake (issue 24, several processes on PostgreSQL): the process holding the `imap`
 * lease stores each fetched mail here (raw source, base64) before it moves it in IMAP, and every process
 * claims stored mails (`FOR UPDATE SKIP LOCKED`) and decides them in its own batch transaction, which
 * marks the rows decided. A claim runs out at `claim_expires_at`, so a killed decider's mails are taken
 * again. Unused on SQLite (one process reads and decides there), kept for one schema on both databases.
 */
export const mailIntake = sqliteTable(
  'mail_intake',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mailbox: text('mailbox').notNull(),
    uidValidity: integer('uid_validity').notNull(),
    uid: integer('uid').notNull(),
    messageId: text('message_id'),
    /** The From address, lower-cased: one sender's mails are decided in the order they arrived. */
    sender: text('sender'),
    /** The raw mail, base64; cleared once decided (kept while a quarantined mail waits to be filed). */
    source: text('source'),
    state: text('state', { enum: ['stored', 'quarantined', 'decided'] }).notNull(),
    reason: text('reason'),
    claimedBy: text('claimed_by'),
    claimExpiresAt: text('claim_expires_at'),
    storedAt: text('stored_at').notNull(),
    decidedAt: text('decided_at'),
  },
  (t) => [
    uniqueIndex('mail_intake_uid').on(t.mailbox, t.uidValidity, t.uid),
    index('mail_intake_open').on(t.state, t.id).where(sql.raw("state in ('stored', 'quarantined')")),
  ],
);
