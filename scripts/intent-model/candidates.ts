/**
 * The readers compared across writers (issue 21, by-writer.ts): the rules alone, the rules with the first
 * fallback (round 11: words only, threshold 0.5), and the candidates measured against them, the committed
 * one among them.
 */
import type { ReadContext } from '../../src/domain/understanding/port.ts';
import type { Reading } from '../../src/domain/understanding/reading.ts';
import { classify, type IntentModel, TRAIN_DEFAULTS } from '../../src/domain/understanding/statistical/classifier.ts';
import { fallBack, GUESS_CONFIDENCE } from '../../src/domain/understanding/statistical/fallback-reader.ts';
import { featuresOf, withSubject, wordFeatures, words } from '../../src/domain/understanding/statistical/features.ts';
import { INTENT_THRESHOLD } from '../../src/domain/understanding/statistical/index.ts';
import { questionForm } from '../../src/domain/understanding/statistical/word-senses.ts';
import type { Candidate } from './by-writer.ts';
import type { FeatureFunction } from './examples.ts';

/** The first fallback's training: every example weighs alike. */
const UNWEIGHTED = { ...TRAIN_DEFAULTS, classWeighting: 0 };

const withoutClusters: FeatureFunction = (text, context) => [
  ...wordFeatures(text, context),
  ...questionForm(text, words),
];

function modelDecides(threshold: number) {
  return (rules: Reading, text: string, context: ReadContext, model: IntentModel | undefined) =>
    fallBack(rules, text, context, { model: model!, threshold });
}

/**
 * Beyond the fallback: where the rules read a problem report and the model reads a policy question with at
 * least `threshold`, the question is guessed (and confirmed by the engine before acting).
 */
function questionOverride(threshold: number) {
  return (rules: Reading, text: string, context: ReadContext, model: IntentModel | undefined) => {
    if (rules.intents[0]?.intent === 'open-case' && !(context.asked?.length ?? 0)) {
      const best = classify(model!, featuresOf(withSubject(text, context.subject), context))[0]!;
      if (best.label === 'question' && best.probability >= threshold)
        return {
          ...rules,
          intents: [{ intent: 'question' as const, confidence: GUESS_CONFIDENCE }],
          guess: { by: 'statistical' as const, probability: best.probability },
        };
    }
    return fallBack(rules, text, context, { model: model!, threshold: INTENT_THRESHOLD });
  };
}

export const CANDIDATES: Candidate[] = [
  { name: 'rules', decide: (rules) => rules },
  { name: 'words .5', features: wordFeatures, options: UNWEIGHTED, decide: modelDecides(0.5) },
  { name: 'words .6', features: wordFeatures, options: UNWEIGHTED, decide: modelDecides(0.6) },
  { name: 'w+q .6', features: withoutClusters, decide: modelDecides(0.6) },
  { name: 'committed', features: featuresOf, decide: modelDecides(INTENT_THRESHOLD) },
  { name: 'w+q+k .6', features: featuresOf, decide: modelDecides(0.6) },
  { name: 'w+q+k +q', features: featuresOf, decide: questionOverride(0.7) },
];
