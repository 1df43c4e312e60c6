/**
 * Issue 21, round 7 (dev batch 6 shapes): temporary-license requests in more words — a license server VM
 * moved with its host id, a sales roadshow, a temp file that only covers one host, a FlexLM VM deleted —
 * and a lower level asked for as "take it down to low" or "Medium is enough".
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string, inCaseThread = false) =>
  ruleReader.read(text, { inCaseThread, catalog: DEFAULT_POLICY.products });

describe('issue 21 §12: temporary-license requests and their reasons', () => {
  it('issue 21 §12: moving the license server VM so its host id changes asks for a temp file (rehost)', () => {
    const reading = read(
      'we are moving the license server VM to the Lyon datacenter tonight and the host id will change. Licensing is closed until Monday, can you issue something for the weekend?',
    );
    expect(reading.intents[0]!.intent).toBe('temp-license');
    expect(reading.slots.tempLicenseReason?.value).toBe('rehost');
  });

  it('issue 21 §12: a sales roadshow is a demo', () => {
    expect(
      read(
        'our sales team goes on a roadshow next month and wants WFM on two laptops. can you give us a temporary license?',
      ).slots.tempLicenseReason?.value,
    ).toBe('demo');
  });

  it('issue 21 §12: a temp file that only has one host id, to be fixed, is a change to a temporary file', () => {
    expect(
      read(
        'the temp license file Licensing sent us only has the host id of the primary server. can you fix the temp file?',
      ).slots.tempLicenseReason?.value,
    ).toBe('modify-temporary');
  });

  it('issue 21 §12: a FlexLM VM deleted by mistake with production down is critical licensing', () => {
    const reading = read(
      "Initech's infra team deleted the FlexLM VM by mistake, no backup. WDE in production: no agent can start the client. need a temporary one asap",
    );
    expect(reading.intents[0]!.intent).toBe('temp-license');
    expect(reading.slots.tempLicenseReason?.value).toBe('critical-licensing');
  });
});

describe('issue 21 §10: a lower level in the writer’s own words', () => {
  it('issue 21 §10: "you can take it down to low", "put the priority more low, Medium is enough" change the severity', () => {
    const down = read('the workaround holds, you can take it down to low', true);
    expect(down.intents[0]!.intent).toBe('severity-change');
    expect(down.slots.severity?.value).toBe('low');
    const enough = read(
      'only the old ones are still silent. You can put the priority more low, Medium is enough.',
      true,
    );
    expect(enough.intents[0]!.intent).toBe('severity-change');
    expect(enough.slots.severity?.value).toBe('medium');
  });
});
