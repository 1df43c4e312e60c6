/**
 * Issue 21 §10 and issue 25: "scratch that", "ignore this", "forget that" cancel what is in progress — unless
 * a noun follows, when they point at one value to correct ("scratch that MAC, wrong NIC. The right one is …").
 * Probes written for this file.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const intents = (text: string) =>
  ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products }).intents.map((i) => i.intent);

describe('issue 21 §10: a cancel is a pronoun that ends the clause, not a determiner', () => {
  it.each([
    'scratch that, wrong customer',
    'forget it please',
    'ignore my last message',
    'disregard this email, sent by mistake',
    'Forget that. Found it.',
    'please ignore this one',
  ])('issue 21 §10: "%s" cancels', (text) => {
    expect(intents(text)).toContain('cancel');
  });

  it.each([
    'scratch that MAC, wrong NIC. The right one is 00:50:56:a7:31:0d',
    'ignore that host id, use the second one',
    'disregard that order number, it is 4471-22',
    'forget this date, we need it by the 14th',
  ])('issue 21 §10, issue 25: "%s" corrects one value and cancels nothing', (text) => {
    expect(intents(text)).not.toContain('cancel');
  });
});
