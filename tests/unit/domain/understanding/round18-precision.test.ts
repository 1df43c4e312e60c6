/**
 * Issue 21 §6, round 18: not-understood and download precision on writers the reader had not met. A download
 * that fails, or that is told as having gone well, is no download asked for; downloads named as the condition
 * of a fee question are the question's; news given with "nothing needed from your side" asks nothing; our own
 * question asked back ("what do you mean by circumstances?") is help; a request withdrawn "from this morning"
 * is a cancel. Each with the look-alikes that must keep their reading. Probed with sentences written first.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { mainIntent } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string, asked?: SlotName) =>
  ruleReader.read(text, {
    inCaseThread: false,
    catalog: DEFAULT_POLICY.products,
    ...(asked ? { asked: [asked] } : {}),
  });
const intents = (text: string) => read(text).intents.map((i) => i.intent);

describe('issue 21 §6: a download failing or told is no download asked for', () => {
  it.each([
    'the WDE installer I downloaded this morning crashes at 40% with error 1603, prod, medium',
    'the download page keeps timing out when I try to fetch the GIM 8.5 package, tried Chrome and Edge',
    'Downloads page gives an error 500 when I open the SIP Server 9.0 tile. Please advise.',
    'the ISO you sent us for GVP 9.0 cannot be extracted, 7zip says the archive is damaged',
    'thanks, the link worked, all installed now',
  ])('issue 21 §6: %j is not a download request', (text) => {
    expect(intents(text)).not.toContain('download');
  });

  it.each([
    'where can I download WDE 8.5.118?',
    'pls send the link for SIP Server 9.0 installer',
    'I need the GIM 8.5 hotfix 8.5.011.16 binaries',
    'our SIP Server 9.0 installer hangs at 80%, where can I download a newer build?',
    'I need the WDE 8.5 installer, the one on the portal is corrupt',
  ])('issue 21 §6: %j still asks for a download', (text) => {
    expect(intents(text)).toContain('download');
  });
});

describe('issue 21 §6: news with nothing asked, our question asked back, a withdrawal', () => {
  it.each([
    'Just to let you know, we installed the Windows update on the SIP Server 9.0 hosts tonight and everything still works fine, no case needed.',
    "heads up, in case it matters: we're doing the SIP Server 9.0 update on our test box Thursday. nothing for you to do",
    'just an update for you: our WFM go-live moved to March, nothing needed from your side',
    'for your information, our Interaction Server migration went well last night. no need to reply',
  ])('issue 21 §6: %j asks nothing', (text) => {
    expect(intents(text)).toEqual(['not-understood']);
  });

  it.each([
    ['FYI the SIP Server 9.0 update broke call transfers in prod, please open a case, high', 'open-case'],
    ['just to let you know WDE 8.5 crashes since the update, can you look into it?', 'open-case'],
    ['no case needed yet, but how long is the response time for High?', 'question'],
  ])('issue 21 §6: %j still asks (%s)', (text, intent) => {
    expect(mainIntent(read(text))).toBe(intent);
  });

  it.each([
    'what do you mean by circumstances?',
    'what should I write for business impact?',
    "sorry, what is meant by 'system'?",
  ])('issue 21 §6: %j asks our own question explained: help', (text) => {
    expect(mainIntent(read(text, 'circumstances'))).toBe('help');
  });

  it('issue 21 §2: an answer beside the question about it is still the answer ("40 agents cannot work, what do you mean by impact otherwise?")', () => {
    const reading = read('40 agents cannot work, what do you mean by impact otherwise?', 'businessImpact');
    expect(mainIntent(reading)).toBe('answer');
  });

  it.each([
    'Please cancel my request from this morning, we found the cause ourselves (a typo in the DNS entry).',
    'pls withdraw the ticket I sent yesterday - sorted it out',
  ])('issue 21 §10: %j withdraws the request', (text) => {
    expect(mainIntent(read(text))).toBe('cancel');
  });
});
