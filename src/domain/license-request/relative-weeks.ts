/**
 * Dates said relative to weeks, which chrono-node reads short (issue 25 §1, "dates in words"):
 * | written                                   | chrono reads              | the date meant                          |
 * |-------------------------------------------|---------------------------|-----------------------------------------|
 * | "by Friday week" (UK/AU)                   | the coming Friday         | the Friday after the coming one (+7)     |
 * | "Friday fortnight"                         | the coming Friday         | two weeks after the coming one (+14)     |
 * | 来週金曜日 ("Friday of next week")          | the coming Friday         | the Friday of the next calendar week     |
 * | 再来週金曜日 ("the week after next")         | the coming Friday         | the Friday two calendar weeks on         |
 * | "by the end of the week", "end of this week" | a week from the mail    | this week's Friday (the next one on a weekend) |
 * Pure: dates are `YYYY-MM-DD` strings and the mail's instant with the sender's UTC offset.
 */
const DAY = 86_400_000;

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Monday = 0 … Sunday = 6, as a week is counted in Japan and Europe. */
const mondayIndex = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;

const AFTER_WEEK = /^\s+(week|fortnight)\b/i;
const NEXT_WEEK_JA = /(再来週|来週)(?:の)?\s*$/;

/**
 * The day chrono read (`day`), moved by the words around it: `before` is the text before the date, `after`
 * the text after it, `today` the mail's own day in the sender's zone.
 */
export function shiftByWeeks(day: string, before: string, after: string, today: string): string {
  const trailing = AFTER_WEEK.exec(after);
  if (trailing) return addDays(day, trailing[1]!.toLowerCase() === 'fortnight' ? 14 : 7);
  const ja = NEXT_WEEK_JA.exec(before);
  if (!ja) return day;
  const weeks = ja[1] === '再来週' ? 2 : 1;
  const target = addDays(today, 7 * weeks - mondayIndex(today) + mondayIndex(day));
  return target;
}

/** Whether "week"/"fortnight" right after a weekday belongs to the date ("Friday week"). */
export const weekAfterDay = (after: string) => AFTER_WEEK.test(after);

const END_OF_WEEK =
  /\b(?:by|before|until|till|for|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?week|(?:this\s+)?week'?s\s+end)\b/i;

/** "Could the file be issued by the end of the week?": this week's Friday (on a weekend, the next one). */
export function endOfThisWeek(text: string, today: string): { index: number; text: string; value: string } | undefined {
  const match = END_OF_WEEK.exec(text);
  if (!match) return undefined;
  const index = mondayIndex(today);
  const value = addDays(today, index <= 4 ? 4 - index : 11 - index);
  return { index: match.index, text: match[0], value };
}
