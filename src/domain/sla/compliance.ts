/**
 * SLA compliance per care tier and severity, as of an instant (DOMAIN.md §3: a restoration /
 * resolution target is committed "in 80% (90%) of all cases", for issues that need no defect correction).
 *
 * Each case's response and target are classified as of `asOf`:
 * | met at (≤ asOf)?   | vs due      | as of vs due | outcome  |
 * |--------------------|-------------|--------------|----------|
 * | yes                | ≤ due       | –            | met      |
 * | yes                | > due       | –            | missed   |
 * | no (or after asOf) | –           | asOf > due   | missed   |
 * | no (or after asOf) | –           | asOf ≤ due   | pending  |
 * Shares count met / (met + missed); pending cases are left out until they are decided, and a share
 * with nothing decided is null. Cases marked `requiresDefectCorrection` count for the response share
 * but not for the target share, which is what the commitment covers.
 */
import { SEVERITIES, type SeverityId, TIERS, type TierId } from '../ids.ts';
import type { Policy } from '../policy/schema.ts';
import { targetsFor } from './targets.ts';

export interface ComplianceCase {
  tier: TierId;
  severity: SeverityId;
  responseDue: Date;
  respondedAt?: Date | null;
  targetDue: Date;
  targetMetAt?: Date | null;
  /** Seed 001: the percentages apply "for issues that do not require a defect to be corrected". */
  requiresDefectCorrection?: boolean;
}

export interface ComplianceRow {
  tier: TierId;
  severity: SeverityId;
  count: number;
  responseMet: number;
  responseMissed: number;
  responsePending: number;
  /** met / (met + missed), 0 … 1; null when none is decided yet. */
  responseMetShare: number | null;
  targetMet: number;
  targetMissed: number;
  targetPending: number;
  targetMetShare: number | null;
  commitmentPercent: number | null;
  /** null when the policy has no percentage for this target or no case is decided yet. */
  commitmentMet: boolean | null;
}

type Outcome = 'met' | 'missed' | 'pending';

function outcomeOf(due: Date, metAt: Date | null | undefined, asOf: Date): Outcome {
  if (metAt && metAt.getTime() <= asOf.getTime()) return metAt.getTime() <= due.getTime() ? 'met' : 'missed';
  return asOf.getTime() > due.getTime() ? 'missed' : 'pending';
}

const share = (met: number, missed: number): number | null => (met + missed === 0 ? null : met / (met + missed));

/** Rows for every tier × severity that has at least one case, in canonical order (DOMAIN.md §9). */
export function computeCompliance(policy: Policy, cases: ReadonlyArray<ComplianceCase>, asOf: Date): ComplianceRow[] {
  const rows = new Map<string, ComplianceRow>();
  for (const c of cases) {
    const key = `${c.tier}|${c.severity}`;
    let row = rows.get(key);
    if (!row) {
      row = emptyRow(c.tier, c.severity, targetsFor(policy, c.tier, c.severity).target.commitmentPercent);
      rows.set(key, row);
    }
    row.count++;
    const response = outcomeOf(c.responseDue, c.respondedAt, asOf);
    if (response === 'met') row.responseMet++;
    else if (response === 'missed') row.responseMissed++;
    else row.responsePending++;
    if (c.requiresDefectCorrection) continue;
    const target = outcomeOf(c.targetDue, c.targetMetAt, asOf);
    if (target === 'met') row.targetMet++;
    else if (target === 'missed') row.targetMissed++;
    else row.targetPending++;
  }
  const ordered: ComplianceRow[] = [];
  for (const tier of TIERS) {
    for (const severity of SEVERITIES) {
      const row = rows.get(`${tier}|${severity}`);
      if (!row) continue;
      row.responseMetShare = share(row.responseMet, row.responseMissed);
      row.targetMetShare = share(row.targetMet, row.targetMissed);
      row.commitmentMet =
        row.commitmentPercent === null || row.targetMetShare === null
          ? null
          : row.targetMetShare * 100 >= row.commitmentPercent;
      ordered.push(row);
    }
  }
  return ordered;
}

function emptyRow(tier: TierId, severity: SeverityId, commitmentPercent: number | null): ComplianceRow {
  return {
    tier,
    severity,
    count: 0,
    responseMet: 0,
    responseMissed: 0,
    responsePending: 0,
    responseMetShare: null,
    targetMet: 0,
    targetMissed: 0,
    targetPending: 0,
    targetMetShare: null,
    commitmentPercent,
    commitmentMet: null,
  };
}
