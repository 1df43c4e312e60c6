/** Issue 22 bad input: the clock's policy is refused at load with the bad field named. */
import { describe, expect, it } from 'vitest';
import { PolicyError, resolvePolicy } from '../../../src/store/policy-file.ts';

function problemsOf(override: unknown): string[] {
  try {
    resolvePolicy(override, 'policy.yaml');
  } catch (error) {
    if (error instanceof PolicyError) return error.problems;
    throw error;
  }
  return [];
}

const rung = (level: string, repeatEveryMinutes: number, repeats = 2) => ({ level, repeatEveryMinutes, repeats });

describe('the escalation ladder and reminders in policy (issue 22)', () => {
  it('issue 22 bad input: a zero or negative repeat interval is refused at load, naming the field', () => {
    expect(problemsOf({ escalation: { ladder: [rung('manager', 0)] } })).toEqual([
      'escalation.ladder.0.repeatEveryMinutes: must be more than 0 minutes',
    ]);
    expect(problemsOf({ escalation: { ladder: [rung('manager', 30), rung('head', -5)] } })).toEqual([
      'escalation.ladder.1.repeatEveryMinutes: must be more than 0 minutes',
    ]);
  });

  it('issue 22 bad input: an unknown escalation level is refused at load, naming the field and the known levels', () => {
    expect(problemsOf({ escalation: { ladder: [rung('manager', 30), rung('director', 60)] } })).toEqual([
      'escalation.ladder.1.level: unknown escalation level "director" (expected one of manager, head)',
    ]);
    expect(problemsOf({ escalation: { ladder: [] } })).toEqual([
      'escalation.ladder: the escalation ladder needs at least one level',
    ]);
    expect(problemsOf({ escalation: { fallbackRole: 'ceo' } })[0]).toMatch(/^escalation\.fallbackRole: /);
    expect(
      problemsOf({ escalation: { ladder: [{ level: 'manager', repeatEveryMinutes: 30, repeats: 1, every: 3 }] } })[0],
    ).toMatch(/^escalation\.ladder\.0: .*every/);
  });

  it('issue 22 bad input: reminder and resolution days must be positive, the resolution after the reminder', () => {
    expect(problemsOf({ waitingOnCustomer: { reminderAfterBusinessDays: 0 } })).toEqual([
      'waitingOnCustomer.reminderAfterBusinessDays: must be more than 0 days',
    ]);
    expect(problemsOf({ waitingOnCustomer: { reminderAfterBusinessDays: 5, resolveAfterBusinessDays: 5 } })).toEqual([
      'waitingOnCustomer.resolveAfterBusinessDays: must be after reminderAfterBusinessDays (the reminder is the notice)',
    ]);
    expect(problemsOf({ waitingOnCustomer: { resolveAfterBusinessDays: null } })).toEqual([]);
    expect(problemsOf({ tempLicense: { reminderDaysBefore: [7, 0] } })).toEqual([
      'tempLicense.reminderDaysBefore.1: must be more than 0 days',
    ]);
    expect(problemsOf({ tempLicense: { reminderTime: '25:00' } })).toEqual([
      'tempLicense.reminderTime: expected HH:MM (24-hour)',
    ]);
  });

  it('issue 22: a valid override changes the ladder (arrays replace the default)', () => {
    const policy = resolvePolicy({ escalation: { ladder: [rung('manager', 15, 0), rung('head', 45, 1)] } });
    expect(policy.escalation.ladder).toEqual([rung('manager', 15, 0), rung('head', 45, 1)]);
    expect(policy.escalation.atRiskPercent).toBe(75);
  });
});
