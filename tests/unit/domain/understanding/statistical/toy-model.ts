/**
 * A hand-made model for the fallback's tests: its answers are known, so the rules of the fallback are
 * tested apart from what the trained model happens to say. "pending" (stem "pend") reads as a list of
 * one's cases, "perhaps" leans to one (about 0.65: enough to fill a gap, not to replace a weak reading),
 * "zorp" as a PIN matter, "meh" leans weakly to a question.
 */
import type { IntentModel } from '../../../../../src/domain/understanding/statistical/classifier.ts';

export const TOY_MODEL: IntentModel = {
  classes: ['my-cases', 'not-understood', 'pin', 'question'],
  bias: [0, 0, 0, 0],
  weights: { 'w:pend': [0, 4000], 'w:perhap': [0, 1700], 'w:zorp': [2, 4000], 'w:meh': [3, 500] },
};

export const TOY_THRESHOLD = 0.5;
export const TOY_OVERRIDE_THRESHOLD = 0.8;

/** A model that reads every message as a list of one's cases, sure of it: only the fallback's own rules stop it. */
export const EAGER_MODEL: IntentModel = { ...TOY_MODEL, bias: [4000, 0, 0, 0] };
