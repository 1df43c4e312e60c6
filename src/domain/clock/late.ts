/** How late timed work ran, in words (a page that fell due while the bot was down says so). */

/** Work this much past its instant is late: the scheduler wakes at least every 30 s, so this is not lag. */
export const LATE_AFTER_MS = 2 * 60_000;

/** 3 h 5 min · 25 min · 2 d 3 h (minutes are dropped past a day). */
export function describeLateness(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  return `${Math.max(1, rest)} min`;
}
