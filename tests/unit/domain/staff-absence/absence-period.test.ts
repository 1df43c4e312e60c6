import { describe, expect, it } from 'vitest';
import { readAbsenceInstant, readAbsencePeriod } from '../../../../src/domain/staff-absence/absence-period.ts';

/** Monday 7 Dec 2026, 10:00 in London. */
const NOW = new Date('2026-12-07T10:00:00Z');
const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const period = (text: string, zone = LONDON) => {
  const r = readAbsencePeriod(text, zone, NOW);
  return r.ok ? [r.startsAt.toISOString(), r.endsAt.toISOString()] : r.problem;
};

describe('staff absence periods in words, read in the member’s zone', () => {
  it('absence period: "until DAY" starts now and includes the whole day, in the member’s own zone', () => {
    expect(period('until Friday')).toEqual([NOW.toISOString(), '2026-12-12T00:00:00.000Z']);
    expect(period('until fri', NEW_YORK)).toEqual([NOW.toISOString(), '2026-12-12T05:00:00.000Z']);
    expect(period('till tomorrow')).toEqual([NOW.toISOString(), '2026-12-09T00:00:00.000Z']);
  });

  it('absence period: START to END in the forms people write (day month, month day, ISO, weekday with date, dashes)', () => {
    const christmas = ['2026-12-21T00:00:00.000Z', '2027-01-05T00:00:00.000Z'];
    for (const text of [
      'from 21 Dec to 4 Jan',
      '21 December until 4 January 2027',
      'Dec 21st - Jan 4th',
      'from Mon 21 Dec through Mon 4 Jan',
      '2026-12-21 to 2027-01-04',
      '21.12.2026 till 04.01.2027',
      'between 21 Dec and 4 Jan',
      "I'm away from 21 Dec to 4 Jan",
      'on holiday 21 dec – 4 jan',
    ]) {
      expect(period(text), text).toEqual(christmas);
    }
  });

  it('absence period: times of day (24 h, am/pm, noon) are exact instants', () => {
    expect(period('from tomorrow 9am until Wednesday 5.30pm')).toEqual([
      '2026-12-08T09:00:00.000Z',
      '2026-12-09T17:30:00.000Z',
    ]);
    expect(period('until noon')).toEqual([NOW.toISOString(), '2026-12-07T12:00:00.000Z']);
    expect(period('until 17:00', NEW_YORK)).toEqual([NOW.toISOString(), '2026-12-07T22:00:00.000Z']);
    expect(period('2026-12-08T13:00 to 2026-12-08T15:00')).toEqual([
      '2026-12-08T13:00:00.000Z',
      '2026-12-08T15:00:00.000Z',
    ]);
  });

  it('absence period: one day alone is that whole day; a length counts whole days or weeks', () => {
    expect(period('tomorrow')).toEqual(['2026-12-08T00:00:00.000Z', '2026-12-09T00:00:00.000Z']);
    expect(period('Friday')).toEqual(['2026-12-11T00:00:00.000Z', '2026-12-12T00:00:00.000Z']);
    expect(period('for 2 weeks')).toEqual([NOW.toISOString(), '2026-12-21T00:00:00.000Z']);
    expect(period('from 21 Dec for a week')).toEqual(['2026-12-21T00:00:00.000Z', '2026-12-28T00:00:00.000Z']);
    expect(period('for three days')).toEqual([NOW.toISOString(), '2026-12-10T00:00:00.000Z']);
  });

  it('absence period: "back on DAY" is away until that day begins; "until the end of DAY" includes it', () => {
    // Said on a Monday: back next Monday.
    expect(period('back on Monday')).toEqual([NOW.toISOString(), '2026-12-14T00:00:00.000Z']);
    expect(period('back next Monday')).toEqual([NOW.toISOString(), '2026-12-14T00:00:00.000Z']);
    expect(period("from 21 Dec, I'll be back on 4 Jan")).toEqual([
      '2026-12-21T00:00:00.000Z',
      '2027-01-04T00:00:00.000Z',
    ]);
    expect(period('returning Thursday 9am')).toEqual([NOW.toISOString(), '2026-12-10T09:00:00.000Z']);
    expect(period('until the end of Friday')).toEqual([NOW.toISOString(), '2026-12-12T00:00:00.000Z']);
    expect(period('back on whenever')).toMatch(/^"whenever" is not a day or time I can read/);
  });

  it('absence period: a weekday is the next one, today included; "next" skips today; a date without a year is the next such date', () => {
    expect(period('until monday')).toEqual([NOW.toISOString(), '2026-12-08T00:00:00.000Z']);
    expect(period('until next monday')).toEqual([NOW.toISOString(), '2026-12-15T00:00:00.000Z']);
    expect(period('until 3 Dec')).toEqual([NOW.toISOString(), '2027-12-04T00:00:00.000Z']);
  });

  it('absence period bad input: unreadable words, ambiguous slashes, an end before the start, a period already over — each a clear problem', () => {
    expect(period('until whenever')).toMatch(/^"whenever" is not a day or time I can read; for example "until Friday"/);
    expect(period('until 12/11')).toMatch(/write the month in words or as YYYY-MM-DD \(12\/11 could be either\)/);
    expect(period('from Friday to Wednesday')).toBe('the end must come after the start');
    expect(period('from 2026-12-01 to 2026-12-03')).toBe('that period is already over');
    expect(period('')).toMatch(/^say when:/);
    expect(period('until 31 Feb')).toMatch(/is not a day or time/);
    expect(period('until 25:00')).toMatch(/is not a day or time/);
    expect(period('from 21 Dec to 4 Jan for 2 weeks')).toBe('give an end or a length ("for 2 weeks"), not both');
  });

  it('absence period: a lone instant reads the same grammar (the command line’s --from and --until)', () => {
    const until = readAbsenceInstant('24 Dec', LONDON, NOW, 'end');
    expect(until.ok && until.at.toISOString()).toBe('2026-12-25T00:00:00.000Z');
    const from = readAbsenceInstant('24 Dec', LONDON, NOW, 'start');
    expect(from.ok && from.at.toISOString()).toBe('2026-12-24T00:00:00.000Z');
    expect(readAbsenceInstant('now', LONDON, NOW, 'start')).toEqual({ ok: true, at: NOW });
  });

  it('absence period bad input (red team round 11): an impossible date is refused, not carried into the next month or year', () => {
    for (const text of ['2026-02-30 to 2026-03-05', 'until 2026-13-01', 'from 31.02.2027 to 2.3.2027']) {
      expect(period(text)).toMatch(/is not a day or time I can read/);
    }
    const end = readAbsenceInstant('2027-02-30', LONDON, NOW, 'end');
    expect(end.ok).toBe(false);
  });

  it('absence period bad input (red team round 11): a period longer than 366 days is refused; a year is taken, and planned far ahead too', () => {
    for (const text of ['for 999 weeks', '2026-12-21 to 9999-01-01', 'until 2028-01-01']) {
      expect(period(text)).toMatch(/an absence lasts at most 366 days/);
    }
    expect(period('for 52 weeks')).toEqual([NOW.toISOString(), '2027-12-06T00:00:00.000Z']);
    expect(period('2099-12-21 to 2100-01-04')).toEqual(['2099-12-21T00:00:00.000Z', '2100-01-05T00:00:00.000Z']);
  });
});
