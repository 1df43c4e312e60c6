import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { type ComplianceCase, computeCompliance } from '../../../../src/domain/sla/index.ts';

const d = (iso: string) => new Date(iso);
const AS_OF = d('2026-10-31T00:00:00Z');

function kase(overrides: Partial<ComplianceCase>): ComplianceCase {
  return {
    tier: 'premium-care',
    severity: 'high',
    responseDue: d('2026-10-14T16:00:00Z'),
    targetDue: d('2026-10-16T14:00:00Z'),
    ...overrides,
  };
}

describe('computeCompliance (DOMAIN.md §3: targets are met "in 80% / 90% of all cases")', () => {
  it('DOMAIN.md §3: Premium Care High meets its 90% commitment with 9 of 10 targets met', () => {
    const cases = [
      ...Array.from({ length: 9 }, () =>
        kase({ respondedAt: d('2026-10-14T15:00:00Z'), targetMetAt: d('2026-10-15T14:00:00Z') }),
      ),
      kase({ respondedAt: d('2026-10-14T17:00:00Z'), targetMetAt: d('2026-10-17T14:00:00Z') }),
    ];
    const [row] = computeCompliance(DEFAULT_POLICY, cases, AS_OF);
    expect(row).toMatchObject({
      tier: 'premium-care',
      severity: 'high',
      count: 10,
      responseMet: 9,
      responseMissed: 1,
      responseMetShare: 0.9,
      targetMetShare: 0.9,
      commitmentPercent: 90,
      commitmentMet: true,
    });
  });

  it('DOMAIN.md §3: Business Care Medium misses its 80% commitment with 3 of 4 targets met', () => {
    const base = { tier: 'business-care' as const, severity: 'medium' as const };
    const cases = [
      kase({ ...base, targetMetAt: d('2026-10-15T14:00:00Z') }),
      kase({ ...base, targetMetAt: d('2026-10-15T14:00:00Z') }),
      kase({ ...base, targetMetAt: d('2026-10-16T14:00:00Z') }), // exactly at the due: met
      kase({ ...base, targetMetAt: d('2026-10-16T14:00:01Z') }),
    ];
    const [row] = computeCompliance(DEFAULT_POLICY, cases, AS_OF);
    expect(row?.targetMetShare).toBe(0.75);
    expect(row?.commitmentPercent).toBe(80);
    expect(row?.commitmentMet).toBe(false);
    // Never responded and the response due has passed: missed.
    expect(row?.responseMissed).toBe(4);
  });

  it('DOMAIN.md §3: cases not yet due and not yet met are pending, not missed', () => {
    const asOf = d('2026-10-15T00:00:00Z');
    const cases = [
      kase({ respondedAt: d('2026-10-14T15:00:00Z') }),
      // Met after the as-of instant: not known yet at asOf, and its target is not yet due.
      kase({ respondedAt: d('2026-10-14T15:00:00Z'), targetMetAt: d('2026-10-15T10:00:00Z') }),
    ];
    const [row] = computeCompliance(DEFAULT_POLICY, cases, asOf);
    expect(row).toMatchObject({ responseMet: 2, targetMet: 0, targetMissed: 0, targetPending: 2 });
    expect(row?.targetMetShare).toBeNull();
    expect(row?.commitmentMet).toBeNull();
  });

  it('DOMAIN.md §3: Production Down restoration has no percentage, so no commitment verdict', () => {
    const cases = [kase({ severity: 'critical-production-down', targetMetAt: d('2026-10-14T15:00:00Z') })];
    const [row] = computeCompliance(DEFAULT_POLICY, cases, AS_OF);
    expect(row?.commitmentPercent).toBeNull();
    expect(row?.targetMetShare).toBe(1);
    expect(row?.commitmentMet).toBeNull();
  });

  it('seed 001: cases that need a defect corrected are left out of the target share', () => {
    const cases = [kase({ targetMetAt: d('2026-10-15T14:00:00Z') }), kase({ requiresDefectCorrection: true })];
    const [row] = computeCompliance(DEFAULT_POLICY, cases, AS_OF);
    expect(row).toMatchObject({ count: 2, targetMet: 1, targetMissed: 0, targetMetShare: 1, commitmentMet: true });
  });

  it('DOMAIN.md §9: rows come in canonical tier then severity order, one per combination with cases', () => {
    const cases = [
      kase({ tier: 'premium-care', severity: 'low' }),
      kase({ tier: 'business-care', severity: 'low' }),
      kase({ tier: 'business-care', severity: 'critical' }),
    ];
    expect(computeCompliance(DEFAULT_POLICY, cases, AS_OF).map((r) => `${r.tier}/${r.severity}`)).toEqual([
      'business-care/critical',
      'business-care/low',
      'premium-care/low',
    ]);
    expect(computeCompliance(DEFAULT_POLICY, [], AS_OF)).toEqual([]);
  });
});
