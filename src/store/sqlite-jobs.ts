/**
 * The scheduler's hot job statements on SQLite, through better-sqlite3 directly (statements cached by
 * SQL text, database.ts), as sqlite-pages.ts: schedule-store.ts calls these on SQLite only.
 */
import type { Db } from './database.ts';

/** A timed job as the store gives it (declared here, beside the statements that read it; schedule-store.ts re-exports it). */
export interface JobRow {
  id: number;
  kind: string;
  key: string;
  dueAt: string;
  state: 'pending' | 'done' | 'failed';
  attempts: number;
  lastError: string | null;
  payload: Record<string, unknown>;
}

interface RawJob {
  id: number;
  kind: string;
  key: string;
  due_at: string;
  state: JobRow['state'];
  attempts: number;
  last_error: string | null;
  payload: string;
}

const toJob = (r: RawJob): JobRow => ({
  id: r.id,
  kind: r.kind,
  key: r.key,
  dueAt: r.due_at,
  state: r.state,
  attempts: r.attempts,
  lastError: r.last_error,
  payload: JSON.parse(r.payload) as Record<string, unknown>,
});

export function upsertJobRow(
  db: Db,
  job: { kind: string; key: string; dueAt: string | null; payload?: Record<string, unknown> },
  nowIso: string,
): void {
  db.$client
    .prepare(
      `INSERT INTO scheduled_jobs (kind, key, due_at, state, attempts, payload, updated_at)
       VALUES (?, ?, ?, ?, 0, ?, ?)
       ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, state = excluded.state, attempts = 0,
         last_error = NULL, payload = excluded.payload, updated_at = excluded.updated_at`,
    )
    .run(
      job.kind,
      job.key,
      job.dueAt ?? '',
      job.dueAt === null ? 'done' : 'pending',
      JSON.stringify(job.payload ?? {}),
      nowIso,
    );
}

export function dueJobRows(db: Db, nowIso: string, limit: number): JobRow[] {
  return (
    db.$client
      .prepare(
        `SELECT id, kind, key, due_at, state, attempts, last_error, payload FROM scheduled_jobs
         WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?`,
      )
      .all(nowIso, limit) as RawJob[]
  ).map(toJob);
}

export function claimableJobRow(db: Db, id: number, nowIso: string): JobRow | undefined {
  const row = db.$client
    .prepare(
      `SELECT id, kind, key, due_at, state, attempts, last_error, payload FROM scheduled_jobs
       WHERE id = ? AND state = 'pending' AND due_at <= ?`,
    )
    .get(id, nowIso) as RawJob | undefined;
  return row ? toJob(row) : undefined;
}

export function finishJobRow(db: Db, id: number, next: string | null, nowIso: string): void {
  db.$client
    .prepare(
      `UPDATE scheduled_jobs SET state = ?, due_at = ?, attempts = 0, last_error = NULL, ran_at = ?, updated_at = ?
       WHERE id = ?`,
    )
    .run(next === null ? 'done' : 'pending', next ?? '', nowIso, nowIso, id);
}
