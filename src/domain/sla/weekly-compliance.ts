/**
 * The weekly trend of SLA compliance (issue 22 report): cases grouped by the ISO week (Monday, UTC) in
 * which their clock started, each outcome decided as in computeCompliance (met, missed, pending as of
 * an instant). Shares are met / (met + missed), null while nothing is decided.
 */
import type { ComplianceCase } from './compliance.ts';

export interface WeeklyCompliance {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  week: string;
  cases: number;
  responseMet: number;
  responseMissed: number;
  responseMetShare: number | null;
  targetMet: number;
  targetMissed: number;
  targetMetShare: number | null;
}

const DAY_MS = 86_400_000;

export function weekOf(at: Date): string {
  const day = Math.floor(at.getTime() / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 → ISO weekday 4; Monday = day - ((day + 3) mod 7).
  const monday = day - ((((day + 3) % 7) + 7) % 7);
  return new Date(monday * DAY_MS).toISOString().slice(0, 10);
}

type Outcome = 'met' | 'missed' | 'pending';

function outcomeOf(due: Date, metAt: Date | null | undefined, asOf: Date): Outcome {
  if (metAt && metAt.getTime() <= asOf.getTime()) return metAt.getTime() <= due.getTime() ? 'met' : 'missed';
  return asOf.getTime() > due.getTime() ? 'missed' : 'pending';
}

const share = (met: number, missed: number) => (met + missed === 0 ? null : met / (met + missed));

/** One row per week from the first to the last week of [from, to), empty weeks included, oldest first. */
export function weeklyCompliance(
  cases: ReadonlyArray<ComplianceCase & { clockStart: Date }>,
  range: { from: Date; to: Date; asOf: Date },
): WeeklyCompliance[] {
  const weeks = new Map<string, WeeklyCompliance>();
  const last = new Date(Math.max(range.from.getTime(), range.to.getTime() - 1));
  for (
    let at = new Date(weekOf(range.from));
    at.getTime() <= last.getTime();
    at = new Date(at.getTime() + 7 * DAY_MS)
  ) {
    const week = at.toISOString().slice(0, 10);
    weeks.set(week, {
      week,
      cases: 0,
      responseMet: 0,
      responseMissed: 0,
      responseMetShare: null,
      targetMet: 0,
      targetMissed: 0,
      targetMetShare: null,
    });
  }
  for (const c of cases) {
    const row = weeks.get(weekOf(c.clockStart));
    if (!row) continue;
    row.cases++;
    const response = outcomeOf(c.responseDue, c.respondedAt, range.asOf);
    if (response === 'met') row.responseMet++;
    else if (response === 'missed') row.responseMissed++;
    if (c.requiresDefectCorrection) continue;
    const target = outcomeOf(c.targetDue, c.targetMetAt, range.asOf);
    if (target === 'met') row.targetMet++;
    else if (target === 'missed') row.targetMissed++;
  }
  return [...weeks.values()].map((w) => ({
    ...w,
    responseMetShare: share(w.responseMet, w.responseMissed),
    targetMetShare: share(w.targetMet, w.targetMissed),
  }));
}
