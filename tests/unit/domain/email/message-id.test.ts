import { describe, expect, it } from 'vitest';
import {
  caseNumberFromSubject,
  findOwnMessageId,
  makeMessageId,
  verifyMessageId,
} from '../../../../src/domain/email/message-id.ts';

const SECRET = 'test-secret';
const id = makeMessageId({ caseNumber: '01234567', outboxId: 'ob_42', secret: SECRET, domain: 'caseline.example' });

describe('signed Message-IDs', () => {
  it('has the documented shape', () => {
    expect(id).toMatch(/^<cl\.01234567\.ob_42\.[0-9a-f]{12}@caseline\.example>$/);
  });

  it('round-trips with and without angle brackets', () => {
    expect(verifyMessageId(id, SECRET)).toEqual({ caseNumber: '01234567', outboxId: 'ob_42' });
    expect(verifyMessageId(id.slice(1, -1), SECRET)).toEqual({ caseNumber: '01234567', outboxId: 'ob_42' });
  });

  it('rejects a forged HMAC, another case number, another secret and foreign ids', () => {
    expect(verifyMessageId(id.replace(/\.[0-9a-f]{12}@/, '.000000000000@'), SECRET)).toBeNull();
    expect(verifyMessageId(id.replace('01234567', '01234568'), SECRET)).toBeNull();
    expect(verifyMessageId(id, 'other-secret')).toBeNull();
    expect(verifyMessageId('<CAPacwgw9P=oxVx@mail.gmail.com>', SECRET)).toBeNull();
  });

  it('finds our id among References', () => {
    expect(findOwnMessageId(['<a@b>', id], SECRET)).toEqual({ caseNumber: '01234567', outboxId: 'ob_42' });
    expect(findOwnMessageId(['<a@b>'], SECRET)).toBeNull();
  });

  it('refuses to mint ids from malformed parts', () => {
    expect(() => makeMessageId({ caseNumber: '123', outboxId: 'x', secret: SECRET, domain: 'd.example' })).toThrow();
    expect(() => makeMessageId({ caseNumber: '01234567', outboxId: 'a.b', secret: SECRET, domain: 'd' })).toThrow();
    expect(() => makeMessageId({ caseNumber: '01234567', outboxId: 'x', secret: '', domain: 'd' })).toThrow();
  });
});

describe('caseNumberFromSubject', () => {
  it.each([
    ['Re: [Case 01234567] Licence key', '01234567'],
    ['AW: [case 00000001]', '00000001'],
    ['[Case 1234567] too short', null],
    ['[Case 123456789] too long', null],
    ['Case 01234567 without brackets', null],
  ])('%s → %s', (subject, expected) => {
    expect(caseNumberFromSubject(subject)).toBe(expected);
  });
});
