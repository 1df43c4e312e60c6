/** A second PIN named right after a labelled one (issue 18 §3; found by the round-5 red team). */
import { describe, expect, it } from 'vitest';
import { findPinMentions, redactPins } from '../../../src/domain/pin-text.ts';

const digitsOf = (text: string) => findPinMentions(text).map((m) => m.digits);

describe('a second PIN in the same breath', () => {
  it.each([
    ['his PIN is 739164 and mine is 482913', ['739164', '482913']],
    ['PINs: 482913, 739164', ['482913', '739164']],
    ['our PINs are 482913 and 739164.', ['482913', '739164']],
    ['PIN 482913, Ben’s is 739164', ['482913', '739164']],
    ['PIN: 482 913 or 739 164', ['482913', '739164']],
    ['PIN ４８２９１３ und meine ７３９１６４', ['482913', '739164']],
  ])('issue 18 §3: %s → both PINs removed', (text, pins) => {
    expect(digitsOf(text)).toEqual(pins);
    const redacted = redactPins(text);
    for (const p of pins) expect(redacted.replace(/\D/g, '')).not.toContain(p.slice(0, 3));
  });

  it.each([
    ['PIN 482913 for case 01000001', '01000001'],
    ['PIN: 482913 and 2026', '2026'],
    ['PIN 482913 and version 9.0.012', '9.0.012'],
    ['PIN 482913 and 20 agents', '20 agents'],
  ])('issue 18 §3: %s → only the PIN goes, the other number stays', (text, kept) => {
    expect(digitsOf(text)).toEqual(['482913']);
    expect(redactPins(text)).toContain(kept);
  });

  it('issue 18 §3: "pins" of a connector are no PIN label without a number of PIN length', () => {
    expect(digitsOf('the connector has pins 1 and 2')).toEqual([]);
  });
});
