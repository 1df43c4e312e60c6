/** Issue 21 §1: business impact is the clause that says what the problem costs, or nothing. */
import { describe, expect, it } from 'vitest';
import { readImpact } from '../../../../src/domain/understanding/impact.ts';

const impact = (text: string) => readImpact(text).value;

describe('issue 21 §1: business impact — the clause that says what the problem costs', () => {
  it('issue 21 §1: people or work counted is impact ("35 advisors cannot take calls", "1,200 orders a day")', () => {
    expect(impact('Routing stopped at noon. 35 advisors cannot take calls.')).toContain(
      '35 advisors cannot take calls',
    );
    expect(impact('The export hangs; we lose 1,200 orders a day.')).toContain('1,200 orders a day');
  });

  it('issue 21 §1: money, deadlines and regulators are impact', () => {
    expect(impact('Billing reports are wrong. We are losing about €4k per day on refunds.')).toContain('€4k');
    expect(impact('The wallboard is frozen. Our cutover is on Saturday night.')).toContain('cutover is on Saturday');
    expect(impact('IVR prompts are silent. The board pack is due tonight.')).toContain('board pack is due tonight');
    expect(impact('Recording stopped. The regulator requires every trade call to be kept.')).toContain(
      'regulator requires every trade call',
    );
    expect(impact('Outbound dialer is stuck, we cannot reach any of the overdue accounts')).toContain(
      'we cannot reach',
    );
  });

  it('issue 21 §1: the clause that tells the symptom with its cause is not taken as impact', () => {
    expect(impact('the queue dashboards are empty since the DB team changed the time zone')).toBeUndefined();
    expect(impact('supervisors cannot edit skills after we imported the new templates')).toBeUndefined();
  });

  it('issue 21 §1: a version or a case number is no count of people ("8.5 agents", "01000004, the customer")', () => {
    expect(impact('the Workspace Desktop Edition 8.5 agents see a blank screen since Monday')).toBeUndefined();
    expect(impact('please escalate 01000004, the customer is unhappy')).toBeUndefined();
    expect(impact('our Workspace Desktop Edition 8.5 agents cannot log in since this morning')).not.toMatch(
      /^5 agents/,
    );
  });

  it('issue 21 §1: a real cost wins over a cost said to be small ("no revenue loss, but …")', () => {
    expect(impact('No financial impact, but 12 team leads cannot approve schedules.')).toContain(
      '12 team leads cannot approve',
    );
    expect(impact('Only minor impact for now.')).toContain('minor impact');
  });

  it('issue 21 §1: the clause that carries the impact on is kept ("300 agents, most of them waiting")', () => {
    expect(impact('Login fails for 300 agents, most of them waiting in the break room.')).toContain(
      'most of them waiting',
    );
  });

  it("issue 21 §1: a pasted log line is not the contact's impact", () => {
    expect(impact('12:01:07 agent=4411 callers=3 -> BYE sent by media server')).toBeUndefined();
  });

  it('issue 21 §1: a sentence after a question starts a clause ("Can you raise it? The audit report is due Friday.")', () => {
    expect(impact('Can you raise it? The audit report is due Friday.')).toBe('The audit report is due Friday');
  });

  it('issue 21 §1: a whole short sentence is the impact ("Because of this our billing desk misses 300 calls a day")', () => {
    expect(impact('Calls fail since Monday. Because of this our billing desk misses about 300 calls a day.')).toContain(
      'our billing desk misses about 300 calls a day',
    );
  });

  it('issue 21 §1: what happens to customers or money is impact ("callers are charged twice", "agents may refund …")', () => {
    expect(impact('The payment IVR loops. Callers are charged twice for one order.')).toContain('charged twice');
    expect(impact('High - agents may refund the wrong customer.')).toBe('agents may refund the wrong customer');
  });
});
