/**
 * What the clock owes the customer (issue 22, seeds 000 and 001):
 * - a case waiting on the customer is reminded after `reminderAfterBusinessDays` business days, and
 *   per policy resolved `resolveAfterBusinessDays` after it began waiting — never before the reminder
 *   (the notice) has had the difference to work: a reminder sent late moves the resolution with it;
 * - a temporary license file Customer Care issued is reminded of `reminderDaysBefore` days before it
 *   expires, at `reminderTime` in the case's zone; a reminder that falls within a day of the issue is not
 *   planned, and when several fell due at once (the bot was down) only the latest is sent, the others
 *   are settled unsent; nothing is sent once the file has expired.
 */
import { DateTime } from 'luxon';
import type { Policy } from '../policy/schema.ts';
import type { BusinessCalendar } from '../sla/business-calendar.ts';
import type { ClockAction } from './clock-action.ts';

export interface IssuedLicense {
  approvalId: number;
  decidedAt: Date;
  /** YYYY-MM-DD: the last day the file runs, in the case's zone. */
  expiresOn: string;
}

export interface CustomerFacts {
  caseId: number;
  state: string;
  pausedAt: Date | null;
  calendar: BusinessCalendar;
  timeZone: string;
  /** Notice key → when it was sent (or settled). */
  noticesSent: ReadonlyMap<string, Date>;
  licenses: ReadonlyArray<IssuedLicense>;
}

const DAY_MS = 86_400_000;

export const waitingKeys = (caseId: number, pausedAt: Date) => {
  const base = `waiting:${caseId}:${pausedAt.toISOString()}`;
  return { reminder: `${base}:reminder`, resolve: `${base}:resolve` };
};

export const licenseReminderKey = (approvalId: number, daysBefore: number) =>
  `license-expiry:${approvalId}:${daysBefore}d`;

export function planCustomerDuties(
  facts: CustomerFacts,
  policy: Policy,
  now: Date,
): { actions: ClockAction[]; next: Date | null } {
  const actions: ClockAction[] = [];
  let next: Date | null = null;
  const nowMs = now.getTime();
  if (facts.licenses.length === 0 && !(facts.state === 'waiting-on-customer' && facts.pausedAt)) {
    return { actions, next };
  }

  if (facts.state === 'waiting-on-customer' && facts.pausedAt) {
    const { reminderAfterBusinessDays, resolveAfterBusinessDays } = policy.waitingOnCustomer;
    const day = facts.calendar.businessDayMinutes ?? 600;
    const keys = waitingKeys(facts.caseId, facts.pausedAt);
    const reminderAt = facts.calendar.addBusinessMinutes(facts.pausedAt, reminderAfterBusinessDays * day);
    const remindedAt = facts.noticesSent.get(keys.reminder);
    const gap = resolveAfterBusinessDays === null ? null : (resolveAfterBusinessDays - reminderAfterBusinessDays) * day;
    if (!remindedAt) {
      if (reminderAt.getTime() <= nowMs) {
        const resolveAt = gap === null ? null : resolutionAfter(facts, now, gap, policy);
        actions.push({ kind: 'waiting-reminder', key: keys.reminder, at: reminderAt, resolveAt });
      } else next = earlier(next, reminderAt);
    } else if (gap !== null && !facts.noticesSent.has(keys.resolve)) {
      const resolveAt = resolutionAfter(facts, remindedAt, gap, policy);
      if (resolveAt.getTime() <= nowMs) actions.push({ kind: 'waiting-resolve', key: keys.resolve, at: resolveAt });
      else next = earlier(next, resolveAt);
    }
  }

  for (const license of facts.licenses) {
    const due: Array<{ key: string; at: Date; daysBefore: number }> = [];
    const expiredAt = endOfDay(license.expiresOn, facts.timeZone);
    for (const daysBefore of policy.tempLicense.reminderDaysBefore) {
      const key = licenseReminderKey(license.approvalId, daysBefore);
      if (facts.noticesSent.has(key)) continue;
      const at = reminderInstant(license.expiresOn, daysBefore, policy.tempLicense.reminderTime, facts.timeZone);
      if (at.getTime() < license.decidedAt.getTime() + DAY_MS) continue; // too close to the issue to be useful
      if (at.getTime() <= nowMs) due.push({ key, at, daysBefore });
      else next = earlier(next, at);
    }
    if (due.length === 0) continue;
    due.sort((a, b) => b.at.getTime() - a.at.getTime());
    const [latest, ...older] = due as [(typeof due)[number], ...typeof due];
    for (const skipped of older) actions.push({ kind: 'settle-notice', key: skipped.key });
    if (nowMs >= expiredAt.getTime()) actions.push({ kind: 'settle-notice', key: latest.key });
    else {
      actions.push({
        kind: 'license-reminder',
        key: latest.key,
        at: latest.at,
        approvalId: license.approvalId,
        daysBefore: latest.daysBefore,
        expiresOn: license.expiresOn,
      });
    }
  }
  return { actions, next };
}

/** The resolution: M business days after the pause began, and never sooner than M − N after the reminder. */
function resolutionAfter(facts: CustomerFacts, remindedAt: Date, gapMinutes: number, policy: Policy): Date {
  const day = facts.calendar.businessDayMinutes ?? 600;
  const M = policy.waitingOnCustomer.resolveAfterBusinessDays ?? 0;
  const scheduled = facts.calendar.addBusinessMinutes(facts.pausedAt as Date, M * day);
  const fromReminder = facts.calendar.addBusinessMinutes(remindedAt, gapMinutes);
  return scheduled.getTime() >= fromReminder.getTime() ? scheduled : fromReminder;
}

function earlier(current: Date | null, at: Date): Date {
  return current && current.getTime() <= at.getTime() ? current : at;
}

function reminderInstant(expiresOn: string, daysBefore: number, time: string, zone: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return DateTime.fromISO(expiresOn, { zone })
    .minus({ days: daysBefore })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toJSDate();
}

function endOfDay(date: string, zone: string): Date {
  return DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day').toJSDate();
}
