import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { calendarFor, escalationLevel, slaProgress } from '../../../../src/domain/sla/index.ts';

const americas = calendarFor(DEFAULT_POLICY, 'americas');
const escalation = DEFAULT_POLICY.escalation;

describe('slaProgress and escalationLevel (DOMAIN.md §8: at risk at 75%, breached at 100%)', () => {
  const start = new Date('2026-10-14T14:00:00Z');
  const due = new Date('2026-10-14T14:30:00Z');
  const progressAt = (at: string) =>
    slaProgress({ processed: '7x24', calendar: americas, start, due, at: new Date(at) });

  it('DOMAIN.md §8: a 7x24 response is at risk after 22.5 of 30 minutes and breached at 30', () => {
    expect(progressAt('2026-10-14T14:10:00Z')).toBeCloseTo(1 / 3, 10);
    expect(escalationLevel(progressAt('2026-10-14T14:22:29Z'), escalation)).toBe('on-track');
    expect(escalationLevel(progressAt('2026-10-14T14:22:30Z'), escalation)).toBe('at-risk');
    expect(escalationLevel(progressAt('2026-10-14T14:30:00Z'), escalation)).toBe('breached');
    expect(progressAt('2026-10-14T15:00:00Z')).toBe(2);
    expect(progressAt('2026-10-14T13:00:00Z')).toBe(0);
  });

  it('DOMAIN.md §8: business-hours progress stands still outside business hours', () => {
    // Premium High opened Friday 17:00 EDT, due Monday 09:00 EDT (2 business hours).
    const friday = new Date('2026-10-16T21:00:00Z');
    const monday9 = new Date('2026-10-19T13:00:00Z');
    const at = (iso: string) =>
      slaProgress({ processed: 'business-hours', calendar: americas, start: friday, due: monday9, at: new Date(iso) });
    expect(at('2026-10-17T15:00:00Z')).toBe(0.5);
    expect(at('2026-10-19T12:00:00Z')).toBe(0.5);
    expect(escalationLevel(at('2026-10-19T12:30:00Z'), escalation)).toBe('at-risk');
    expect(at('2026-10-19T13:00:00Z')).toBe(1);
  });

  it('DOMAIN.md §8: paused time does not count towards the share used', () => {
    const pauses = [{ from: new Date('2026-10-14T14:10:00Z'), to: new Date('2026-10-14T14:20:00Z') }];
    const pausedDue = new Date('2026-10-14T14:40:00Z');
    const at = (iso: string) =>
      slaProgress({ processed: '7x24', calendar: americas, start, due: pausedDue, at: new Date(iso), pauses });
    expect(at('2026-10-14T14:20:00Z')).toBeCloseTo(1 / 3, 10);
    expect(at('2026-10-14T14:40:00Z')).toBe(1);
  });
});
