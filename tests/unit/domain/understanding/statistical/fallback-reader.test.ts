/**
 * Issue 21: the statistical fallback is used only where the rules read not-understood, on a message that
 * is no nonsense, acknowledgement or automatic reply and answers no question of ours; only a confident
 * proposal is taken, below every rule's confidence and marked as a guess, with the rules' slots; it never
 * proposes a PIN matter, a cancellation or an answer.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../../src/domain/policy/defaults.ts';
import type { MessageReader, ReadContext } from '../../../../../src/domain/understanding/port.ts';
import type { Reading } from '../../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../../src/domain/understanding/rule-reader.ts';
import {
  GUESS_CONFIDENCE,
  WEAK_READING_BELOW,
  withoutGuess,
  withStatisticalFallback,
} from '../../../../../src/domain/understanding/statistical/fallback-reader.ts';
import {
  INTENT_OVERRIDE_THRESHOLD,
  INTENT_THRESHOLD,
  STATISTICAL_FALLBACK_ON,
  understandingReader,
} from '../../../../../src/domain/understanding/statistical/index.ts';
import { EAGER_MODEL, TOY_MODEL, TOY_OVERRIDE_THRESHOLD, TOY_THRESHOLD } from './toy-model.ts';

const CONTEXT: ReadContext = { inCaseThread: false, catalog: DEFAULT_POLICY.products };
const reader = withStatisticalFallback(ruleReader, { model: TOY_MODEL, threshold: TOY_THRESHOLD });

/** A stand-in for the rules that reads every message as `intent`, with a product slot. */
function rulesSaying(intent: Reading['intents'][number]['intent'], confidence = 0.6): MessageReader {
  return {
    read: () => ({
      intents: [{ intent, confidence }],
      slots: { product: { value: 'SIP Server', confidence: 1, source: 'text' } },
      products: [],
      issues: [],
      rejected: { severity: [] },
      announcesNewIssue: false,
    }),
  };
}

describe('issue 21: the statistical fallback behind the rules', () => {
  it('issue 21 statistical: a message the rules do not understand takes a confident guess, below every rule confidence', () => {
    const text = 'whats pending on our side with you';
    expect(ruleReader.read(text, CONTEXT).intents).toEqual([{ intent: 'not-understood', confidence: 0.6 }]);
    const reading = reader.read(text, CONTEXT);
    expect(reading.intents).toEqual([{ intent: 'my-cases', confidence: GUESS_CONFIDENCE }]);
    expect(GUESS_CONFIDENCE).toBeLessThan(0.6);
    expect(reading.guess?.by).toBe('statistical');
    expect(reading.guess?.probability).toBeGreaterThan(0.9);
  });

  it('issue 21 statistical: the guess keeps the slots the rules read', () => {
    const reading = withStatisticalFallback(rulesSaying('not-understood'), {
      model: TOY_MODEL,
      threshold: TOY_THRESHOLD,
    }).read('whats pending with you', CONTEXT);
    expect(reading.intents[0]!.intent).toBe('my-cases');
    expect(reading.slots.product?.value).toBe('SIP Server');
  });

  it('issue 21 statistical: never overrides an intent the rules found', () => {
    const fallback = withStatisticalFallback(rulesSaying('question', 0.82), {
      model: TOY_MODEL,
      threshold: TOY_THRESHOLD,
    });
    const reading = fallback.read('whats pending with you', CONTEXT);
    expect(reading.intents).toEqual([{ intent: 'question', confidence: 0.82 }]);
    expect(reading.guess).toBeUndefined();
  });

  it('issue 21 statistical: an unconfident proposal leaves the message not understood', () => {
    const reading = reader.read('meh meh', CONTEXT);
    expect(reading.intents[0]!.intent).toBe('not-understood');
    expect(reading.guess).toBeUndefined();
  });

  it('issue 21 statistical: never proposes a PIN matter (nor a cancellation or an answer)', () => {
    const reading = withStatisticalFallback(rulesSaying('not-understood'), {
      model: TOY_MODEL,
      threshold: TOY_THRESHOLD,
    }).read('zorp zorp please', CONTEXT);
    expect(reading.intents[0]!.intent).toBe('not-understood');
    expect(reading.guess).toBeUndefined();
  });

  it("issue 21 statistical: nonsense, thanks and automatic replies stay the rules' (their own tests)", () => {
    const fallback = withStatisticalFallback(rulesSaying('not-understood', 0.9), {
      model: EAGER_MODEL,
      threshold: TOY_THRESHOLD,
    });
    expect(fallback.read('where are we with this', CONTEXT).intents[0]!.intent).toBe('my-cases');
    for (const text of [
      'asdf qwerty',
      'thanks a lot, we will wait for your analysis',
      'Out of office: back on Monday',
      'ok\n\n> On Mon, 23 Nov 2026 Customer Care wrote:\n> Which case do you mean?',
    ])
      expect(fallback.read(text, CONTEXT).intents[0]!.intent, text).toBe('not-understood');
  });

  it('issue 21 statistical: a message answering our question is not guessed at (the question is asked again)', () => {
    const fallback = withStatisticalFallback(rulesSaying('not-understood'), {
      model: TOY_MODEL,
      threshold: TOY_THRESHOLD,
    });
    expect(fallback.read('whats pending', CONTEXT).intents[0]!.intent).toBe('my-cases');
    expect(fallback.read('whats pending', { ...CONTEXT, asked: ['severity'] }).intents[0]!.intent).toBe(
      'not-understood',
    );
  });

  it("issue 21 statistical: withoutGuess gives back the rules' not-understood", () => {
    const reading = reader.read('whats pending on our side with you', CONTEXT);
    const ruled = withoutGuess(reading);
    expect(ruled.intents).toEqual([{ intent: 'not-understood', confidence: 0.6 }]);
    expect(ruled.guess).toBeUndefined();
  });
});

