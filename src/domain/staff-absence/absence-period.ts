/**
 * An absence's period as staff write it, read in the staff member's own time zone. A small grammar,
 * not a list of phrases: a period is `[from] START (until|till|to|through|-) END`, `until END` (from now),
 * `[from START] for N days|weeks`, `[from START] back (on) DAY` (away until DAY starts) or one day alone
 * ("tomorrow", "Friday", "24 Dec"); START and END are
 * each a day, a time or both:
 *
 * | a day                                                   | a time                          |
 * |---------------------------------------------------------|---------------------------------|
 * | `2026-12-24`, `today`, `tomorrow`, `now` (START only)    | `09:00`, `9am`, `5.30pm`, `17h` |
 * | a weekday (`fri`, `Friday`, `next Monday`: the next one, | `noon`, `midnight`, `at 14:00`  |
 * |   today included unless "next")                          |                                 |
 * | `24 Dec`, `Dec 24th`, `24 December 2026`, `24.12.2026`   |                                 |
 *
 * A day without a time starts at its midnight as START and ends at the next midnight as END: "until
 * Friday" means back on Saturday's first minute, Friday included. A day without a year is the next
 * one of that date (today included). Slashes (`12/11`) are refused: day and month order is ambiguous.
 */
import { DateTime } from 'luxon';

export type PeriodReading = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; problem: string };

export type InstantReading = { ok: true; at: Date } | { ok: false; problem: string };

export const PERIOD_EXAMPLES =
  '"until Friday", "from 21 Dec to 4 Jan", "tomorrow", "for 2 weeks", "2026-12-21 to 2027-01-04"';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = `(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)`;
const DAY_FORMS: Array<{ pattern: RegExp; day: (m: RegExpExecArray, now: DateTime) => DateTime | undefined }> = [
  {
    pattern: /^(\d{4})-(\d{2})-(\d{2})$/,
    day: (m, now) => exactDay(now, +m[1]!, +m[2]!, +m[3]!),
  },
  {
    pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
    day: (m, now) => exactDay(now, +m[3]!, +m[2]!, +m[1]!),
  },
  { pattern: /^today$/, day: (_m, now) => now },
  { pattern: /^tomorrow$/, day: (_m, now) => now.plus({ days: 1 }) },
  {
    pattern: new RegExp(String.raw`^(?:(next|this)\s+)?${WEEKDAY}$`),
    day: (m, now) => {
      const wanted = WEEKDAYS.indexOf(m[2]!.slice(0, 3)) + 1;
      const ahead = (wanted - now.weekday + 7) % 7;
      return now.plus({ days: m[1] === 'next' && ahead === 0 ? 7 : ahead });
    },
  },
  {
    pattern: new RegExp(
      String.raw`^(?:${WEEKDAY},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?(?:\s+(\d{4}))?$`,
    ),
    day: (m, now) => dateOf(now, +m[2]!, m[3]!, m[4]),
  },
  {
    pattern: new RegExp(String.raw`^(?:${WEEKDAY},?\s+)?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$`),
    day: (m, now) => dateOf(now, +m[3]!, m[2]!, m[4]),
  },
];

/**
 * The day written, or none: luxon carries an impossible date over ("2026-02-30" is 2 March, "2026-13-01"
 * next January), which would set an absence other than the one meant (red team round 11).
 */
function exactDay(now: DateTime, year: number, month: number, day: number): DateTime | undefined {
  const date = now.set({ year, month, day });
  return date.year === year && date.month === month && date.day === day ? date : undefined;
}

/** A month-and-day with or without a year: without, the next such day from today (today included). */
function dateOf(now: DateTime, day: number, month: string, year: string | undefined): DateTime | undefined {
  const monthNumber = MONTHS.indexOf(month.slice(0, 3)) + 1;
  const candidate = now.set({ year: year ? +year : now.year, month: monthNumber, day });
  if (candidate.month !== monthNumber) return undefined;
  if (year || candidate.startOf('day') >= now.startOf('day')) return candidate;
  return candidate.plus({ years: 1 });
}

const TIME = /(?:^|\s)(?:at\s+)?(?:(noon|midday|midnight)|(\d{1,2})(?:[:.h](\d{2})?)?\s*(am|pm|a\.m\.|p\.m\.)?)$/;

/** "9am" → 09:00, "17:30" → 17:30, "5.30pm" → 17:30; a bare number is a time only with am/pm or a separator. */
function readTime(text: string): { rest: string; hour: number; minute: number } | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const [whole, word, h, min, half] = m;
  if (word) return { rest: text.slice(0, m.index).trim(), hour: word === 'midnight' ? 0 : 12, minute: 0 };
  if (!half && !/[:.h]/.test(whole.slice(whole.indexOf(h!) + h!.length))) return undefined;
  let hour = Number(h);
  const minute = min ? Number(min) : 0;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.startsWith('p') ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { rest: text.slice(0, m.index).trim(), hour, minute };
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^(?:from|starting|beginning|between|on)\s+/, '')
    .replace(/^(?:the\s+)?end\s+of\s+/, '')
    .replace(/[,.]$/, '')
    .trim();

