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

describe('issue 21 §5: release-type questions written tersely', () => {
  it('issue 21 §5: "ixn 9 to 10 = major right?", "GA 8.1 up to 9.1 - major?" are release-type questions with their pair', () => {
    const terse = read('ixn 9 to 10 = major right?');
    expect(terse.intents[0]!.intent).toBe('release-type');
    expect(terse.slots.releaseVersions?.value).toEqual([{ from: '9', to: '10' }]);
    expect(read('quick one for the budget: GA 8.1 up to 9.1 - major?').slots.releaseVersions?.value).toEqual([
      { from: '8.1', to: '9.1' },
    ]);
  });

  it('issue 21 §5: "on GIM 8.5 …; going to 8.5.3 - is that maintenance?" pairs the version named before', () => {
    const reading = read("we're on GIM 8.5 with 2 servers; going to 8.5.3 next month - is that maintenance?");
    expect(reading.intents[0]!.intent).toBe('release-type');
    expect(reading.slots.releaseVersions?.value).toEqual([{ from: '8.5', to: '8.5.3' }]);
  });

  it('issue 21 §5: "please confirm how you classify a move from 9 to 10" asks; "2 to 3 days" is no pair', () => {
    expect(
      read('please confirm how you classify a move of Genesys Administrator from 9 to 10.').intents[0]!.intent,
    ).toBe('release-type');
    expect(read('is a fix for this a major release? it takes 2 to 3 days').slots.releaseVersions).toBeUndefined();
  });
});

describe('issue 21 §3: a severity change asked in other words', () => {
  it('issue 21 §3: from-to, "shouldn\'t be sitting at", "go up to", "put it in", "raise it accordingly", "why only Low"', () => {
    for (const [text, level] of [
      ['Initech asks if we can upgrade 01000002 from medium to high - now the VIP queue has it too', 'high'],
      ["honestly this shouldn't be sitting at Medium, 200 agents can't log in. critical please", 'critical'],
      ["can this go up to High? it's spreading to the Lyon site too", 'high'],
      ['for Initech this is not a Low one, the supervisors are blocked. Please put it in High', 'high'],
      ["Umbrella's management considers case 01000007 a Critical issue now. Please raise it accordingly.", 'critical'],
      ['why is this case only Low?? we lose calls every hour', undefined],
    ] as const) {
      const reading = read(text, true);
      expect(reading.intents[0]!.intent, text).toBe('severity-change');
      if (level) expect(reading.slots.severity?.value, text).toBe(level);
    }
  });
});

describe('issue 21 §5: a case named in a question about the rules, and a hot fix asked for', () => {
  it('issue 21 §5: "where do I download the hot fix, and do hot fixes need a case first?" opens nothing', () => {
    const reading = read(
      'where do I download the GIM 8.5 hot fix from the KB article, and do hot fixes need a case first?',
    );
    expect(reading.intents.map((i) => i.intent)).not.toContain('open-case');
    expect(reading.slots.questions?.value).toContain('hot-fix-policy');
    expect(read('download link for gim 8.5 hotfix 8.5.011.16?').slots.questions?.value ?? []).not.toContain(
      'hot-fix-policy',
    );
    expect(read('I need a case for SIP Server 9.0, calls drop').intents[0]!.intent).toBe('open-case');
  });
});

describe('issue 21 §9 and §7: a misroute told as "land in the French queue", an ID card number', () => {
  it('issue 21 §9: "callers … land in the French queue since …" is a description', () => {
    expect(
      read(
        'SIP Server 9.0 production: callers choosing German in the IVR land in the French queue since Friday. Medium.',
      ).slots.description?.value,
    ).toContain('land in the French queue');
  });

  it('issue 21 §7: "Personalausweis L01X00T47" is a national id; "the ID card reader is broken" is none', () => {
    expect(read('Herr Weber, Personalausweis L01X00T47, called three times').slots.sensitiveData?.value).toContain(
      'national-id',
    );
    expect(read('the ID card reader is broken since 9.0').slots.sensitiveData).toBeUndefined();
  });
});
