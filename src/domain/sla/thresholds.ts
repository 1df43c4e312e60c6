/**
 * When a target crosses each escalation threshold (DOMAIN.md §8: at risk at 75% of its countable time,
 * breached at 100%). The instant is computed, not polled for: the scheduler wakes exactly then.
 * Countable time is the target's own (wall time for 7x24, business time otherwise) minus closed pauses,
 * the same measure `slaProgress` uses, so `slaProgress(at = threshold)` is the threshold's share.
 */
import type { BusinessCalendar } from './business-calendar.ts';
import {
  clockFor,
  countableBetween,
  dueAfter,
  normalisePauses,
  type Pause,
  type Processing,
} from './countable-time.ts';

export interface ThresholdInput {
  processed: Processing;
  calendar: BusinessCalendar;
  /** The clock start the due was computed from. */
  start: Date;
  /** The stored due of the target (responseDue or targetDue). */
  due: Date;
  pauses?: ReadonlyArray<Pause>;
  /** Shares of the target in percent, e.g. [75, 100]. */
  percents: ReadonlyArray<number>;
}

/** One instant per percent, in the same order: the first instant at which that share is used. */
export function thresholdInstants(input: ThresholdInput): Date[] {
  const clock = clockFor(input.processed, input.calendar);
  const startMs = input.start.getTime();
  const dueMs = input.due.getTime();
  const pauses = normalisePauses(startMs, input.pauses);
  const total = countableBetween(clock, startMs, dueMs, pauses);
  return input.percents.map((percent) => {
    // 100% is the stored due itself (no rounding drift from the recount); a target with no countable time is due at once.
    if (percent === 100 || total <= 0) return new Date(dueMs);
    // Whole milliseconds, rounded up, so the share at the instant is never below the threshold.
    return new Date(Math.ceil(dueAfter(clock, startMs, (total * percent) / 100, pauses)));
  });
}
