/**
 * Round 12 (security): the PIN search is run on whole mail bodies and Slack messages (the body digest, the
 * text kept until processed), not only on the engine's 20,000 characters. It answered in time growing with
 * the square of the text on long grouped digit runs ("1/1/1/…": 5 s for 32,000 characters) and on many
 * labelled PINs (25 s for 44,000 characters); a mail of 1 MB held every channel for hours.
 */
import { describe, expect, it } from 'vitest';
import { findPinMentions, redactPins } from '../../../src/domain/pin-text.ts';
import { fastestRun as fastest } from '../../support/fastest-run.ts';

const LENGTH = 200_000;
const repeatTo = (unit: (i: number) => string) => {
  let text = '';
  for (let i = 0; text.length < LENGTH; i++) text += unit(i);
  return text;
};

describe('round 12: the PIN search reads long texts in linear time', () => {
  it.each([
    [
      'a 200,000-character run of digits joined by slashes after a label',
      `PIN https://x.example/${repeatTo(() => '1/')}`,
    ],
    ['a run of numbers joined by single spaces beside "code"', `error code ${repeatTo(() => '12 ')}`],
    ['thousands of labelled PINs on one line', repeatTo((i) => `PIN ${100000 + i} `)],
    ['thousands of PIN lines', repeatTo((i) => `PIN: ${100000 + (i % 500)}\n`)],
    ['thousands of PIN labels each before a link', repeatTo((i) => `PIN here https://x.example/${100000 + i} `)],
  ])('%s: well under two seconds', (_name, text) => {
    expect(fastest(() => redactPins(text))).toBeLessThan(2_000);
  });

  it('reads what it read before: a PIN named before its label, its repeats, a PIN line', () => {
    expect(findPinMentions('call 12 34 56 739164 is my PIN').map((m) => m.digits)).toEqual(['123456739164']);
    expect(findPinMentions('v1.482913 is my PIN').map((m) => m.digits)).toEqual(['1482913']);
    expect(redactPins('PIN: 482913\nagain 482 913, and 1482913 stays')).toBe(
      'PIN: [PIN removed]\nagain [PIN removed], and 1482913 stays',
    );
    expect(findPinMentions('PIN: 482913\nstatus?')[0]?.line).toBe(true);
    expect(findPinMentions(`PIN: 482913 ${'x'.repeat(300)}`)[0]?.line).toBe(false);
  });
});
