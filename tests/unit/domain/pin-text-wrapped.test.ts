/**
 * Round 10: a PIN broken by a line end, cut out of a run of numbers after its label, or labelled with
 * its letters spelt apart. Both directions: every digit of the PIN goes, and the numbers around it stay.
 */
import { describe, expect, it } from 'vitest';
import { findPinMentions, normaliseDigits, pinFromFormEntry, redactPins } from '../../../src/domain/pin-text.ts';

const digitsLeft = (text: string) => normaliseDigits(redactPins(text)).replace(/\D/g, '');

describe('round 10: a labelled PIN that goes on past its line end is removed whole', () => {
  it.each([
    ['PIN: 482\n913', 'three and three'],
    ['PIN: 48 29\n13', 'pairs, the last on the next line'],
    ['PIN: 4829\r\n13', 'a CR LF line end'],
    ['> PIN: 482\n> 913', 'a quoted mail, both lines quoted'],
    ['PIN:\n482\n913', 'the label alone, then two lines'],
    ['My PIN is 4 8 2\n9 1 3 thanks', 'spaced digits over two lines'],
    ['PIN: 48 2\n9\n13', 'over three lines'],
  ])('%j (%s): checked as 482913, no digit of it left', (text) => {
    expect(findPinMentions(text).map((m) => m.digits)).toEqual(['482913']);
    expect(digitsLeft(text)).toBe('');
  });

  it.each([
    ['PIN: 482913\n2024 was a hard year', '482913', '2024', 'a PIN complete on its line takes nothing from the next'],
    ['PIN: 482\nThe 913 agents', '482', '913', 'a next line that opens with words'],
    ['PIN: 482\n91 agents affected\n3 sites', '482', '913', 'digits that do not complete a PIN are not joined'],
    ['PIN: 482\n1234567890 is the ticket', '482', '1234567890', 'digits that would make it longer than any PIN'],
    ['PIN: 482913 12 agents affected', '482913', '12', 'a shorter group after a complete PIN'],
    ['PIN 482913 2026-12-07', '482913', '20261207', 'a date after a complete PIN'],
    ['PIN: 482913 123456', '482913', '123456', 'a second PIN-long group is too long to be the same PIN'],
  ])('%j: %s is the PIN, %s stays (%s)', (text, pin, kept) => {
    expect(findPinMentions(text)[0]?.digits).toBe(pin);
    expect(digitsLeft(text)).toBe(kept);
  });

  it('a PIN grouped evenly past six digits is read whole ("12 34 56 78")', () => {
    expect(findPinMentions('PIN: 74 12 39 58').map((m) => m.digits)).toEqual(['74123958']);
  });
});

describe('round 10: a PIN label spelt out letter by letter is a label', () => {
  it.each([
    ['P I N : 9 4 7 2 6 1'],
    ['P.I.N. 947261'],
    ['P . I . N . 947261'],
    ['P-I-N 947261'],
    ['pin-code: 947 261'],
    ['PIN : 947 - 261'],
    ['Mein P.I.N.-Code lautet 947261'],
  ])('%j: found and removed', (text) => {
    expect(findPinMentions(text).map((m) => m.digits)).toEqual(['947261']);
    expect(digitsLeft(text)).toBe('');
  });

  it.each([['Step in 947261'], ['a pi, n = 947261'], ['P I 947261'], ['spin 947261']])(
    '%j: no label, the number stays',
    (text) => {
      expect(findPinMentions(text)).toEqual([]);
    },
  );
});

describe('round 10: a PIN typed into the private form', () => {
  it.each([
    ['482 913', '482913'],
    ['482-913', '482913'],
    ['48.29.13', '482913'],
    [' 482913 ', '482913'],
    ['４８２９１３', '482913'],
    ['٤٨٢ ٩١٣', '482913'],
    ['482\u2009913', '482913'],
  ])('%j is read as %s', (typed, digits) => {
    expect(pinFromFormEntry(typed)).toBe(digits);
  });

  it.each([['482 9l3'], ['abc'], ['']])('%j is no number: checked as typed', (typed) => {
    expect(pinFromFormEntry(typed)).toBe(typed.trim());
  });
});
