/**
 * Round 10 (security): the understanding reader's impact patterns and the license reader's signature
 * patterns given long runs directly — not only the engine's bounded text — answer in linear time. Before,
 * a thousand blanks after a full stop took seconds in the "because of this" cue, and a 20,000-character
 * word held the signature's address and last-sentence patterns for about a second.
 */
import { describe, expect, it } from 'vitest';
import { splitMessageSections } from '../../../src/domain/license-request/message-sections.ts';
import { IMPACT_CUES } from '../../../src/domain/understanding/impact-cues.ts';
import { fastestRun as fastest } from '../../support/fastest-run.ts';

const allCues = (text: string) => {
  for (const cue of IMPACT_CUES) [...text.matchAll(new RegExp(cue.re.source, cue.re.flags))];
};

describe('round 10: the readers bound their own patterns', () => {
  it.each([
    ['a thousand blanks after a full stop', `The queue stalls.${' '.repeat(1000)}x because of this`],
    ['a thousand tabs after a level', `High.${'\t'.repeat(1000)}x`],
    ['a thousand blanks after "Impact"', `Impact${' '.repeat(1000)}: x`],
    ['a thousand line ends', `x${'\n'.repeat(1000)}y`],
  ])('impact cues on %s: well under a quarter second', (_name, text) => {
    expect(fastest(() => allCues(text))).toBeLessThan(250);
  });

  it.each([
    ['one 20,000-character word', 'a'.repeat(20_000)],
    ['an address of 20,000 characters without a dot', `a@${'b'.repeat(20_000)}`],
  ])('message sections on %s: well under a quarter second', (_name, text) => {
    expect(fastest(() => splitMessageSections(text))).toBeLessThan(250);
  });

  it('the bounded patterns still read what they read before', () => {
    const matched = (text: string) => IMPACT_CUES.some((cue) => new RegExp(cue.re.source, cue.re.flags).test(text));
    expect(matched('Calls drop after 30 s. Because of this our agents cannot take orders.')).toBe(true);
    expect(matched('Severity: Medium. Impact: our planners have to work by hand.')).toBe(true);
    const sections = splitMessageSections(
      'Please renew the file.\n\nAnn Lee\nann.lee@fabrikam.example\ntel: +1 412 555 0133',
    );
    expect(sections[0]!.signature.map((l) => l.text)).toEqual([
      'Ann Lee',
      'ann.lee@fabrikam.example',
      'tel: +1 412 555 0133',
    ]);
  });
});
