/**
 * The readers compared across writers (issue 21, by-writer.ts): the rules alone, the rules with the
 * fallback where they understood nothing, and the rules with the model also as a second opinion on their
 * weak readings (fallback-reader.ts), at several thresholds; the committed one among them.
 */
import type { ReadContext } from '../../src/domain/understanding/port.ts';
import type { Reading } from '../../src/domain/understanding/reading.ts';
import type { IntentModel } from '../../src/domain/understanding/statistical/classifier.ts';
import { fallBack } from '../../src/domain/understanding/statistical/fallback-reader.ts';
import { featuresOf } from '../../src/domain/understanding/statistical/features.ts';
import { INTENT_OVERRIDE_THRESHOLD, INTENT_THRESHOLD } from '../../src/domain/understanding/statistical/index.ts';
import type { Candidate } from './by-writer.ts';

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
  { name: 'fallback .5', features: featuresOf, decide: modelDecides(INTENT_THRESHOLD) },
  { name: 'fallback .7', features: featuresOf, decide: modelDecides(0.7) },
  { name: 'weak .6', features: featuresOf, decide: modelDecides(INTENT_THRESHOLD, 0.6) },
  { name: 'weak .7', features: featuresOf, decide: modelDecides(INTENT_THRESHOLD, 0.7) },
  { name: 'committed', features: featuresOf, decide: modelDecides(INTENT_THRESHOLD, INTENT_OVERRIDE_THRESHOLD) },
  { name: 'weak .9', features: featuresOf, decide: modelDecides(INTENT_THRESHOLD, 0.9) },
];
