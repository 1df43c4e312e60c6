import { describe, expect, it } from 'vitest';
import { confidentialSpans } from '../../../src/domain/confidential-marks.ts';
import { findContactData } from '../../../src/domain/sensitive-contacts.ts';

describe('contact data marked as not to be passed on (red team round 8)', () => {
  it.each([
    'My mobile is +33 6 12 34 56 78, keep it confidential.',
    'Call me on my mobile +33 6 12 34 56 78 — personal number, do not share.',
    'Mon portable perso : +33 6 12 34 56 78, merci de ne pas le diffuser.',
    'Meine private Handynummer +49 151 23456789 bitte nicht weitergeben.',
    'Mi móvil privado es +34 612 345 678.',
  ])(
    'DOMAIN.md §4: "%s" is a phone to redact even in a license request, whose contact lines are the form’s',
    (text) => {
      expect(findContactData(text, { exempt: [[0, text.length]] }).map((f) => f.kind)).toEqual(['phone']);
    },
  );

  it('DOMAIN.md §4: a mark reaches only its own sentence; version numbers do not end a sentence', () => {
    const text = 'SIP Server 9.0 is down. Call me on +33 6 12 34 56 78. My home number is private.';
    expect(confidentialSpans(text)).toEqual([[text.indexOf(' My home'), text.length]]);
    expect(findContactData(text, { exempt: [[0, text.length]] })).toEqual([]);
  });

  it('DOMAIN.md §4: a license form’s phone line is the form’s unless the line says it is private', () => {
    expect(findContactData('Work phone: +1 212 555 0199')).toEqual([]);
    expect(findContactData('Work phone: +1 212 555 0199 (private, do not share)').map((f) => f.kind)).toEqual([
      'phone',
    ]);
  });
});
