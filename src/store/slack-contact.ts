/** Directory look-ups the Slack channel needs by Slack user id (contacts.slack_user_id). */
import { eq } from 'drizzle-orm';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import type { ContactRow } from './directory-reader.ts';

/** The contact the directory links to this Slack user, if any (a claim, not a verification). */
export async function findContactBySlackUserId(db: Db, userId: string): Promise<ContactRow | undefined> {
  return (
    await db
      .select()
      .from(tablesOf(db).contacts)
      .where(eq(tablesOf(db).contacts.slackUserId, userId))
  )[0];
}
