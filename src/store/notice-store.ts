/** Customer notices the clock sent (or settled unsent), each key once (issue 22). */
import { eq, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';

export async function noticesOfCase(db: Db, caseId: number): Promise<Map<string, Date>> {
  const rows = await prepared(db, 'notices-of-case', () => {
    const { sentNotices } = tablesOf(db);
    return db
      .select({ key: sentNotices.key, sentAt: sentNotices.sentAt })
      .from(sentNotices)
      .where(eq(sentNotices.caseId, sql.placeholder('caseId')));
  }).all({ caseId });
  return new Map(rows.map((r) => [r.key, new Date(r.sentAt)]));
}

/** False when the key was already recorded: the notice must then not be sent again. */
export async function recordNotice(db: Db, caseId: number, key: string, sentAt: string): Promise<boolean> {
  const inserted = await prepared(db, 'notice-record', () => {
    const { sentNotices } = tablesOf(db);
    return db
      .insert(sentNotices)
      .values({
        caseId: sql.placeholder('caseId'),
        key: sql.placeholder('key'),
        sentAt: sql.placeholder('sentAt'),
      } as never)
      .onConflictDoNothing({ target: sentNotices.key })
      .returning({ id: sentNotices.id });
  }).get({ caseId, key, sentAt });
  return inserted !== undefined;
}
