/**
 * Issue 21 §1, round 20: a share or a count of what is hit, told on its own after the symptom, and the whole
 * operation stopped, said as a clause of its own (impact-shares.ts). Look-alikes: the share that is the
 * symptom's subject or what a screen shows, seats that only say a size, "everything is down" as a report shows it.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const impact = (text: string) =>
  ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products }).slots.businessImpact?.value;

describe('issue 21 §1 (round 20): a share or a count of what is hit', () => {
  it('issue 21 §1: a share that ends its clause or is said to be affected is the impact', () => {
    expect(
      impact('SIP Server 9.0 prod, calls to the billing queue drop after 20s. Roughly 15% of calls affected. high'),
    ).toContain('15% of calls affected');
    expect(impact('IXN 9 prod: emails sit in the workbin since the restart, maybe 30% of emails. medium')).toContain(
      '30% of emails',
    );
  });

  it("issue 21 §1: a share that is the symptom's subject, an object or what a screen shows is not", () => {
    expect(impact('SIP Server 9.0 prod: 10% of calls fail with 488 since the SBC change, high')).toBeUndefined();
    expect(impact('WDE 8.5 test: the agent state panel shows 10% of agents as not ready, low')).toBeUndefined();
    expect(impact('SIP Server 8.5 prod logs a 503 error for about 3% of outbound calls. Medium.')).toBeUndefined();
  });

  it('issue 21 §1: seats hedged or said to be hit are counted; seats licensed are a size', () => {
    expect(impact('WDE 8.5 hangs on start-up since the windows patch, production, about 60 seats')).toContain(
      'about 60 seats',
    );
    expect(
      impact('GVP prod plays silence instead of the menu. 25 seats in the Leeds office affected. sev high'),
    ).toContain('25 seats in the Leeds office affected');
    expect(
      impact('SIP Server 9.0 lab: the test trunk does not register. low, we have 40 seats licensed'),
    ).toBeUndefined();
  });

  it('issue 21 §1: work lost at a rate written with a slash is the impact', () => {
    expect(
      impact('prod sip server restarts all the time since the OS patch, around 300 calls/hour being dropped'),
    ).toContain('300 calls/hour being dropped');
  });
});

describe('issue 21 §1 (round 20): the whole operation stopped, as a clause of its own', () => {
  it('issue 21 §1: "contact centre dead", "everything is down", "all call traffic stopped" are the impact', () => {
    expect(impact('sip server prod down since 6am after the carrier work. contact centre dead. critical')).toBe(
      'contact centre dead',
    );
    expect(
      impact("Production SIP Server won't start after the datacenter move, all call traffic stopped. Critical please."),
    ).toContain('all call traffic stopped');
    expect(
      impact(
        'URS 8.5 production is down after we moved to the new VM host. All company phones are not working. critical',
      ),
    ).toContain('All company phones are not working');
  });

  it('issue 21 §1: what a report shows or a question asks is no state of the business', () => {
    expect(
      impact('Stat Server test env: the report shows everything is down but the servers are up. low'),
    ).toBeUndefined();
    expect(impact('the dashboard for all routing is down for maintenance tomorrow? just asking')).toBeUndefined();
  });
});
