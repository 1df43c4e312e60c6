import { describe, expect, it } from 'vitest';
import { foldLatinLookalikes } from '../../../src/domain/latin-lookalikes.ts';
import { redactPins } from '../../../src/domain/pin-text.ts';

describe('PIN labels written with letters drawn like Latin ones (red team round 7)', () => {
  it.each([
    [
      'Greek capitals Rho, Iota, Nu',
      'here is the log, ΡΙΝ: 482913, thanks',
      'here is the log, ΡΙΝ: [PIN removed], thanks',
    ],
    ['a Cyrillic Er among Latin letters', 'РIN 482913', 'РIN [PIN removed]'],
    ['Greek small letters', 'my ρin is 482913', 'my ρin is [PIN removed]'],
    ['Latin small capitals', 'ᴘɪɴ ᴄᴏᴅᴇ 482 913', 'ᴘɪɴ ᴄᴏᴅᴇ [PIN removed]'],
    ['the Russian label', 'Мой ПИН-код: 482913', 'Мой ПИН-код: [PIN removed]'],
    ['the Russian label in small letters', 'пин 482913', 'пин [PIN removed]'],
  ])('issue 18 §3: a label in %s marks a PIN, which is removed', (_how, text, expected) => {
    expect(redactPins(text)).toBe(expected);
  });

  it.each([
    ['a Greek word ending in the letters', 'ΑΠΙΝ 482913'],
    ['a Russian word starting with пин', 'пингвин 482913'],
    ['a Latin word ending in pin', 'Spin 482913'],
  ])('issue 18 §3: %s is no label: the number stays', (_how, text) => {
    expect(redactPins(text)).toBe(text);
  });

  it('issue 18 §3: folding keeps the length, so offsets into the text as written stay right', () => {
    const text = 'ΡΙΝ Ρin ΑΒΓ аеорсух';
    expect(foldLatinLookalikes(text)).toBe('PIN Pin ABΓ aeopcyx');
    expect(foldLatinLookalikes(text)).toHaveLength(text.length);
  });
});
