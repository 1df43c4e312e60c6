/**
 * Issue 21, round 6: business impact told as a consequence ("as a result …", "we risk missing …"), a party
 * held up, a service out of use, an inline "Impact:" label, a deadline beside a status request; and the
 * severity said with its reason ("It is High because …", "Critical - we are down in production").
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { readImpact } from '../../../../src/domain/understanding/impact.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readSeverity } from '../../../../src/domain/understanding/severity.ts';

const read = (text: string) => ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products });

describe('issue 21 §1: business impact told as what follows from the problem', () => {
  it('issue 21 §1: "Because of this …", "As a result, …" introduce the impact', () => {
    expect(
      readImpact('Reports are empty since the patch. As a result, our monthly filing to the regulator is late.').value,
    ).toContain('our monthly filing to the regulator is late');
    expect(
      readImpact('Recordings cannot be played. Because of this the bank cannot answer the auditors this week.').value,
    ).toContain('the bank cannot answer the auditors');
  });

  it('issue 21 §1: "we risk missing the commitment …" is the impact, with the clause that carries it on', () => {
    const value = readImpact(
      'The queue grows every hour. We risk missing the 4-hour response commitment to our VIP clients, which carries penalties.',
    ).value;
    expect(value).toContain('We risk missing the 4-hour response commitment');
    expect(value).toContain('which carries penalties');
  });

  it('issue 21 §1: a party held up, a service out of use, people upset, orders lost', () => {
    expect(readImpact('OCS prod stops dialing since the import, the customer is completely blocked').value).toContain(
      'the customer is completely blocked',
    );
    expect(readImpact('the checkout hangs since the patch, our web shop is unusable').value).toContain(
      'our web shop is unusable',
    );
    expect(readImpact('the wallboard shows zeros and the CFO is furious').value).toContain('CFO is furious');
    expect(readImpact('the IVR plays the wrong prompts so we lose bookings').value).toContain('we lose bookings');
    expect(readImpact('no supervisor can open the wallboard').value).toContain('no supervisor can open');
    expect(readImpact('12 new hires start on Monday and cannot be created').value).toContain('12 new hires');
  });

  it('issue 21 §1: a technical thing blocked is the symptom, not the impact', () => {
    expect(readImpact('the trunk is blocked by the firewall since the change').value).toBeUndefined();
    expect(readImpact('the queue is blocked since the restart').value).toBeUndefined();
  });

  it('issue 21 §1: an "Impact:" label inside a line of prose is read whole', () => {
    expect(readImpact('Severity: Low. Impact: our planners must rebuild 40 shifts by hand each week.').value).toContain(
      'our planners must rebuild 40 shifts',
    );
  });

  it('issue 21 §1: a deadline given with a status request is its impact; a go-live there names no system', () => {
    const r = read('could you tell me where case 01000004 stands? Our go-live is on Friday.');
    expect(r.intents[0]!.intent).toBe('case-status');
    expect(r.slots.businessImpact?.value).toContain('go-live is on Friday');
    expect(r.slots.system).toBeUndefined();
    expect(read('any news on case 01000004? it keeps failing').slots.businessImpact).toBeUndefined();
  });
});

describe('issue 21 §3: the severity said with its reason', () => {
  it('issue 21 §3: "It is High because …" asks for High', () => {
    expect(readSeverity('It is High because the customers hang up.').value).toBe('high');
  });

  it('issue 21 §3: "Critical - we are down in production" is Critical – Production Down', () => {
    expect(readSeverity('Critical - we are down in production since the failover, no agent can log in.').value).toBe(
      'critical-production-down',
    );
  });
});
