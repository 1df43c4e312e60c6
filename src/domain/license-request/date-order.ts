/**
 * Which way round a mail writes numeric dates: `11/12/2026` is 12 November in the US and 11 December almost
 * everywhere else. The evidence, strongest first:
 * | the mail                                                           | day first? |
 * |--------------------------------------------------------------------|------------|
 * | another numeric date that can only be read one way (`27/11`, `3/20`) | as that one |
 * | a dotted date (`31.01.2025`)                                         | yes        |
 * | a phone number's country code: `+1` or `(415) 555-0108`              | no         |
 * | any other country code (`+55`, `+44`, `+91`)                         | yes        |
 * | written in French, German or Spanish                                  | yes        |
 * | the Date header's offset: UTC−4 to UTC−10 (the US and Canada)         | no         |
 * | any other offset                                                      | yes        |
 * | nothing to tell (the request tool's own form is `3/20/2019`)           | no         |
 * A date that would fall before the mail in one reading and not in the other is read the other way
 * (normaliseDate, timing.ts): nobody asks for a license for a day already past.
 */
import type { RequestLanguage } from './schema.ts';

const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b/g;

export function dayFirstFor(text: string, language: RequestLanguage, offsetMinutes?: number): boolean {
  for (const match of text.matchAll(NUMERIC)) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (match[3] === undefined && match[0].includes('.')) continue; // `8.5` is a version
    if (first > 12 && second <= 12) return true;
    if (second > 12 && first <= 12) return false;
  }
  if (/\b\d{1,2}\.\d{1,2}\.\d{4}\b/.test(text)) return true;
  const code = /(?:^|[\s(:])\+\s?(\d{1,3})[\s().-]/.exec(text)?.[1];
  if (code) return code !== '1';
  if (/\(\d{3}\)\s?\d{3}-\d{4}\b/.test(text)) return false;
  if (language !== 'en' && language !== 'ja') return true;
  if (offsetMinutes !== undefined) return !(offsetMinutes <= -240 && offsetMinutes >= -600);
  return false;
}

/** Of two readings of a numeric date, the one not before the mail (the first when both are or neither is). */
export function plausible(
  preferred: string,
  other: string | undefined,
  reference: Date | undefined,
): { value: string; sure: boolean } {
  if (!other || other === preferred || !reference) return { value: preferred, sure: !other || other === preferred };
  const day = reference.toISOString().slice(0, 10);
  if (preferred < day && other >= day) return { value: other, sure: true };
  return { value: preferred, sure: !(other >= day && preferred >= day) };
}

/** The sender's UTC offset in minutes from a written date (`Tue, 11 Feb 2025 09:14:00 -0300`, `2025-03-03T10:20-03:00`). */
export function utcOffsetOf(written: string): number | undefined {
  const match = /(?:\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:([+-])(\d{2}):?(\d{2})|(Z|UT|UTC|GMT)\b)/.exec(written);
  if (!match) return undefined;
  if (match[4]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
