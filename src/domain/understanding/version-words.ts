/**
 * Versions written in words (issue 21: "nine point zero to nine point one", "eight dot five"): the digits,
 * for readers that only need the values (release-type pairs). Spans do not survive this rewrite.
 */
const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  oh: 0,
  o: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const WORD = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`;
/** "nine point one", "8 point 5", "nine dot zero dot two": at least one "point"/"dot" between numbers. */
const SPOKEN = new RegExp(String.raw`\b${WORD}(?:\s+(?:point|dot)\s+${WORD})+\b`, 'gi');

const inDigits = (spoken: string) =>
  spoken
    .split(/\s+(?:point|dot)\s+/i)
    .map((w) => (/^\d+$/.test(w) ? w : String(UNITS[w.toLowerCase()])))
    .join('.');

export function versionsInDigits(text: string): string {
  return text.replace(SPOKEN, inDigits);
}

/**
 * Versions said in words where they stand ("Info Mart eight point five", "version nine dot one"), with
 * their spans; "at one point two agents …" is an idiom, not a version.
 */
export function spokenVersions(text: string): Array<{ value: string; start: number; end: number }> {
  const out: Array<{ value: string; start: number; end: number }> = [];
  for (const m of text.matchAll(SPOKEN)) {
    if (/\b(?:at|one|a)\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    out.push({ value: inDigits(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
