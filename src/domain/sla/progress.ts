/**
 * Escalation support (DOMAIN.md §8): a request is "at risk" at 75% of a target's time used and
 * "breached" at 100%; both page managers once. The thresholds come from `policy.escalation`.
 */
import type { Policy } from '../policy/schema.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import { clockFor, countableBetween, normalisePauses, type Pause, type Processing } from './countable-time.ts';

export interface SlaProgressInput {
  /** The severity's processing: 7x24 counts wall time, business-hours counts the calendar's business time. */
  processed: Processing;
  calendar: BusinessCalendar;
  /** The clock start the due was computed from. */
  start: Date;
  /** The due instant computeSla returned (responseDue or targetDue). */
  due: Date;
  /** The instant to evaluate. */
  at: Date;
  /** The same pauses the due was computed with; an ongoing pause is passed with `to` = `at`. */
  pauses?: ReadonlyArray<Pause>;
}

/**
 * Share (0 … 1, above 1 once overdue) of the target's countable time used at `at`: countable time
 * from start to `at` over countable time from start to due, pauses excluded from both.
 * A target with no countable time is fully used once `at` reaches the due.
 */
export function slaProgress(input: SlaProgressInput): number {
  const clock = clockFor(input.processed, input.calendar);
  const startMs = input.start.getTime();
  const atMs = input.at.getTime();
  const dueMs = input.due.getTime();
  const pauses = normalisePauses(startMs, input.pauses);
  const total = countableBetween(clock, startMs, dueMs, pauses);
  if (total <= 0) return atMs >= dueMs ? 1 : 0;
  return Math.max(0, countableBetween(clock, startMs, atMs, pauses)) / total;
}

export type EscalationLevel = 'on-track' | 'at-risk' | 'breached';

/**
 * | share used (percent)          | level    |
 * |-------------------------------|----------|
 * | < atRiskPercent (75)          | on-track |
 * | ≥ atRiskPercent, < breached   | at-risk  |
 * | ≥ breachedPercent (100)       | breached |
 */
export function escalationLevel(share: number, escalation: Policy['escalation']): EscalationLevel {
  const percent = share * 100;
  if (percent >= escalation.breachedPercent) return 'breached';
  if (percent >= escalation.atRiskPercent) return 'at-risk';
  return 'on-track';
}
