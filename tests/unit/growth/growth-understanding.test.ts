/**
 * Red team round 15: the understanding readers the engine runs on a message's text (at most 20,000
 * characters, prepare-text.ts) take time growing about linearly with pathological runs. Before: a sentence
 * without an end (any run of one word, letter or sign) was rescanned from each character by the "prod or test?"
 * choice pattern (system.ts), dotted digits by the sum and backlog patterns (impact-states.ts), runs of full
 * stops by the casual-sentence split (text.ts) and the failed-download pattern (download-asked.ts), blanks
 * by the spelt-out address pattern (sensitive-data.ts), a run of "also" by the request split (request-parts.ts),
 * "Thanks," lines by the signature finder (extract-reply.ts): 3.5 to 6 times the time for twice the text.
 */
import { describe, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { reportedWords } from '../../../src/domain/understanding/not-a-report.ts';
import { ownWords } from '../../../src/domain/understanding/own-words.ts';
import type { ReadContext } from '../../../src/domain/understanding/port.ts';
import { requestParts } from '../../../src/domain/understanding/request-parts.ts';
import { withoutSignOff } from '../../../src/domain/understanding/sign-off-lines.ts';
import { understandingReader } from '../../../src/domain/understanding/statistical/index.ts';
import { expectAboutLinear, PATHOLOGICAL_UNITS, repeated } from '../../support/growth.ts';

const CONTEXT: ReadContext = {
  inCaseThread: false,
  catalog: DEFAULT_POLICY.products,
  sender: { name: 'Ana Ruiz', email: 'ana@acme.example' },
};
const reader = understandingReader(true, true);
/** Half the 20,000 characters the engine reads of a message. */
const N = 10_000;

describe('round 15: the understanding reader (rules, statistical intent and impact) reads in linear time', () => {
  it.each(PATHOLOGICAL_UNITS)(
    'a run of %s',
    (_name, unit) => {
      expectAboutLinear(
        (text) => reader.read(text, CONTEXT),
        (n) => repeated(unit, n),
        N,
      );
    },
    120_000,
  );
});

describe('round 15: the helpers that cut a message read in linear time', () => {
  const helpers: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
    ['request parts', requestParts],
    ["the writer's own words", ownWords],
    ['the reported words', reportedWords],
    ['the sign-off', withoutSignOff],
  ];
  for (const [helper, read] of helpers) {
    it.each(PATHOLOGICAL_UNITS)(`${helper}: a run of %s`, (_name, unit) => {
      expectAboutLinear(read, (n) => repeated(unit, n), N);
    });
  }
});
