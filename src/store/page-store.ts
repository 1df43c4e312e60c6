/**
 * Escalation pages (issue 22): one row per due that paged, with its ladder position and acknowledgement.
 * The scheduler's hot path reads and writes pages through statements prepared once (better-sqlite3
 * caches them by SQL text, database.ts): building a drizzle query costs more than running it.
 */
import type { Db, schema } from './database.ts';

export type PageRow = typeof schema.pages.$inferSelect;
export type NewPage = Omit<typeof schema.pages.$inferInsert, 'id'>;

const COLUMNS = `id, case_id AS caseId, target, level, due_key AS dueKey, threshold_at AS thresholdAt, due, rung,
  ladder_level AS ladderLevel, recipients, first_sent_at AS firstSentAt, sent_at AS sentAt,
  repage_count AS repageCount, total_repages AS totalRepages, next_repage_at AS nextRepageAt, late_ms AS lateMs,
  state, closed_reason AS closedReason, acknowledged_by AS acknowledgedBy, acknowledged_at AS acknowledgedAt,
  task_id AS taskId`;

const toPage = (row: Omit<PageRow, 'recipients'> & { recipients: string }): PageRow => ({
  ...row,
  recipients: JSON.parse(row.recipients) as string[],
});

export async function insertPage(db: Db, page: NewPage): Promise<PageRow> {
  const row: Omit<PageRow, 'id'> = {
    rung: 0,
    repageCount: 0,
    totalRepages: 0,
    nextRepageAt: null,
    lateMs: 0,
    closedReason: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
    taskId: null,
    recipients: [],
    ...page,
  } as Omit<PageRow, 'id'>;
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
  return { id: Number(result.lastInsertRowid), ...row };
}

const UPDATABLE: Record<string, string> = {
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

export async function updatePage(db: Db, id: number, changes: Partial<NewPage>): Promise<void> {
  const entries = Object.entries(changes).filter(([key]) => key in UPDATABLE);
  if (entries.length === 0) return;
  const sets = entries.map(([key]) => `${UPDATABLE[key]} = ?`).join(', ');
  const values = entries.map(([key, value]) => (key === 'recipients' ? JSON.stringify(value) : (value ?? null)));
  db.$client.prepare(`UPDATE pages SET ${sets} WHERE id = ?`).run(...values, id);
}

export async function getPage(db: Db, id: number): Promise<PageRow | undefined> {
  const row = db.$client.prepare(`SELECT ${COLUMNS} FROM pages WHERE id = ?`).get(id) as
    | Parameters<typeof toPage>[0]
    | undefined;
  return row ? toPage(row) : undefined;
}

/** Every page of the case (the sent ones decide what may not page again), oldest first. */
export async function pagesOfCase(db: Db, caseId: number): Promise<PageRow[]> {
  return (
    db.$client.prepare(`SELECT ${COLUMNS} FROM pages WHERE case_id = ? ORDER BY id`).all(caseId) as Array<
      Parameters<typeof toPage>[0]
    >
  ).map(toPage);
}

export async function openPagesOfCase(db: Db, caseId: number): Promise<PageRow[]> {
  return (await pagesOfCase(db, caseId)).filter((p) => p.state === 'open');
}

export async function allPages(db: Db): Promise<PageRow[]> {
  return (
    db.$client.prepare(`SELECT ${COLUMNS} FROM pages ORDER BY id`).all() as Array<Parameters<typeof toPage>[0]>
  ).map(toPage);
}
