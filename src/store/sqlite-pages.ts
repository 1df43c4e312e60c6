/**
 * The scheduler's hot page statements on SQLite, through better-sqlite3 directly (statements cached by
 * SQL text, database.ts): bench:clock's tick spends a third more CPU through drizzle's prepared queries.
 * page-store.ts calls these on SQLite only; PostgreSQL runs its drizzle statements.
 */
import type { Db, schema } from './database.ts';
/** A page as stored (declared here, beside the statements that read it, and re-exported by page-store.ts). */
export type PageRow = typeof schema.pages.$inferSelect;

const COLUMNS = `id, case_id AS caseId, target, level, due_key AS dueKey, threshold_at AS thresholdAt, due, rung,
  ladder_level AS ladderLevel, recipients, first_sent_at AS firstSentAt, sent_at AS sentAt,
  repage_count AS repageCount, total_repages AS totalRepages, next_repage_at AS nextRepageAt, late_ms AS lateMs,
  state, closed_reason AS closedReason, acknowledged_by AS acknowledgedBy, acknowledged_at AS acknowledgedAt,
  task_id AS taskId`;

type RawPage = Omit<PageRow, 'recipients'> & { recipients: string };
const toPage = (row: RawPage): PageRow => ({ ...row, recipients: JSON.parse(row.recipients) as string[] });

export function insertPageRow(db: Db, row: Omit<PageRow, 'id'>): number {
  const result = db.$client
    .prepare(
      `INSERT INTO pages (case_id, target, level, due_key, threshold_at, due, rung, ladder_level, recipients,
         first_sent_at, sent_at, repage_count, total_repages, next_repage_at, late_ms, state, closed_reason,
         acknowledged_by, acknowledged_at, task_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      row.caseId,
      row.target,
      row.level,
      row.dueKey,
      row.thresholdAt,
      row.due,
      row.rung,
      row.ladderLevel,
      JSON.stringify(row.recipients),
      row.firstSentAt,
      row.sentAt,
      row.repageCount,
      row.totalRepages,
      row.nextRepageAt,
      row.lateMs,
      row.state,
      row.closedReason,
      row.acknowledgedBy,
      row.acknowledgedAt,
      row.taskId,
    );
  return Number(result.lastInsertRowid);
}

const COLUMN_OF: Record<string, string> = {
  rung: 'rung',
  ladderLevel: 'ladder_level',
  recipients: 'recipients',
  sentAt: 'sent_at',
  repageCount: 'repage_count',
  totalRepages: 'total_repages',
  nextRepageAt: 'next_repage_at',
  state: 'state',
  closedReason: 'closed_reason',
  acknowledgedBy: 'acknowledged_by',
  acknowledgedAt: 'acknowledged_at',
};

/** `entries`: the changed columns, already limited to those a page may change (page-store.ts). */
export function updatePageRow(db: Db, id: number, entries: Array<[string, unknown]>): void {
  const sets = entries.map(([key]) => `${COLUMN_OF[key]} = ?`).join(', ');
  const values = entries.map(([key, value]) => (key === 'recipients' ? JSON.stringify(value) : (value ?? null)));
  db.$client.prepare(`UPDATE pages SET ${sets} WHERE id = ?`).run(...values, id);
}

export function pageById(db: Db, id: number): PageRow | undefined {
  const row = db.$client.prepare(`SELECT ${COLUMNS} FROM pages WHERE id = ?`).get(id) as RawPage | undefined;
  return row ? toPage(row) : undefined;
}

export function pagesOfCaseRows(db: Db, caseId: number): PageRow[] {
  return (
    db.$client.prepare(`SELECT ${COLUMNS} FROM pages WHERE case_id = ? ORDER BY id`).all(caseId) as RawPage[]
  ).map(toPage);
}
