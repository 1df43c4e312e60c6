import { describe, expect, it } from 'vitest';
import { findSensitiveData, passesLuhn, redactSensitiveData } from '../../../src/domain/sensitive-data.ts';

const kinds = (text: string) => findSensitiveData(text).map((f) => f.kind);

describe('sensitive data (DOMAIN.md §4: the bot warns and keeps it out of what staff see)', () => {
  it('finds card numbers only when they pass Luhn', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(kinds('card 4111 1111 1111 1111 expired')).toEqual(['card-number']);
    expect(kinds('ticket 4111 1111 1111 1112')).toEqual([]);
  });
  it('a phone number that passes Luhn by chance is a phone: dialled with "+" or under a phone label', () => {
    expect(passesLuhn('4935155550190')).toBe(true);
    expect(kinds('Tel. +49 351 5555 0190 (Durchwahl -23)')).not.toContain('card-number');
    expect(kinds('Telefon: 0049 351 5555 0190')).not.toContain('card-number');
    expect(kinds('Phone 4935155550190')).not.toContain('card-number');
    // The same digits called a card, or standing alone, are still a card number.
    expect(kinds('my card 4935 1555 5019 0')).toEqual(['card-number']);
    expect(kinds('number 4935155550190 please')).toEqual(['card-number']);
  });

  it('does not take version numbers, case numbers or MAC addresses for card numbers', () => {
    expect(kinds('SIP Server 8.5.102.03 on host 0050569a1b2c, case 01000001')).toEqual([]);
  });
  it('finds national id numbers (US SSN, UK NI number)', () => {
    expect(kinds('SSN 123-45-6789')).toEqual(['national-id']);
    expect(kinds('NI number AB 12 34 56 C')).toEqual(['national-id']);
  });
  it('finds passwords and secrets, tokens and private keys', () => {
    expect(kinds('the admin password is Tr0ub4dor&3')).toEqual(['password']);
    expect(kinds('token xoxb-123456789012-abcdefghijkl')).toEqual(['token']);
    expect(kinds('-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----')).toEqual(['private-key']);
  });
  it('redacts each finding with its kind and keeps the rest of the text', () => {
    const text = 'Calls fail. password: hunter22 and card 4111-1111-1111-1111.';
    const redacted = redactSensitiveData(text);
    expect(redacted).toBe('Calls fail. [redacted password] and card [redacted card-number].');
    expect(redacted).not.toContain('hunter22');
  });

  it('a French NIR is written with spaces; a tab-separated row of port numbers (27010<tab>27010<tab>27010) is none', () => {
    expect(kinds('NIR 1 85 05 78 006 084 36')).toEqual(['national-id']);
    expect(kinds('Port\t27010\t27010\t27010')).toEqual([]);
  });
});
