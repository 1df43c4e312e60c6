/**
 * npm run build:slot-model — trains the business-impact sentence model (issue 21's second opinion on the
 * businessImpact slot) on the labelled development corpus and writes the committed
 * src/domain/understanding/statistical/impact-model.json, imported by the domain (no I/O there). A test
 * checks the committed model is what this script makes from the committed corpus; run it again after the
 * corpus changes. The questions model is only measured (npm run eval:slot-model): across writers it
 * helped no blind group without hurting another, before and after the questions were relabelled to the
 * settled convention, so none is committed.
 */
import { writeFileSync } from 'node:fs';
import {
  type IntentModel,
  TRAIN_DEFAULTS,
  type TrainOptions,
  trainIntentModel,
} from '../../src/domain/understanding/statistical/classifier.ts';
import { loadPart } from '../eval/understanding/understanding-corpus.ts';
import { serialise } from '../intent-model/build.ts';
import { impactExamples } from './examples.ts';

export const IMPACT_MODEL_FILE = 'src/domain/understanding/statistical/impact-model.json';

/**
 * Every sentence weighs alike (classWeighting 0): an impact sentence is one in twenty, and weighing the
 * classes alike (0.5, 1) made the model sure of impact in symptoms and measures, adding wrong impacts on
 * a blind writer at every threshold (npm run eval:slot-model -- --weighting=0.5).
 */
export const SLOT_TRAINING: TrainOptions = { ...TRAIN_DEFAULTS, classWeighting: 0 };

export function buildImpactModel(): IntentModel {
  return trainIntentModel(impactExamples(loadPart('dev')!.messages), SLOT_TRAINING);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const model = buildImpactModel();
  const text = serialise(model);
  writeFileSync(IMPACT_MODEL_FILE, text);
  console.log(
    `${IMPACT_MODEL_FILE}: ${Object.keys(model.weights).length} features, ${(text.length / 1024).toFixed(0)} KiB`,
  );
}
