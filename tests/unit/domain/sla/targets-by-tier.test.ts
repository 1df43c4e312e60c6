import { describe, expect, it } from 'vitest';
import { SEVERITIES, type SeverityId, TIERS, type TierId } from '../../../../src/domain/ids.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { calendarFor, computeSla, targetsFor } from '../../../../src/domain/sla/index.ts';

const americas = calendarFor(DEFAULT_POLICY, 'americas');
// Wednesday 14 October 2026, 10:00 in New York (EDT, UTC-4); no US public holiday in the next three weeks.
const START = new Date('2026-10-14T14:00:00Z');

interface Expected {
  responseDue: string;
  targetKind: 'restoration' | 'resolution';
  targetDue: string;
  commitmentPercent: number | null;
  processed: '7x24' | 'business-hours';
  mustCallIn: boolean;
}

/** DOMAIN.md §3 table 1 (Business Care, Pure Success) and table 2 (the enhanced tiers). */
const STANDARD: Record<SeverityId, Expected & { rule: string }> = {
  'critical-production-down': {
    rule: 'responds within 60 minutes (called in), restoration in 4 hours',
    responseDue: '2026-10-14T15:00:00.000Z',
    targetKind: 'restoration',
    targetDue: '2026-10-14T18:00:00.000Z',
    commitmentPercent: null,
    processed: '7x24',
    mustCallIn: true,
  },
  critical: {
    rule: 'responds within 60 minutes (called in), resolution in 24 hours in 80%',
    responseDue: '2026-10-14T15:00:00.000Z',
    targetKind: 'resolution',
    targetDue: '2026-10-15T14:00:00.000Z',
    commitmentPercent: 80,
    processed: '7x24',
    mustCallIn: true,
  },
  high: {
    rule: 'responds within 4 business hours, resolution in 2 business days in 80%',
    responseDue: '2026-10-14T18:00:00.000Z',
    targetKind: 'resolution',
    targetDue: '2026-10-16T14:00:00.000Z',
    commitmentPercent: 80,
    processed: 'business-hours',
    mustCallIn: false,
  },
  medium: {
    rule: 'responds within 1 business day, resolution in 5 business days in 80%',
    responseDue: '2026-10-15T14:00:00.000Z',
    targetKind: 'resolution',
    targetDue: '2026-10-21T14:00:00.000Z',
    commitmentPercent: 80,
    processed: 'business-hours',
    mustCallIn: false,
  },
  low: {
    rule: 'responds within 1 business day, resolution in 10 business days in 80%',
    responseDue: '2026-10-15T14:00:00.000Z',
    targetKind: 'resolution',
    targetDue: '2026-10-28T14:00:00.000Z',
    commitmentPercent: 80,
    processed: 'business-hours',
    mustCallIn: false,
  },
};

const ENHANCED: Record<SeverityId, Expected & { rule: string }> = {
  'critical-production-down': {
    ...STANDARD['critical-production-down'],
    rule: 'responds within 30 minutes (called in), restoration in 4 hours',
    responseDue: '2026-10-14T14:30:00.000Z',
  },
  critical: {
    ...STANDARD.critical,
    rule: 'responds within 30 minutes (called in), resolution in 24 hours in 90%',
    responseDue: '2026-10-14T14:30:00.000Z',
    commitmentPercent: 90,
  },
  high: {
    ...STANDARD.high,
    rule: 'responds within 2 business hours, resolution in 2 business days in 90%',
    responseDue: '2026-10-14T16:00:00.000Z',
    commitmentPercent: 90,
  },
  medium: {
    ...STANDARD.medium,
    rule: 'responds within 4 business hours, resolution in 5 business days in 90%',
    responseDue: '2026-10-14T18:00:00.000Z',
    commitmentPercent: 90,
  },
  low: {
    ...STANDARD.low,
    rule: 'responds within 1 business day, resolution in 10 business days in 90%',
    commitmentPercent: 90,
  },
};

const TABLE_OF: Record<TierId, Record<SeverityId, Expected & { rule: string }>> = {
  'business-care': STANDARD,
  'pure-success': STANDARD,
  'business-care-plus': ENHANCED,
  'premium-care': ENHANCED,
  'pure-success-enhanced': ENHANCED,
};

