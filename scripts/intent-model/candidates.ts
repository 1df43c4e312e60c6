/**
 * The readers compared across writers (issue 21, by-writer.ts): the rules alone; the rules with the
 * fallback where they understood nothing (round 14: classes weighed by (mean size / size)^0.5); the same
 * model also as a second opinion on the rules' weak readings (fallback-reader.ts); and the committed
 * reader (every class weighing alike, both uses) beside its own variants.
 */
import type { ReadContext } from '../../src/domain/understanding/port.ts';
import type { Reading } from '../../src/domain/understanding/reading.ts';
import { type IntentModel, TRAIN_DEFAULTS } from '../../src/domain/understanding/statistical/classifier.ts';
import { fallBack } from '../../src/domain/understanding/statistical/fallback-reader.ts';
import { featuresOf } from '../../src/domain/understanding/statistical/features.ts';
import { INTENT_OVERRIDE_THRESHOLD, INTENT_THRESHOLD } from '../../src/domain/understanding/statistical/index.ts';
import type { Candidate } from './by-writer.ts';

/** Round 14's training: small classes weighed up by the square root of their shortfall. */
const HALF_WEIGHTED = { ...TRAIN_DEFAULTS, classWeighting: 0.5 };

function modelDecides(threshold: number, overrideThreshold?: number) {
  return (rules: Reading, text: string, context: ReadContext, model: IntentModel | undefined) =>
    fallBack(rules, text, context, {
      model: model!,
      threshold,
      ...(overrideThreshold === undefined ? {} : { overrideThreshold }),
    });
}

export const CANDIDATES: Candidate[] = [
  { name: 'rules', decide: (rules) => rules },
  { name: 'fallback r14', features: featuresOf, options: HALF_WEIGHTED, decide: modelDecides(INTENT_THRESHOLD) },
  {
    name: 'r14 +weak .8',
    features: featuresOf,
    options: HALF_WEIGHTED,
    decide: modelDecides(INTENT_THRESHOLD, INTENT_OVERRIDE_THRESHOLD),
  },
  { name: 'fallback only', features: featuresOf, decide: modelDecides(INTENT_THRESHOLD) },
  { name: 'weak .7', features: featuresOf, decide: modelDecides(INTENT_THRESHOLD, 0.7) },
  { name: 'committed', features: featuresOf, decide: modelDecides(INTENT_THRESHOLD, INTENT_OVERRIDE_THRESHOLD) },
  { name: 'weak .9', features: featuresOf, decide: modelDecides(INTENT_THRESHOLD, 0.9) },
];
