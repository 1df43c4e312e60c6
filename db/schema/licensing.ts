/** License requests and approvals (DOMAIN.md §6, §7). */
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.ts';
import { contacts, staff } from './directory.ts';

export const licenseRequests = sqliteTable(
  'license_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull(),
    kind: text('kind').notNull(),
    fields: text('fields', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    provenance: text('provenance', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    missing: text('missing', { mode: 'json' }).$type<string[]>().notNull().default([]),
    invalid: text('invalid', { mode: 'json' }).$type<unknown[]>().notNull().default([]),
    /** Urgency, date needed, language, "a person must complete it", notes (domain Handling). */
    handling: text('handling', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    state: text('state', { enum: ['collecting', 'routed'] }).notNull(),
    region: text('region'),
    routedTo: text('routed_to'),
    routedAt: text('routed_at'),
    contactId: integer('contact_id').references(() => contacts.id),
    requesterAddress: text('requester_address').notNull(),
    conversationId: integer('conversation_id'),
    caseId: integer('case_id').references(() => cases.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('license_requests_reference').on(t.reference)],
);

export const approvals = sqliteTable(
  'approvals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull(),
    kind: text('kind').notNull(),
    decision: text('decision').notNull(),
    state: text('state', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
    caseId: integer('case_id').references(() => cases.id),
    contactId: integer('contact_id').references(() => contacts.id),
    decidedBy: integer('decided_by').references(() => staff.id),
    decidedAt: text('decided_at'),
    expiresOn: text('expires_on'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('approvals_reference').on(t.reference)],
);
