/**
 * What the statistical fallback sees of a message beyond its own words (issue 21): the form of a question,
 * and each word's cluster of near meaning. A new writer's policy question in their own words ("which
 * severity would you recommend?") shares the form and the neighbours of the questions it was trained on,
 * though not their words. The clusters (word-clusters.json, scripts/intent-model/build-word-clusters.ts) group the 30 000
 * most frequent English words by their GloVe vectors: a word no training message used counts like its
 * neighbours, for 240 KiB instead of 300 MB of vectors.
 */
import clusterList from './word-clusters.json' with { type: 'json' };

/** Words that open a question, or the auxiliary of one ("can CC issue…", "is anyone looking…"). */
const ASKING =
  /^(?:what|whats|how|when|which|who|whom|whose|why|where|is|are|was|were|do|does|did|can|could|would|will|should|shall|may|might|must|have|has|any|anyone)$/;

/** Word → its cluster's index. */
const CLUSTER_OF: ReadonlyMap<string, number> = new Map(
  clusterList.flatMap((group, i) => group.split(' ').map((w) => [w, i] as const)),
);

/** The sentences of the message as written now (quoted history left out). */
function sentences(text: string): string[] {
  return text
    .replace(/^\s*>.*$/gm, ' ')
    .split(/(?<=[.?!])\s+|\n+/)
    .filter((s) => s.trim());
}

/**
 * The form of a question: a sentence opening with an interrogative or an auxiliary (with the word after
 * it), and a sentence ending with a question mark anywhere, not only at the end of the message.
 */
export function questionForm(text: string, words: (s: string) => string[]): string[] {
  const out = new Set<string>();
  for (const s of sentences(text)) {
    const [first, second] = words(s);
    if (first && ASKING.test(first)) {
      out.add('q:opens');
      out.add(`q:${first}`);
      if (second) out.add(`q:${first}_${second}`);
    }
    if (/\?\s*$/.test(s.trim())) out.add('q:mark');
  }
  return [...out];
}

/** The cluster of near meaning of every word the clusters know. */
export function clusterFeatures(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    const c = CLUSTER_OF.get(w);
    if (c !== undefined) out.add(`k:${c}`);
  }
  return [...out];
}
