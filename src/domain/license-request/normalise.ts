/**
 * Typed normalisers: raw partner text → canonical values (DOMAIN.md §9), or a problem to report.
 * Each returns a `Normalised<T>` so callers can keep the confidence (an ambiguous date is still a date).
 */
import { plausible } from './date-order.ts';
import { germanCount } from './german-counts.ts';

import type { Normalised } from './normalised.ts';
import { wordsValue } from './number-words.ts';

export type { Normalised } from './normalised.ts';

const ok = <T>(value: T, confidence = 1): Normalised<T> => ({ ok: true, value, confidence });
const fail = <T>(problem: string): Normalised<T> => ({ ok: false, problem });

/**
 * Any separator style partners use: `00-50-56-9A-1B-2C`, `00:50:56:9a:1b:2c`, `00 50 56 9A 1B 2C`, `00.50.56.9A.1B.2C`,
 * `0050.569a.1b2c`, `0050569A1B2C`.
 */
const MAC_PATTERN =
  /^([0-9a-f]{2}([-:. ]?)[0-9a-f]{2}(\2[0-9a-f]{2}){4}|[0-9a-f]{4}([.\- ])[0-9a-f]{4}\4[0-9a-f]{4})$/i;
/** `0:50:56:a:1:2` as Solaris prints a MAC: each byte without its leading zero. */
const SHORT_BYTES = /^[0-9a-f]{1,2}(?::[0-9a-f]{1,2}){5}$/i;

/**
 * Host ids (DOMAIN.md §9, seed 002 "Determining Host IDs"):
 * | written as                                  | canonical                     |
 * |---------------------------------------------|-------------------------------|
 * | MAC with `-`, `:`, `.` or no separators     | 12 lowercase hex digits       |
 * | UNIX hostid, optionally `0x`-prefixed        | 8 lowercase hex digits        |
 * | `DISK_SERIAL_NUM=…` (Windows volume serial)  | keeps the type, hex lowercase |
 * | other `TYPE=value` (FlexLM typed ids)        | keeps the type, as written    |
 * | `ANY`, `DEMO`                                | upper case                    |
 */
export function normaliseHostId(raw: string): Normalised<string> {
  const text = raw
    .trim()
    .replace(/^(host\s*id|hostid|mac(\s*address)?)\s*[:=]?\s*/i, '')
    // "00:50:56:aa:01:02 (eth0)": a short note after the id is not part of it (an OS in brackets is read elsewhere).
    .replace(/\s*\((?![^)]*(?:windows|linux|solaris|aix|rhel|server|centos|ubuntu))[^)]{1,20}\)$/i, '')
    .replace(/[.;,]$/, '');
  if (MAC_PATTERN.test(text)) return ok(text.replace(/[-:. ]/g, '').toLowerCase());
  if (SHORT_BYTES.test(text))
    return ok(
      text
        .split(':')
        .map((b) => b.padStart(2, '0'))
        .join('')
        .toLowerCase(),
    );
  if (/^(0x)?[0-9a-f]{8}$/i.test(text)) return ok(text.replace(/^0x/i, '').toLowerCase());
  if (/^(any|demo)$/i.test(text)) return ok(text.toUpperCase());
  const typed = /^([A-Za-z_]+)\s*=\s*(\S+)$/.exec(text);
  if (typed) {
    const type = typed[1]!.toUpperCase();
    const value = typed[2]!;
    if (type === 'DISK_SERIAL_NUM') {
      const serial = value.replace(/-/g, '');
      return /^[0-9a-f]{8}$/i.test(serial)
        ? ok(`DISK_SERIAL_NUM=${serial.toLowerCase()}`)
        : fail('a disk serial number has 8 hex digits');
    }
    return ok(`${type}=${value}`);
  }
  return fail('not a MAC address (12 hex digits), a UNIX hostid (8 hex digits) or a typed host id');
}

/** Seed 002: "For the version number, supply the first two digits (for example, 7.0)". */
export function normaliseVersion(raw: string): Normalised<string> {
  const match = /(\d+)\.(\d+)/.exec(raw);
  if (match) return ok(`${Number(match[1])}.${Number(match[2])}`);
  const major = /^\s*v?(\d+)(\.x)?\s*$/i.exec(raw);
  if (major) return ok(`${Number(major[1])}.0`, 0.7);
  return fail('expected a version such as 8.5');
}

/**
 * An application's version as written, patch level included (`8.5.110`, `9.0.4`); `v9` is `9.0`. Sellable items
 * are licensed by major and minor only (normaliseVersion), applications are named as they run.
 */