const cases = TIERS.flatMap((tier) => SEVERITIES.map((severity) => ({ tier, severity, ...TABLE_OF[tier][severity] })));

describe('computeSla: every care tier × severity on a production system', () => {
  it.each(cases)('DOMAIN.md §3: $tier $severity $rule', ({ tier, severity, rule: _rule, ...expected }) => {
    const outcome = computeSla({
      policy: DEFAULT_POLICY,
      tier,
      severity,
      system: 'production',
      clockStart: START,
      calendar: americas,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect({
      responseDue: outcome.responseDue.toISOString(),
      targetKind: outcome.targetKind,
      targetDue: outcome.targetDue.toISOString(),
      commitmentPercent: outcome.commitmentPercent,
      processed: outcome.processed,
      mustCallIn: outcome.mustCallIn,
    }).toEqual(expected);
  });
});

describe('computeSla: test/lab systems (DOMAIN.md §2)', () => {
  const allowed = TIERS.flatMap((tier) =>
    (['high', 'medium', 'low'] as const).map((severity) => ({ tier, severity, ...TABLE_OF[tier][severity] })),
  );
  it.each(allowed)('DOMAIN.md §2: $tier $severity is allowed on a test/lab system, same targets', (row) => {
    const outcome = computeSla({
      policy: DEFAULT_POLICY,
      tier: row.tier,
      severity: row.severity,
      system: 'test',
      clockStart: START,
      calendar: americas,
    });
    expect(outcome.ok && outcome.responseDue.toISOString()).toBe(row.responseDue);
    expect(outcome.ok && outcome.targetDue.toISOString()).toBe(row.targetDue);
  });

  const refused = TIERS.flatMap((tier) =>
    (['critical-production-down', 'critical'] as const).map((severity) => ({ tier, severity })),
  );
  it.each(refused)(
    'DOMAIN.md §2: $tier $severity is refused on a test/lab system; the highest allowed is high',
    ({ tier, severity }) => {
      const outcome = computeSla({
        policy: DEFAULT_POLICY,
        tier,
        severity,
        system: 'test',
        clockStart: START,
        calendar: americas,
      });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.reason).toBe('severity-not-allowed-on-test');
      expect(outcome.highestAllowed).toBe('high');
      expect(outcome.message).toMatch(/test\/lab system can be at most High \(high\)/);
    },
  );
});

describe('computeSla: hot-fix policy per severity (DOMAIN.md §3, seed 001 Addendum A)', () => {
  const expected: Record<SeverityId, { commitment: string; fixIn: string }> = {
    'critical-production-down': { commitment: 'on-request', fixIn: 'next-maintenance-release' },
    critical: { commitment: 'on-request', fixIn: 'next-maintenance-release' },
    high: { commitment: 'exception-only', fixIn: 'next-maintenance-release' },
    medium: { commitment: 'none', fixIn: 'future-maintenance-release' },
    low: { commitment: 'none', fixIn: 'no-commitment' },
  };
  it.each(SEVERITIES)('DOMAIN.md §3: hot-fix commitment of %s', (severity) => {
    const outcome = computeSla({
      policy: DEFAULT_POLICY,
      tier: 'premium-care',
      severity,
      system: 'production',
      clockStart: START,
      calendar: americas,
    });
    expect(outcome.ok && { commitment: outcome.hotFix.commitment, fixIn: outcome.hotFix.fixIn }).toEqual(
      expected[severity],
    );
    expect(outcome.ok && outcome.hotFix.text).toBe(DEFAULT_POLICY.severities[severity].hotFix.text);
  });
});

describe('targetsFor', () => {
  it('DOMAIN.md §3: Business Care and Pure Success share table 1; the three enhanced tiers share table 2', () => {
    expect(targetsFor(DEFAULT_POLICY, 'pure-success', 'high')).toEqual(
      targetsFor(DEFAULT_POLICY, 'business-care', 'high'),
    );
    expect(targetsFor(DEFAULT_POLICY, 'pure-success-enhanced', 'medium').response).toEqual({
      amount: 4,
      unit: 'business-hours',
    });
    expect(targetsFor(DEFAULT_POLICY, 'business-care', 'medium').response).toEqual({
      amount: 1,
      unit: 'business-days',
    });
  });
});
