/**
 * Issue 21: the statistical fallback's classifier and its features, and the committed model being what
 * `npm run build:intent-model` makes from the committed corpus.
 */
import { describe, expect, it } from 'vitest';
import { buildIntentModel } from '../../../../../scripts/intent-model/build.ts';
import { classify, trainIntentModel } from '../../../../../src/domain/understanding/statistical/classifier.ts';
import { featuresOf, withSubject, words } from '../../../../../src/domain/understanding/statistical/features.ts';
import { INTENT_MODEL } from '../../../../../src/domain/understanding/statistical/index.ts';

const OUT = { inCaseThread: false };

describe('issue 21: the statistical fallback classifier', () => {
  it('issue 21 statistical: the committed model is what build:intent-model makes from the committed corpus', () => {
    expect(INTENT_MODEL).toEqual(buildIntentModel());
  }, 60_000);

  it('issue 21 statistical: the committed model never proposes a PIN matter, a cancellation or an answer', () => {
    expect(INTENT_MODEL.classes).not.toContain('pin');
    expect(INTENT_MODEL.classes).not.toContain('cancel');
    expect(INTENT_MODEL.classes).not.toContain('answer');
    expect(INTENT_MODEL.classes).toContain('not-understood');
  });

  it('issue 21 statistical: features are stemmed words, word pairs and character 4-grams; numbers by their shape', () => {
    const f = featuresOf('Status of tickets 01000004 and 8.5.104?', OUT);
    expect(f).toEqual(expect.arrayContaining(['w:statu', 'w:ticket', 'b:ticket_casenumb', 'c:<sta', 'x:question']));
    expect(f.some((x) => x.includes('01000004') || x.includes('104'))).toBe(false);
    expect(words('case 01000004, WDE 8.5.104 and 12 agents')).toEqual([
      'case',
      'casenumber',
      'wde',
      'versionnumber',
      'and',
      'anumber',
      'agents',
    ]);
  });

  it("issue 21 statistical: quoted history is not read, a case's thread is a feature, a new subject is read", () => {
    expect(featuresOf('yes\n> On Monday Customer Care wrote:\n> status of case?', OUT)).not.toContain('w:statu');
    expect(featuresOf('any news', { inCaseThread: true })).toContain('x:thread');
    expect(featuresOf('any news', OUT)).not.toContain('x:thread');
    expect(withSubject('body', 'Status please')).toBe('Status please\n\nbody');
    expect(withSubject('body', 'RE: Status please')).toBe('body');
  });

  it('issue 21 statistical: training is deterministic and learns what separates the classes', () => {
    const examples = [
      ...['status of my case', 'what is the status', 'status update please', 'case status?'].map((t) => ({
        features: featuresOf(t, OUT),
        label: 'case-status',
      })),
      ...['download the installer', 'where do I download', 'download link please', 'need the download'].map((t) => ({
        features: featuresOf(t, OUT),
        label: 'download',
      })),
    ];
    const a = trainIntentModel(examples);
    expect(trainIntentModel(examples)).toEqual(a);
    expect(classify(a, featuresOf('the status?', OUT))[0]!.label).toBe('case-status');
    expect(classify(a, featuresOf('a download', OUT))[0]!.label).toBe('download');
    const [best, other] = classify(a, featuresOf('status', OUT));
    expect(best!.probability + other!.probability).toBeCloseTo(1, 6);
  });
});
