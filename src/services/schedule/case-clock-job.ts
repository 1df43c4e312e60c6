/**
 * The one timed job of a case (kind `case`, key `case:<id>`): plans everything timed about the case
 * (domain/clock/case-clock.ts), runs what is due, and returns when it is next due. A change to the case
 * re-plans it at once (the `cases_replan_*` triggers), so pauses, resolutions and severity changes
 * close pages that are no longer needed on the next tick, before any repeat could be sent.
 */
import { type ClockAction, earliest, planCaseClock } from '../../domain/clock/case-clock.ts';
import { taskDueKey } from '../../domain/clock/sla-pages.ts';
import { getCaseById } from '../../store/case-store.ts';
import type { Db } from '../../store/database.ts';
import { recordNotice } from '../../store/notice-store.ts';
import type { JobRow } from '../../store/schedule-store.ts';
import { upsertJob } from '../../store/schedule-store.ts';
import type { EngineContext, Outbound } from '../engine/types.ts';
import { loadCaseClockFacts } from './case-clock-facts.ts';
import { resolveForNoAnswer, sendLicenseReminder, sendWaitingReminder } from './customer-notices.ts';
import { cancelPage, sendNewPage, stepPage } from './page-sender.ts';
import type { JobHandler, JobRun } from './scheduler.ts';

export const CASE_JOB = 'case';
export const caseJobKey = (caseId: number) => `case:${caseId}`;

/** Asks for a re-plan of the case's timed work as soon as possible (what the triggers do for case rows). */
export async function requestCaseReplan(db: Db, caseId: number, nowIso: string): Promise<void> {
  await upsertJob(db, { kind: CASE_JOB, key: caseJobKey(caseId), dueAt: '', payload: { caseId } }, nowIso);
}

/**
 * One plan, its actions, and the next due from the plan and what the actions scheduled (a page's next
 * repeat, the resolution a reminder announced). An action that changes the case itself (a resolution for
 * want of an answer) makes the job plan once more, from the changed case.
 */
const MAX_PASSES = 3;

export function caseClockHandler(ctx: EngineContext): JobHandler {
  return async (job: JobRow, run: JobRun) => {
    const caseId = Number(job.payload['caseId'] ?? job.key.slice('case:'.length));
    const outbound: Outbound[] = [];
    const warnings: string[] = [];
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const caseRow = await getCaseById(ctx.db, caseId);
      if (!caseRow) return { next: null, outbound, warnings: [`case id ${caseId} is gone`] };
      const plan = planCaseClock(await loadCaseClockFacts(ctx.db, ctx.policy, caseRow), ctx.policy, run.now);
      let next = plan.next;
      let caseChanged = false;
      for (const action of plan.actions) {
        const done = await perform(ctx, caseRow, action, run);
        outbound.push(...done.outbound);
        warnings.push(...done.warnings);
        if (done.next) next = earliest(next, done.next);
        caseChanged ||= done.caseChanged === true;
      }
      if (!caseChanged) return { next, outbound, warnings };
    }
    return { next: run.now, outbound, warnings };
  };
}

interface Performed {
  outbound: Outbound[];
  warnings: string[];
  next?: Date | null;
  caseChanged?: boolean;
}

async function perform(
  ctx: EngineContext,
  caseRow: NonNullable<Awaited<ReturnType<typeof getCaseById>>>,
  action: ClockAction,
  run: JobRun,
): Promise<Performed> {
  const none: Performed = { outbound: [], warnings: [] };
  switch (action.kind) {
    case 'page':
      return await sendNewPage(ctx, caseRow, action, run);
    case 'task-page':
      return await sendNewPage(
        ctx,
        caseRow,
        {
          target: 'follow-up',
          level: 'overdue',
          dueKey: taskDueKey(action.taskId),
          at: action.at,
          due: action.due,
          taskId: action.taskId,
        },
        run,
      );
    case 'step-page':
      return await stepPage(ctx, caseRow, action.pageId, run);
    case 'cancel-page':
      await cancelPage(ctx, caseRow, action.pageId, action.reason, run.now);
      return none;
    case 'waiting-reminder':
      return {
        ...none,
        outbound: await sendWaitingReminder(ctx, caseRow, action.key, action.resolveAt, run.now),
        next: action.resolveAt,
      };
    case 'waiting-resolve':
      return { ...none, outbound: await resolveForNoAnswer(ctx, caseRow, action.key, run.now), caseChanged: true };
    case 'license-reminder':
      return { ...none, outbound: await sendLicenseReminder(ctx, caseRow, action, run.now) };
    case 'settle-notice':
      await recordNotice(ctx.db, caseRow.id, action.key, run.now.toISOString());
      return none;
  }
}
