/**
 * The PostgreSQL schema: the SQLite tables of db/schema, derived (derive.ts). drizzle-kit reads the
 * tables from this module's named exports (drizzle-pg.config.ts), so each table is named here; a test
 * (schema-parity) fails when a SQLite table has no twin below.
 */
import * as sqliteSchema from '../schema/index.ts';
import { derivePgSchema } from './derive.ts';

export const pgSchema = derivePgSchema(sqliteSchema);

export const {
  cases,
  caseEvents,
  conversations,
  verifications,
  companies,
  contracts,
  contractProducts,
  accountPairs,
  contacts,
  contactEmails,
  accessGrants,
  staff,
  staffAbsences,
  auditLog,
  licenseRequests,
  approvals,
  inboundMessages,
  outbox,
  attachments,
  mailboxCheckpoints,
  mailIntake,
  bounces,
  backups,
  pinThrottles,
  scheduledJobs,
  schedulerLease,
  pages,
  tasks,
  sentNotices,
  slackEvents,
  slackThreads,
  slackCards,
} = pgSchema;
