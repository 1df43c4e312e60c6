/** Actions on a case the writer says are not wanted (red team round 11). */
import { describe, expect, it } from 'vitest';
import { withoutRefusedRequests } from '../../../../src/domain/understanding/negated-requests.ts';

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
