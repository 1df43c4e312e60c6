/**
 * Instants as a customer reads them (issue 21): in their region's time zone, "Mon 7 Dec, 12:00 CET" —
 * never raw ISO. The year is added when it is not the current one. The zone's short name is the British
 * one where it has a name (CET, GMT, BST), else the American one (EST, PST), else the offset (GMT+8).
 */
const parts = new Map<string, Intl.DateTimeFormat>();
const zoneNames = new Map<string, Intl.DateTimeFormat>();

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
    });
    parts.set(timeZone, f);
  }
  return f;
}

function zoneName(timeZone: string, at: Date): string {
  const name = (locale: string) => {
    const key = `${locale}|${timeZone}`;
    let f = zoneNames.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
      zoneNames.set(key, f);
    }
    return f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  };
  const british = name('en-GB');
  if (!/^(?:GMT|UTC)[+-]/.test(british)) return british;
  const american = name('en-US');
  return /^(?:GMT|UTC)[+-]/.test(american) ? british : american;
}

export function readableInstant(instant: Date | string, timeZone: string, now?: Date): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const p = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  const thisYear = now
    ? Object.fromEntries(
        formatter(timeZone)
          .formatToParts(now)
          .map((x) => [x.type, x.value]),
      ).year
    : p.year;
  const year = thisYear === p.year ? '' : ` ${p.year}`;
  return `${p.weekday} ${p.day} ${p.month}${year}, ${p.hour}:${p.minute} ${zoneName(timeZone, at)}`;
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
