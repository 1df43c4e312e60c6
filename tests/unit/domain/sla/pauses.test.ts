import { describe, expect, it } from 'vitest';
import type { SeverityId, TierId } from '../../../../src/domain/ids.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { calendarFor, computeSla, normalisePauses, type Pause } from '../../../../src/domain/sla/index.ts';

const americas = calendarFor(DEFAULT_POLICY, 'americas');
const pause = (from: string, to: string): Pause => ({ from: new Date(from), to: new Date(to) });

function dues(tier: TierId, severity: SeverityId, start: string, pauses: Pause[] = []) {
  const outcome = computeSla({
    policy: DEFAULT_POLICY,
    tier,
    severity,
    system: 'production',
    clockStart: new Date(start),
    calendar: americas,
    pauses,
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return { response: outcome.responseDue.toISOString(), target: outcome.targetDue.toISOString() };
}

// Wednesday 14 Oct 2026 10:00 EDT.
const WED_10 = '2026-10-14T14:00:00Z';

describe('pauses while waiting on the customer (DOMAIN.md §8)', () => {
  it('DOMAIN.md §8: a one-hour pause inside business hours pushes a business-hours due out by one hour', () => {
    expect(dues('premium-care', 'high', WED_10).response).toBe('2026-10-14T16:00:00.000Z');
    expect(dues('premium-care', 'high', WED_10, [pause('2026-10-14T14:30:00Z', '2026-10-14T15:30:00Z')]).response).toBe(
      '2026-10-14T17:00:00.000Z',
    );
  });

  it('DOMAIN.md §8: only the business time inside an overnight pause is skipped (17:00 → 09:00 skips 2 h)', () => {
    // Business Care Low, 1 business day from Wednesday 10:00 → Thursday 10:00; with the pause → Thursday 12:00.
    const overnight = pause('2026-10-14T21:00:00Z', '2026-10-15T13:00:00Z');
    expect(dues('business-care', 'low', WED_10, [overnight]).response).toBe('2026-10-15T16:00:00.000Z');
  });

  it('DOMAIN.md §8: a pause over a weekend changes nothing for business-hours targets', () => {
    const weekend = pause('2026-10-17T04:00:00Z', '2026-10-19T04:00:00Z');
    expect(dues('business-care', 'medium', WED_10, [weekend])).toEqual(dues('business-care', 'medium', WED_10));
  });

  it('DOMAIN.md §8: 7x24 targets skip the wall time of the pause', () => {
    const twoHours = pause('2026-10-14T16:00:00Z', '2026-10-14T18:00:00Z');
    expect(dues('premium-care', 'critical', WED_10, [twoHours]).target).toBe('2026-10-15T16:00:00.000Z');
    const tenMinutes = pause('2026-10-14T14:10:00Z', '2026-10-14T14:20:00Z');
    expect(dues('premium-care', 'critical', WED_10, [tenMinutes]).response).toBe('2026-10-14T14:40:00.000Z');
  });

  it('DOMAIN.md §8: overlapping and duplicate pauses are merged, so paused time is skipped once', () => {
    const a = pause('2026-10-14T15:00:00Z', '2026-10-14T17:00:00Z');
    const b = pause('2026-10-14T16:00:00Z', '2026-10-14T18:00:00Z');
    // 15:00–18:00 UTC = 3 h of pause, not 4.
    expect(dues('premium-care', 'critical', WED_10, [a, b, b]).target).toBe('2026-10-15T17:00:00.000Z');
  });

  it('DOMAIN.md §8: a pause that began before the clock start only counts from the start', () => {
    const early = pause('2026-10-14T12:00:00Z', '2026-10-14T15:00:00Z');
    expect(dues('premium-care', 'critical', WED_10, [early]).target).toBe('2026-10-15T15:00:00.000Z');
  });

  it('DOMAIN.md §8: a pause after the due, or one that ends before the start, changes nothing', () => {
    const later = pause('2026-10-20T14:00:00Z', '2026-10-21T14:00:00Z');
    const before = pause('2026-10-13T14:00:00Z', '2026-10-13T15:00:00Z');
    expect(dues('premium-care', 'high', WED_10, [later, before]).response).toBe('2026-10-14T16:00:00.000Z');
  });

  it('DOMAIN.md §8: a pause that begins exactly at the due, or just after it, changes nothing', () => {
    // Premium High is due 12:00 EDT (16:00Z); a reply requested at 12:00 or 12:30 comes after the response was due.
    const atDue = pause('2026-10-14T16:00:00Z', '2026-10-14T18:00:00Z');
    const justAfter = pause('2026-10-14T16:30:00Z', '2026-10-14T18:00:00Z');
    expect(dues('premium-care', 'high', WED_10, [atDue]).response).toBe('2026-10-14T16:00:00.000Z');
    expect(dues('premium-care', 'high', WED_10, [justAfter]).response).toBe('2026-10-14T16:00:00.000Z');
  });

  it('DOMAIN.md §8: a pause that straddles the due pushes it past the pause (remaining time resumes at the reply)', () => {
    // Premium High 2 business hours from 10:00: paused 11:00–15:00 EDT, so 1 h remains from 15:00 → 16:00 EDT.
    const straddling = pause('2026-10-14T15:00:00Z', '2026-10-14T19:00:00Z');
    expect(dues('premium-care', 'high', WED_10, [straddling]).response).toBe('2026-10-14T20:00:00.000Z');
  });

  it('normalisePauses clips to the start, drops empty or inverted pauses and merges touching ones', () => {
    const start = Date.parse(WED_10);
    const spans = normalisePauses(start, [
      pause('2026-10-14T18:00:00Z', '2026-10-14T19:00:00Z'),
      pause('2026-10-14T13:00:00Z', '2026-10-14T15:00:00Z'),
      pause('2026-10-14T15:00:00Z', '2026-10-14T16:00:00Z'),
      pause('2026-10-14T17:00:00Z', '2026-10-14T16:30:00Z'),
    ]);
    expect(spans).toEqual([
      [start, Date.parse('2026-10-14T16:00:00Z')],
      [Date.parse('2026-10-14T18:00:00Z'), Date.parse('2026-10-14T19:00:00Z')],
    ]);
  });
});

describe('severity change (decision, docs/sla.md; seed 001 §2.1: the vendor has the final say)', () => {
  it('seed 001 §2.1: a case raised from Medium to High gets High targets from the moment of the change', () => {
    // Opened Wednesday 10:00 as Medium; raised to High on Thursday 09:00 EDT: the core passes Thursday 09:00 as clockStart.
    const raised = dues('premium-care', 'high', '2026-10-15T13:00:00Z');
    expect(raised.response).toBe('2026-10-15T15:00:00.000Z');
    expect(raised.target).toBe('2026-10-19T13:00:00.000Z');
  });
});
