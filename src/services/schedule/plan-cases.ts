/**
 * Plans many cases at once (issue 22): one job row per case holding only its next due, written in one
 * transaction from facts read in bulk. Used at scale (a migration, `npm run bench:clock`) and for the
 * re-plan requests the triggers leave; the scheduler plans the same way one case at a time.
 * Nothing is sent here: a case with something due now keeps a due of '' and the next tick runs it.
 */
import type { CaseClockFacts } from '../../domain/clock/case-clock.ts';
import { planCaseClock } from '../../domain/clock/case-clock.ts';
import { pageKey } from '../../domain/clock/sla-pages.ts';
import type { CaseRow } from '../../store/case-store.ts';
import { inTransaction } from '../../store/transaction.ts';
import { calendarOfCase } from '../engine/case-sla.ts';
import type { EngineContext } from '../engine/types.ts';
import { slaFactsOf } from './case-clock-facts.ts';

type Bulk<T> = Map<number, T[]>;
const NONE: never[] = [];
const NO_KEYS: ReadonlySet<string> = new Set();
const NO_NOTICES: ReadonlyMap<string, Date> = new Map();

const group = <T extends { case_id: number }>(rows: T[]): Bulk<T> => {
  const map: Bulk<T> = new Map();
  for (const row of rows) {
    const list = map.get(row.case_id);
    if (list) list.push(row);
    else map.set(row.case_id, [row]);
  }
  return map;
};

const CASE_COLUMNS = `id, state, severity, region, time_zone, holiday_country, clock_started_at, response_due,
  target_due, responded_at, target_met_at, paused_at, pauses`;

type RawCase = [
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
  pauses: string,
];

/** What the plan reads of a case (rows are read as arrays: a third cheaper than objects for 100,000). */
function caseOf(r: RawCase): CaseRow {
  return {
    id: r[0],
    state: r[1],
    severity: r[2],
    region: r[3],
    timeZone: r[4],
    holidayCountry: r[5],
    clockStartedAt: r[6],
    responseDue: r[7],
    targetDue: r[8],
    respondedAt: r[9],
    targetMetAt: r[10],
    pausedAt: r[11],
    pauses: r[12] === '[]' ? NONE : JSON.parse(r[12]),
  } as CaseRow;
}

/** Job rows are written 5,000 at a time through json_each: one statement per chunk, not per row. */
const CHUNK = 5_000;

/** Plans every case with timed work left (open or waiting, or with open tasks or issued licenses); returns how many. */
export async function planAllCases(ctx: EngineContext, now: Date): Promise<number> {
  const db = ctx.db.$client;
  return await inTransaction(ctx.db, () => {
    // A scan (`+state`: not the state index) reads 100,000 open cases faster than 100,000 index lookups;
    // cases closed for the SLA but with a task or an issued license left are few and read apart.
    const cases = [
      ...(db
        .prepare(`SELECT ${CASE_COLUMNS} FROM cases WHERE +state IN ('open', 'waiting-on-customer')`)
        .raw(true)
        .all() as RawCase[]),
      ...(db
        .prepare(
          `SELECT ${CASE_COLUMNS} FROM cases WHERE state NOT IN ('open', 'waiting-on-customer') AND (
             id IN (SELECT case_id FROM tasks WHERE state = 'open')
             OR id IN (SELECT case_id FROM approvals WHERE state = 'approved' AND expires_on IS NOT NULL))`,
        )
        .raw(true)
        .all() as RawCase[]),
    ];
    const pages = group(
      db
        .prepare('SELECT case_id, id, target, level, due_key, task_id, state, next_repage_at FROM pages')
        .all() as Array<{
        case_id: number;
        id: number;
        target: 'response' | 'target' | 'follow-up';
        level: 'at-risk' | 'breached' | 'overdue';
        due_key: string;
        task_id: number | null;
        state: string;
        next_repage_at: string | null;
      }>,
    );
    const tasks = group(
      db.prepare(`SELECT case_id, id, due_at FROM tasks WHERE state = 'open'`).all() as Array<{
        case_id: number;
        id: number;
        due_at: string;
      }>,
    );
    const notices = group(
      db.prepare('SELECT case_id, key, sent_at FROM sent_notices').all() as Array<{
        case_id: number;
        key: string;
        sent_at: string;
      }>,
    );
    const licenses = group(
      db
        .prepare(
          `SELECT case_id, id, decided_at, created_at, expires_on FROM approvals
           WHERE state = 'approved' AND kind = 'temp-license' AND expires_on IS NOT NULL`,
        )
        .all() as Array<{
        case_id: number;
        id: number;
        decided_at: string | null;
        created_at: string;
        expires_on: string;
      }>,
    );
    const upsert = db.prepare(
      `INSERT INTO scheduled_jobs (kind, key, due_at, state, updated_at)
       SELECT 'case', 'case:' || (j.value ->> 0), j.value ->> 1, j.value ->> 2, ? FROM json_each(?) AS j WHERE true
       ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, state = excluded.state, attempts = 0,
         last_error = NULL, updated_at = excluded.updated_at`,
    );
    let chunk: Array<[number, string, string]> = [];
    const flush = () => {
      if (chunk.length > 0) upsert.run(nowIso, JSON.stringify(chunk));
      chunk = [];
    };
    const nowIso = now.toISOString();
    for (const raw of cases) {
      const c = caseOf(raw);
      // Most cases have no page, task, notice or license yet: they share the empty collections (100,000
      // cases at once: allocation and garbage collection were a third of the planning time).
      const casePages = pages.get(c.id);
      const caseTasks = tasks.get(c.id);
      const caseNotices = notices.get(c.id);
      const caseLicenses = licenses.get(c.id);
      const calendar = calendarOfCase(ctx.policy, c);
      const facts: CaseClockFacts = {
        caseId: c.id,
        state: c.state,
        sla: slaFactsOf(ctx.policy, c, calendar),
        pausedAt: c.pausedAt ? new Date(c.pausedAt) : null,
        calendar,
        timeZone: c.timeZone ?? ctx.policy.regions[(c.region ?? 'americas') as 'americas'].timeZone,
        pagesSent: casePages ? new Set(casePages.map((p) => pageKey(p.target, p.level, p.due_key))) : NO_KEYS,
        openPages: casePages
          ? casePages
              .filter((p) => p.state === 'open')
              .map((p) => ({
                id: p.id,
                target: p.target,
                level: p.level,
                dueKey: p.due_key,
                taskId: p.task_id,
                nextRepageAt: p.next_repage_at ? new Date(p.next_repage_at) : null,
              }))
          : NONE,
        openTasks: caseTasks ? caseTasks.map((t) => ({ id: t.id, dueAt: new Date(t.due_at) })) : NONE,
        noticesSent: caseNotices ? new Map(caseNotices.map((n) => [n.key, new Date(n.sent_at)])) : NO_NOTICES,
        licenses: caseLicenses
          ? caseLicenses.map((a) => ({
              approvalId: a.id,
              decidedAt: new Date(a.decided_at ?? a.created_at),
              expiresOn: a.expires_on,
            }))
          : NONE,
      };
      const plan = planCaseClock(facts, ctx.policy, now);
      const due = plan.actions.length > 0 ? '' : (plan.next?.toISOString() ?? null);
      chunk.push([c.id, due ?? '', due === null ? 'done' : 'pending']);
      if (chunk.length === CHUNK) flush();
    }
    flush();
    return cases.length;
  });
}
