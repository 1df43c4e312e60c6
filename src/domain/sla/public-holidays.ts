/**
 * Public holidays per country and year, from date-holidays (bundled data, no I/O).
 * DOMAIN.md §8: business hours exclude the contract country's *public* holidays; bank, optional,
 * school and observance days (e.g. US "Day after Thanksgiving") stay working days.
 */
import Holidays from 'date-holidays';

const DAY_MS = 86_400_000;
const registry = new Holidays();
const holidaysByCountry = new Map<string, Holidays>();

/** `US`, `GB`, or a subdivision such as `US-NY` / `GB-SCT`. */
export function isKnownHolidayCountry(code: string): boolean {
  const [country, state, extra] = code.split('-');
  if (!country || extra !== undefined) return false;
  const countries = registry.getCountries();
  if (!countries || !(country in countries)) return false;
  if (state === undefined) return true;
  const states = registry.getStates(country);
  return states !== undefined && state in states;
}

function holidaysFor(code: string): Holidays {
  let holidays = holidaysByCountry.get(code);
  if (!holidays) {
    if (!isKnownHolidayCountry(code)) throw new RangeError(`unknown holiday country "${code}"`);
    const [country, state] = code.split('-');
    holidays = state ? new Holidays(country as string, state) : new Holidays(country as string);
    holidaysByCountry.set(code, holidays);
  }
  return holidays;
}

/** Local calendar dates (`YYYY-MM-DD`) of the public holidays of `year`; a multi-day holiday gives each day. */
export function publicHolidayDates(code: string, year: number): Set<string> {
  const dates = new Set<string>();
  for (const holiday of holidaysFor(code).getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    const first = holiday.date.slice(0, 10);
    const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
    const firstUtc = Date.parse(`${first}T00:00:00Z`);
    for (let i = 0; i < days; i++) dates.add(new Date(firstUtc + i * DAY_MS).toISOString().slice(0, 10));
  }
  return dates;
}
