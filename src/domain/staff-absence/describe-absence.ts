/**
 * An absence as staff read it, in the away member's own zone: whole days as days ("from Mon 21 Dec
 * until the end of Mon 4 Jan 2027"), other edges as instants ("until Fri 11 Dec, 17:00 CET").
 */
import { DateTime } from 'luxon';
import { readableInstant } from '../readable-time.ts';
import { type Absence, isAwayAt } from './absence.ts';

/** The day an instant falls on, without its time ("Mon 4 Jan 2027"; the year only when not this year's). */
function readableDay(day: DateTime, zone: string, now: Date): string {
  return readableInstant(day.set({ hour: 12 }).toJSDate(), zone, now).split(',')[0]!;
}

const atMidnight = (iso: string, zone: string) => {
  const at = DateTime.fromISO(iso, { zone });
  return at.hour === 0 && at.minute === 0 ? at : undefined;
};

export function describeFrom(startsAt: string, zone: string, now: Date): string {
  const midnight = atMidnight(startsAt, zone);
  return midnight ? readableDay(midnight, zone, now) : readableInstant(startsAt, zone, now);
}

export function describeUntil(endsAt: string, zone: string, now: Date): string {
  const midnight = atMidnight(endsAt, zone);
  return midnight
    ? `the end of ${readableDay(midnight.minus({ days: 1 }), zone, now)}`
    : readableInstant(endsAt, zone, now);
}

/** "until the end of Fri 11 Dec" (already started), or "from … until …". */
export function describePeriod(absence: Absence, zone: string, now: Date): string {
  const until = `until ${describeUntil(absence.endsAt, zone, now)}`;
  return isAwayAt(absence, now) ? until : `from ${describeFrom(absence.startsAt, zone, now)} ${until}`;
}

export function describeAbsence(
  member: { name: string },
  absence: Absence,
  cover: { name: string } | undefined,
  zone: string,
  now: Date,
): string {
  const state = isAwayAt(absence, now) ? 'is away' : 'will be away';
  const covered = cover ? `; ${cover.name} covers` : '; pages go to the others of their role';
  return `${member.name} ${state} ${describePeriod(absence, zone, now)}${covered}.`;
}
