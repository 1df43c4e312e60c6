/**
 * npm run build:intent-model — trains the statistical fallback (issue 21) on the labelled development
 * corpus and writes the committed model, src/domain/understanding/statistical/intent-model.json, which
 * the domain imports at module start (no I/O there). A test checks the committed model is what this
 * script makes from the committed corpus; run it again after the corpus changes.
 */
import { writeFileSync } from 'node:fs';
import { type IntentModel, trainIntentModel } from '../../src/domain/understanding/statistical/classifier.ts';
import { loadPart } from '../eval/understanding/understanding-corpus.ts';
import { examplesOf } from './examples.ts';

export const MODEL_FILE = 'src/domain/understanding/statistical/intent-model.json';

export function buildIntentModel(): IntentModel {
  return trainIntentModel(examplesOf(loadPart('dev')!.messages));
}

/** One feature a line: small diffs when the corpus grows, and still plain JSON. */
export function serialise(model: IntentModel): string {
  const weights = Object.entries(model.weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  return `{\n  "classes": ${JSON.stringify(model.classes)},\n  "bias": ${JSON.stringify(model.bias)},\n  "weights": {\n${weights.join(',\n')}\n  }\n}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const model = buildIntentModel();
  const text = serialise(model);
  writeFileSync(MODEL_FILE, text);
  console.log(
    `${MODEL_FILE}: ${model.classes.length} intents, ${Object.keys(model.weights).length} features, ${(text.length / 1024).toFixed(0)} KiB`,
  );
}
