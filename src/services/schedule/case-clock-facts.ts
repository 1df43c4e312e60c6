/** Loads what the case clock plan needs (domain/clock/case-clock.ts) for one case. */
import type { CaseClockFacts } from '../../domain/clock/case-clock.ts';
import { pageKey } from '../../domain/clock/sla-pages.ts';
import type { SeverityId } from '../../domain/ids.ts';
import type { Policy } from '../../domain/policy/schema.ts';
import type { BusinessCalendar } from '../../domain/sla/index.ts';
import { issuedTempLicenses } from '../../store/approval-store.ts';
import type { CaseRow } from '../../store/case-store.ts';
import type { Db } from '../../store/database.ts';
import { noticesOfCase } from '../../store/notice-store.ts';
import { pagesOfCase } from '../../store/page-store.ts';
import { openTasksOfCase } from '../../store/task-store.ts';
import { calendarOfCase } from '../engine/case-sla.ts';
import { parseInstant } from './iso-instant.ts';

const NO_PAUSES: never[] = [];
const date = (iso: string | null): Date | null => (iso ? parseInstant(iso) : null);

/** `calendar`: the case's calendar when the caller has it already (the bulk planner looks it up once a case). */
export function slaFactsOf(
  policy: Policy,
  c: CaseRow,
  calendar: BusinessCalendar = calendarOfCase(policy, c),
): CaseClockFacts['sla'] {
  if (!c.severity || !c.clockStartedAt) return null;
  const severity = policy.severities[c.severity as SeverityId];
  if (!severity) return null;
  return {
    processed: severity.processed,
    calendar,
    clockStart: parseInstant(c.clockStartedAt),
    responseDue: date(c.responseDue),
    targetDue: date(c.targetDue),
    respondedAt: date(c.respondedAt),
    targetMetAt: date(c.targetMetAt),
    pauses: c.pauses.length === 0 ? NO_PAUSES : c.pauses.map((p) => ({ from: new Date(p.from), to: new Date(p.to) })),
  };
}

/** Temporary license files Customer Care issued on this case (approved temp-license approvals). */
export async function issuedLicenses(db: Db, caseId: number): Promise<CaseClockFacts['licenses']> {
  return (await issuedTempLicenses(db, caseId)).map((a) => ({
    approvalId: a.id,
    decidedAt: new Date(a.decidedAt ?? a.createdAt),
    expiresOn: a.expiresOn,
  }));
}

export async function loadCaseClockFacts(db: Db, policy: Policy, c: CaseRow): Promise<CaseClockFacts> {
  const pages = await pagesOfCase(db, c.id);
  const calendar = calendarOfCase(policy, c);
  return {
    caseId: c.id,
    state: c.state,
    sla: slaFactsOf(policy, c, calendar),
    pausedAt: c.pausedAt ? new Date(c.pausedAt) : null,
    calendar,
    timeZone: c.timeZone ?? policy.regions[(c.region ?? 'americas') as 'americas'].timeZone,
    pagesSent: new Set(pages.map((p) => pageKey(p.target, p.level, p.dueKey))),
    openPages: pages
      .filter((p) => p.state === 'open')
      .map((p) => ({
        id: p.id,
        target: p.target,
        level: p.level,
        dueKey: p.dueKey,
        taskId: p.taskId,
        nextRepageAt: p.nextRepageAt ? new Date(p.nextRepageAt) : null,
      })),
    openTasks: (await openTasksOfCase(db, c.id)).map((t) => ({ id: t.id, dueAt: new Date(t.dueAt) })),
    noticesSent: await noticesOfCase(db, c.id),
    licenses: await issuedLicenses(db, c.id),
  };
}
