/**
 * FlexLM expiry dates (DOMAIN.md §6, seed 002): `permanent`, or `dd-mmm-yyyy`. A year of zero in any
 * width (`01-jan-00`, `1-jan-0`, `01-jan-0000`) is not a real date and means permanent; a temporary
 * license carries a four-digit year (`24-jun-2004`).
 */

export type ExpiryResult =
  | { ok: true; permanent: true; expiry: null }
  | { ok: true; permanent: false; expiry: string }
  | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE = /^(\d{1,2})-([a-z]{3})-(\d{1,4})$/i;

export function parseExpiry(raw: string): ExpiryResult {
  if (raw.toLowerCase() === 'permanent') return { ok: true, permanent: true, expiry: null };
  const match = DATE.exec(raw);
  if (!match) return { ok: false, message: `expiry "${raw}" is not a date (expected dd-mmm-yyyy or permanent)` };
  const [, dayText, monthText, yearText] = match as unknown as [string, string, string, string];
  const month = MONTHS.indexOf(monthText.toLowerCase()) + 1;
  if (month === 0) return { ok: false, message: `expiry "${raw}" has an unknown month "${monthText}"` };
  const day = Number(dayText);
  const year = Number(yearText);
  if (year === 0) return { ok: true, permanent: true, expiry: null };
  if (yearText.length !== 4) {
    return {
      ok: false,
      message: `expiry "${raw}" has a ${yearText.length}-digit year: only a zero year means permanent, and a temporary license carries a four-digit year (the Licensing Guide)`,
    };
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `expiry "${raw}" is not a real date` };
  }
  return { ok: true, permanent: false, expiry: `${yearText}-${pad(month)}-${pad(day)}` };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
