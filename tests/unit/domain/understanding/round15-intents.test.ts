/**
 * Issue 21, round 15: requests about the service itself the unseen writers wrote in ways no rule foresaw,
 * each class probed with sentences written for this file (other words than the corpus) before the rule was
 * changed: help is a question about the bot — what it does, how it is used, what to write to it, a guide
 * to it; my-cases is cases asked for as a list, or in a state not finished yet.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const intents = (text: string) =>
  ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products }).intents.map((i) => i.intent);

describe('issue 21 §6: help is a question about the bot itself', () => {
  it.each([
    'what are you able to help me with?',
    'Hi, new to this — how am I supposed to talk to you?',
    'Can someone explain what this Slack bot is for?',
    'Bonjour, what i can write here? which orders you understand?',
    'is there a manual for this assistant somewhere',
    'how do I use this thing',
    'Dear team, please describe me the functions of this service. Best regards, Ivan',
    'no idea how this works. instructions?',
  ])('issue 21 §6: "%s" asks for help', (text) => {
    expect(intents(text)).toEqual(['help']);
  });

  it('issue 21 §6: what the bot might do, named inside the question, is no request of its own', () => {
    expect(intents('so what can this assistant do for me: open tickets, check their status, licences?')).toEqual([
      'help',
    ]);
  });

  it.each([
    ['can you do something about the slowness of WDE 8.5 in production? high', 'open-case'],
    [
      'we are moving the license server on Saturday - what do we need to send you for a temporary license?',
      'temp-license',
    ],
    ['what can we do about the calls dropping on SIP Server 9.0 in production since the patch?', 'open-case'],
  ])('issue 21 §6: "%s" names a product or a request: not help', (text, intent) => {
    expect(intents(text)[0]).toBe(intent);
    expect(intents(text)).not.toContain('help');
  });
});

describe('issue 21 §6: my-cases is cases asked for as a list, or in a state not finished', () => {
  it.each([
    'Can I get a rundown of our open tickets?',
    'what do we currently have outstanding with you guys',
    'please send the list of Initech cases not yet solved',
    'any tickets still open from our side?',
    'Dear Sir, kindly inform which of our incidents remain unresolved. Regards',
    'r there cases not closed yet for umbrella?',
    'what is going on with our tickets? any of them moving?',
  ])('issue 21 §6: "%s" asks for the list of cases', (text) => {
    expect(intents(text)).toEqual(['my-cases']);
  });

  it.each([
    ['Do you have any cases where WFM 8.5 shows this error before?', 'question'],
    ['is anything still pending from our side on the license request LR-000004?', 'license-request'],
    [
      'Our WFM 8.5 schedules are still pending approval since the upgrade, nothing moves. Medium, production.',
      'open-case',
    ],
    ['what happens to our open cases if the contract lapses?', 'question'],
  ])('issue 21 §6: "%s" is no list of cases', (text, intent) => {
    expect(intents(text)[0]).toBe(intent);
    expect(intents(text)).not.toContain('my-cases');
  });
});

describe('issue 21 §6, §10: a PIN never had or forgotten, and a request stopped, in other words', () => {
  it.each([
    'Sorry, I forget my PIN code. How do I reset?',
    'we were never given a PIN for this service, how to obtain one?',
    'Hello, I never received any PIN from you. Where do I get it?',
  ])('issue 21 §6: "%s" is about the PIN', (text) => {
    expect(intents(text)[0]).toBe('pin');
  });

  it.each([
    'we don’t continue with this. stop please',
    'Sorry, please stop this request, I will check with my team first.',
    'ok withdraw my request',
  ])('issue 21 §10: "%s" cancels', (text) => {
    expect(intents(text)[0]).toBe('cancel');
  });

  it('issue 21 §10: a product that stops is no cancel', () => {
    expect(intents('SIP Server 9.0 prod: the ETL jobs stop please help, high')).not.toContain('cancel');
  });
});
