/**
 * Issue 21, round 7: what a message asks for — a partial fix is news, not a close; "when will someone look
 * at it" asks for the status; "is it possible to have the controlled WDE in Canadian French?" asks what
 * exists; "whats a major release for you?" asks for the rule.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const main = (text: string, inCaseThread = false) =>
  ruleReader.read(text, { inCaseThread, catalog: DEFAULT_POLICY.products }).intents[0]!.intent;

describe('issue 21 §6: a partial fix is news for the case, not a close', () => {
  it('issue 21 §6: "gone on two of the three servers; the third still shows it" is added to the case', () => {
    expect(
      main(
        'We applied the workaround and the error is gone on two of the three servers; the third one still shows it.',
        true,
      ),
    ).toBe('add-to-case');
    expect(main('We applied the workaround and the error is gone, you can close the case.', true)).toBe('close-case');
  });
});

describe('issue 21 §6: asking when someone will look at the case is a status request', () => {
  it('issue 21 §6: "I just want to know when someone will look at it" asks for the status', () => {
    expect(
      main('the severity of our case should stay as it is, I just want to know when someone will look at it', true),
    ).toBe('case-status');
  });
});

describe('issue 21 §5: questions about what exists and what the rules are', () => {
  it('issue 21 §5: "is possible to have the controlled WDE in français canadien?" is a question, an order with its fields is not', () => {
    expect(main('is possible to have the controlled WDE in français canadien? Initech has one site in Montreal')).toBe(
      'question',
    );
    expect(main('is it possible to get the controlled WDE 8.5 build for Windows 10 by FTP?')).toBe(
      'controlled-software',
    );
    const asked = 'is possible to have the controlled WDE in français canadien? Initech has one site in Montreal';
    const reading = ruleReader.read(asked, { inCaseThread: false, catalog: DEFAULT_POLICY.products });
    expect(reading.slots.questions?.value).toEqual(['controlled-release-how']);
  });

  it('issue 21 §5: "whats a major release for you?" and "is 8.5 to 9.0 a major release?" are both release-type (the settled convention)', () => {
    expect(main('whats a major release for you? need it for our budget')).toBe('release-type');
    expect(main('is 8.5 to 9.0 a major release?')).toBe('release-type');
  });
});

describe('issue 21 §3: more ways to ask for another level in a case thread', () => {
  it('issue 21 §3: "escalated to P1", "should be critical now", "is now a P2", "treat as high", "lower it" change the severity', () => {
    for (const text of [
      'we need this escalated to P1',
      'this should be critical now',
      'this is now a P2 for us',
      'the impact has grown, please treat as high',
      'please lower it, we have a workaround',
    ])
      expect(main(text, true), text).toBe('severity-change');
  });

  it('issue 21 §3: "we will upgrade it next week to 9.1" and "this should be fixed now" change no severity', () => {
    expect(main('we will upgrade it next week to 9.1', true)).not.toBe('severity-change');
    expect(main('this should be fixed now', true)).not.toBe('severity-change');
  });
});
