/**
 * Time as data (issue 22): the scheduler's timed work and its lease, escalation pages, staff tasks
 * with a due date, and the customer notices already sent (each sent once).
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';
import { staff } from './directory.ts';

/**
 * One row per unit of timed work, found by its key (`case:42`: everything timed about case 42).
 * `due_at` is an ISO instant; the empty string means "as soon as possible" (a change asks for a
 * re-plan). Only pending rows are in `scheduled_jobs_due`.
 */
export const scheduledJobs = sqliteTable(
  'scheduled_jobs',
  {
    // No AUTOINCREMENT: job ids need not be unique forever, and it costs a sqlite_sequence write per row.
    id: integer('id').primaryKey(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    dueAt: text('due_at').notNull(),
    state: text('state', { enum: ['pending', 'done', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    /** When the job last ran (a success or a failure), on the runner's clock. */
    ranAt: text('ran_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('scheduled_jobs_key').on(t.key),
    index('scheduled_jobs_due').on(t.dueAt).where(sql.raw(`state = 'pending'`)),
  ],
);

/** Who runs the timed work: one holder at a time, renewed by heartbeat, taken over once it expires. */
export const schedulerLease = sqliteTable('scheduler_lease', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  acquiredAt: text('acquired_at').notNull(),
  heartbeatAt: text('heartbeat_at').notNull(),
  expiresAt: text('expires_at').notNull(),
});

/**
 * A page: one alert about one due of one case (an SLA target at risk or breached, an overdue task),
 * sent to staff and repeated up the escalation ladder until someone acknowledges it. Channel-neutral:
 * the outbox rows render it for the staff channel. `due_key` names the clock the due belongs to (the
 * clock start, or the task), so a restarted clock pages again but the same due never pages twice.
 */
export const pages = sqliteTable(
  'pages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    target: text('target', { enum: ['response', 'target', 'follow-up'] }).notNull(),
    level: text('level', { enum: ['at-risk', 'breached', 'overdue'] }).notNull(),
    dueKey: text('due_key').notNull(),
    /** The instant this page is about (the threshold crossed, or the task's due). */
    thresholdAt: text('threshold_at').notNull(),
    /** The due of the target (for SLA pages) or the task. */
    due: text('due').notNull(),
    /** Index into policy.escalation.ladder, and that rung's name (manager, head). */
    rung: integer('rung').notNull().default(0),
    ladderLevel: text('ladder_level').notNull(),
    /** Everyone paged so far, in order (staff emails). */
    recipients: text('recipients', { mode: 'json' }).$type<string[]>().notNull().default([]),
    firstSentAt: text('first_sent_at').notNull(),
    sentAt: text('sent_at').notNull(),
    /** Repeats at the current rung. */
    repageCount: integer('repage_count').notNull().default(0),
    /** Repeats over the page's whole life. */
    totalRepages: integer('total_repages').notNull().default(0),
    nextRepageAt: text('next_repage_at'),
    /** Milliseconds between the threshold and the first send, when the bot was not running (else 0). */
    lateMs: integer('late_ms').notNull().default(0),
    /** open until acknowledged or no longer needed (target met, case paused or resolved, clock restarted). */
    state: text('state', { enum: ['open', 'acknowledged', 'cancelled'] }).notNull(),
    closedReason: text('closed_reason'),
    acknowledgedBy: integer('acknowledged_by').references(() => staff.id),
    acknowledgedAt: text('acknowledged_at'),
    taskId: integer('task_id'),
  },
  // pages_once also serves every lookup by case (its first column): no second index to keep up per send.
  (t) => [uniqueIndex('pages_once').on(t.caseId, t.target, t.level, t.dueKey)],
);

/** A staff duty with a due date (the License Management follow-up of seed 000); pages when overdue. */
export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    dueAt: text('due_at').notNull(),
    assigneeStaffId: integer('assignee_staff_id').references(() => staff.id),
    state: text('state', { enum: ['open', 'done'] }).notNull(),
    doneBy: integer('done_by').references(() => staff.id),
    doneAt: text('done_at'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('tasks_case').on(t.caseId)],
);

/** Customer notices sent by the clock (reminders, resolution for no answer), each key once. */
export const sentNotices = sqliteTable(
  'sent_notices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    key: text('key').notNull(),
    sentAt: text('sent_at').notNull(),
  },
  (t) => [uniqueIndex('sent_notices_key').on(t.key), index('sent_notices_case').on(t.caseId)],
);
