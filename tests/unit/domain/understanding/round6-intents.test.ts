/**
 * Issue 21, round 6: what a message asks for — acknowledgements that are no notes, and requests about a
 * case written in other forms than the ones the reader knew.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { isAcknowledgement } from '../../../../src/domain/understanding/acknowledgement.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string, o: { asked?: SlotName[]; thread?: boolean } = {}) =>
  ruleReader.read(text, {
    inCaseThread: o.thread ?? false,
    catalog: DEFAULT_POLICY.products,
    asked: o.asked ?? [],
    ...(o.thread ? { caseProduct: 'SIP Server' } : {}),
  });
const main = (text: string, o?: Parameters<typeof read>[1]) => read(text, o).intents[0]!.intent;

describe('issue 21 §6: an acknowledgement is no note for the case', () => {
  const ACKS = [
    'ok',
    'thx, we will wait for your analysis',
    "great, thanks! we'll stand by",
    'Thanks a lot for the quick reply.\n\nCarla',
    'noted, thank you - have a nice weekend',
    'good morning, hope you had a nice weekend',
    'perfect 👍',
    'ok thanks, looking forward to your feedback',
  ];
  it('issue 21 §6: thanks, "ok", "we\'ll wait" and pleasantries in a case\'s thread are not-understood, not add-to-case', () => {
    for (const text of ACKS) {
      expect(isAcknowledgement(text), text).toBe(true);
      expect(main(text, { thread: true }), text).toBe('not-understood');
    }
  });

  it('issue 21 §6: thanks with news, a request or a question is not a mere acknowledgement', () => {
    for (const text of [
      'thanks, we applied the workaround and it still fails',
      'thank you, the logs are attached',
      'thanks for the update, when will the fix be ready?',
      'ok, please raise it to high',
      'thanks, you can close it',
    ]) {
      expect(isAcknowledgement(text), text).toBe(false);
      expect(main(text, { thread: true }), text).not.toBe('not-understood');
    }
  });
});
