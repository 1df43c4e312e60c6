/**
 * Issue 21 §6, round 18: a temporary license file asked for through the situation it bridges — a license
 * word anywhere (however written: "lic", "licence", "licence temporaire") and a bridging file asked for ("a
 * temp one", "temporary?", "a stopgap file", "something valid for a few days"), more time on a file named
 * "the temp you gave us", or a demo or trial license asked for an event. Look-alikes — a question about what
 * a license file says, other temporary things (a workaround, a folder, seasonal agents), a license trouble
 * told as over, the rule asked about — are not. Probed with sentences written for this file first.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { mainIntent } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { asksForTempLicense } from '../../../../src/domain/understanding/temp-license-asked.ts';

const read = (text: string) => ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products });

describe('issue 21 §6: a temporary license asked through the situation it bridges', () => {
  it.each([
    'our flexlm box died this morning and nothing starts. could you send something to get us running until Licensing fixes it?',
    'The license for GIM expires on Sunday and the licensing desk is off until Monday. We need a stopgap file for the weekend please.',
    'we had to move the license service to a new VM after a disk crash, the hostid changed. need a temporary one asap',
    'Is it possible to get a trial license of WDE for a customer demo next Tuesday? 10 seats.',
    'bonjour, notre licence WFM expire ce soir et le service licensing est fermé. Pouvez-vous nous faire une licence temporaire?',
    'hardware of license host broke. we move licence to the spare server tonight. can you give us something valid for few days?',
    'the 30 day temp you guys gave us for the URS (after the crash) runs out monday - can u extend it again?',
    'license box is dead, prod is bound to its MAC. need temp lic for the standby host tonight',
  ])('issue 21 §6: %j asks for a temporary license', (text) => {
    expect(asksForTempLicense(text)).toBe(true);
    expect(mainIntent(read(text))).toBe('temp-license');
  });

  it.each([
    ['The license file you sent shows 01-jan-00 as expiry, what does that mean?', 'question'],
    ['license expiry date shows 2027, is that right?', 'question'],
    ['We need licenses for 20 temporary seasonal agents from December, SIP Server 9.0', 'license-request'],
    ["our temp agents can't log in to WDE since the license update yesterday, production, high", 'open-case'],
    ['The license check fails since the temp directory filled up, calls rejected in prod', 'open-case'],
  ])('issue 21 §6: %j asks for no temporary license (%s)', (text, intent) => {
    expect(asksForTempLicense(text)).toBe(false);
    expect(mainIntent(read(text))).toBe(intent);
  });

  it.each([
    'we need to clean the temp folder on the license server, is that safe?',
    'license server crashed last night, we restored it from backup and all is fine now. just FYI',
    'the temp workaround you gave us works, thanks',
  ])('issue 21 §6: %j is no temporary-license request by the rules', (text) => {
    expect(asksForTempLicense(text)).toBe(false);
  });

  it('issue 21 §6: the rule asked about ("Can Customer Care issue temporary licenses for demos?") is a question', () => {
    expect(mainIntent(read('Can Customer Care issue temporary licenses for demos?'))).toBe('question');
  });
});
