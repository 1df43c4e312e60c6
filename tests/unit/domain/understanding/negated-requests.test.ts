/** Actions on a case the writer says are not wanted (red team round 11). */
import { describe, expect, it } from 'vitest';
import { withoutLaterCloses, withoutRefusedRequests } from '../../../../src/domain/understanding/negated-requests.ts';

describe('a refused or only weighed action on a case', () => {
  it.each([
    ['Please never make case 01000001 critical', /critical/],
    ['We will not need to raise the severity of case 01000001.', /raise/],
    ['Please do not close case 01000001, it still fails.', /close/],
    ["Don't close it yet", /close/],
    ["we don't want you to lower it", /lower/],
    ['Ben asked whether we should close case 01000001; I said no.', /close/],
  ])('%j: the clause is set aside', (text, verb) => {
    expect(withoutRefusedRequests(text)).not.toMatch(verb);
  });

  it.each([
    'Please raise case 01000001 to critical',
    "Why don't you close it?",
    "Can't you raise it to critical?",
    'Do not hesitate to close it',
    'If it is not fixed by Friday raise it to critical',
    'The issue is not reproducible any more so close it',
    'We do not need this case anymore, you can close it',
    'My manager asked if you could raise it to critical',
    'not critical, please lower it to medium',
  ])('%j: a request stays as written', (text) => {
    expect(withoutRefusedRequests(text)).toBe(text);
  });

  it('only the refused clause goes: "please close it, we do not need to raise it" keeps the closing', () => {
    expect(withoutRefusedRequests('please close it, we do not need to raise it')).toContain('please close it');
  });
});

describe('a close put off, the condition or time after the verb (red team round 13)', () => {
  it.each([
    'Please close the case after we confirm the fix on Friday.',
    'close case 01000001 when done',
    'Please close it once we confirm the patch.',
    'You can close it as soon as the hotfix is in',
    'Close it next week.',
    'Please close the case tomorrow.',
    'close it if nothing recurs',
  ])('%j: the close is set aside', (text) => {
    expect(withoutLaterCloses(text)).not.toMatch(/clos/i);
  });

  it.each([
    'Please close it when you can.',
    'close it if possible',
    'Close the case if it is OK with you',
    'Close it, we found it was our firewall after all.',
    'Please close this case as we fixed it on Monday.',
    'Please close the case by Friday.',
    'please close it, the problem is gone since Monday',
  ])('%j: the close stays', (text) => {
    expect(withoutLaterCloses(text)).toBe(text);
  });
});
