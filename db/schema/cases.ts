/** Cases, their timelines, conversations and escalations (DOMAIN.md §2–§4, §8, §9). */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { contacts, staff } from './directory.ts';

export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Eight digits, shown as `[Case 01234567]`. */
    number: text('number').notNull(),
    type: text('type').notNull(),
    state: text('state').notNull(),
    severity: text('severity'),
    system: text('system'),
    product: text('product'),
    version: text('version'),
    description: text('description'),
    circumstances: text('circumstances'),
    businessImpact: text('business_impact'),
    soldTo: text('sold_to'),
    endUser: text('end_user'),
    contactId: integer('contact_id').references(() => contacts.id),
    contractId: text('contract_id'),
    tier: text('tier'),
    region: text('region'),
    timeZone: text('time_zone'),
    holidayCountry: text('holiday_country'),
    clockStartedAt: text('clock_started_at'),
    responseDue: text('response_due'),
    targetKind: text('target_kind'),
    targetDue: text('target_due'),
    commitmentPercent: integer('commitment_percent'),
    mustCallIn: integer('must_call_in', { mode: 'boolean' }).notNull().default(false),
    respondedAt: text('responded_at'),
    targetMetAt: text('target_met_at'),
    /** Start of the current pause while waiting on the customer; closed pauses are in `pauses`. */
    pausedAt: text('paused_at'),
    pauses: text('pauses', { mode: 'json' }).$type<Array<{ from: string; to: string }>>().notNull().default([]),
    ownerStaffId: integer('owner_staff_id').references(() => staff.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('cases_number').on(t.number),
    index('cases_contact').on(t.contactId),
    index('cases_state').on(t.state),
  ],
);

export const caseEvents = sqliteTable(
  'case_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    at: text('at').notNull(),
    kind: text('kind').notNull(),
    actor: text('actor').notNull(),
    text: text('text'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_events_case').on(t.caseId)],
);

/** A thread on a channel, with the dialogue state that survives restarts. */
export const conversations = sqliteTable(
  'conversations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    threadKey: text('thread_key').notNull(),
    senderKey: text('sender_key').notNull(),
    contactId: integer('contact_id').references(() => contacts.id),
    caseId: integer('case_id').references(() => cases.id),
    dialogue: text('dialogue', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    updatedAt: text('updated_at').notNull(),
  },
  // By case: a mail tagged with a case number continues its sender's dialogue about that case.
  (t) => [uniqueIndex('conversations_thread').on(t.channel, t.threadKey), index('conversations_case').on(t.caseId)],
);

/** A channel identity proven by PIN, valid until expiresAt (DOMAIN.md §8). */
export const verifications = sqliteTable(
  'verifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    senderKey: text('sender_key').notNull(),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id),
    verifiedAt: text('verified_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [uniqueIndex('verifications_sender').on(t.channel, t.senderKey)],
);
