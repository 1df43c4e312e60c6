import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPinMentions, normaliseDigits, redactPins, redactPinsInRow } from '../../../src/domain/pin-text.ts';

const PIN = '482913';

describe('issue 18 §3: PINs are found in every form people write them', () => {
  it.each([
    ['PIN: 482913', 'a PIN line'],
    ['PIN-Code: 482913', 'PIN-Code'],
    ['pin no. 482913', 'pin no.'],
    ['Pin number is 482913', 'pin number is'],
    ['my contact PIN is 482913, thanks', 'inline, with words around'],
    ['PIN: 482 913', 'grouped with a space'],
    ['PIN: 482-913', 'grouped with a dash'],
    ['PIN: 48 29 13', 'pairs'],
    ['PIN: "482913"', 'double quotes'],
    ["PIN = '482913'", 'single quotes'],
    ['PIN: «482913»', 'guillemets'],
    ['> PIN: 482913', 'a quoted mail line'],
    ['PIN：４８２９１３', 'fullwidth colon and digits'],
    ['PIN: ٤٨٢٩١٣', 'Arabic-Indic digits'],
    ['PIN: ۴۸۲۹۱۳', 'extended Arabic-Indic digits'],
    ['PIN: ४८२९१३', 'Devanagari digits'],
    ['PIN: 482\u200b913', 'a zero-width space inside'],
    ['P\u200dIN: 482913', 'a zero-width joiner in the label'],
    ['PIN:\u00a0482\u00a0913', 'no-break spaces'],
    ['ＰＩＮ: 482913', 'a fullwidth label'],
    ['code PIN : 482913', 'French word order'],
    ['PIN-Nummer: 482913', 'German'],
    ['482913 is my PIN', 'the number before the label'],
    ['PIN-482913.txt', 'a file name'],
    ['Re: access problem PIN 482913', 'a subject'],
    ['PIN#482913', 'a hash sign'],
    ['p.i.n. 482913', 'dotted'],
  ])('%s (%s): found, and its digits gone after redaction', (text) => {
    const mentions = findPinMentions(text);
    expect(mentions.map((m) => m.digits)).toEqual([PIN]);
    const redacted = redactPins(text);
    expect(normaliseDigits(redacted).replace(/\D/g, '')).not.toContain('4829');
    expect(redacted).toContain('[PIN removed]');
  });

  it.each([
    ['status of case 01000001 please', 'a case number'],
    ['We run SIP Server 8.5.102.03 on Windows Server 2019', 'versions'],
    ['Call me at +33 1 23 45 67 89', 'a phone number'],
    ['the license server is 7260@lic-host-01', 'a port'],
    ['Please pin the version to 9.0.1', 'the verb "pin"'],
    ['I forgot my PIN, can you reset it? Case 01000002', 'a PIN question with a case number'],
    ['spinning 123456 times', 'pin inside a word'],
    ['PO 4500012345, invoice 2026-11-23', 'an order number and a date'],
  ])('%s (%s): no PIN, nothing changed', (text) => {
    expect(findPinMentions(text)).toEqual([]);
    expect(redactPins(text)).toBe(text);
  });

  it('marks a PIN that is alone on its line', () => {
    expect(findPinMentions('Hello\n  PIN: 482913 \nthanks').map((m) => m.line)).toEqual([true]);
    expect(findPinMentions('my PIN is 482913, thanks').map((m) => m.line)).toEqual([false]);
  });

  it('keeps the rest of the text as written (fullwidth, accents, other scripts)', () => {
    expect(redactPins('Ｃａｓｅ 番号 — PIN：４８２９１３ — café')).toBe('Ｃａｓｅ 番号 — PIN：[PIN removed] — café');
  });

  it('property: whatever surrounds a labelled PIN in any digit script, its digits never survive redaction', () => {
    const scripts = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce];
    const separators = ['', ' ', '-', '\u200b', '\u00a0', '.'];
    const labels = ['PIN: ', 'pin ', 'PIN-Code: ', 'pin no. ', 'My PIN is ', 'PIN = "', 'ＰＩＮ：', '> PIN: '];
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{5,9}$/),
        fc.constantFrom(...scripts),
        fc.constantFrom(...separators),
        fc.constantFrom(...labels),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        (pin, zero, separator, label, before, after) => {
          const digits = [...pin].map((d) => String.fromCodePoint(zero + Number(d)));
          const written = digits.slice(0, 3).join('') + separator + digits.slice(3).join('');
          const text = `${before}\n${label}${written}\n${after}`;
          const redacted = normaliseDigits(redactPins(text));
          expect(redacted.replace(/[^0-9]/g, '')).not.toContain(pin);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('issue 18 §3: PINs in spreadsheet rows', () => {
  it('removes a PIN in a cell, and one in the cell after a "PIN" label', () => {
    expect(redactPinsInRow(['Name', 'Ana Ruiz', 'PIN', '482 913', 'Host', '0050569a1b2c'])).toEqual([
      'Name',
      'Ana Ruiz',
      'PIN',
      '[PIN removed]',
      'Host',
      '0050569a1b2c',
    ]);
    expect(redactPinsInRow(['contact pin: 482913'])).toEqual(['contact pin: [PIN removed]']);
    expect(redactPinsInRow(['Quantity', '482913'])).toEqual(['Quantity', '482913']);
  });
});
