/**
 * Issue 21 round 20 (fix-und-a): a bare eight-digit number is a case number unless the words before it say
 * whose number it is (an order, an account, a build, a phone, another system's ticket); after a case word it
 * is always one.
 */
import { describe, expect, it } from 'vitest';
import { followUpPairs } from '../../../../src/domain/conversation/release-followup.ts';
import { readCaseNumbers } from '../../../../src/domain/understanding/case-numbers.ts';

describe('case numbers: a number is what its label says', () => {
  it.each([
    'the order number is 02345678, when will it ship?',
    'billing account 00456789 cannot be found in the portal',
    'crash on build 07766554 of the desktop',
    'Tel. 08912345\nMob 01712345',
    'you can call me back on 04433221 this afternoon',
    'reach us at our hotline +44 20 01234567',
    'our own incident INC-04412345 is linked',
    'serial no.: 01998877 on the appliance',
    'Customer no: 00012345',
  ])('case numbers: "%s" names no case', (text) => {
    expect(readCaseNumbers(text)).toEqual([]);
  });

  it.each([
    ['any news on 01000123?', ['01000123']],
    ['add this to ticket #01000777 please', ['01000777']],
    ['my manager should call me about 01000010', ['01000010']],
    ['order 02345678 relates to case 01000321', ['01000321']],
    ['same problem as in case 01000045', ['01000045']],
  ])('case numbers: "%s" names %j', (text, numbers) => {
    expect(readCaseNumbers(text)).toEqual(numbers);
  });
});

describe('release follow-up: the pair alone after a release-type answer', () => {
  it.each([
    ['thanks. and 9.0 -> 9.1?', [{ from: '9.0', to: '9.1' }]],
    ['how about going 8.1 to 9.0', [{ from: '8.1', to: '9.0' }]],
    ['and SIP Server 8.5.1 to 8.5.3?', [{ from: '8.5.1', to: '8.5.3' }]],
  ])('release follow-up: "%s" asks of %j', (text, pairs) => {
    expect(followUpPairs(text)).toEqual(pairs);
  });

  it.each([
    'we upgraded from 9.0 to 9.1 and now calls drop',
    'upgrade 9.0 to 9.1 tonight, anything to watch?',
    'can you send me the 9.1 installer instead of 9.0',
    'and 9.1?',
  ])('release follow-up: "%s" is no follow-up', (text) => {
    expect(followUpPairs(text)).toEqual([]);
  });
});
