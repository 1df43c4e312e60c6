import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../../src/domain/ids.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { calendarOfCase } from '../../../../src/services/engine/case-sla.ts';
import { slaFactsOf } from '../../../../src/services/schedule/case-clock-facts.ts';
import type { CaseRow } from '../../../../src/store/case-store.ts';

const bare = { timeZone: null, holidayCountry: null };

describe('issue 22 Speed: the calendar of a case, looked up once per region (cache)', () => {
  it('two regions never share a calendar: each has its own zone, and the same region gives the same calendar', () => {
    const calendars = REGIONS.map((region) => calendarOfCase(DEFAULT_POLICY, { region, ...bare }));
    expect(new Set(calendars).size).toBe(REGIONS.length);
    expect(calendars.map((c) => c.timeZone)).toEqual(REGIONS.map((r) => DEFAULT_POLICY.regions[r].timeZone));
    for (const region of REGIONS)
      expect(calendarOfCase(DEFAULT_POLICY, { region, ...bare })).toBe(calendars[REGIONS.indexOf(region)]);
  });

  it("a case's own zone or holiday country is not served the region's calendar, nor another case's", () => {
    const emea = calendarOfCase(DEFAULT_POLICY, { region: 'emea', ...bare });
    const berlin = calendarOfCase(DEFAULT_POLICY, { region: 'emea', timeZone: 'Europe/Berlin', holidayCountry: null });
    const germany = calendarOfCase(DEFAULT_POLICY, { region: 'emea', timeZone: null, holidayCountry: 'DE' });
    expect(berlin).not.toBe(emea);
    expect(berlin.timeZone).toBe('Europe/Berlin');
    expect(germany).not.toBe(emea);
    expect(germany).not.toBe(berlin);
    // German Unity Day (3 Oct 2025, a Friday) is closed in Germany, open in the UK.
    const noonInLondon = new Date('2025-10-03T11:00:00Z');
    expect(emea.isOpen(noonInLondon)).toBe(true);
    expect(germany.isOpen(noonInLondon)).toBe(false);
  });

  it('two policies never share a calendar (another policy may keep other hours)', () => {
    const longer = structuredClone(DEFAULT_POLICY);
    longer.regions.americas.businessHours = { ...longer.regions.americas.businessHours, close: '20:00' };
    const usual = calendarOfCase(DEFAULT_POLICY, { region: 'americas', ...bare });
    const late = calendarOfCase(longer, { region: 'americas', ...bare });
    expect(late).not.toBe(usual);
    const sevenPmNewYork = new Date('2026-11-23T00:00:00Z'); // Sunday 19:00 in New York: closed in both
    expect(usual.isOpen(sevenPmNewYork)).toBe(false);
    const mondayEvening = new Date('2026-11-24T00:30:00Z'); // Monday 19:30 in New York
    expect(usual.isOpen(mondayEvening)).toBe(false);
    expect(late.isOpen(mondayEvening)).toBe(true);
  });

  it("slaFactsOf uses the calendar it is given, and otherwise the case's own", () => {
    const c = {
      region: 'japan',
      ...bare,
      severity: 'high',
      clockStartedAt: '2026-11-23T01:00:00.000Z',
      responseDue: '2026-11-23T03:00:00.000Z',
      targetDue: null,
      respondedAt: null,
      targetMetAt: null,
      pauses: [],
    } as unknown as CaseRow;
    expect(slaFactsOf(DEFAULT_POLICY, c)?.calendar.timeZone).toBe('Asia/Tokyo');
    const given = calendarOfCase(DEFAULT_POLICY, { region: 'japan', ...bare });
    expect(slaFactsOf(DEFAULT_POLICY, c, given)?.calendar).toBe(given);
  });
});
