/**
 * npm run eval:intent-model -- --by-writer — the reader measured across writers (issue 21). For each writer
 * group G of the development corpus (writers.ts), a model is trained on dev minus G and the readers are
 * measured on G: per intent, the precision and recall of the main intent read. The rules are the same for
 * every group (they were tuned on all of dev, so their figures on a group are at best what a new writer
 * gets); only the model is kept from seeing G.
 */
import type { ReadContext } from '../../src/domain/understanding/port.ts';
import type { Reading } from '../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../src/domain/understanding/rule-reader.ts';
import {
  classify,
  type IntentModel,
  type TrainOptions,
  trainIntentModel,
} from '../../src/domain/understanding/statistical/classifier.ts';
import { NEVER_GUESSED } from '../../src/domain/understanding/statistical/fallback-reader.ts';
import { contextFor, loadPart } from '../eval/understanding/understanding-corpus.ts';
import { type Counts, precision, recall } from '../eval/understanding/understanding-messages.ts';
import { exampleOf, examplesOf, type FeatureFunction, mainLabel, teachable } from './examples.ts';
import { WRITER_GROUPS, type WriterGroup } from './writers.ts';

/** One way of reading: how its model is trained, and what it makes of the rules' reading. */
export interface Candidate {
  name: string;
  /** What its model sees of a message (undefined: no model). */
  features?: FeatureFunction;
  options?: TrainOptions;
  decide: (rules: Reading, text: string, context: ReadContext, model: IntentModel | undefined) => Reading;
}

export interface GroupResult {
  group: WriterGroup;
  messages: number;
  right: number;
  intents: Map<string, Counts>;
}

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  if (!map.has(key)) map.set(key, make());
  return map.get(key)!;
}

function count(intents: Map<string, Counts>, label: string, predicted: string): void {
  const get = (i: string) => entry(intents, i, () => ({ tp: 0, fp: 0, fn: 0 }));
  if (label === predicted) get(label).tp++;
  else {
    get(label).fn++;
    get(predicted).fp++;
  }
}

/** The model's likeliest intent for every teachable message of a group, trained without the group. */
export interface ModelOutcome {
  blind: boolean;
  label: string;
  predicted: string;
  probability: number;
}

export function evaluateByWriter(candidates: readonly Candidate[]): {
  readers: Map<string, GroupResult[]>;
  models: Map<string, ModelOutcome[]>;
} {
  if (new Set(candidates.map((c) => c.name)).size !== candidates.length) throw new Error('candidate names must differ');
  return measure(candidates);
}

function measure(candidates: readonly Candidate[]): {
  readers: Map<string, GroupResult[]>;
  models: Map<string, ModelOutcome[]>;
} {
  const all = loadPart('dev')!.messages;
  const models = new Map<string, ModelOutcome[]>();
  const rules = new Map(all.map((m) => [m.id, ruleReader.read(m.text, contextFor(m))]));
  const results = new Map<string, GroupResult[]>(candidates.map((c) => [c.name, []]));
  for (const group of WRITER_GROUPS) {
    const inGroup = all.filter((m) => group.holds(m.id));
    const rest = all.filter((m) => !group.holds(m.id));
    // Candidates that differ only in how they use a model share it.
    const trained = new Map<FeatureFunction, Map<TrainOptions | undefined, IntentModel>>();
    const modelFor = (features: FeatureFunction, options: TrainOptions | undefined) => {
      const byOptions = entry(trained, features, () => new Map<TrainOptions | undefined, IntentModel>());
      return entry(byOptions, options, () => trainIntentModel(examplesOf(rest, features), options));
    };
    for (const c of candidates) {
      const model = c.features && modelFor(c.features, c.options);
      const r: GroupResult = { group, messages: inGroup.length, right: 0, intents: new Map() };
      for (const m of inGroup) {
        const predicted = c.decide(rules.get(m.id)!, m.text, contextFor(m), model).intents[0]?.intent ?? 'none';
        if (predicted === mainLabel(m)) r.right++;
        count(r.intents, mainLabel(m), predicted);
      }
      results.get(c.name)!.push(r);
      // The model alone is measured once per model, under the first candidate that uses it.
      const first = candidates.find((x) => x.features === c.features && x.options === c.options);
      if (!model || first !== c) continue;
      const outcomes = entry(models, c.name, () => [] as ModelOutcome[]);
      for (const m of inGroup.filter(teachable)) {
        const best = classify(model, exampleOf(m, c.features).features)[0]!;
        outcomes.push({
          blind: group.blind,
          label: mainLabel(m),
          predicted: best.label,
          probability: best.probability,
        });
      }
    }
  }
  return { readers: results, models };
}

