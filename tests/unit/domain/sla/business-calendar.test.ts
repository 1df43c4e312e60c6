import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { RegionId, SeverityId, TierId } from '../../../../src/domain/ids.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import type { Policy } from '../../../../src/domain/policy/schema.ts';
import { calendarFor, computeSla } from '../../../../src/domain/sla/index.ts';

function dues(region: RegionId, tier: TierId, severity: SeverityId, start: string, policy: Policy = DEFAULT_POLICY) {
  const outcome = computeSla({
    policy,
    tier,
    severity,
    system: 'production',
    clockStart: new Date(start),
    calendar: calendarFor(policy, region),
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return { response: outcome.responseDue.toISOString(), target: outcome.targetDue.toISOString() };
}

const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toJSDate();

describe('business hours: weekends and starts outside hours (DOMAIN.md §8)', () => {
  it('DOMAIN.md §8: 4 business hours from Friday 16:00 run over the weekend to Monday 10:00', () => {
    expect(dues('americas', 'business-care', 'high', '2026-10-16T20:00:00Z').response).toBe('2026-10-19T14:00:00.000Z');
  });

  it('DOMAIN.md §8: a due that falls exactly at closing time stays at 18:00 that day', () => {
    // Premium High, 2 business hours from Friday 16:00 EDT → Friday 18:00 EDT.
    expect(dues('americas', 'premium-care', 'high', '2026-10-16T20:00:00Z').response).toBe('2026-10-16T22:00:00.000Z');
  });

  it('DOMAIN.md §8: a clock started on Saturday starts at Monday 08:00', () => {
    expect(dues('americas', 'premium-care', 'high', '2026-10-17T16:00:00Z').response).toBe('2026-10-19T14:00:00.000Z');
  });

  it('DOMAIN.md §8: a clock started before opening starts at 08:00 the same day', () => {
    // Tuesday 06:00 EDT → 08:00 + 2 business hours = 10:00 EDT.
    expect(dues('americas', 'premium-care', 'high', '2026-10-13T10:00:00Z').response).toBe('2026-10-13T14:00:00.000Z');
  });

  it('DOMAIN.md §8: a clock started at 18:00 sharp starts at 08:00 the next business day', () => {
    expect(dues('americas', 'premium-care', 'high', '2026-10-13T22:00:00Z').response).toBe('2026-10-14T14:00:00.000Z');
  });

  it('DOMAIN.md §8: a clock started after hours on a business day counts N business days from the next opening', () => {
    // Tuesday 20:00 EDT → Wednesday 08:00; 1 business day = 10 h → Wednesday 18:00.
    expect(dues('americas', 'business-care', 'low', '2026-10-14T00:00:00Z').response).toBe('2026-10-14T22:00:00.000Z');
  });

  it('DOMAIN.md §8: 7x24 targets ignore business hours (Critical opened on a Saturday night)', () => {
    const { response, target } = dues('americas', 'premium-care', 'critical', '2026-10-18T03:00:00Z');
    expect(response).toBe('2026-10-18T03:30:00.000Z');
    expect(target).toBe('2026-10-19T03:00:00.000Z');
  });
});

describe('business hours: public holidays of the region (DOMAIN.md §8, date-holidays "public" only)', () => {
  const americas = calendarFor(DEFAULT_POLICY, 'americas');

  it('DOMAIN.md §8: US Thanksgiving (2026-11-26) is closed; the day after (an observance) is open', () => {
    expect(americas.isOpen(new Date('2026-11-26T15:00:00Z'))).toBe(false);
    expect(americas.isOpen(new Date('2026-11-27T15:00:00Z'))).toBe(true);
    // Wednesday 16:00 EST + 4 business hours: 2 h Wednesday, Thursday closed, 2 h Friday → Friday 10:00 EST.
    expect(dues('americas', 'business-care', 'high', '2026-11-25T21:00:00Z').response).toBe('2026-11-27T15:00:00.000Z');
  });

  it('DOMAIN.md §8: UK Christmas, Boxing Day and its substitute Monday 2026-12-28 are closed', () => {
    // Thursday 24 Dec 17:00 GMT + 4 business hours: 1 h Thursday, then Tuesday 29 Dec 08:00 + 3 h.
    expect(dues('emea', 'business-care', 'high', '2026-12-24T17:00:00Z').response).toBe('2026-12-29T11:00:00.000Z');
  });

  it('DOMAIN.md §8: Japan Golden Week 2026 (4–6 May) is closed', () => {
    // Friday 1 May 17:00 JST + 2 business hours: 1 h Friday, weekend, 4–6 May holidays → Thursday 7 May 09:00 JST.
    expect(dues('japan', 'premium-care', 'high', '2026-05-01T08:00:00Z').response).toBe('2026-05-07T00:00:00.000Z');
  });

  it('DOMAIN.md §8: Singapore Chinese New Year (17–18 Feb 2026) and Deepavali observed (9 Nov 2026) are closed', () => {
    // Monday 16 Feb 17:00 SGT + 4 business hours: 1 h Monday, then Thursday 19 Feb 08:00 + 3 h = 11:00 SGT.
    expect(dues('apac', 'business-care', 'high', '2026-02-16T09:00:00Z').response).toBe('2026-02-19T03:00:00.000Z');
    expect(calendarFor(DEFAULT_POLICY, 'apac').isOpen(local('2026-11-09T10:00', 'Asia/Singapore'))).toBe(false);
  });

  it('DOMAIN.md §8: extra closure days from policy close the office too', () => {
    const policy: Policy = {
      ...DEFAULT_POLICY,
      regions: { ...DEFAULT_POLICY.regions, emea: { ...DEFAULT_POLICY.regions.emea, extraClosures: ['2026-12-24'] } },
    };
    // Wednesday 23 Dec 17:00 + 4 business hours: 1 h Wednesday, 24 closed, then 25, 26, 28 → Tuesday 29 Dec 11:00.
    expect(dues('emea', 'business-care', 'high', '2026-12-23T17:00:00Z', policy).response).toBe(
      '2026-12-29T11:00:00.000Z',
    );
    expect(calendarFor(policy, 'emea').isOpen(new Date('2026-12-24T10:00:00Z'))).toBe(false);
    expect(calendarFor(DEFAULT_POLICY, 'emea').isOpen(new Date('2026-12-24T10:00:00Z'))).toBe(true);
  });
});

describe('business hours across DST changes (DOMAIN.md §8, Luxon zone data)', () => {
  it('DOMAIN.md §8: New York spring forward (8 Mar 2026): Friday 17:00 EST + 4 h → Monday 11:00 EDT', () => {
    expect(dues('americas', 'business-care', 'high', '2026-03-06T22:00:00Z').response).toBe('2026-03-09T15:00:00.000Z');
  });

  it('DOMAIN.md §8: New York fall back (1 Nov 2026): Friday 17:00 EDT + 4 h → Monday 11:00 EST', () => {
    expect(dues('americas', 'business-care', 'high', '2026-10-30T21:00:00Z').response).toBe('2026-11-02T16:00:00.000Z');
  });

  it('DOMAIN.md §8: London spring forward (29 Mar 2026): Friday 17:00 GMT + 4 h → Monday 11:00 BST', () => {
    expect(dues('emea', 'business-care', 'high', '2026-03-27T17:00:00Z').response).toBe('2026-03-30T10:00:00.000Z');
  });

  it('DOMAIN.md §8: London fall back (25 Oct 2026): Friday 17:00 BST + 4 h → Monday 11:00 GMT', () => {
    expect(dues('emea', 'business-care', 'high', '2026-10-23T16:00:00Z').response).toBe('2026-10-26T11:00:00.000Z');
  });

  it('DOMAIN.md §8: a 7x24 target across spring forward is 24 elapsed hours (local clock shows 25 h later)', () => {
    // Saturday 7 Mar 12:00 EST → Sunday 8 Mar 13:00 EDT.
    expect(dues('americas', 'premium-care', 'critical', '2026-03-07T17:00:00Z').target).toBe(
      '2026-03-08T17:00:00.000Z',
    );
  });

  it.each([
    ['americas', 'America/New_York', [12, 13]],
    ['emea', 'Europe/London', [7, 8]],
    ['apac', 'Asia/Singapore', [0]],
    ['japan', 'Asia/Tokyo', [23]],
  ] as const)(
    'DOMAIN.md §8: %s opens at 08:00 %s all year (UTC opening hours %j: DST only where the zone has it)',
    (region, zone, utcHours) => {
      const calendar = calendarFor(DEFAULT_POLICY, region);
      expect(calendar.timeZone).toBe(zone);
      const seen = new Set<number>();
      for (let day = DateTime.fromISO('2026-01-01', { zone }); day.year === 2026; day = day.plus({ days: 1 })) {
        const opening = calendar.nextOpening(day.toJSDate());
        expect(DateTime.fromJSDate(opening, { zone }).toFormat('HH:mm')).toBe('08:00');
        seen.add(opening.getUTCHours());
      }
      expect([...seen].sort((a, b) => a - b)).toEqual([...utcHours]);
    },
  );
});

describe('multi-day targets and year end (DOMAIN.md §8: N business days = N × 10 h)', () => {
  it('DOMAIN.md §8: Low 10 business days from Wed 16 Dec 2026 10:00 GMT end Mon 4 Jan 2027 10:00 (UK holidays skipped)', () => {
    expect(dues('emea', 'business-care', 'low', '2026-12-16T10:00:00Z').target).toBe('2027-01-04T10:00:00.000Z');
  });

  it('DOMAIN.md §8: High 2 business days from Wed 30 Dec 2026 10:00 EST end Mon 4 Jan 2027 10:00 EST', () => {
    expect(dues('americas', 'business-care', 'high', '2026-12-30T15:00:00Z').target).toBe('2027-01-04T15:00:00.000Z');
  });

  it('DOMAIN.md §8: opened inside hours, N business days later is the same clock time', () => {
    // Tuesday 13 Oct 2026 13:37 EDT + 5 business days (Columbus Day was the day before) → Tuesday 20 Oct 13:37 EDT.
    expect(dues('americas', 'premium-care', 'medium', '2026-10-13T17:37:00Z').target).toBe('2026-10-20T17:37:00.000Z');
  });
});

describe('BusinessCalendar interface', () => {
  const americas = calendarFor(DEFAULT_POLICY, 'americas');

  it('DOMAIN.md §8: businessMinutesBetween counts only time inside business hours', () => {
    // Friday 17:00 EDT → Monday 09:00 EDT: 1 h + 1 h.
    expect(americas.businessMinutesBetween(new Date('2026-10-16T21:00:00Z'), new Date('2026-10-19T13:00:00Z'))).toBe(
      120,
    );
    expect(americas.businessMinutesBetween(new Date('2026-10-19T13:00:00Z'), new Date('2026-10-16T21:00:00Z'))).toBe(0);
  });

  it('DOMAIN.md §8: nextOpening is the instant itself inside hours, else the next 08:00 of an open day', () => {
    const inside = new Date('2026-10-14T15:00:00Z');
    expect(americas.nextOpening(inside).toISOString()).toBe(inside.toISOString());
    expect(americas.nextOpening(new Date('2026-11-25T23:30:00Z')).toISOString()).toBe('2026-11-27T13:00:00.000Z');
  });

  it('DOMAIN.md §8: a business day is 10 hours (08:00–18:00)', () => {
    expect(americas.businessDayMinutes).toBe(600);
  });

  it('DOMAIN.md §8: a contract may name its own time zone and holiday country', () => {
    const paris = calendarFor(DEFAULT_POLICY, 'emea', { timeZone: 'Europe/Paris', holidayCountry: 'FR' });
    expect(paris.timeZone).toBe('Europe/Paris');
    expect(paris.isOpen(local('2026-07-14T10:00', 'Europe/Paris'))).toBe(false); // Fête nationale
    expect(paris.isOpen(local('2026-07-15T08:00', 'Europe/Paris'))).toBe(true);
    expect(paris.isOpen(local('2026-07-15T07:59', 'Europe/Paris'))).toBe(false);
  });

  it('caches one calendar per (zone, country, hours, closures)', () => {
    expect(calendarFor(DEFAULT_POLICY, 'americas')).toBe(americas);
    expect(calendarFor(DEFAULT_POLICY, 'americas', { timeZone: 'America/New_York', holidayCountry: 'US' })).toBe(
      americas,
    );
    expect(calendarFor(DEFAULT_POLICY, 'americas', { holidayCountry: 'CA' })).not.toBe(americas);
  });

  it('rejects an unknown time zone or holiday country', () => {
    expect(() => calendarFor(DEFAULT_POLICY, 'americas', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => calendarFor(DEFAULT_POLICY, 'americas', { holidayCountry: 'QQ' })).toThrow(RangeError);
  });
});
