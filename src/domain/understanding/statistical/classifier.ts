/**
 * A multinomial logistic regression over the features of features.ts (issue 21's statistical fallback).
 * Pure and deterministic: the same examples give the same model, so the committed model can be checked
 * against what the build script makes from the committed corpus. Its probabilities are what the
 * fallback's threshold is calibrated on (npm run eval:intent-model).
 */

export interface Example {
  features: readonly string[];
  label: string;
}

/** The committed form: weights rounded to WEIGHT_SCALE, the ones too small to matter left out. */
export interface IntentModel {
  classes: string[];
  bias: number[];
  /** feature → [class index, weight times WEIGHT_SCALE, class index, weight, …] (sparse: most are ~0). */
  weights: Record<string, number[]>;
}

export interface TrainOptions {
  /** Features seen in fewer messages than this are left out (a typo seen once teaches nothing). */
  minCount: number;
  /** L2 penalty per feature weight, per example. */
  l2: number;
  epochs: number;
  learningRate: number;
  /**
   * Each example weighs (mean class size / its class's size) to this power: 0 weighs all alike; more
   * lets a small class (a list of one's cases, a close request) count more than its share, so a new
   * writer's rare request is not drowned by the many problem reports. 1 (every class weighs alike) over
   * 0.5: across writers, more of the blind writers' lists of cases and notes read right, and fewer acts
   * on their truly not-understood messages (npm run eval:intent-model -- --by-writer).
   */
  classWeighting?: number;
}

export const TRAIN_DEFAULTS: TrainOptions = {
  minCount: 2,
  l2: 0.002,
  epochs: 120,
  learningRate: 0.5,
  classWeighting: 1,
};

const WEIGHT_SCALE = 1000;
/** Weights smaller than this (in WEIGHT_SCALE units) are dropped: a third of the model, no decision changed. */
const PRUNE_BELOW = 50;

export function trainIntentModel(examples: readonly Example[], options: TrainOptions = TRAIN_DEFAULTS): IntentModel {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  vocabulary.sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const sizes = classes.map((c) => examples.filter((e) => e.label === c).length);
  const power = options.classWeighting ?? 0;
  const rows = examples.map((e) => {
    const label = classes.indexOf(e.label);
    return {
      active: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
      label,
      weight: (examples.length / classes.length / sizes[label]!) ** power,
    };
  });
  const k = classes.length;
  const w = new Float64Array(vocabulary.length * k);
  const b = new Float64Array(k);
  // AdaGrad: each weight's step shrinks with the gradients it has seen, so rare features still learn.
  const gw = new Float64Array(w.length).fill(1e-8);
  const gb = new Float64Array(k).fill(1e-8);
  const gradW = new Float64Array(w.length);
  const gradB = new Float64Array(k);
  const p = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gradW.fill(0);
    gradB.fill(0);
    for (const row of rows) {
      scores(w, b, row.active, k, p);
      softmaxInPlace(p);
      p[row.label]! -= 1;
      for (let c = 0; c < k; c++) {
        const g = p[c]! * row.weight;
        gradB[c]! += g;
        for (const f of row.active) gradW[f * k + c]! += g;
      }
    }
    const n = rows.length;
    for (let i = 0; i < w.length; i++) {
      const g = gradW[i]! / n + options.l2 * w[i]!;
      gw[i]! += g * g;
      w[i]! -= (options.learningRate * g) / Math.sqrt(gw[i]!);
    }
    for (let c = 0; c < k; c++) {
      const g = gradB[c]! / n;
      gb[c]! += g * g;
      b[c]! -= (options.learningRate * g) / Math.sqrt(gb[c]!);
    }
  }
  const weights: Record<string, number[]> = {};
  vocabulary.forEach((f, i) => {
    const sparse: number[] = [];
    for (let c = 0; c < k; c++) {
      const x = Math.round(w[i * k + c]! * WEIGHT_SCALE);
      if (Math.abs(x) >= PRUNE_BELOW) sparse.push(c, x);
    }
    if (sparse.length > 0) weights[f] = sparse;
  });
  return { classes, bias: Array.from(b, (x) => Math.round(x * WEIGHT_SCALE)), weights };
}

function scores(w: Float64Array, b: Float64Array, active: readonly number[], k: number, out: Float64Array): void {
  for (let c = 0; c < k; c++) out[c] = b[c]!;
  for (const f of active) for (let c = 0; c < k; c++) out[c]! += w[f * k + c]!;
}

function softmaxInPlace(p: Float64Array | number[]): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const x of p) max = Math.max(max, x);
  let sum = 0;
  for (let c = 0; c < p.length; c++) {
    p[c] = Math.exp(p[c]! - max);
    sum += p[c]!;
  }
  for (let c = 0; c < p.length; c++) p[c]! /= sum;
}

export interface Prediction {
  label: string;
  probability: number;
}

/** Every class with its probability, the likeliest first. */
export function classify(model: IntentModel, features: readonly string[]): Prediction[] {
  const p = model.bias.map((x) => x / WEIGHT_SCALE);
  for (const f of features) {
    const row = model.weights[f];
    if (row) for (let j = 0; j < row.length; j += 2) p[row[j]!]! += row[j + 1]! / WEIGHT_SCALE;
  }
  softmaxInPlace(p);
  return model.classes.map((label, c) => ({ label, probability: p[c]! })).sort((x, y) => y.probability - x.probability);
}