export function applicationVersion(raw: string): string {
  const full = /(\d+)\.(\d+)((?:\.\d+)*)/.exec(raw);
  if (full) return `${Number(full[1])}.${Number(full[2])}${full[3]}`;
  const version = normaliseVersion(raw);
  return version.ok ? version.value : raw.trim();
}

/** Counts as partners write them: `250`, `1,500`, `1 500`, `250 seats`, `qty: 30`. */
export function normaliseQuantity(raw: string): Normalised<number> {
  const match = /(\d{1,3}(?:[, ]\d{3})+|\d+)/.exec(raw);
  // A count cell or label written only in words: `one`, `twenty-five seats`.
  const inWords = match
    ? undefined
    : (wordsValue(
        raw.trim().replace(/\s*(?:seats?|licen[cs]es?|units?|pcs|each|users?|agents?|ports?|pieces?)?\W*$/i, ''),
      ) ??
      wordsBeforeUnit(raw) ??
      germanCount(raw.trim().split(/\s+/)[0] ?? ''));
  if (inWords !== undefined && inWords > 0) return ok(inWords);
  if (!match) return fail('expected a whole number');
  return ok(Number(match[1]!.replace(/[, ]/g, '')));
}

/** `sesenta agentes`, `trinta posições`, `quarante postes`: number words, then one word for what is counted. */
function wordsBeforeUnit(raw: string): number | undefined {
  const words = /^\s*(.+?)\s+\p{L}+\W*$/u.exec(raw);
  return words ? wordsValue(words[1]!) : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

function isoDate(year: number, month: number, day: number, confidence: number): Normalised<string> {
  const fullYear = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(fullYear, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return fail('not a calendar date');
  return ok(`${fullYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, confidence);
}

/**
 * Dates (the request tool shows `3/20/2019`, seed 003). Numeric d/m vs m/d:
 * | first | second | read as                                                        | confidence |
 * |-------|--------|----------------------------------------------------------------|------------|
 * | ≤ 12  | ≤ 12   | as the mail writes dates (date-order.ts), or the reading not in the past | 0.85 if only one reading is possible, else 0.6 |
 * | ≤ 12  | > 12   | month/day                                                      | 1          |
 * | > 12  | ≤ 12   | day/month                                                      | 1          |
 * `2025-03-14`, `2025/03/14` and `2025年3月14日` are year first.
 */
export function normaliseDate(raw: string, order: { dayFirst?: boolean; reference?: Date } = {}): Normalised<string> {
  const text = raw.trim().replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  let m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]), 1);
  m = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    const year = Number(m[3]);
    if (first > 12) return isoDate(year, second, first, 1);
    if (second > 12) return isoDate(year, first, second, 1);
    const dayMonth = isoDate(year, second, first, 1);
    const monthDay = isoDate(year, first, second, 1);
    if (!dayMonth.ok || !monthDay.ok) return dayMonth.ok ? dayMonth : monthDay;
    const [preferred, other] = order.dayFirst ? [dayMonth.value, monthDay.value] : [monthDay.value, dayMonth.value];
    const read = plausible(preferred, other, order.reference);
    return ok(read.value, read.sure ? 0.85 : 0.6);
  }
  m = /\b(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s,-]+(\d{4})\b/.exec(text);
  if (m && monthNumber(m[2]!)) return isoDate(Number(m[3]), monthNumber(m[2]!)!, Number(m[1]), 1);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (m && monthNumber(m[1]!)) return isoDate(Number(m[3]), monthNumber(m[1]!)!, Number(m[2]), 1);
  return fail('expected a date such as 2019-03-20');
}

/** Seed 003: part numbers look like `SW-001-4.0-AL02` (also written `sw 001 4.0 al02`). */
export function normalisePartNumber(raw: string): Normalised<string> {
  const match = /\bSW[-\s]?(\d{3})[-\s](\d+\.\d+)[-\s]([A-Z0-9]+)\b/i.exec(raw.trim());
  if (!match) return fail('expected a part number such as SW-001-4.0-AL02');
  return ok(`SW-${match[1]}-${match[2]}-${match[3]!.toUpperCase()}`);
}

export function normaliseEmail(raw: string): Normalised<string> {
  const match = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.exec(raw);
  return match ? ok(match[0].toLowerCase()) : fail('expected an email address such as jane.doe@example.com');
}

export function normaliseEmailList(raw: string): Normalised<string[]> {
  const found = raw.match(/[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g) ?? [];
  return found.length > 0 ? ok(found.map((e) => e.toLowerCase())) : fail('expected one or more email addresses');
}

/** A check box rendered as text: `Yes`, `x`, `[X]`, `true` → true; `No`, `[ ]`, `false` → false. */
export function normaliseYesNo(raw: string): Normalised<boolean> {
  const text = raw.trim().toLowerCase();
  if (/^(yes|y|true|x|\[x\]|checked|urgent|1)\b/.test(text)) return ok(true);
  if (/^(no|n|false|\[\s?\]|unchecked|not urgent|0)\b/.test(text)) return ok(false);
  return fail('expected yes or no');
}

/**
 * Seed 003's order number field, "SO# or PO#: Product sales or purchase order number": the number as the
 * mail writes it. A label word before it (`SO`, `PO`, `SO#`, `sales order`, `order no.`) says which field it
 * is, as the form's own label does, and is not part of the number; an identifier that carries its type
 * glued to it (`SO-2025-00417`, `PO-2024-1187`, `SO-CO-22871`) is kept whole — we never invent a form of
 * the number the order system may not know (docs/license-requests.md "Conventions").
 * | written                                              | record          |
 * |------------------------------------------------------|-----------------|
 * | `SO#: 5512`, `SO 5512`, `sales order 5512`, `SO No. 5512` | `5512`      |
 * | `SO-2025-00417`, `PO-2024-1187`                        | as written      |
 * | `order 5120-7781`, `7781-2025-044`, `TCX/2026/4471`     | as written      |
 */
export function normaliseOrderNumber(raw: string): Normalised<string> {
  const tokens = raw
    .trim()
    .split(/[\s#:]+/)
    .map((t) => t.replace(/^[-(]+|[-.,;)]+$/g, ''));
  // `TCX/2026/4471`: a partner's own numbering may run in slashes too; a date (`12/11/2026`) is no order.
  const id = tokens.find(
    (t) =>
      /\d.*\d|^\d+$/.test(t) &&
      /^[A-Za-z0-9][\w-]*(?:\/[\w-]+)*$/.test(t) &&
      !/^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(t) &&
      !/^no\.?$/i.test(t),
  );
  if (!id) return fail('expected an order number such as 7741902');
  return ok(id);
}

/**
 * A GARN as partners group its digits: `0171-554`, `01-77-305`, `0171.554` (issue 25 round 12). A GARN has
 * seven digits, so a grouped form of any other length (a date such as `2026-12-04` or `12.04.26`) is no GARN.
 */
const GROUPED_GARN = String.raw`\d{1,4}(?:[-‐–.]\d{2,4}){1,3}(?![\d-])`;
/** A GARN in a pattern: grouped (seven digits once joined) or five digits and more. */
export const GARN_DIGITS = String.raw`${GROUPED_GARN}|\d{5,}`;

/** The GARN's digits without the partner's grouping, or undefined when the grouping hides something else. */
export function joinGarnDigits(written: string): string | undefined {
  const digits = written.replace(/[-‐–.]/g, '');
  return /^\d{5,}$/.test(written) || digits.length === 7 ? digits : undefined;
}

/**
 * Seed 003's End User GARN (Genesys Account Reference Number) in the record's form: the number alone,
 * leading zeros kept. Partners write it `GARN-0012345`, `GARN 0012345`, `GARN# 0012345`, `garn-0012345`,
 * `0012-345` or bare; issue 25 counts a GARN that kept its prefix as misread.
 */
const GARN_VALUE = new RegExp(
  String.raw`^(?:(?:end\s+user\s+)?GARN)?\s*(?:number|no\.?|nr\.?|is)?[\s:#-]*(?:GARN)?[\s:#-]*(${GARN_DIGITS})\.?$`,
  'i',
);

export function normaliseGarn(raw: string): Normalised<string> {
  // "0012345 (Contoso)": a note after the number is not part of it.
  const match = GARN_VALUE.exec(
    raw
      .trim()
      .replace(/\s*(?:\([^)]*\)|\s[-–]\s.*)$/, '')
      // "0 208 116": digits grouped in threes, as a tracker prints them.
      .replace(/(\d) (?=\d{3}\b)/g, '$1'),
  );
  const garn = match ? joinGarnDigits(match[1]!) : undefined;
  if (garn) return ok(garn);
  return fail('expected a GARN such as 0012345');
}

export * from './enum-synonyms.ts';
export * from './license-server-locations.ts';
