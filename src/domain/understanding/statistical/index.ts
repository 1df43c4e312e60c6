/**
 * The reader the engine uses (issue 21): the rules, with the statistical fallback behind them when it is
 * switched on. The model is the committed one (npm run build:intent-model), imported, not read.
 */
import type { MessageReader } from '../port.ts';
import { ruleReader } from '../rule-reader.ts';
import type { IntentModel } from './classifier.ts';
import { withStatisticalFallback } from './fallback-reader.ts';
import model from './intent-model.json' with { type: 'json' };

export const INTENT_MODEL: IntentModel = model;

/**
 * The least probability the fallback takes: the lowest threshold at which 5-fold cross-validation on the
 * development corpus gives precision ≥ 0.95, and every act on the messages the rules really miss is right
 * (npm run eval:intent-model).
 */
export const INTENT_THRESHOLD = 0.5;

export { STATISTICAL_FALLBACK_ON } from './switch.ts';

const withFallback = withStatisticalFallback(ruleReader, { model: INTENT_MODEL, threshold: INTENT_THRESHOLD });

/** The rules alone, or the rules with the statistical fallback (INTENT_FALLBACK, src/config.ts). */
export function understandingReader(statisticalFallback: boolean): MessageReader {
  return statisticalFallback ? withFallback : ruleReader;
}
