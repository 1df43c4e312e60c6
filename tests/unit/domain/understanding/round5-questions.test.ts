/**
 * Issue 21, round 5: a question about controlled releases places no order — its language and delivery are
 * what it asks about.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string) => ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products });

describe('issue 21 §5: a question about orders carries no order fields', () => {
  it('issue 21 §5: "do you ship controlled releases in German too?" asks; it orders no German release', () => {
    const question = read('do you also deliver controlled releases in German?');
    expect(question.intents[0]!.intent).toBe('question');
    expect(question.slots.language).toBeUndefined();
  });

  it('issue 21 §5: an order keeps its language and delivery', () => {
    const order = read('please send us the controlled SIP Server 9.0.010.03 release for RHEL 8, in German, via FTP');
    expect(order.intents[0]!.intent).toBe('controlled-software');
    expect(order.slots.language?.value).toBe('German');
    expect(order.slots.deliveryMethod?.value).toBeDefined();
  });
});
