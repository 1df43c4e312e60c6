/**
 * `report sla`: compliance of stored cases (clock started within [from, to)) per tier and severity,
 * overall, and week by week (issue 22).
 */
import type { SeverityId, TierId } from '../domain/ids.ts';
import type { Policy } from '../domain/policy/schema.ts';
import {
  type ComplianceCase,
  type ComplianceRow,
  computeCompliance,
  type WeeklyCompliance,
  weeklyCompliance,
} from '../domain/sla/index.ts';
import { allCases } from '../store/case-store.ts';
import type { Db } from '../store/database.ts';

export interface SlaReport {
  from: string;
  to: string;
  asOf: string;
  rows: ComplianceRow[];
  totals: {
    cases: number;
    responseMet: number;
    responseMissed: number;
    responsePending: number;
    targetMet: number;
    targetMissed: number;
    targetPending: number;
  };
  weeks: WeeklyCompliance[];
}

export async function reportSla(
  db: Db,
  policy: Policy,
  range: { from: Date; to: Date; asOf: Date },
): Promise<SlaReport> {
  const cases = (await allCases(db)).flatMap((c): Array<ComplianceCase & { clockStart: Date }> => {
    if (!c.clockStartedAt || !c.tier || !c.severity || !c.responseDue || !c.targetDue) return [];
    const clockStart = new Date(c.clockStartedAt);
    if (clockStart < range.from || clockStart >= range.to) return [];
    return [
      {
        tier: c.tier as TierId,
        severity: c.severity as SeverityId,
        clockStart,
        responseDue: new Date(c.responseDue),
        respondedAt: c.respondedAt ? new Date(c.respondedAt) : null,
        targetDue: new Date(c.targetDue),
        targetMetAt: c.targetMetAt ? new Date(c.targetMetAt) : null,
      },
    ];
  });
  const rows = computeCompliance(policy, cases, range.asOf);
  const sum = (pick: (r: ComplianceRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    asOf: range.asOf.toISOString(),
    rows,
    totals: {
      cases: sum((r) => r.count),
      responseMet: sum((r) => r.responseMet),
      responseMissed: sum((r) => r.responseMissed),
      responsePending: sum((r) => r.responsePending),
      targetMet: sum((r) => r.targetMet),
      targetMissed: sum((r) => r.targetMissed),
      targetPending: sum((r) => r.targetPending),
    },
    weeks: weeklyCompliance(cases, range),
  };
}
