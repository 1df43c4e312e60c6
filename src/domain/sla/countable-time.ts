/**
 * Countable time of a target: wall-clock for 7x24 severities, business time for business-hours
 * severities (DOMAIN.md §2 "processed", §8), minus the pauses while the case waits on the customer.
 */
import { type BusinessCalendar, RegionCalendar } from './business-calendar.ts';

export type Processing = '7x24' | 'business-hours';

export interface Pause {
  from: Date;
  to: Date;
}

/** Epoch-ms operations; the hot path never allocates a Date. */
export interface TargetClock {
  /** The instant when `ms` of countable time have elapsed from `startMs` (pauses ignored). */
  add(startMs: number, ms: number): number;
  /** Countable ms inside [fromMs, toMs). */
  between(fromMs: number, toMs: number): number;
}

const MINUTE_MS = 60_000;

const wallClock: TargetClock = {
  add: (startMs, ms) => startMs + ms,
  between: (fromMs, toMs) => (toMs > fromMs ? toMs - fromMs : 0),
};

/** One business clock per calendar: the clock's planner asks for it for every case (issue 22 bench). */
const businessClocks = new WeakMap<BusinessCalendar, TargetClock>();

export function clockFor(processed: Processing, calendar: BusinessCalendar): TargetClock {
  if (processed === '7x24') return wallClock;
  const known = businessClocks.get(calendar);
  if (known) return known;
  const clock = businessClockOf(calendar);
  businessClocks.set(calendar, clock);
  return clock;
}

function businessClockOf(calendar: BusinessCalendar): TargetClock {
  if (calendar instanceof RegionCalendar) {
    return {
      add: (startMs, ms) => calendar.addBusinessMs(startMs, ms),
      between: (fromMs, toMs) => calendar.businessMsBetween(fromMs, toMs),
    };
  }
  // Any other BusinessCalendar (a test double, another implementation) through its public interface.
  return {
    add: (startMs, ms) => calendar.addBusinessMinutes(new Date(startMs), ms / MINUTE_MS).getTime(),
    between: (fromMs, toMs) => calendar.businessMinutesBetween(new Date(fromMs), new Date(toMs)) * MINUTE_MS,
  };
}

/** Pause intervals in epoch ms, sorted, merged where they overlap or touch. */
export type PauseSpans = ReadonlyArray<readonly [from: number, to: number]>;

/**
 * Clips pauses to the clock start (time before the clock started was never counted), drops empty
 * ones and merges overlapping ones so that no paused time is skipped twice.
 */
export function normalisePauses(startMs: number, pauses: ReadonlyArray<Pause> | undefined): PauseSpans {
  if (!pauses || pauses.length === 0) return [];
  const spans: Array<[number, number]> = [];
  for (const pause of pauses) {
    const from = Math.max(pause.from.getTime(), startMs);
    const to = pause.to.getTime();
    if (to > from) spans.push([from, to]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/**
 * The due instant: `amountMs` of countable time after `startMs`, pushed out by the countable time
 * inside each pause that begins before the (moving) due. Each step keeps the invariant
 * "countable(start, due) − countable(pauses before due) = amount", so more pause never moves a due earlier.
 */
export function dueAfter(clock: TargetClock, startMs: number, amountMs: number, pauses: PauseSpans): number {
  let due = clock.add(startMs, amountMs);
  for (const [from, to] of pauses) {
    if (from >= due) break;
    const skipped = clock.between(from, to);
    if (skipped > 0) due = clock.add(due, skipped);
  }
  return due;
}

/** Countable time from `startMs` to `atMs`, without the time inside pauses. */
export function countableBetween(clock: TargetClock, startMs: number, atMs: number, pauses: PauseSpans): number {
  let total = clock.between(startMs, atMs);
  for (const [from, to] of pauses) {
    if (from >= atMs) break;
    total -= clock.between(from, Math.min(to, atMs));
  }
  return total;
}
