/**
 * Wrong-PIN counters other than the contact's own (issue 18 §5): one per requester (a Slack user, a
 * sender address), so one requester is locked out without touching the contact's lock; and one per
 * contact for attempts from requesters that are not the contact's own channels.
 */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const pinThrottles = sqliteTable('pin_throttles', {
  /** `requester:<channel>:<sender key>` or `contact-foreign:<contact id>`. */
  key: text('key').primaryKey(),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: text('locked_until'),
});
