/**
 * Issue 21: what carries the statistical fallback to a writer whose words it never saw — the form of a
 * question, each word's cluster of near meaning, small classes weighed up — and the writer groups its
 * cross-writer evaluation leaves out one at a time.
 */
import { describe, expect, it } from 'vitest';
import { loadPart } from '../../../../../scripts/eval/understanding/understanding-corpus.ts';
import { cluster } from '../../../../../scripts/intent-model/build-word-clusters.ts';
import { WRITER_GROUPS } from '../../../../../scripts/intent-model/writers.ts';
import { classify, trainIntentModel } from '../../../../../src/domain/understanding/statistical/classifier.ts';
import { featuresOf, words } from '../../../../../src/domain/understanding/statistical/features.ts';
import clusterList from '../../../../../src/domain/understanding/statistical/word-clusters.json' with { type: 'json' };
import { clusterFeatures, questionForm } from '../../../../../src/domain/understanding/statistical/word-senses.ts';

const OUT = { inCaseThread: false };

describe('issue 21: features that carry to new writers', () => {
  it('issue 21 statistical: a sentence opening with an interrogative or an auxiliary, and a question mark inside, are the form of a question', () => {
    expect(questionForm('Hi team. Which severity would you recommend? Thanks', words)).toEqual(
      expect.arrayContaining(['q:opens', 'q:which', 'q:which_severity', 'q:mark']),
    );
    expect(questionForm('can CC issue temp licenses for a demo', words)).toEqual(
      expect.arrayContaining(['q:opens', 'q:can', 'q:can_cc']),
    );
    expect(questionForm('SIP Server drops calls since Monday.', words)).toEqual([]);
    expect(featuresOf('Thanks.\n> what are your business hours?', OUT).filter((f) => f.startsWith('q:'))).toEqual([]);
  });

  it('issue 21 statistical: a word counts like its neighbours through its cluster; a word no cluster knows adds nothing', () => {
    expect(clusterFeatures(['licence'])).toEqual(clusterFeatures(['license']));
    expect(clusterFeatures(['licence'])).toHaveLength(1);
    expect(clusterFeatures(['licence'])).not.toEqual(clusterFeatures(['weekend']));
    expect(clusterFeatures(['zzxqv'])).toEqual([]);
    expect(featuresOf('which licence?', OUT)).toEqual(expect.arrayContaining(clusterFeatures(['licence'])));
  });

  it('issue 21 statistical: the committed clusters hold each of 30 000 words once', () => {
    const all = clusterList.flatMap((g) => g.split(' '));
    expect(clusterList).toHaveLength(512);
    expect(all).toHaveLength(30_000);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((w) => /^[a-z][a-z']*$/.test(w))).toBe(true);
  });

  it('issue 21 statistical: the clustering is deterministic and puts near vectors together', () => {
    const v = (...xs: number[]) => {
      const n = Math.hypot(...xs);
      return Float64Array.from(xs.map((x) => x / n));
    };
    const vectors = [v(1, 0.1, 0), v(0.9, 0, 0.1), v(0, 1, 0.1), v(0.1, 0.9, 0), v(0, 0.1, 1), v(0.1, 0, 0.9)];
    const a = cluster(vectors, 3, 5);
    expect(cluster(vectors, 3, 5)).toEqual(a);
    expect([a[0] === a[1], a[2] === a[3], a[4] === a[5]]).toEqual([true, true, true]);
    expect(new Set(a).size).toBe(3);
  });

  it('issue 21 statistical: class weighting lets a small class count more than its share', () => {
    const examples = [
      ...Array.from({ length: 9 }, (_, i) => ({ features: ['w:shared', `w:big${i % 3}`], label: 'open-case' })),
      { features: ['w:shared', 'w:small'], label: 'question' },
      { features: ['w:shared', 'w:small'], label: 'question' },
    ];
    const plain = trainIntentModel(examples, { minCount: 1, l2: 0.002, epochs: 60, learningRate: 0.5 });
    const weighted = trainIntentModel(examples, {
      minCount: 1,
      l2: 0.002,
      epochs: 60,
      learningRate: 0.5,
      classWeighting: 0.5,
    });
    const question = (m: typeof plain) => classify(m, ['w:shared']).find((p) => p.label === 'question')!.probability;
    expect(question(weighted)).toBeGreaterThan(question(plain));
  });
});

describe('issue 21: the writer groups of the cross-writer evaluation', () => {
  it('issue 21 statistical: every development message belongs to exactly one writer group, the blind writers to theirs', () => {
    const messages = loadPart('dev')!.messages;
    const unplaced = messages.filter((m) => WRITER_GROUPS.filter((g) => g.holds(m.id)).length !== 1).map((m) => m.id);
    expect(unplaced).toEqual([]);
    expect(WRITER_GROUPS.filter((g) => g.blind).map((g) => messages.filter((m) => g.holds(m.id)).length)).toEqual([
      171, 150, 150, 150, 150, 150, 150, 150, 150, 150, 150, 150, 150, 29,
    ]);
  });
});
