/**
 * Typed normalisers: raw partner text → canonical values (DOMAIN.md §9), or a problem to report.
 * Each returns a `Normalised<T>` so callers can keep the confidence (an ambiguous date is still a date).
 */
export type Normalised<T> = { ok: true; value: T; confidence: number } | { ok: false; problem: string };

const ok = <T>(value: T, confidence = 1): Normalised<T> => ({ ok: true, value, confidence });
const fail = <T>(problem: string): Normalised<T> => ({ ok: false, problem });

/**
 * Any separator style partners use: `00-50-56-9A-1B-2C`, `00:50:56:9a:1b:2c`, `00 50 56 9A 1B 2C`,
 * `0050.569a.1b2c`, `0050569A1B2C`.
 */
const MAC_PATTERN = /^([0-9a-f]{2}([-: ]?)[0-9a-f]{2}(\2[0-9a-f]{2}){4}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})$/i;

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
    .replace(/[.;,]$/, '');
  if (MAC_PATTERN.test(text)) return ok(text.replace(/[-:. ]/g, '').toLowerCase());
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

/** Counts as partners write them: `250`, `1,500`, `1 500`, `250 seats`, `qty: 30`. */
export function normaliseQuantity(raw: string): Normalised<number> {
  const match = /(\d{1,3}(?:[, ]\d{3})+|\d+)/.exec(raw);
  if (!match) return fail('expected a whole number');
  return ok(Number(match[1]!.replace(/[, ]/g, '')));
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
 * | first | second | read as                      | confidence |
 * |-------|--------|------------------------------|------------|
 * | ≤ 12  | ≤ 12   | US month/day (tool's form)   | 0.6        |
 * | ≤ 12  | > 12   | month/day                    | 1          |
 * | > 12  | ≤ 12   | day/month                    | 1          |
 */
export function normaliseDate(raw: string): Normalised<string> {
  const text = raw.trim().replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]), 1);
  m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    const year = Number(m[3]);
    if (first > 12) return isoDate(year, second, first, 1);
    return isoDate(year, first, second, second > 12 ? 1 : 0.6);
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
 * Seed 003's order number field, "SO# or PO#": a sales or purchase order keeps its type as a prefix
 * (`SO-778812`, `PO-2024-1187`), however written (`SO#778812`, `so 778812`, `sales order 778812`,
 * `PO 4500123`); a number whose type the mail does not say stays as written.
 * | written                                   | record          |
 * |-------------------------------------------|-----------------|
 * | `SO#: 5512`, `SO 5512`, `sales order 5512` | `SO-5512`       |
 * | `PO-2024-1187`, `purchase order 2024-1187` | `PO-2024-1187`  |
 * | `SO# or PO#: 5512`, `order 5512`           | `5512`          |
 */
export function normaliseOrderNumber(raw: string, label = ''): Normalised<string> {
  const text = `${label} ${raw}`.trim();
  const id = /([A-Z]{0,2}-?\d[\d-]*\d|\d)\s*\.?$/i.exec(raw.trim());
  if (!id) return fail('expected an order number such as SO-778812');
  const number = id[1]!.replace(/^(?:SO|PO)-?/i, '').replace(/^-/, '');
  const so = /\b(?:sales\s+order|S\.?O\.?(?=\s*[#:-]?\s*\d|#|\b))/i.test(text);
  const po = /\b(?:purchase\s+order|P\.?O\.?(?=\s*[#:-]?\s*\d|#|\b))/i.test(text);
  const own = /^(SO|PO)\b/i.exec(raw.trim().replace(/[#:\s.-]+/g, ' '));
  const type = own ? own[1]!.toUpperCase() : so && !po ? 'SO' : po && !so ? 'PO' : undefined;
  return ok(type ? `${type}-${number}` : number);
}

/**
 * Seed 003's End User GARN (Genesys Account Reference Number) in the record's form: the number alone,
 * leading zeros kept. Partners write it `GARN-0012345`, `GARN 0012345`, `GARN# 0012345`, `garn-0012345`
 * or bare; issue 25 counts a GARN that kept its prefix as misread.
 */
export function normaliseGarn(raw: string): Normalised<string> {
  const match =
    /^(?:(?:end\s+user\s+)?GARN)?\s*(?:number|no\.?|nr\.?|is)?[\s:#-]*(?:GARN)?[\s:#-]*([0-9]{5,})\.?$/i.exec(
      raw.trim(),
    );
  if (match) return ok(match[1]!);
  return fail('expected a GARN such as 0012345');
}

/** Splits `Windows Server 2019` → os `Windows Server`, version `2019`; `RHEL 8.6` → `RHEL`, `8.6`. */
export function splitOsAndVersion(raw: string): { os: string; osVersion?: string } {
  const text = raw.trim().replace(/\s+/g, ' ');
  const match = /^(.*?[A-Za-z)])\s+(v?\d.*)$/.exec(text);
  if (!match) return { os: text };
  return { os: match[1]!, osVersion: match[2]! };
}

export * from './enum-synonyms.ts';
export * from './license-server-locations.ts';