export const THRESHOLDS = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * The model alone, every teachable message as if the rules had missed it (a new writer's words the rules
 * do not know): at each threshold, the precision and recall of its acts and how many truly not-understood
 * messages it acted on. Its own thousand-odd messages, where the rules miss too few to calibrate on.
 */
export function printModelAlone(models: Map<string, ModelOutcome[]>): void {
  console.log('\nthe model alone, every message as if the rules had missed it (P / R / acts on true not-understood):');
  console.log(`  ${'candidate'.padEnd(10)} ${THRESHOLDS.map((t) => `≥ ${t.toFixed(1)}`.padStart(20)).join('')}`);
  for (const [name, outcomes] of models) {
    for (const [view, keep] of [
      ['all', () => true],
      ['blind', (o: ModelOutcome) => o.blind],
    ] as const) {
      const kept = outcomes.filter(keep);
      const cells = THRESHOLDS.map((t) => {
        const acts = kept.filter(
          (o) => o.probability >= t && o.predicted !== 'not-understood' && !NEVER_GUESSED.has(o.predicted as never),
        );
        const right = acts.filter((o) => o.predicted === o.label).length;
        const actionable = kept.filter((o) => o.label !== 'not-understood').length;
        const onNu = acts.filter((o) => o.label === 'not-understood').length;
        return `${f3(acts.length ? right / acts.length : 1)} / ${f3(right / actionable)} / ${onNu}`.padStart(20);
      });
      console.log(`  ${`${name} ${view}`.padEnd(10)} ${cells.join('')}`);
    }
  }
}

const f3 = (n: number) => n.toFixed(2);

function merge(results: readonly GroupResult[]): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const g of results)
    for (const [i, c] of g.intents) {
      const o = out.get(i) ?? { tp: 0, fp: 0, fn: 0 };
      out.set(i, { tp: o.tp + c.tp, fp: o.fp + c.fp, fn: o.fn + c.fn });
    }
  return out;
}

/** Per intent P/R, one column per candidate: the blind writers, then every group together. */
export function printByWriter(results: Map<string, GroupResult[]>): void {
  const names = [...results.keys()];
  console.log('main intent right, per writer group (model trained on dev minus the group):');
  console.log(`  ${'group'.padEnd(16)} ${names.map((n) => n.padStart(14)).join(' ')}`);
  WRITER_GROUPS.forEach((g, i) => {
    const cells = names.map((n) => {
      const x = results.get(n)![i]!;
      return `${x.right}/${x.messages}`.padStart(14);
    });
    console.log(`  ${g.name.padEnd(16)} ${cells.join(' ')}`);
  });
  const views: Array<[string, (g: GroupResult) => boolean]> = [
    ...WRITER_GROUPS.filter((g) => g.blind).map((b): [string, (g: GroupResult) => boolean] => [
      b.name,
      (g) => g.group === b,
    ]),
    ['the blind writers together', (g) => g.group.blind],
    ['every writer group', () => true],
  ];
  for (const [title, keep] of views) {
    console.log(`\nper intent P / R, ${title}:`);
    const merged = names.map((n) => merge(results.get(n)!.filter(keep)));
    const intents = [...new Set(merged.flatMap((m) => [...m.keys()]))].sort();
    console.log(`  ${'intent'.padEnd(22)} ${names.map((n) => n.padStart(14)).join(' ')}`);
    for (const intent of intents) {
      const cells = merged.map((m) => {
        const c = m.get(intent) ?? { tp: 0, fp: 0, fn: 0 };
        return `${f3(precision(c))} / ${f3(recall(c))}`.padStart(14);
      });
      console.log(`  ${intent.padEnd(22)} ${cells.join(' ')}`);
    }
  }
}
