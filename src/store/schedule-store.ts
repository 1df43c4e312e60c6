/**
 * Timed work and the scheduler lease (issue 22). Jobs are upserted by key; a job is claimed inside the
 * transaction that runs it (BEGIN IMMEDIATE), so two runners never run the same due twice even if both
 * believed they held the lease. Written once for both databases (dialect.ts), through statements prepared
 * once per connection (prepared.ts); on SQLite the tick's four hot statements keep better-sqlite3's own
 * (sqlite-jobs.ts: drizzle's placeholder filling and row mapping cost more than the statements).
 */
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { dialectOf, tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';
import type { JobRow } from './sqlite-jobs.ts';
import * as fast from './sqlite-jobs.ts';

export type { JobRow } from './sqlite-jobs.ts';

const p = sql.placeholder;

function jobColumns(db: Db) {
  const { scheduledJobs: j } = tablesOf(db);
  return {
    id: j.id,
    kind: j.kind,
    key: j.key,
    dueAt: j.dueAt,
    state: j.state,
    attempts: j.attempts,
    lastError: j.lastError,
    payload: j.payload,
  };
}

/** Plans (or re-plans) the job with this key for `dueAt`; null marks it done (nothing timed left). */
export async function upsertJob(
  db: Db,
  job: { kind: string; key: string; dueAt: string | null; payload?: Record<string, unknown> },
  nowIso: string,
): Promise<void> {
  if (dialectOf(db) === 'sqlite') return fast.upsertJobRow(db, job, nowIso);
  await prepared(db, 'job-upsert', () => {
    const { scheduledJobs: j } = tablesOf(db);
    return db
      .insert(j)
      .values({
        kind: p('kind'),
        key: p('key'),
        dueAt: p('dueAt'),
        state: p('state'),
        attempts: 0,
        payload: p('payload'),
        updatedAt: p('updatedAt'),
      } as never)
      .onConflictDoUpdate({
        target: j.key,
        set: {
          dueAt: sql`excluded.due_at`,
          state: sql`excluded.state`,
          attempts: 0,
          lastError: null,
          payload: sql`excluded.payload`,
          updatedAt: sql`excluded.updated_at`,
        } as never,
      });
  }).run({
    kind: job.kind,
    key: job.key,
    dueAt: job.dueAt ?? '',
    state: job.dueAt === null ? 'done' : 'pending',
    payload: job.payload ?? {},
    updatedAt: nowIso,
  });
}

/** Pending jobs due at `nowIso`, earliest first (the `scheduled_jobs_due` index). */
export async function dueJobs(db: Db, nowIso: string, limit: number): Promise<JobRow[]> {
  if (dialectOf(db) === 'sqlite') return fast.dueJobRows(db, nowIso, limit);
  return (await prepared(db, 'jobs-due', () => {
    const { scheduledJobs: j } = tablesOf(db);
    return db
      .select(jobColumns(db))
      .from(j)
      .where(and(eq(j.state, 'pending'), lte(j.dueAt, p('now'))))
      .orderBy(asc(j.dueAt), asc(j.id))
      .limit(p('limit'));
  }).all({ now: nowIso, limit })) as JobRow[];
}

/** The job as it is now, if it is still pending and due: the claim, read inside the running transaction. */
export async function claimableJob(db: Db, id: number, nowIso: string): Promise<JobRow | undefined> {
  if (dialectOf(db) === 'sqlite') return fast.claimableJobRow(db, id, nowIso);
  return (await prepared(db, 'job-claimable', () => {
    const { scheduledJobs: j } = tablesOf(db);
    return db
      .select(jobColumns(db))
      .from(j)
      .where(and(eq(j.id, p('id')), eq(j.state, 'pending'), lte(j.dueAt, p('now'))));
  }).get({ id, now: nowIso })) as JobRow | undefined;
}

export async function finishJob(db: Db, id: number, next: string | null, nowIso: string): Promise<void> {
  if (dialectOf(db) === 'sqlite') return fast.finishJobRow(db, id, next, nowIso);
  await prepared(db, 'job-finish', () => {
    const { scheduledJobs: j } = tablesOf(db);
    return db
      .update(j)
      .set({
        state: p('state'),
        dueAt: p('dueAt'),
        attempts: 0,
        lastError: null,
        ranAt: p('now'),
        updatedAt: p('now'),
      } as never)
      .where(eq(j.id, p('id')));
  }).run({ state: next === null ? 'done' : 'pending', dueAt: next ?? '', now: nowIso, id });
}

/** A failed run: tried again at `retryAt`, or given up (state failed) when `retryAt` is null. */
export async function failJob(
  db: Db,
  id: number,
  error: string,
  retryAt: string | null,
  nowIso: string,
): Promise<void> {
  const { scheduledJobs: j } = tablesOf(db);
  await db
    .update(j)
    .set({
      attempts: sql`${j.attempts} + 1`,
      lastError: error.slice(0, 2000),
      state: retryAt === null ? 'failed' : 'pending',
      dueAt: retryAt ?? sql`${j.dueAt}`,
      ranAt: nowIso,
      updatedAt: nowIso,
    } as never)
    .where(eq(j.id, id));
}

/** The earliest pending due ('' = as soon as possible), or null when nothing is planned. */
export async function nextDueAt(db: Db): Promise<string | null> {
  const row = await prepared(db, 'job-next-due', () => {
    const { scheduledJobs: j } = tablesOf(db);
    return db.select({ dueAt: j.dueAt }).from(j).where(eq(j.state, 'pending')).orderBy(asc(j.dueAt)).limit(1);
  }).get();
  return row ? row.dueAt : null;
}

export async function jobByKey(db: Db, key: string): Promise<JobRow | undefined> {
  const { scheduledJobs: j } = tablesOf(db);
  return (await db.select(jobColumns(db)).from(j).where(eq(j.key, key)))[0] as JobRow | undefined;
}

export async function allJobs(db: Db): Promise<JobRow[]> {
  const { scheduledJobs: j } = tablesOf(db);
  return (await db.select(jobColumns(db)).from(j).orderBy(asc(j.id))) as JobRow[];
}

export interface LeaseRow {
  holder: string;
  acquiredAt: string;
  heartbeatAt: string;
  expiresAt: string;
}

export async function readLease(db: Db, name: string): Promise<LeaseRow | undefined> {
  return await prepared(db, 'lease-read', () => {
    const { schedulerLease: l } = tablesOf(db);
    return db
      .select({ holder: l.holder, acquiredAt: l.acquiredAt, heartbeatAt: l.heartbeatAt, expiresAt: l.expiresAt })
      .from(l)
      .where(eq(l.name, p('name')));
  }).get({ name });
}

export async function writeLease(db: Db, name: string, lease: LeaseRow): Promise<void> {
  await prepared(db, 'lease-write', () => {
    const { schedulerLease: l } = tablesOf(db);
    return db
      .insert(l)
      .values({
        name: p('name'),
        holder: p('holder'),
        acquiredAt: p('acquiredAt'),
        heartbeatAt: p('heartbeatAt'),
        expiresAt: p('expiresAt'),
      } as never)
      .onConflictDoUpdate({
        target: l.name,
        set: {
          holder: sql`excluded.holder`,
          acquiredAt: sql`excluded.acquired_at`,
          heartbeatAt: sql`excluded.heartbeat_at`,
          expiresAt: sql`excluded.expires_at`,
        } as never,
      });
  }).run({ name, ...lease });
}

/** Gives the lease up at once (an expiry of '' is past on every clock), if this holder has it. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  const { schedulerLease: l } = tablesOf(db);
  await db
    .update(l)
    .set({ expiresAt: '' })
    .where(and(eq(l.name, name), eq(l.holder, holder)));
}
