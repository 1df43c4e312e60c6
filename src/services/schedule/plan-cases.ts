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

const group = <T extends { case_id: number }>(rows: T[]): Bulk<T> => {
  const map: Bulk<T> = new Map();
  for (const row of rows) {
    const list = map.get(row.case_id);
    if (list) list.push(row);
    else map.set(row.case_id, [row]);
  }
  return map;
};

const CASE_COLUMNS = `id, number, state, severity, tier, region, time_zone AS timeZone, holiday_country AS holidayCountry,
  clock_started_at AS clockStartedAt, response_due AS responseDue, target_due AS targetDue,
  responded_at AS respondedAt, target_met_at AS targetMetAt, paused_at AS pausedAt, pauses, owner_staff_id AS ownerStaffId`;

/** Plans every case with timed work left (open or waiting, or with open tasks or issued licenses); returns how many. */
export function planAllCases(ctx: EngineContext, now: Date): number {
  const db = ctx.db.$client;
  return inTransaction(ctx.db, () => {
    // A scan (`+state`: not the state index) reads 100,000 open cases faster than 100,000 index lookups.
    const cases = db
      .prepare(
        `SELECT ${CASE_COLUMNS} FROM cases WHERE +state IN ('open', 'waiting-on-customer')
         OR id IN (SELECT case_id FROM tasks WHERE state = 'open')
         OR id IN (SELECT case_id FROM approvals WHERE state = 'approved' AND expires_on IS NOT NULL)`,
      )
      .all() as Array<Omit<CaseRow, 'pauses'> & { pauses: string }>;
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
       VALUES ('case', ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, state = excluded.state, attempts = 0,
         last_error = NULL, updated_at = excluded.updated_at`,
    );
    const nowIso = now.toISOString();
    const none: never[] = [];
    for (const raw of cases) {
      const c = raw as unknown as CaseRow;
      c.pauses = raw.pauses === '[]' ? [] : JSON.parse(raw.pauses);
      const casePages = pages.get(c.id) ?? none;
      const facts: CaseClockFacts = {
        caseId: c.id,
        state: c.state,
        sla: slaFactsOf(ctx.policy, c),
        pausedAt: c.pausedAt ? new Date(c.pausedAt) : null,
        calendar: calendarOfCase(ctx.policy, c),
        timeZone: c.timeZone ?? ctx.policy.regions[(c.region ?? 'americas') as 'americas'].timeZone,
        pagesSent: new Set(casePages.map((p) => pageKey(p.target, p.level, p.due_key))),
        openPages: casePages
          .filter((p) => p.state === 'open')
          .map((p) => ({
            id: p.id,
            target: p.target,
            level: p.level,
            dueKey: p.due_key,
            taskId: p.task_id,
            nextRepageAt: p.next_repage_at ? new Date(p.next_repage_at) : null,
          })),
        openTasks: (tasks.get(c.id) ?? none).map((t) => ({ id: t.id, dueAt: new Date(t.due_at) })),
        noticesSent: new Map((notices.get(c.id) ?? none).map((n) => [n.key, new Date(n.sent_at)])),
        licenses: (licenses.get(c.id) ?? none).map((a) => ({
          approvalId: a.id,
          decidedAt: new Date(a.decided_at ?? a.created_at),
          expiresOn: a.expires_on,
        })),
      };
      const plan = planCaseClock(facts, ctx.policy, now);
      const due = plan.actions.length > 0 ? '' : (plan.next?.toISOString() ?? null);
      upsert.run(`case:${c.id}`, due ?? '', due === null ? 'done' : 'pending', nowIso);
    }
    return cases.length;
  });
}