/** One end of a period: `edge` says where a day without a time falls (its start, or the next midnight). */
export function readAbsenceInstant(raw: string, timeZone: string, now: Date, edge: 'start' | 'end'): InstantReading {
  const text = normalise(raw);
  const here = DateTime.fromJSDate(now, { zone: timeZone });
  if (text === 'now' || text === 'right now') return { ok: true, at: now };
  const iso = DateTime.fromISO(raw.trim().replace(' ', 'T'), { zone: timeZone });
  if (/\d{2}:\d{2}/.test(raw) && /^\d{4}-/.test(raw.trim()) && iso.isValid) return { ok: true, at: iso.toJSDate() };
  if (/\d{1,2}\/\d{1,2}/.test(text)) {
    return { ok: false, problem: `"${raw.trim()}": write the month in words or as YYYY-MM-DD (12/11 could be either)` };
  }
  const time = readTime(text);
  const dayText = time ? time.rest : text;
  let day: DateTime | undefined;
  if (dayText === '') day = here;
  else {
    for (const form of DAY_FORMS) {
      const m = form.pattern.exec(dayText);
      if (m) {
        day = form.day(m, here);
        break;
      }
    }
  }
  if (!day?.isValid) return { ok: false, problem: `"${raw.trim()}" is not a day or time I can read` };
  if (time) {
    let at = day.set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 });
    // A time alone that has passed today is tomorrow's ("until 9am" said in the evening).
    if (dayText === '' && at < here) at = at.plus({ days: 1 });
    return { ok: true, at: at.toJSDate() };
  }
  const midnight = day.startOf('day');
  return { ok: true, at: (edge === 'start' ? midnight : midnight.plus({ days: 1 })).toJSDate() };
}

const CONNECTOR = /\s+(?:until|till|til|to|through|thru|and)\s+|\s+-\s+|^(?:until|till|til|through|thru)\s+/;
const DURATION = /(?:^|\s)for\s+(a|an|one|two|three|four|five|six|\d{1,3})\s+(day|week)s?$/;
const BACK_ON = /(?:^|,?\s+)(?:(?:i\s*(?:'|’)?(?:ll| will)\s+be\s+)?back|returning|return(?:s|ing)?)\s+(?:on\s+)?(.+)$/;
const problemOf = (...readings: InstantReading[]) => {
  const failed = readings.find((r): r is Extract<InstantReading, { ok: false }> => !r.ok);
  return `${failed?.problem}; for example ${PERIOD_EXAMPLES}`;
};
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

export function readAbsencePeriod(raw: string, timeZone: string, now: Date): PeriodReading {
  const text = normalise(
    raw.replace(/^\s*(?:i\s*(?:'|’)?(?:m| am)\s+)?(?:away|off|out|on (?:holiday|leave|vacation))\s*/i, ''),
  );
  if (text === '') return { ok: false, problem: `say when: ${PERIOD_EXAMPLES}` };
  const back = BACK_ON.exec(text);
  if (back) {
    // "back on Monday": away until Monday begins, from now or from the start given before it.
    const before = text.slice(0, back.index).trim();
    const start = readAbsenceInstant(before === '' ? 'now' : before, timeZone, now, 'start');
    let end = readAbsenceInstant(back[1]!, timeZone, now, 'start');
    // Back on today's weekday means next week's: today has begun already.
    if (end.ok && start.ok && end.at <= start.at && new RegExp(`^${WEEKDAY}$`).test(back[1]!)) {
      end = readAbsenceInstant(`next ${back[1]}`, timeZone, now, 'start');
    }
    if (!start.ok || !end.ok) return { ok: false, problem: problemOf(start, end) };
    return checkPeriod(start.at, end.at, now);
  }
  let startText: string;
  let endText: string | undefined;
  const duration = DURATION.exec(text);
  const body = duration ? text.slice(0, duration.index).trim() : text;
  const split = CONNECTOR.exec(body);
  if (split && split.index === 0) [startText, endText] = ['now', body.slice(split[0].length)];
  else if (split) [startText, endText] = [body.slice(0, split.index), body.slice(split.index + split[0].length)];
  else startText = body === '' ? 'now' : body;
  const start = readAbsenceInstant(startText, timeZone, now, 'start');
  if (!start.ok) return { ok: false, problem: problemOf(start) };
  let endsAt: Date;
  if (duration) {
    if (endText !== undefined) return { ok: false, problem: 'give an end or a length ("for 2 weeks"), not both' };
    const count = COUNT_WORDS[duration[1]!] ?? Number(duration[1]);
    const unit = duration[2] === 'week' ? { weeks: count } : { days: count };
    const from = DateTime.fromJSDate(start.at, { zone: timeZone });
    // "for 3 days" from now or from a day's start counts whole days: back on the fourth day's first minute.
    endsAt = (startText === 'now' ? from.startOf('day') : from).plus(unit).toJSDate();
  } else {
    const end = readAbsenceInstant(endText ?? startText, timeZone, now, 'end');
    if (!end.ok) return { ok: false, problem: problemOf(end) };
    endsAt = end.at;
  }
  return checkPeriod(start.at, endsAt, now);
}

/**
 * The longest absence: "for 999 weeks" or "to 9999-01-01" is a slip, and taken as written it would send
 * someone's pages elsewhere for decades (red team round 11). Staff who leave are removed from the directory
 * instead. An absence may be planned however far ahead; its length is what is bounded.
 */
export const LONGEST_ABSENCE_DAYS = 366;

/** A period must end after it starts, not be over already, and last at most LONGEST_ABSENCE_DAYS. */
export function checkPeriod(startsAt: Date, endsAt: Date, now: Date): PeriodReading {
  if (endsAt.getTime() <= startsAt.getTime()) return { ok: false, problem: 'the end must come after the start' };
  if (endsAt.getTime() <= now.getTime()) return { ok: false, problem: 'that period is already over' };
  const from = Math.max(startsAt.getTime(), now.getTime());
  if (endsAt.getTime() - from > LONGEST_ABSENCE_DAYS * 86_400_000) {
    return {
      ok: false,
      problem: `an absence lasts at most ${LONGEST_ABSENCE_DAYS} days; for someone leaving, remove them from the directory`,
    };
  }
  return { ok: true, startsAt, endsAt };
}
