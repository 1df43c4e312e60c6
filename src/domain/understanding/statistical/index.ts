/**
 * The reader the engine uses (issue 21): the rules, with the statistical fallback behind them when it is
 * switched on. The model is the committed one (npm run build:intent-model), imported, not read.
 */
import type { MessageReader } from '../port.ts';
import { ruleReader } from '../rule-reader.ts';
import type { IntentModel } from './classifier.ts';
import { withStatisticalFallback } from './fallback-reader.ts';
import impactModel from './impact-model.json' with { type: 'json' };
import model from './intent-model.json' with { type: 'json' };
import { NO_QUESTION_MODEL, withSlotOpinion } from './slot-opinion.ts';
import { SLOT_OPINION_ON } from './switch.ts';

export const INTENT_MODEL: IntentModel = model;

/**
 * The least probability the fallback takes: trained without a writer and measured on that writer, every
 * message as if the rules had missed it, the model's acts are right 0.95 of the time at 0.5 over every
 * writer group and over the four blind writers (recall 0.87 and 0.86), acting on one truly not-understood
 * blind message; with round 14's model the rules with the fallback read more main intents right at 0.5 than
 * at 0.7 on two blind writers of the three it changes (h2-m 145 against 144, x4-m 132 against 130, h3-m 124
 * against 127: npm run eval:intent-model -- --by-writer).
 */
export const INTENT_THRESHOLD = 0.5;

/**
 * The least probability that replaces a weak reading of the rules (WEAK_READING_BELOW): across writers,
 * trained without the writer, no replacement at 0.8 was wrong on any dev batch, and every blind writer
 * reads as many main intents right as with the fallback alone, or more (npm run eval:intent-model --
 * --by-writer; README "Statistical fallback").
 */
export const INTENT_OVERRIDE_THRESHOLD = 0.8;

/**
 * The business-impact second opinion's thresholds (slot-opinion.ts), chosen across writers: trained
 * without each of the fourteen blind writer groups and measured on it, a veto of a clause below 0.005 and
 * an addition at 0.95 or more read as many impacts right as the rules alone or more on every group, with
 * fewer wrong (217+51−47 → 225+49−39). The veto at 0.02 dropped a true impact on `ho-m` and `h5-m`; the
 * clauses it dropped between 0.005 and 0.02 were terse costs (a process that "runs on it", a backlog's
 * growth counted) as often as symptoms (npm run eval:slot-model; README "Statistical fallback").
 */
export const IMPACT_VETO = 0.005;
export const IMPACT_ADD = 0.95;
export const IMPACT_MODEL: IntentModel = impactModel;

export { SLOT_OPINION_ON, STATISTICAL_FALLBACK_ON } from './switch.ts';

const withFallback = withStatisticalFallback(ruleReader, {
  model: INTENT_MODEL,
  threshold: INTENT_THRESHOLD,
  overrideThreshold: INTENT_OVERRIDE_THRESHOLD,
});

const slotOpinion = {
  impactModel: IMPACT_MODEL,
  questionModel: NO_QUESTION_MODEL,
  impactVeto: IMPACT_VETO,
  impactAdd: IMPACT_ADD,
};
const withSlots = {
  rules: withSlotOpinion(ruleReader, slotOpinion),
  fallback: withSlotOpinion(withFallback, slotOpinion),
};

/**
 * The rules alone, or with the statistical fallback for the intent (INTENT_FALLBACK, src/config.ts) and
 * the second opinion on the business impact (SLOT_OPINION): the one place the models join the reader.
 */
export function understandingReader(statisticalFallback: boolean, slotOpinion = SLOT_OPINION_ON): MessageReader {
  if (slotOpinion) return statisticalFallback ? withSlots.fallback : withSlots.rules;
  return statisticalFallback ? withFallback : ruleReader;
}
