/**
 * The bulk reads and writes of the case planner (services/schedule/plan-cases.ts, issue 22): every fact
 * the clock needs for all cases with timed work, read table by table, and the job rows written a chunk
 * per statement. Raw SQL for speed (100,000 cases at once: rows read as arrays on SQLite), forked on the
 * dialect where the SQL differs: SQLite's `json_each` and `+state` (skip the index), PostgreSQL's
 * `jsonb_array_elements`; PostgreSQL returns the `pauses` jsonb parsed, SQLite as text.
 */
import { sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { dialectOf } from './dialect.ts';
import type { PgDb } from './postgres/postgres-database.ts';

/** A PostgreSQL store `Db` as drizzle's node-postgres database (raw SQL runs in the unit's transaction). */
const onPostgres = (db: Db) => db as unknown as PgDb;

export const PLAN_CASE_COLUMNS = `id, state, severity, region, time_zone, holiday_country, clock_started_at,
  response_due, target_due, responded_at, target_met_at, paused_at, pauses`;

export type PlanCaseRow = [
  id: number,
  state: string,
  severity: string | null,
  region: string | null,
  timeZone: string | null,
  holidayCountry: string | null,
  clockStartedAt: string | null,
  responseDue: string | null,
  targetDue: string | null,
  respondedAt: string | null,
  targetMetAt: string | null,
  pausedAt: string | null,
  /** JSON text on SQLite, the parsed array on PostgreSQL. */
  pauses: string | Array<{ from: string; to: string }>,
];

export interface PlanFacts {
  cases: PlanCaseRow[];
  pages: Array<{
    case_id: number;
    id: number;
    target: 'response' | 'target' | 'follow-up';
    level: 'at-risk' | 'breached' | 'overdue';
    due_key: string;
    task_id: number | null;
    state: string;
    next_repage_at: string | null;
  }>;
  tasks: Array<{ case_id: number; id: number; due_at: string }>;
  notices: Array<{ case_id: number; key: string; sent_at: string }>;
  licenses: Array<{ case_id: number; id: number; decided_at: string | null; created_at: string; expires_on: string }>;
}

const OPEN_CASES = (skipIndex: string) =>
  `SELECT ${PLAN_CASE_COLUMNS} FROM cases WHERE ${skipIndex}state IN ('open', 'waiting-on-customer')`;
const CLOSED_WITH_WORK = `SELECT ${PLAN_CASE_COLUMNS} FROM cases WHERE state NOT IN ('open', 'waiting-on-customer') AND (
  id IN (SELECT case_id FROM tasks WHERE state = 'open')
  OR id IN (SELECT case_id FROM approvals WHERE state = 'approved' AND expires_on IS NOT NULL))`;
const PAGES = 'SELECT case_id, id, target, level, due_key, task_id, state, next_repage_at FROM pages';
const TASKS = `SELECT case_id, id, due_at FROM tasks WHERE state = 'open'`;
const NOTICES = 'SELECT case_id, key, sent_at FROM sent_notices';
const LICENSES = `SELECT case_id, id, decided_at, created_at, expires_on FROM approvals
  WHERE state = 'approved' AND kind = 'temp-license' AND expires_on IS NOT NULL`;

const ID_COLUMNS = ['id', 'case_id', 'task_id'];

/** Everything the planner reads, for every case with timed work left. Run inside the planning unit. */
export async function readPlanFacts(db: Db): Promise<PlanFacts> {
  if (dialectOf(db) === 'postgres') {
    // Raw results skip the pool's bigint parser (drizzle passes its own per query): ids come back as text.
    const rows = async <T>(text: string) =>
      (await onPostgres(db).execute(sql.raw(text))).rows.map((row) => {
        for (const key of ID_COLUMNS) if (row[key] != null) row[key] = Number(row[key]);
        return row;
      }) as T[];
    const asArray = (row: Record<string, unknown>) => Object.values(row) as PlanCaseRow;
    return {
      cases: [
        ...(await rows<Record<string, unknown>>(OPEN_CASES(''))).map(asArray),
        ...(await rows<Record<string, unknown>>(CLOSED_WITH_WORK)).map(asArray),
      ],
      pages: await rows(PAGES),
      tasks: await rows(TASKS),
      notices: await rows(NOTICES),
      licenses: await rows(LICENSES),
    };
  }
  const client = db.$client;
  // A scan (`+state`: not the state index) reads 100,000 open cases faster than 100,000 index lookups;
  // cases closed for the SLA but with a task or an issued license left are few and read apart.
  return {
    cases: [
      ...(client.prepare(OPEN_CASES('+')).raw(true).all() as PlanCaseRow[]),
      ...(client.prepare(CLOSED_WITH_WORK).raw(true).all() as PlanCaseRow[]),
    ],
    pages: client.prepare(PAGES).all() as PlanFacts['pages'],
    tasks: client.prepare(TASKS).all() as PlanFacts['tasks'],
    notices: client.prepare(NOTICES).all() as PlanFacts['notices'],
    licenses: client.prepare(LICENSES).all() as PlanFacts['licenses'],
  };
}

/** Writes (or re-plans) one job row per case: [case id, due ('' = now), state]; one statement per chunk. */
export async function upsertCaseJobs(db: Db, nowIso: string, jobs: Array<[number, string, string]>): Promise<void> {
  if (jobs.length === 0) return;
  const json = JSON.stringify(jobs);
  if (dialectOf(db) === 'postgres') {
    await onPostgres(db).execute(sql`INSERT INTO scheduled_jobs (kind, key, due_at, state, updated_at)
      SELECT 'case', 'case:' || (j.value ->> 0), j.value ->> 1, j.value ->> 2, ${nowIso}
        FROM jsonb_array_elements(${json}::jsonb) AS j(value)
      ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, state = excluded.state, attempts = 0,
        last_error = NULL, updated_at = excluded.updated_at`);
    return;
  }
  db.$client
    .prepare(
      `INSERT INTO scheduled_jobs (kind, key, due_at, state, updated_at)
       SELECT 'case', 'case:' || (j.value ->> 0), j.value ->> 1, j.value ->> 2, ? FROM json_each(?) AS j WHERE true
       ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, state = excluded.state, attempts = 0,
         last_error = NULL, updated_at = excluded.updated_at`,
    )
    .run(nowIso, json);
}
