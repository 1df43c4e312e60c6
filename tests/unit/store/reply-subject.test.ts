// The subject our mail carries (Outbound): the case tag after one "Re:", whatever prefixes the customer's client wrote.
import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../../src/store/mail-outbox-store.ts';

const REPLY = '<m1@customer.example>';

describe('subjectOf', () => {
  it.each([
    ['calls', 'Re: [Case 01000001] calls'],
    ['RE: calls', 'Re: [Case 01000001] calls'],
    ['AW: SV: calls', 'Re: [Case 01000001] calls'],
    ['Réf. : calls', 'Re: [Case 01000001] calls'],
    ['[Case 01000001] Re: calls', 'Re: [Case 01000001] calls'],
    ['Re: [Case 01000001] calls', 'Re: [Case 01000001] calls'],
    ['RE: [Case 01000001] RE: calls', 'Re: [Case 01000001] calls'],
    ['Re:', 'Re: [Case 01000001] Customer Care'],
  ])('a reply about the case to "%s" is "%s"', (subject, expected) => {
    expect(subjectOf(subject, '01000001', REPLY)).toBe(expected);
  });

  it('keeps a forward prefix, which says what the customer sent', () => {
    expect(subjectOf('FW: phones', '01000001', REPLY)).toBe('Re: [Case 01000001] FW: phones');
  });

  it('keeps another case’s tag, which the sender may not see (a hint, not ours to drop)', () => {
    expect(subjectOf('Re: [Case 09999999] calls', null, REPLY)).toBe('Re: [Case 09999999] calls');
  });

  it('leaves a mail that answers nothing as it is, tagged', () => {
    expect(subjectOf('RE: calls', '01000001', null)).toBe('[Case 01000001] RE: calls');
    expect(subjectOf(null, null, null)).toBe('Customer Care');
  });
});
