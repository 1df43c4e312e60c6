/**
 * UTC offsets of a time zone over a span, from Luxon's zone data (no hand-written offsets).
 * Why: Luxon's `zone.offset()` goes through Intl and costs ~30 µs, too slow to call for every
 * instant of a 512-day table. Offsets change only at transitions (DST, law changes), so we sample
 * weekly, bisect each change to the millisecond, and answer further questions arithmetically.
 * Assumes no zone changes its offset twice within a week (true of the tz database since 1970
 * for the zones we use; a missed pair would only shift a table by one week-long blip).
 */
import type { IANAZone } from 'luxon';

const WEEK_MS = 7 * 86_400_000;

export type OffsetAt = (epochMs: number) => number;

export function offsetTimeline(zone: IANAZone, fromMs: number, toMs: number): OffsetAt {
  const starts: number[] = [];
  const offsets: number[] = [];
  let previousMs = fromMs;
  let previous = zone.offset(fromMs);
  offsets.push(previous);
  starts.push(Number.NEGATIVE_INFINITY);
  for (let sampleMs = fromMs + WEEK_MS; previousMs < toMs; sampleMs += WEEK_MS) {
    const sample = zone.offset(sampleMs);
    if (sample !== previous) {
      starts.push(firstInstantWith(zone, previousMs, sampleMs));
      offsets.push(sample);
      previous = sample;
    }
    previousMs = sampleMs;
  }
  if (starts.length === 1) return () => previous;
  return (epochMs) => {
    let i = starts.length - 1;
    while (epochMs < (starts[i] as number)) i--;
    return offsets[i] as number;
  };
}

/** The first millisecond in (beforeMs, afterMs] whose offset is that of afterMs. */
function firstInstantWith(zone: IANAZone, beforeMs: number, afterMs: number): number {
  const target = zone.offset(afterMs);
  let lo = beforeMs;
  let hi = afterMs;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zone.offset(mid) === target) hi = mid;
    else lo = mid;
  }
  return hi;
}
