/**
 * npm run eval:intent-model — the statistical fallback measured honestly (issue 21): k-fold
 * cross-validation on the development corpus. Each fold's messages are classified by a model trained on
 * the other folds, and the fallback's decisions are counted per threshold two ways:
 *  - every message as if the rules had missed it (what the fallback would do with a message the rules do
 *    not know the words of: the true not-understood ones must stay so);
 *  - only the messages the rules really call not-understood (few on the development part, by design).
 * A decision "acts" when the likeliest intent is not not-understood and its probability reaches the
 * threshold; it is right when that intent is the labelled main intent. Precision = right / acted;
 * recall = right / messages whose labelled intent could be acted on.
 * The suggested threshold is the lowest whose precision is ≥ 0.95 over every message and whose every act
 * on the messages the rules really miss is right (most of those are truly not-understood: acting on one is
 * the costly error; over every message, an automatic "ticket created with priority Critical" from another
 * system reads like a severity change to it at any threshold, but the rules read that one themselves).
 * With --by-writer, the readers are measured across writers instead (by-writer.ts): trained without one
 * writer's batch, measured on it.
 */
import { ruleReader } from '../../src/domain/understanding/rule-reader.ts';
import { classify, trainIntentModel } from '../../src/domain/understanding/statistical/classifier.ts';
import { mayGuess, NEVER_GUESSED } from '../../src/domain/understanding/statistical/fallback-reader.ts';
import { contextFor, loadPart } from '../eval/understanding/understanding-corpus.ts';
import type { LabelledMessage } from '../eval/understanding/understanding-messages.ts';
import { exampleOf, examplesOf, mainLabel, teachable } from './examples.ts';

const K = Number(process.argv.find((a) => a.startsWith('--folds='))?.slice(8) ?? 5);
export const PRECISION_TARGET = 0.95;

interface Outcome {
  label: string;
  predicted: string;
  probability: number;
  /** The rules read it as not-understood and the fallback may guess. */
  rulesMissed: boolean;
}

export function crossValidate(messages: readonly LabelledMessage[], k: number): Outcome[] {
  const sorted = [...messages].sort((a, b) => a.id.localeCompare(b.id));
  const outcomes: Outcome[] = [];
  for (let fold = 0; fold < k; fold++) {
    const model = trainIntentModel(examplesOf(sorted.filter((_, i) => i % k !== fold)));
    for (const m of sorted.filter((x, i) => i % k === fold && teachable(x))) {
      const context = contextFor(m);
      const best = classify(model, exampleOf(m).features)[0]!;
      const reading = ruleReader.read(m.text, context);
      outcomes.push({
        label: mainLabel(m),
        predicted: best.label,
        probability: best.probability,
        rulesMissed: mayGuess(reading, m.text, context),
      });
    }
  }
  return outcomes;
}

export function score(outcomes: readonly Outcome[], threshold: number) {
  const acts = outcomes.filter(
    (o) => o.probability >= threshold && !NEVER_GUESSED.has(o.predicted as never) && o.predicted !== 'not-understood',
  );
  const right = acts.filter((o) => o.predicted === o.label).length;
  const actionable = outcomes.filter((o) => o.label !== 'not-understood').length;
  const wronglyOnNonsense = acts.filter((o) => o.label === 'not-understood').length;
  return {
    acted: acts.length,
    right,
    precision: acts.length === 0 ? 1 : right / acts.length,
    recall: actionable === 0 ? 0 : right / actionable,
    wronglyOnNonsense,
  };
}

export const THRESHOLDS = Array.from({ length: 15 }, (_, i) => 0.25 + i * 0.05);

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--by-writer')) {
  const { evaluateByWriter, printByWriter, printModelAlone } = await import('./by-writer.ts');
  const { CANDIDATES } = await import('./candidates.ts');
  const { readers, models } = evaluateByWriter(CANDIDATES);
  printByWriter(readers);
  printModelAlone(models);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const corpus = loadPart('dev')!;
  const outcomes = crossValidate(corpus.messages, K);
  const missed = outcomes.filter((o) => o.rulesMissed);
  const trueNu = outcomes.filter((o) => o.label === 'not-understood').length;
  console.log(`${K}-fold cross-validation on ${outcomes.length} development messages (${trueNu} truly not-understood)`);
  console.log(
    `the rules call ${missed.length} of them not-understood (of which truly so: ${missed.filter((o) => o.label === 'not-understood').length})`,
  );
  console.log('threshold | every message as if the rules missed it        | only those the rules missed');
  let suggested: number | undefined;
  for (const t of THRESHOLDS) {
    const all = score(outcomes, t);
    const real = score(missed, t);
    if (suggested === undefined && all.precision >= PRECISION_TARGET && real.right === real.acted) suggested = t;
    console.log(
      `  ${t.toFixed(2)}    | P ${all.precision.toFixed(3)} R ${all.recall.toFixed(3)} acted ${String(all.acted).padStart(3)} on-nonsense ${all.wronglyOnNonsense} | acted ${real.acted}, right ${real.right}`,
    );
  }
  console.log(
    `lowest threshold with precision ≥ ${PRECISION_TARGET}, every act on what the rules miss right: ${suggested?.toFixed(2) ?? 'none'}`,
  );
}
