/**
 * Issue 21, round 7: what a terse report says after its bare level ("… since the patch. High. 25 agents
 * have no phone."), a level accepted as "will do", and a staging database that is no staging system.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { readImpact } from '../../../../src/domain/understanding/impact.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readSeverity } from '../../../../src/domain/understanding/severity.ts';
import { readSystem } from '../../../../src/domain/understanding/system.ts';

const inThread = (text: string) =>
  ruleReader.read(text, { inCaseThread: true, catalog: DEFAULT_POLICY.products, caseProduct: 'SIP Server' });

describe('issue 21 §1: the sentence after a bare level is what the problem costs', () => {
  it('issue 21 §1: "… since X. Medium. The agents greet customers with the wrong name." reads the impact', () => {
    expect(
      readImpact(
        'WDE 8.5 prod shows the wrong caller name since the CRM import. Medium. The agents greet the customers with the wrong name.',
      ).value,
    ).toBe('The agents greet the customers with the wrong name');
    expect(
      readImpact('GIM 8.5 prod: report empty since the move. med. the workforce team plans on wrong numbers').value,
    ).toBe('the workforce team plans on wrong numbers');
    expect(
      readImpact('WDE 8.5 shows times one hour off. Production, Low. Reports for the quality team are wrong.').value,
    ).toBe('Reports for the quality team are wrong');
  });

  it('issue 21 §1: after the level, a sign-off, the system, a call-me line or what we tried is no impact', () => {
    for (const tail of [
      "It's production.",
      'Logs are attached.',
      'Call me on +33 1 23 45 67 89 if needed.',
      'we tested the impact of a restart and it changes nothing',
      "we're measuring the impact of the new codec next week",
      'Since the patch it fails.',
      'Thanks and regards',
    ])
      expect(readImpact(`SIP Server 9.0: calls drop. High. ${tail}`).value, tail).toBeUndefined();
  });
});

describe('issue 21 §10: a level accepted in other words', () => {
  it('issue 21 §10: "Medium will do from now on" in a case thread asks to change the severity to Medium', () => {
    expect(readSeverity('with the cache on the delay is 5 minutes. Medium will do from now on.').value).toBe('medium');
    const reading = inThread(
      'we found the cache was off; with it on, the delay is 5 minutes. Medium will do from now on.',
    );
    expect(reading.intents[0]!.intent).toBe('severity-change');
    expect(reading.slots.severity?.value).toBe('medium');
  });
});

describe('issue 21 §2: a staging database is no staging system', () => {
  it('issue 21 §2: "production … since the staging database moved" is production; "our staging system" is test', () => {
    expect(
      readSystem('GIM 8.5 production: the ETL is late since the team moved the staging database to the SAN').value,
    ).toBe('production');
    expect(readSystem('GIM 8.5 on staging: the ETL is late').value).toBe('test');
    expect(readSystem('the staging area tables fill up in prod').value).toBe('production');
  });
});
