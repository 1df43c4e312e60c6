/**
 * An instant as each reader sees it in Slack: a `<!date>` token, which Slack renders in the reader's own
 * time zone and clock format ("today at 2:14 AM", "Dec 8, 2026 at 09:30") — a manager in Tokyo reads an
 * EMEA case's due in Tokyo time. Clients that cannot render the token (notifications, some mobile
 * previews) show the fallback: the readable time in `zone` with its name ("Mon 7 Dec, 02:14 EST"),
 * never raw ISO. Pure.
 */
import { readableInstant } from '../../../domain/readable-time.ts';

export function slackTime(instant: string | Date, zone: string, now?: Date): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const fallback = readableInstant(at, zone, now).replace(/[|<>]/g, ' ');
  return `<!date^${Math.floor(at.getTime() / 1000)}^{date_short_pretty} at {time}|${fallback}>`;
}

/** A due, or what stands in for one that is not running. */
export const slackDue = (instant: string | null, zone: string, now?: Date): string =>
  instant ? slackTime(instant, zone, now) : 'not yet running';
