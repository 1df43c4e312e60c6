/** Customer notices the clock sent (or settled unsent), each key once (issue 22). */
import type { Db } from './database.ts';

export async function noticesOfCase(db: Db, caseId: number): Promise<Map<string, Date>> {
  const rows = db.$client.prepare('SELECT key, sent_at FROM sent_notices WHERE case_id = ?').all(caseId) as Array<{
    key: string;
    sent_at: string;
  }>;
  return new Map(rows.map((r) => [r.key, new Date(r.sent_at)]));
}

/** False when the key was already recorded: the notice must then not be sent again. */
export async function recordNotice(db: Db, caseId: number, key: string, sentAt: string): Promise<boolean> {
  const result = db.$client
    .prepare('INSERT INTO sent_notices (case_id, key, sent_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING')
    .run(caseId, key, sentAt);
  return result.changes === 1;
}
