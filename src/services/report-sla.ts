/** `report sla`: compliance of stored cases (clock started within [from, to]) per tier and severity. */
import type { SeverityId, TierId } from '../domain/ids.ts';
import type { Policy } from '../domain/policy/schema.ts';
import { type ComplianceRow, computeCompliance } from '../domain/sla/index.ts';
import { allCases } from '../store/case-store.ts';
import type { Db } from '../store/database.ts';

export function reportSla(db: Db, policy: Policy, range: { from: Date; to: Date; asOf: Date }): ComplianceRow[] {
  const cases = allCases(db).filter(
    (c) =>
      c.clockStartedAt !== null &&
      c.tier !== null &&
      c.severity !== null &&
      c.responseDue !== null &&
      c.targetDue !== null &&
      new Date(c.clockStartedAt) >= range.from &&
      new Date(c.clockStartedAt) < range.to,
  );
  return computeCompliance(
    policy,
    cases.map((c) => ({
      tier: c.tier as TierId,
      severity: c.severity as SeverityId,
      responseDue: new Date(c.responseDue!),
      respondedAt: c.respondedAt ? new Date(c.respondedAt) : null,
      targetDue: new Date(c.targetDue!),
      targetMetAt: c.targetMetAt ? new Date(c.targetMetAt) : null,
    })),
    range.asOf,
  );
}
