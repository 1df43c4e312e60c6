/**
 * Red team round 12: a PIN given as a link after its label, and the PIN's digits written again in another
 * grouping (round 11 left both: the link's digits and "482.913" written again stayed in the text).
 */
import { describe, expect, it } from 'vitest';
import { findPinMentions, redactPins } from '../../../src/domain/pin-text.ts';

describe("a link named by a PIN label gives up the address's digits (round 12)", () => {
  it.each([
    ['PIN here (https://pins.example/615283)', 'PIN here (https://pins.example/[PIN removed])'],
    ['my PIN, see the link: https://x.example/615283/', 'my PIN, see the link: https://x.example/[PIN removed]/'],
    ['PIN <https://x.example/p#615283>', 'PIN <https://x.example/p#[PIN removed]>'],
    [
      'Contact PIN is at www.notes.example/s/615283?lang=en',
      'Contact PIN is at www.notes.example/s/[PIN removed]?lang=en',
    ],
    ['ПИН здесь (https://x.example/615283)', 'ПИН здесь (https://x.example/[PIN removed])'],
    ['PIN here (https://x.example/６１５２８３)', 'PIN here (https://x.example/[PIN removed])'],
  ])('%j → %j', (text, redacted) => {
    expect(redactPins(text)).toBe(redacted);
    // Removed and warned about, never checked as the PIN given: a link is no way to give one.
    expect(findPinMentions(text).every((m) => m.repeat)).toBe(true);
  });

  it.each([
    'see https://ci.example/build/615283 for the failing run',
    'Case link: https://support.example/case/01000042',
    'PIN reset failed. See https://ci.example/build/615283',
    'PIN reset failed on build 12 of https://ci.example/build/615283',
    'the PIN pad firmware is https://dl.example/v615283.zip',
    'PIN here (https://jira.example/browse/SUP-615283)',
    'PIN form\nhttps://ci.example/build/615283',
  ])('%j keeps its link whole', (text) => {
    expect(redactPins(text)).toBe(text);
  });
});

describe("the PIN's digits written again, however grouped (round 12)", () => {
  it.each([
    ['PIN: 482913, again: 482.913', 'PIN: [PIN removed], again: [PIN removed]'],
    ['PIN 482.913 — typed 482 913 in the form', 'PIN [PIN removed] — typed [PIN removed] in the form'],
    ['PIN: 482913 (48-29-13)', 'PIN: [PIN removed] ([PIN removed])'],
  ])('%j → %j', (text, redacted) => {
    expect(redactPins(text)).toBe(redacted);
  });

  it.each([
    // The separator of the PIN as written is no wildcard: "482x913" is not "482.913" again.
    ['PIN 482.913; ref 482x913', 'PIN [PIN removed]; ref 482x913'],
    // Inside a longer number, grouped or not, the digits are that number's.
    ['PIN 482913; call 1.482.913.0000', 'PIN [PIN removed]; call 1.482.913.0000'],
    ['PIN 482913; order 4829134', 'PIN [PIN removed]; order 4829134'],
  ])('%j → %j', (text, redacted) => {
    expect(redactPins(text)).toBe(redacted);
  });
});
