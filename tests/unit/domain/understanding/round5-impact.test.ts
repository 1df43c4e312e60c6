/**
 * Issue 21, round 5: business impact read where there is none — people named as examples, a symptom
 * whose cause is a reset, the symptom given as the answer to "describe the problem".
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { readImpact } from '../../../../src/domain/understanding/impact.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const answer = (text: string, asked: SlotName[]) =>
  ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products, asked });

describe('issue 21 §1: business impact is what the problem costs, not who it happened to', () => {
  it('issue 21 §1: "the affected callers are <names or addresses>" names examples, no impact', () => {
    expect(readImpact('one of the affected customers is John Park, he was charged twice').value).toBeUndefined();
    expect(readImpact('the affected users are k.li@firm.example and p.odu@firm.example').value).toBeUndefined();
    expect(readImpact('affected agents include Tom and Rita from the night shift').value).toBeUndefined();
  });

  it('issue 21 §1: affected people counted are still the impact ("the affected users are 40 agents in Lyon")', () => {
    expect(readImpact('the affected users are 40 agents in Lyon').value).toContain('40 agents');
    expect(readImpact('it affects 200 agents').value).toContain('200 agents');
  });

  it('issue 21 §1: a symptom told with its cause ("since the password reset") is the description', () => {
    expect(
      readImpact("Our WFM 8.5 production supervisors cannot log in since yesterday's reset of the LDAP bind account")
        .value,
    ).toBeUndefined();
    expect(readImpact('agents cannot log in after the reboot of the config server').value).toBeUndefined();
  });

  it('issue 21 §1: the symptom given as the answer to "describe the problem" is no impact, a counted one is', () => {
    const symptom = answer('Supervisors cannot see the wallboard before noon.', ['description']);
    expect(symptom.slots.description?.value).toBeDefined();
    expect(symptom.slots.businessImpact).toBeUndefined();
    const counted = answer('120 agents cannot log in to the desktop each morning.', ['description']);
    expect(counted.slots.businessImpact?.value).toContain('120 agents');
  });
});
