/** What operations leave in the database itself: the backups taken (for the backup-age metric and alert). */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row per successful `caseline backup`, written after the copy was verified. */
export const backups = sqliteTable('backups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  path: text('path').notNull(),
  bytes: integer('bytes').notNull(),
  cases: integer('cases').notNull(),
});
