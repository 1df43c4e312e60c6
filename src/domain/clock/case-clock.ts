/**
 * Everything timed about one case, as one plan (issue 22): which pages, repeats, reminders and
 * resolutions are due now, which open pages are no longer needed, and the next instant anything falls
 * due. Pure: the scheduler loads the facts, runs the actions in one transaction and sleeps until `next`.
 *
 * | duty                         | when                                                | until                          | source            |
 * |------------------------------|-----------------------------------------------------|--------------------------------|-------------------|
 * | SLA page, at risk / breached | the target's share reaches 75% / 100% (case open)   | target met, pause, resolution, | DOMAIN.md §8      |
 * |                              |                                                     | severity change (new clock)    |                   |
 * | repeat / climb a page        | policy.escalation.ladder, while unacknowledged      | acknowledged or cancelled      | issue 22          |
 * | overdue task page            | the task's due, while the task is open              | task done                      | seed 000 §critical|
 * | waiting reminder, resolution | N, M business days after the case began waiting     | the customer answers           | seed 001 §3.3     |
 * | temporary license reminders  | d days before expiry, at the policy's time of day   | once each                      | seed 000          |
 */
import type { Policy } from '../policy/schema.ts';
import type { ClockAction } from './clock-action.ts';
import { type CustomerFacts, planCustomerDuties } from './customer-duties.ts';
import { type PageFacts, planPages, type SlaFacts } from './sla-pages.ts';

export type { ClockAction } from './clock-action.ts';

export interface CaseClockFacts extends PageFacts, CustomerFacts {
  /** Present when the case has a severity and a started clock. */
  sla: SlaFacts | null;
}

export interface CaseClockPlan {
  /** Due now, in the order to run them (cancellations first). */
  actions: ClockAction[];
  /** The next instant anything falls due; null when nothing timed is left. */
  next: Date | null;
}

export function planCaseClock(facts: CaseClockFacts, policy: Policy, now: Date): CaseClockPlan {
  const pages = planPages(facts, facts.sla, policy, now);
  const customer = planCustomerDuties(facts, policy, now);
  return {
    actions: customer.actions.length === 0 ? pages.actions : [...pages.actions, ...customer.actions],
    next: earliest(pages.next, customer.next),
  };
}

export function earliest(...instants: Array<Date | null>): Date | null {
  let best: Date | null = null;
  for (const at of instants) if (at && (!best || at.getTime() < best.getTime())) best = at;
  return best;
}
