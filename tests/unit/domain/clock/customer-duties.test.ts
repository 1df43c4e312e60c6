import { describe, expect, it } from 'vitest';
import { licenseReminderKey, planCustomerDuties } from '../../../../src/domain/clock/customer-duties.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { calendarFor } from '../../../../src/domain/sla/index.ts';

const facts = (overrides: Partial<Parameters<typeof planCustomerDuties>[0]> = {}) => ({
  caseId: 7,
  state: 'open',
  pausedAt: null,
  calendar: calendarFor(DEFAULT_POLICY, 'emea'),
  timeZone: 'Europe/Paris',
  noticesSent: new Map<string, Date>(),
  licenses: [{ approvalId: 3, decidedAt: new Date('2026-11-23T14:00:00Z'), expiresOn: '2026-12-23' }],
  ...overrides,
});

describe('temporary license reminders (issue 22 §3, seed 000)', () => {
  it('issue 22 §3: 7 days and 1 day before expiry at 09:00 in the case’s zone; the next one is what the job sleeps until', () => {
    const plan = planCustomerDuties(facts(), DEFAULT_POLICY, new Date('2026-12-01T00:00:00Z'));
    expect(plan.actions).toEqual([]);
    expect(plan.next?.toISOString()).toBe('2026-12-16T08:00:00.000Z');
    const due = planCustomerDuties(facts(), DEFAULT_POLICY, new Date('2026-12-16T08:00:00Z'));
    expect(due.actions).toEqual([
      expect.objectContaining({ kind: 'license-reminder', key: licenseReminderKey(3, 7), daysBefore: 7 }),
    ]);
  });

  it('issue 22 §3: after an outage only the latest due reminder is sent (the older one is settled unsent); none once expired', () => {
    const late = planCustomerDuties(facts(), DEFAULT_POLICY, new Date('2026-12-22T10:00:00Z'));
    expect(late.actions).toEqual([
      { kind: 'settle-notice', key: licenseReminderKey(3, 7) },
      expect.objectContaining({ kind: 'license-reminder', key: licenseReminderKey(3, 1), daysBefore: 1 }),
    ]);
    const expired = planCustomerDuties(facts(), DEFAULT_POLICY, new Date('2026-12-24T00:00:00Z'));
    expect(expired.actions.every((a) => a.kind === 'settle-notice')).toBe(true);
  });

  it('issue 22 §3: a reminder within a day of the issue is not planned (a 7-day file gets only the 1-day reminder)', () => {
    const sevenDay = facts({
      licenses: [{ approvalId: 4, decidedAt: new Date('2026-11-23T14:00:00Z'), expiresOn: '2026-11-30' }],
    });
    const plan = planCustomerDuties(sevenDay, DEFAULT_POLICY, new Date('2026-11-23T14:00:00Z'));
    expect(plan.next?.toISOString()).toBe('2026-11-29T08:00:00.000Z');
  });
});
