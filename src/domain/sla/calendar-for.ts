/**
 * Builds (once) the business calendar of a region, or of a contract that names its own time zone
 * and holiday country (DOMAIN.md §8). Calendars are cached per (zone, country, hours, closures), so
 * every case of a region shares one day table.
 */
import { IANAZone } from 'luxon';
import type { RegionId } from '../ids.ts';
import type { Policy } from '../policy/schema.ts';
import { type BusinessCalendar, RegionCalendar } from './business-calendar.ts';
import { publicHolidayDates } from './public-holidays.ts';

export { isKnownHolidayCountry } from './public-holidays.ts';

const calendars = new Map<string, RegionCalendar>();

export function isKnownTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * The region's hours and extra closures always apply; a contract override changes only the zone
 * and the country whose public holidays close the office. Throws RangeError for an unknown zone
 * or holiday country (callers validate user input first with isKnownTimeZone / isKnownHolidayCountry).
 */
export function calendarFor(
  policy: Policy,
  region: RegionId,
  overrides?: { timeZone?: string; holidayCountry?: string },
): BusinessCalendar {
  const regionPolicy = policy.regions[region];
  const timeZone = overrides?.timeZone ?? regionPolicy.timeZone;
  const holidayCountry = (overrides?.holidayCountry ?? regionPolicy.holidayCountry).trim().toUpperCase();
  const { days, open, close } = regionPolicy.businessHours;
  const extraClosures = [...regionPolicy.extraClosures].sort();
  const key = [timeZone, holidayCountry, [...days].sort().join(','), open, close, extraClosures.join(',')].join('|');
  let calendar = calendars.get(key);
  if (!calendar) {
    // Fail now, not on the first holiday lookup deep inside a due-date computation.
    publicHolidayDates(holidayCountry, 2000);
    calendar = new RegionCalendar({
      timeZone,
      days,
      open,
      close,
      extraClosures,
      holidayDates: (year) => publicHolidayDates(holidayCountry, year),
    });
    calendars.set(key, calendar);
  }
  return calendar;
}
