/**
 * Issue 21, round 7: slots read in more of the ways people write them — a CPF in its own shape, "covered
 * by our paid maintenance", losses counted as "every refund call", people "of production" who cannot work,
 * a share of the work blocked — and a test card that is no test system.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { readImpact } from '../../../../src/domain/understanding/impact.ts';
import { readTopics } from '../../../../src/domain/understanding/questions.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readSystem } from '../../../../src/domain/understanding/system.ts';
import { sentences } from '../../../../src/domain/understanding/text.ts';

const read = (text: string) => ruleReader.read(text, { inCaseThread: true, catalog: DEFAULT_POLICY.products });

describe('issue 21 §7: a national id in its own shape', () => {
  it('issue 21 §7: "by CPF 123.456.789-09" is a national id; a version 8.5.104.12 is not', () => {
    expect(
      read('the agent could not find the caller by CPF 123.456.789-09 in the screen pop').slots.sensitiveData?.value,
    ).toEqual(['national-id']);
    expect(read('we are on 8.5.104.12 on both nodes').slots.sensitiveData).toBeUndefined();
  });
});

describe('issue 21 §5: what maintenance covers is a question about maintenance fees', () => {
  it('issue 21 §5: "is it covered by our paid maintenance?" asks about maintenance fees', () => {
    expect(readTopics(sentences('Is this a minor release, and is it covered by our paid maintenance?'))).toContain(
      'maintenance-fees',
    );
  });
});

describe('issue 21 §1: what the problem costs, in more shapes', () => {
  it('issue 21 §1: "we lose every refund call", "the agents of production can not login", "blocks a third of our chats"', () => {
    expect(readImpact('the IVR hangs up since the new menu went live. we lose every refund call').value).toBe(
      'we lose every refund call',
    );
    expect(readImpact('the license file is corrupt, the WDE agents of production can not login.').value).toContain(
      'agents of production can not login',
    );
    expect(readImpact("it's production and it blocks about a third of our inbound chats.").value).toContain(
      'blocks about a third of our inbound chats',
    );
  });
});

describe('issue 21 §2: a test card, a test call, the test run are no test system', () => {
  it('issue 21 §2: "test card we used", "card used in the test" name no system; "in test", "on our test box" do', () => {
    expect(readSystem("test card we used: 4111 1111 1111 1111 (it's a test card)").value).toBeUndefined();
    expect(readSystem('card used in the test: 5555 5555 5555 4444').value).toBeUndefined();
    expect(readSystem('GIM 8.5 in test: ETL fails').value).toBe('test');
    expect(readSystem('SIP Server on our test box drops calls').value).toBe('test');
    expect(readSystem('WDE on the dev freezes').value).toBe('test');
  });
});

describe('issue 21 §5: asking whether something must be paid for is a question about maintenance fees', () => {
  it('issue 21 §5: "do we pay for going from 8.5 to 9.0?", "is the upgrade to 9.0 free for us?" ask about fees', () => {
    expect(readTopics(sentences('do we pay for going from 8.5 to 9.0?'))).toContain('maintenance-fees');
    expect(readTopics(sentences('is the upgrade to 9.0 free for us?'))).toContain('maintenance-fees');
    expect(readTopics(sentences('we will pay the invoice next week.'))).toEqual([]);
  });
});
