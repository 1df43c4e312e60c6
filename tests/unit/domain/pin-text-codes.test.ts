/** Codes said to be someone's, and the words that gave one's own PIN (red team round 11). */
import { describe, expect, it } from 'vitest';
import { findPinMentions, redactPins, withoutOwnPinPhrases } from '../../../src/domain/pin-text.ts';

const found = (text: string) => findPinMentions(text).map((m) => `${m.digits}${m.code ? ' (code)' : ''}`);

describe("a number of a PIN's length said to be someone's code", () => {
  it.each([
    ['my code 482913', ['482913 (code)']],
    ['passcode 482913', ['482913 (code)']],
    ['her security code: 482 913', ['482913 (code)']],
    ["Ben's access code is 482913", ['482913 (code)']],
    ['482913 is my passcode', ['482913 (code)']],
    ['PIN code 482913', ['482913']],
    ["739164 is my PIN and 482913 is Ben's", ['739164', '482913']],
  ])('%j → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'error code 1234567',
    'the customer code 1234567',
    "the server's code 482913",
    "it's code 123456",
    'my code 42',
    'our zip code 750010',
    'my code 12345678901',
    'case 01000001',
  ])('%j holds no PIN', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the words that gave the writer’s own PIN', () => {
  const prepared = (text: string) => withoutOwnPinPhrases(redactPins(text, { dropLines: true }));
  it.each([
    ['my pin-code is 482-913, what is the status of my case?', 'what is the status of my case?'],
    ['Hello. My PIN is 482913. Status of case 01000001?', 'Hello. Status of case 01000001?'],
    ['482913 is my PIN, status?', 'status?'],
    ['PIN 482913 - status of case 01000001?', 'status of case 01000001?'],
  ])('%j → %j', (text, expected) => {
    expect(prepared(text)).toBe(expected);
  });

  it.each([
    ['The phone asks for the PIN 123456 after each drop', 'The phone asks for the PIN [PIN removed] after each drop'],
    ['here is the log, PIN 482913, errors at 10:02', 'here is the log, PIN [PIN removed], errors at 10:02'],
  ])('a PIN named in passing stays marked: %j', (text, expected) => {
    expect(prepared(text)).toBe(expected);
  });
});

describe('a PIN in markup, a table, glued text, or written again', () => {
  it.each([
    ['~PIN~ 615283', '~PIN~ [PIN removed]'],
    ['| PIN | 482913 |', '| PIN | [PIN removed] |'],
    ['ticket 4711PIN 482913', 'ticket 4711PIN [PIN removed]'],
    ['PIN: 482913 (https://x.example/482913)', 'PIN: [PIN removed] (https://x.example/[PIN removed])'],
    ['my PIN is 482913, again 482913', 'my PIN is [PIN removed], again [PIN removed]'],
  ])('%j → %j', (text, expected) => {
    expect(redactPins(text)).toBe(expected);
  });

  it('a number that only contains the PIN, or a shorter one, stays', () => {
    expect(redactPins('PIN 482913 and 4829131 and 48291')).toBe('PIN [PIN removed] and 4829131 and 48291');
  });

  it('the PIN written again is removed, never the one given', () => {
    const [given, again] = findPinMentions('482913 and my PIN: 482913');
    expect(given?.repeat).toBe(true);
    expect(again?.repeat).toBeUndefined();
  });
});
