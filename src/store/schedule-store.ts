/**
 * Timed work and the scheduler lease (issue 22). Jobs are upserted by key; a job is claimed inside the
 * transaction that runs it (BEGIN IMMEDIATE), so two runners never run the same due twice even if both
 * believed they held the lease.
 */
import type { Db } from './database.ts';

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

/** Plans (or re-plans) the job with this key for `dueAt`; null marks it done (nothing timed left). */
export async function upsertJob(
  db: Db,
  job: { kind: string; key: string; dueAt: string | null; payload?: Record<string, unknown> },
  nowIso: string,
): Promise<void> {
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

/** Pending jobs due at `nowIso`, earliest first (the `scheduled_jobs_due` index). */
export async function dueJobs(db: Db, nowIso: string, limit: number): Promise<JobRow[]> {
  return (
    db.$client
      .prepare(
        `SELECT id, kind, key, due_at, state, attempts, last_error, payload FROM scheduled_jobs
         WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?`,
      )
      .all(nowIso, limit) as RawJob[]
  ).map(toJob);
}

/** The job as it is now, if it is still pending and due: the claim, read inside the running transaction. */
export async function claimableJob(db: Db, id: number, nowIso: string): Promise<JobRow | undefined> {
  const row = db.$client
    .prepare(
      `SELECT id, kind, key, due_at, state, attempts, last_error, payload FROM scheduled_jobs
       WHERE id = ? AND state = 'pending' AND due_at <= ?`,
    )
    .get(id, nowIso) as RawJob | undefined;
  return row ? toJob(row) : undefined;
}

export async function finishJob(db: Db, id: number, next: string | null, nowIso: string): Promise<void> {
  db.$client
    .prepare(
      `UPDATE scheduled_jobs SET state = ?, due_at = ?, attempts = 0, last_error = NULL, ran_at = ?, updated_at = ?
       WHERE id = ?`,
    )
    .run(next === null ? 'done' : 'pending', next ?? '', nowIso, nowIso, id);
}

/** A failed run: tried again at `retryAt`, or given up (state failed) when `retryAt` is null. */
export async function failJob(
  db: Db,
  id: number,
  error: string,
  retryAt: string | null,
  nowIso: string,
): Promise<void> {
  db.$client
    .prepare(
      `UPDATE scheduled_jobs SET attempts = attempts + 1, last_error = ?, state = ?, due_at = COALESCE(?, due_at),
         ran_at = ?, updated_at = ? WHERE id = ?`,
    )
    .run(error.slice(0, 2000), retryAt === null ? 'failed' : 'pending', retryAt, nowIso, nowIso, id);
}

/** The earliest pending due ('' = as soon as possible), or null when nothing is planned. */
export async function nextDueAt(db: Db): Promise<string | null> {
  const row = db.$client
    .prepare(`SELECT due_at FROM scheduled_jobs WHERE state = 'pending' ORDER BY due_at LIMIT 1`)
    .get() as { due_at: string } | undefined;
  return row ? row.due_at : null;
}

export async function jobByKey(db: Db, key: string): Promise<JobRow | undefined> {
  const row = db.$client
    .prepare(`SELECT id, kind, key, due_at, state, attempts, last_error, payload FROM scheduled_jobs WHERE key = ?`)
    .get(key) as RawJob | undefined;
  return row ? toJob(row) : undefined;
}

export async function allJobs(db: Db): Promise<JobRow[]> {
  return (
    db.$client
      .prepare(`SELECT id, kind, key, due_at, state, attempts, last_error, payload FROM scheduled_jobs ORDER BY id`)
      .all() as RawJob[]
  ).map(toJob);
}

export interface LeaseRow {
  holder: string;
  acquiredAt: string;
  heartbeatAt: string;
  expiresAt: string;
}

export async function readLease(db: Db, name: string): Promise<LeaseRow | undefined> {
  return db.$client
    .prepare(
      `SELECT holder, acquired_at AS acquiredAt, heartbeat_at AS heartbeatAt, expires_at AS expiresAt
       FROM scheduler_lease WHERE name = ?`,
    )
    .get(name) as LeaseRow | undefined;
}

export async function writeLease(db: Db, name: string, lease: LeaseRow): Promise<void> {
  db.$client
    .prepare(
      `INSERT INTO scheduler_lease (name, holder, acquired_at, heartbeat_at, expires_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, acquired_at = excluded.acquired_at,
         heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at`,
    )
    .run(name, lease.holder, lease.acquiredAt, lease.heartbeatAt, lease.expiresAt);
}

/** Gives the lease up at once (an expiry of '' is past on every clock), if this holder has it. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  db.$client.prepare(`UPDATE scheduler_lease SET expires_at = '' WHERE name = ? AND holder = ?`).run(name, holder);
}
