/**
 * Pages of one case (DOMAIN.md §8, issue 22): at-risk and breached pages of its running targets, the
 * overdue page of an open task, repeats up the ladder, and the cancellation of pages no longer needed.
 * A due pages once: pages are known by target, level and `dueKey` (the clock start, or the task).
 */
import type { Policy } from '../policy/schema.ts';
import type { BusinessCalendar } from '../sla/business-calendar.ts';
import type { Pause, Processing } from '../sla/countable-time.ts';
import { thresholdInstants } from '../sla/thresholds.ts';
import type { ClockAction } from './clock-action.ts';

export interface SlaFacts {
  processed: Processing;
  calendar: BusinessCalendar;
  clockStart: Date;
  responseDue: Date | null;
  targetDue: Date | null;
  respondedAt: Date | null;
  targetMetAt: Date | null;
  /** Closed pauses (an ongoing one means the case is waiting and its clock stands still). */
  pauses: ReadonlyArray<Pause>;
}

export interface OpenPage {
  id: number;
  target: 'response' | 'target' | 'follow-up';
  level: 'at-risk' | 'breached' | 'overdue';
  dueKey: string;
  taskId: number | null;
  nextRepageAt: Date | null;
}

export interface PageFacts {
  state: string;
  /** `${target}|${level}|${dueKey}` of every page ever sent for the case. */
  pagesSent: ReadonlySet<string>;
  openPages: ReadonlyArray<OpenPage>;
  openTasks: ReadonlyArray<{ id: number; dueAt: Date }>;
}

export const pageKey = (target: string, level: string, dueKey: string) => `${target}|${level}|${dueKey}`;
export const taskDueKey = (taskId: number) => `task:${taskId}`;

const TARGETS = ['response', 'target'] as const;

export function planPages(
  facts: PageFacts,
  sla: SlaFacts | null,
  policy: Policy,
  now: Date,
): { actions: ClockAction[]; next: Date | null } {
  const actions: ClockAction[] = [];
  const cancels: ClockAction[] = [];
  // The earliest future instant (no closure: this runs for every case when 100,000 are planned at once).
  let next: Date | null = null;
  const running = facts.state === 'open' && sla !== null;
  const dueKey = sla ? sla.clockStart.toISOString() : '';
  // Keys paged by this plan; allocated only when a page is due (most plans of 100,000 cases page nothing).
  let sentNow: Set<string> | null = null;
  let responseAtRiskAhead = false;
  const anySent = facts.pagesSent.size > 0;

  if (running) {
    for (const target of TARGETS) {
      const due = target === 'response' ? sla.responseDue : sla.targetDue;
      const met = target === 'response' ? sla.respondedAt : sla.targetMetAt;
      if (!due || met) continue;
      // Countable time only grows, so with the same clock and pauses a later due has later thresholds:
      // while the response's at-risk instant is still ahead, nothing of a target due no sooner can be due
      // now or come first. Skipping it halves the planning of a fresh case (issue 22 bench).
      if (target === 'target' && responseAtRiskAhead && sla.responseDue && due.getTime() >= sla.responseDue.getTime()) {
        continue;
      }
      const [atRisk, breached] = thresholdInstants({
        processed: sla.processed,
        calendar: sla.calendar,
        start: sla.clockStart,
        due,
        pauses: sla.pauses,
        percents: percentsOf(policy),
      }) as [Date, Date];
      const breachNow =
        breached.getTime() <= now.getTime() && !(anySent && facts.pagesSent.has(pageKey(target, 'breached', dueKey)));
      // Two levels, unrolled: no pair arrays, and no key strings while nothing was ever sent (most cases).
      for (let i = 0; i < 2; i++) {
        const level = i === 0 ? 'at-risk' : 'breached';
        const at = i === 0 ? atRisk : breached;
        if (anySent && facts.pagesSent.has(pageKey(target, level, dueKey))) continue;
        if (at.getTime() <= now.getTime()) {
          const key = pageKey(target, level, dueKey);
          // Both fell due (a catch-up): the at-risk page is sent once and closed at once for the breach page.
          const superseded = level === 'at-risk' && breachNow;
          actions.push({ kind: 'page', target, level, dueKey, at, due, ...(superseded ? { superseded } : {}) });
          sentNow ??= new Set();
          sentNow.add(key);
        } else {
          next = earlier(next, at);
          if (target === 'response' && level === 'at-risk') responseAtRiskAhead = true;
        }
      }
    }
  }
  for (const task of facts.openTasks) {
    const key = pageKey('follow-up', 'overdue', taskDueKey(task.id));
    if (facts.pagesSent.has(key)) continue;
    if (task.dueAt.getTime() <= now.getTime())
      actions.push({ kind: 'task-page', taskId: task.id, at: task.dueAt, due: task.dueAt });
    else next = earlier(next, task.dueAt);
  }
  for (const page of facts.openPages) {
    const reason =
      page.taskId !== null
        ? facts.openTasks.some((t) => t.id === page.taskId)
          ? null
          : 'the task is done'
        : whyNotNeeded(facts, sla, dueKey, sentNow, page);
    if (reason) cancels.push({ kind: 'cancel-page', pageId: page.id, reason });
    else if (page.nextRepageAt && page.nextRepageAt.getTime() <= now.getTime()) {
      actions.push({ kind: 'step-page', pageId: page.id, at: page.nextRepageAt });
    } else if (page.nextRepageAt) next = earlier(next, page.nextRepageAt);
  }
  return { actions: cancels.length > 0 ? [...cancels, ...actions] : actions, next };
}

const percentsByPolicy = new WeakMap<Policy, readonly number[]>();

/** [at risk, breached] of the policy, built once per policy (it is asked for every case). */
function percentsOf(policy: Policy): readonly number[] {
  let percents = percentsByPolicy.get(policy);
  if (!percents) {
    percents = [policy.escalation.atRiskPercent, policy.escalation.breachedPercent];
    percentsByPolicy.set(policy, percents);
  }
  return percents;
}

function earlier(current: Date | null, at: Date): Date {
  return current && current.getTime() <= at.getTime() ? current : at;
}

/** Why an open SLA page is no longer needed, or null while it is. */
function whyNotNeeded(
  facts: PageFacts,
  sla: SlaFacts | null,
  dueKey: string,
  sentNow: ReadonlySet<string> | null,
  page: OpenPage,
): string | null {
  if (facts.state === 'waiting-on-customer') return 'the case is waiting on the customer (clock paused)';
  if (facts.state !== 'open') return `the case is ${facts.state}`;
  if (!sla || page.dueKey !== dueKey) return 'the clock restarted (severity change)';
  if (page.target === 'response' && sla.respondedAt) return 'the first response was given';
  if (page.target === 'target' && sla.targetMetAt) return 'the target was met';
  const breachKey = pageKey(page.target, 'breached', page.dueKey);
  if (page.level === 'at-risk' && (facts.pagesSent.has(breachKey) || sentNow?.has(breachKey))) {
    return 'superseded by the breach page';
  }
  return null;
}
