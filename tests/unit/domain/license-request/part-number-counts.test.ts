/** Issue 25 §1: part numbers with their counts in every position partners write them (seed 003: SW-001-4.0-AL02). */
import { describe, expect, it } from 'vitest';
import { readPartNumbers } from '../../../../src/domain/license-request/part-numbers.ts';

const ACD = 'SW-012-1.0-CA15';
const QM = 'SW-031-4.0-QM01';
const both = [
  { partNumber: ACD, quantity: 25 },
  { partNumber: QM, quantity: 10 },
];

describe('issue 25 §1: a part number’s count is read wherever it is written', () => {
  it.each([
    [`${ACD}   PureConnect ACD User   25\n${QM}   Quality Management   10`, 'the last number of an aligned row'],
    [
      `1. ${ACD}, ACD User, 25\n2. ${QM}, Quality Management, 10`,
      'the last number after a comma, list numbers ignored',
    ],
    [
      `- ${ACD} – PureConnect ACD User – quantity 25\n- ${QM} – Quality Management – quantity 10`,
      'a marked count after a description',
    ],
    [`It includes ${ACD} (ACD user, qty 25) and ${QM} (QM, qty 10).`, 'qty inside brackets after a description'],
    [`25 of ${ACD}, 10 of ${QM}`, '"N of" before each, the first count not taken for the second part'],
    [`${ACD} / 25; ${QM} / 10`, 'a slash before the count, parts on one line'],
    [`${ACD} (x25), ${QM} (x10)`, '(xN) after each'],
  ])('%s (%s)', (text) => {
    expect(readPartNumbers(text)).toEqual(both);
  });

  it.each([
    [`They bought twenty-five ACD users (${ACD}).`, 25],
    [`Add 25 ACD users, part ${ACD}.`, 25],
    [`SKU ${ACD}, 25 units`, 25],
    ['SW–012–1.0–CA15 x 25', 25],
  ])('"%s" → %i (a count in words, a count with its unit before or after, en dashes)', (text, quantity) => {
    expect(readPartNumbers(text)).toEqual([{ partNumber: ACD, quantity }]);
  });

  it('a count in an earlier sentence is not the part’s', () => {
    expect(readPartNumbers(`We have 300 agents. Please add ${ACD}.`)).toEqual([{ partNumber: ACD }]);
  });
});
