/**
 * The statistical fallback's training examples (issue 21): every labelled message of the development
 * corpus whose main intent the fallback may propose or must refuse (not-understood). Answers to the bot's
 * questions, PIN matters and cancellations are the rules' alone and teach it nothing.
 */

import type { Example } from '../../src/domain/understanding/statistical/classifier.ts';
import { type FeatureContext, featuresOf, withSubject } from '../../src/domain/understanding/statistical/features.ts';
import type { LabelledMessage } from '../eval/understanding/understanding-messages.ts';

const NOT_TAUGHT: ReadonlySet<string> = new Set(['answer', 'pin', 'cancel']);

export function mainLabel(m: LabelledMessage): string {
  return m.expect.intents[0] ?? 'not-understood';
}

/** Messages the fallback learns from (and is measured on). */
export function teachable(m: LabelledMessage): boolean {
  return !NOT_TAUGHT.has(mainLabel(m)) && m.context.asked === null;
}

/** What a classifier sees of a message (features.ts's featuresOf, or a candidate's: by-writer.ts). */
export type FeatureFunction = (text: string, context: FeatureContext) => string[];

export function exampleOf(m: LabelledMessage, features: FeatureFunction = featuresOf): Example {
  return {
    features: features(withSubject(m.text, m.subject ?? undefined), { inCaseThread: m.context.caseThread !== null }),
    label: mainLabel(m),
  };
}

export function examplesOf(messages: readonly LabelledMessage[], features: FeatureFunction = featuresOf): Example[] {
  return messages.filter(teachable).map((m) => exampleOf(m, features));
}
