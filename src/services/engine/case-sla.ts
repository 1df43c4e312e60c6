/**
 * SLA dues stored on a case, from the SLA engine. Recomputed when the severity changes (the clock
 * restarts at the change, docs/sla.md) and when a pause ends (DOMAIN.md §8).
 */
import type { RegionId, SeverityId, SystemId, TierId } from '../../domain/ids.ts';
import type { Policy } from '../../domain/policy/schema.ts';
import { readableInstant } from '../../domain/readable-time.ts';
import { type BusinessCalendar, calendarFor, computeSla, type SlaOutcome } from '../../domain/sla/index.ts';
import type { CaseRow, NewCase } from '../../store/case-store.ts';

/**
 * Per policy, the calendars already looked up (the clock asks for every case): by region for a case
 * without its own zone or holiday country (nearly all: no key to build), else by (region, zone, country).
 */
const calendarsByPolicy = new WeakMap<
  Policy,
  { byRegion: Map<string, BusinessCalendar>; byKey: Map<string, BusinessCalendar> }
>();

export function calendarOfCase(
  policy: Policy,
  c: Pick<CaseRow, 'region' | 'timeZone' | 'holidayCountry'>,
): BusinessCalendar {
  let known = calendarsByPolicy.get(policy);
  if (!known) {
    known = { byRegion: new Map(), byKey: new Map() };
    calendarsByPolicy.set(policy, known);
  }
  const region = c.region ?? 'americas';
  if (!c.timeZone && !c.holidayCountry) {
    let calendar = known.byRegion.get(region);
    if (!calendar) {
      calendar = calendarFor(policy, region as RegionId);
      known.byRegion.set(region, calendar);
    }
    return calendar;
  }
  const key = `${region}\u0000${c.timeZone ?? ''}\u0000${c.holidayCountry ?? ''}`;
  let calendar = known.byKey.get(key);
  if (!calendar) {
    calendar = calendarFor(policy, region as RegionId, {
      ...(c.timeZone ? { timeZone: c.timeZone } : {}),
      ...(c.holidayCountry ? { holidayCountry: c.holidayCountry } : {}),
    });
    known.byKey.set(key, calendar);
  }
  return calendar;
}

export function slaFor(policy: Policy, c: CaseRow, severity: SeverityId, clockStart: Date): SlaOutcome {
  return computeSla({
    policy,
    tier: c.tier as TierId,
    severity,
    system: (c.system ?? 'production') as SystemId,
    clockStart,
    calendar: calendarOfCase(policy, c),
    pauses: c.pauses.map((p) => ({ from: new Date(p.from), to: new Date(p.to) })),
  });
}

/** The case columns that hold the dues, ready for updateCase. */
export function dueColumns(outcome: Extract<SlaOutcome, { ok: true }>, clockStart: Date): Partial<NewCase> {
  return {
    clockStartedAt: clockStart.toISOString(),
    responseDue: outcome.responseDue.toISOString(),
    targetDue: outcome.targetDue.toISOString(),
    targetKind: outcome.targetKind,
    commitmentPercent: outcome.commitmentPercent,
    mustCallIn: outcome.mustCallIn,
  };
}

/** A due for the customer: the instant on the case's regional clock, readable ("Mon 7 Dec, 12:00 CET"; issue 21). */
export function describeDue(iso: string | null, timeZone: string, now?: Date): string {
  if (!iso) return 'not yet running';
  return readableInstant(iso, timeZone, now);
}
