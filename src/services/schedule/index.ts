/** The clock (issue 22): the durable scheduler and the timed work it runs. */
import type { EngineContext } from '../engine/types.ts';
import { CASE_JOB, caseClockHandler } from './case-clock-job.ts';
import { Scheduler, type SchedulerOptions } from './scheduler.ts';

export { type AcknowledgeResult, acknowledgeCasePages, acknowledgePage } from './acknowledge-page.ts';
export { CASE_JOB, caseJobKey, requestCaseReplan } from './case-clock-job.ts';
export { pageReference, parsePageReference } from './page-sender.ts';
export { type JobHandler, type JobRun, Scheduler, type SchedulerLogger, type TickResult } from './scheduler.ts';
export { completeTask, createLicenseFollowUp, parseTaskReference, taskReference } from './tasks.ts';

/** The scheduler with every kind of timed work the bot has. */
export function createClockScheduler(
  ctx: EngineContext,
  options: Omit<SchedulerOptions, 'db' | 'handlers'> = {},
): Scheduler {
  return new Scheduler({ ...options, db: ctx.db, handlers: { [CASE_JOB]: caseClockHandler(ctx) } });
}
