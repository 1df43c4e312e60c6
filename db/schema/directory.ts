/** The directory: who may act for which account (DOMAIN.md §1). */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const companies = sqliteTable('companies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
});

export const contracts = sqliteTable(
  'contracts',
  {
    id: text('id').primaryKey(),
    soldTo: text('sold_to')
      .notNull()
      .references(() => companies.id),
    tier: text('tier').notNull(),
    region: text('region').notNull(),
    /** Null → the region's default time zone / holiday country (DOMAIN.md §8). */
    timeZone: text('time_zone'),
    holidayCountry: text('holiday_country'),
    status: text('status').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    pilot: integer('pilot', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('contracts_sold_to').on(t.soldTo)],
);

export const contractProducts = sqliteTable(
  'contract_products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: text('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** JSON array of covered versions; empty = every version. */
    versions: text('versions', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  },
  (t) => [uniqueIndex('contract_products_unique').on(t.contractId, t.name)],
);

export const accountPairs = sqliteTable(
  'account_pairs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    soldTo: text('sold_to')
      .notNull()
      .references(() => companies.id),
    endUser: text('end_user')
      .notNull()
      .references(() => companies.id),
    supportOwner: text('support_owner')
      .notNull()
      .references(() => companies.id),
    relation: text('relation', { enum: ['direct', 'indirect'] }).notNull(),
  },
  (t) => [uniqueIndex('account_pairs_unique').on(t.soldTo, t.endUser)],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    slackUserId: text('slack_user_id'),
    designated: integer('designated', { mode: 'boolean' }).notNull(),
    /** `scrypt$N$r$p$salt$hash` (base64), or null when the contact has no PIN (→ Admin case, DOMAIN.md §1). */
    pinHash: text('pin_hash'),
    failedPinAttempts: integer('failed_pin_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
  },
  (t) => [uniqueIndex('contacts_email').on(t.email), uniqueIndex('contacts_slack').on(t.slackUserId)],
);

/** Further addresses of a contact; the primary one is contacts.email. */
export const contactEmails = sqliteTable(
  'contact_emails',
  {
    email: text('email').primaryKey(),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
  },
  (t) => [index('contact_emails_contact').on(t.contactId)],
);

export const accessGrants = sqliteTable(
  'access_grants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    pairId: integer('pair_id')
      .notNull()
      .references(() => accountPairs.id, { onDelete: 'cascade' }),
    level: text('level', { enum: ['read-write', 'read-only'] }).notNull(),
    /** Who at the partner approved an indirect End User contact's read-only access (DOMAIN.md §1). */
    approvedBy: text('approved_by'),
  },
  (t) => [uniqueIndex('access_grants_unique').on(t.contactId, t.pairId)],
);

export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slackUserId: text('slack_user_id'),
    email: text('email').notNull(),
    name: text('name').notNull(),
    roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
    regions: text('regions', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [uniqueIndex('staff_email').on(t.email), uniqueIndex('staff_slack').on(t.slackUserId)],
);

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('audit_log_at').on(t.at)],
);

/**
 * A staff member's absence (holiday, leave): pages and escalations due between `starts_at` and `ends_at`
 * (ISO instants, UTC) go to `cover_staff_id` if named and present, else to others of the same role.
 * One absence per staff member, the current or the next: setting a new one replaces it.
 */
export const staffAbsences = sqliteTable(
  'staff_absences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    coverStaffId: integer('cover_staff_id').references(() => staff.id, { onDelete: 'set null' }),
    setBy: text('set_by').notNull(),
    setAt: text('set_at').notNull(),
  },
  (t) => [uniqueIndex('staff_absences_staff').on(t.staffId), index('staff_absences_cover').on(t.coverStaffId)],
);
