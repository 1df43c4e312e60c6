/** Cases with decided SLA outcomes, for the report tests (issue 22 §4). */
import type { SeverityId, TierId } from '../../src/domain/ids.ts';
import type { Db } from '../../src/store/database.ts';
import { inTransaction } from '../../src/store/transaction.ts';

export interface DecidedCase {
  tier: TierId;
  severity: SeverityId;
  clockStart: string;
  responseDue: string;
  respondedAt: string | null;
  targetDue: string;
  targetMetAt: string | null;
}

/** `n` cases like `base`, of which the first `met` meet their target and the rest miss it by a day. */
export function decided(base: Omit<DecidedCase, 'targetMetAt' | 'respondedAt'>, n: number, met: number): DecidedCase[] {
  const late = new Date(Date.parse(base.targetDue) + 86_400_000).toISOString();
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    respondedAt: base.clockStart,
    targetMetAt: i < met ? base.clockStart : late,
  }));
}

export async function insertDecidedCases(db: Db, cases: ReadonlyArray<DecidedCase>): Promise<void> {
  const insert = db.$client.prepare(
    `INSERT INTO cases (number, type, state, severity, system, tier, region, clock_started_at, response_due, responded_at,
       target_kind, target_due, target_met_at, must_call_in, pauses, created_at, updated_at)
     VALUES (?, 'support', 'resolved', ?, 'production', ?, 'americas', ?, ?, ?, 'resolution', ?, ?, 0, '[]', ?, ?)`,
  );
  await inTransaction(db, () => {
    cases.forEach((c, i) => {
      insert.run(
        String(80_000_000 + i),
        c.severity,
        c.tier,
        c.clockStart,
        c.responseDue,
        c.respondedAt,
        c.targetDue,
        c.targetMetAt,
        c.clockStart,
        c.clockStart,
      );
    });
  });
}

/** Three weeks of November 2026: premium high 45 of 50 (90%, commitment 90% met), business medium 7 of 10 (missed). */
export function novemberCases(): DecidedCase[] {
  const week = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
  return [
    ...decided(
      { tier: 'premium-care', severity: 'high', clockStart: week(2), responseDue: week(2), targetDue: week(4) },
      20,
      20,
    ),
    ...decided(
      { tier: 'premium-care', severity: 'high', clockStart: week(9), responseDue: week(9), targetDue: week(11) },
      30,
      25,
    ),
    ...decided(
      { tier: 'business-care', severity: 'medium', clockStart: week(16), responseDue: week(17), targetDue: week(23) },
      10,
      7,
    ),
  ];
}
