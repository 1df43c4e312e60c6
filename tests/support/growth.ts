/**
 * Red team round 15: pathological inputs of growing size for every reader the engine runs on a message, and
 * the test that time grows at most about linearly with them — the time at 2n against the time at n, measured
 * in the same run (best of two, interleaved), not against a wall clock. Linear reading doubles the time, a
 * pattern rescanning the text from each character quadruples it; the bound is three times, plus a few
 * milliseconds for timer noise on a shared machine.
 */
import { expect } from 'vitest';

/** Shapes repeated to the size: runs of one word, punctuation, digits, quote marks, labels, brackets, blanks, Unicode. */
export const PATHOLOGICAL_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['one word', 'also '],
  ['a courtesy word', 'please '],
  ['one letter', 'A'],
  ['letters and digits', 'aB1'],
  ['digits', '1'],
  ['digits and blanks', '1 '],
  ['dotted digits', '1.'],
  ['full stops', '.'],
  ['ellipses', '... '],
  ['exclamation marks', '!'],
  ['commas', ','],
  ['colons', ':'],
  ['hyphens', '- '],
  ['asterisks', '* '],
  ['quote marks', '> '],
  ['bare quote marks', '>'],
  ['quoted empty lines', '>\n'],
  ['labels', 'Product: x\n'],
  ['bare labels', 'Label:'],
  ['opening brackets', '('],
  ['nested brackets', '([{'],
  ['angle brackets', '<b>'],
  ['tabs', '\t'],
  ['spaces', ' '],
  ['no-break spaces', '\u00a0'],
  ['em spaces', '\u2003'],
  ['line ends', '\n'],
  ['CR LF line ends', '\r\n'],
  ['right-to-left marks', '\u200f'],
  ['combining marks', 'a\u0301'],
  ['zero-width joiners', '\u200d'],
  ['full-width digits', '１'],
  ['Arabic-Indic digits', '٣'],
  ['PIN labels', 'PIN: '],
  ['reply prefixes', 'Re: '],
  ['original-message separators', '-----Original Message-----\n'],
  ['header lines', 'From: x\n'],
  ['attributions', 'On Mon, 7 Dec 2026, x wrote:\n'],
  ['closings', 'Thanks,\n'],
  ['names', 'Ana\n'],
  [
    'disclaimers between closings',
    'Regards,\n\nThis message is confidential and meant for the intended recipient.\n\n',
  ],
  ['at signs', '@'],
  ['half addresses', 'a@b.'],
  ['links', 'https://x/'],
  ['case numbers', 'case 01000001 '],
  ['apostrophes', "'"],
  ['double quotes', '"'],
];

/** `unit` repeated after an opening line to exactly `length` characters. */
export function repeated(unit: string, length: number, opening = 'Hello,\n'): string {
  const body = unit.repeat(Math.ceil(length / unit.length) + 1);
  return `${opening}${body}`.slice(0, length);
}

function millis(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Best of two at n and at 2n, interleaved so that a busy moment of the machine weighs on both. */
export function timesAt(read: (text: string) => unknown, text: (length: number) => string, n: number) {
  const small = text(n);
  const large = text(2 * n);
  let atN = Number.POSITIVE_INFINITY;
  let at2N = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    atN = Math.min(
      atN,
      millis(() => read(small)),
    );
    at2N = Math.min(
      at2N,
      millis(() => read(large)),
    );
  }
  return { atN, at2N };
}

/**
 * The reader's time at 2n is at most three times its time at n (plus 15 ms of timer noise). Measured up to three
 * times: another process or a collection of garbage can slow one measure, a square slows every one.
 */
export function expectAboutLinear(read: (text: string) => unknown, text: (length: number) => string, n: number) {
  let { atN, at2N } = timesAt(read, text, n);
  for (let again = 0; again < 2 && at2N > 3 * atN + 15; again++) ({ atN, at2N } = timesAt(read, text, n));
  expect(at2N, `${atN.toFixed(1)} ms at ${n} characters, ${at2N.toFixed(1)} ms at ${2 * n}`).toBeLessThanOrEqual(
    3 * atN + 15,
  );
}