describe("issue 21: the model as a second opinion on the rules' weak readings", () => {
  const secondOpinion = (rules: MessageReader) =>
    withStatisticalFallback(rules, {
      model: TOY_MODEL,
      threshold: TOY_THRESHOLD,
      overrideThreshold: TOY_OVERRIDE_THRESHOLD,
    });

  it('issue 21 statistical: a weak reading of the rules is replaced by a sure guess, asked about like any guess', () => {
    const text = '01000001 pending';
    const rules = ruleReader.read(text, CONTEXT).intents;
    expect(rules[0]!.intent).toBe('case-status');
    expect(rules[0]!.confidence).toBeLessThan(WEAK_READING_BELOW);
    const reading = secondOpinion(ruleReader).read(text, CONTEXT);
    expect(reading.intents).toEqual([{ intent: 'my-cases', confidence: GUESS_CONFIDENCE }]);
    expect(reading.guess).toMatchObject({ by: 'statistical', rules });
    expect(reading.guess!.probability).toBeGreaterThanOrEqual(TOY_OVERRIDE_THRESHOLD);
    expect(reading.slots.caseNumbers).toEqual(ruleReader.read(text, CONTEXT).slots.caseNumbers);
  });

  it('issue 21 statistical: a guess sure enough to fill a gap is not sure enough to replace a weak reading', () => {
    const fallback = secondOpinion(rulesSaying('question', 0.6));
    expect(fallback.read('perhaps', CONTEXT).intents).toEqual([{ intent: 'question', confidence: 0.6 }]);
    const gap = secondOpinion(rulesSaying('not-understood')).read('perhaps', CONTEXT);
    expect(gap.intents[0]!.intent).toBe('my-cases');
    expect(gap.guess!.probability).toBeLessThan(TOY_OVERRIDE_THRESHOLD);
  });

  it('issue 21 statistical: a request the rules read from its words is never replaced, however sure the model', () => {
    for (const confidence of [WEAK_READING_BELOW, 0.82, 0.95]) {
      const reading = secondOpinion(rulesSaying('question', confidence)).read('whats pending', CONTEXT);
      expect(reading.intents, String(confidence)).toEqual([{ intent: 'question', confidence }]);
      expect(reading.guess).toBeUndefined();
    }
  });

  it("issue 21 statistical: without an override threshold, weak readings stay the rules' (the fallback alone)", () => {
    const reading = reader.read('01000001 pending', CONTEXT);
    expect(reading.intents[0]!.intent).toBe('case-status');
    expect(reading.guess).toBeUndefined();
  });

  it('issue 21 statistical: the model agreeing with a weak reading, or a weak answer to our question, is left alone', () => {
    const agreeing = secondOpinion(rulesSaying('my-cases', 0.6)).read('whats pending', CONTEXT);
    expect(agreeing.intents).toEqual([{ intent: 'my-cases', confidence: 0.6 }]);
    expect(agreeing.guess).toBeUndefined();
    const answering = secondOpinion(rulesSaying('case-status', 0.6)).read('whats pending', {
      ...CONTEXT,
      asked: ['severity'],
    });
    expect(answering.intents[0]!.intent).toBe('case-status');
    for (const intent of ['pin', 'cancel', 'answer'] as const)
      expect(secondOpinion(rulesSaying(intent, 0.6)).read('whats pending', CONTEXT).intents[0]!.intent).toBe(intent);
  });

  it("issue 21 statistical: withoutGuess gives back the rules' weak reading it replaced", () => {
    const reading = secondOpinion(ruleReader).read('01000001 pending', CONTEXT);
    expect(reading.guess).toBeDefined();
    const ruled = withoutGuess(reading);
    expect(ruled.intents).toEqual(ruleReader.read('01000001 pending', CONTEXT).intents);
    expect(ruled.guess).toBeUndefined();
  });

  it('issue 21 statistical: on by default — the engine reads with the fallback and the second opinion; off, the rules alone', () => {
    expect(STATISTICAL_FALLBACK_ON).toBe(true);
    expect(understandingReader(false, false)).toBe(ruleReader);
    expect(understandingReader(STATISTICAL_FALLBACK_ON)).not.toBe(ruleReader);
    expect(INTENT_THRESHOLD).toBeLessThan(INTENT_OVERRIDE_THRESHOLD);
  });
});
