import { describe, expect, it } from 'vitest';
import { namedAsAnothersPin } from '../../../src/domain/pin-owner.ts';
import { findPinMentions } from '../../../src/domain/pin-text.ts';

const named = (text: string) => {
  const [mention] = findPinMentions(text);
  if (!mention) throw new Error(`no PIN found in ${text}`);
  return namedAsAnothersPin(text, mention.start);
};

describe('whose PIN a sentence names (red team round 8)', () => {
  it.each([
    'The phone of agent 12 asks for the PIN 123456 after each drop.',
    'our desk phones ask for a PIN 654321 after the upgrade',
    'The softphone keeps asking for its PIN 654321.',
    "agent 12's voicemail PIN 482913 no longer works",
    'the admin console PIN is 736251 for everyone',
    'le téléphone demande le code PIN 123456 à chaque appel',
    'das Telefon verlangt eine PIN 123456 nach jedem Abbruch',
    'el teléfono pide su PIN 123456 tras cada corte',
  ])('DOMAIN.md §8: "%s" names a device’s or another’s PIN, not the writer’s', (text) => {
    expect(named(text)).toBe(true);
  });

  it.each([
    'PIN 482913, what is the status of my cases?',
    'Hello, my PIN is 482913 and I want the status of my cases',
    'Hello this is my PIN 482913',
    'Here is the PIN: 482913',
    'Hi, PIN 482913. Our SIP Server is down.',
    'mon code PIN est 482913',
    'die PIN lautet 482913',
    'mi PIN es 482913',
    '482913 is my PIN',
  ])('DOMAIN.md §8: "%s" offers the writer’s own PIN', (text) => {
    expect(named(text)).toBe(false);
  });
});
