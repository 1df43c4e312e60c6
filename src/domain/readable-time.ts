/**
 * Instants as a customer reads them (issue 21): in their region's time zone, "Mon 7 Dec, 12:00 CET" —
 * never raw ISO. The year is added when it is not the current one. The zone's short name is the British
 * one where it has a name (CET, GMT, BST), else the American one (EST, PST), else the offset (GMT+8).
 */
const parts = new Map<string, Intl.DateTimeFormat>();
const zoneNames = new Map<string, Intl.DateTimeFormat>();

/** Day, time and the British zone name in one formatting: formatToParts is the cost of this module. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = parts.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    parts.set(timeZone, f);
  }
  return f;
}

function partsOf(timeZone: string, at: Date): Record<string, string> {
  const p: Record<string, string> = {};
  for (const x of formatter(timeZone).formatToParts(at)) p[x.type] = x.value;
  return p;
}

function americanName(timeZone: string, at: Date): string {
  let f = zoneNames.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    zoneNames.set(timeZone, f);
  }
  return f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

function zoneName(timeZone: string, at: Date, british: string | undefined): string {
  if (british === undefined) return timeZone;
  if (!/^(?:GMT|UTC)[+-]/.test(british)) return british;
  const american = americanName(timeZone, at);
  return /^(?:GMT|UTC)[+-]/.test(american) ? british : american;
}

/** The year of `now` in a zone, for the last (zone, now) asked: a turn or a tick passes one `now` throughout. */
let lastYear: { timeZone: string; now: number; year: string | undefined } | undefined;

function yearOf(timeZone: string, now: Date): string | undefined {
  if (lastYear?.timeZone !== timeZone || lastYear.now !== now.getTime()) {
    lastYear = { timeZone, now: now.getTime(), year: partsOf(timeZone, now).year };
  }
  return lastYear.year;
}

export function readableInstant(instant: Date | string, timeZone: string, now?: Date): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const p = partsOf(timeZone, at);
  const thisYear = now ? yearOf(timeZone, now) : p.year;
  const year = thisYear === p.year ? '' : ` ${p.year}`;
  return `${p.weekday} ${p.day} ${p.month}${year}, ${p.hour}:${p.minute} ${zoneName(timeZone, at, p.timeZoneName)}`;
}

/** A calendar date (a license file's expiry): "Wed 23 Dec 2026". */
export function readableDate(isoDate: string): string {
  const at = new Date(`${isoDate}T12:00:00Z`);
  const p = Object.fromEntries(
    formatter('UTC')
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}
