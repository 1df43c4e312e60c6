/**
 * Issue 21, round 10: the language of a controlled release as people write it — in English or in its own
 * name and script, "for Korean", "Korean-language", "Dutch translation", "localized in Thai".
 */
import { describe, expect, it } from 'vitest';
import { readCircumstances } from '../../../../src/domain/understanding/circumstances.ts';
import { findLanguage } from '../../../../src/domain/understanding/controlled-release.ts';
import { requestParts } from '../../../../src/domain/understanding/request-parts.ts';

describe('issue 21 §1: a controlled release’s language in words (DOMAIN.md §5: language if localized)', () => {
  it('issue 21 §1: "build for Korean", "Korean-language", "Dutch translation", "translated into Ukrainian" name the language in an order', () => {
    const cases: [string, string][] = [
      ['the controlled SIP Server 8.5.102.03 build for Korean on Windows Server 2016', 'Korean'],
      ['a Korean-language build please', 'Korean'],
      ['we would like the Dutch translation', 'Dutch'],
      ['translated into Ukrainian, by courier', 'Ukrainian'],
      ['localized in Thai', 'Thai'],
    ];
    for (const [text, language] of cases) expect(findLanguage(text, false, true)?.value, text).toBe(language);
  });

  it('issue 21 §1: a language in its own script ("日本語 version", "한국어 please") is read as written', () => {
    expect(findLanguage('we need the 日本語 version', false, true)?.value).toBe('日本語');
    expect(findLanguage('한국어 please', false, true)?.value).toBe('한국어');
  });

  it('issue 21 §1: a site or office named after a language ("for our Korean office") is no language of an order', () => {
    expect(findLanguage('controlled WDE 8.5 for our Korean office, RHEL 8', false, true)).toBeUndefined();
    expect(findLanguage('for the Korean site, RHEL 8', false, true)).toBeUndefined();
  });
});

describe('issue 21 §6: the parts of a message that makes several requests', () => {
  it('issue 21 §6: sentences, numbered items and requests joined by "and" are parts of their own', () => {
    expect(
      requestParts('What is the status of case 01000001? Please raise it to critical and close case 01000002.'),
    ).toEqual(['What is the status of case 01000001?', 'Please raise it to critical', 'close case 01000002.']);
    expect(requestParts('two things. 1) raise 01000002 to critical 2) how long do you take?')).toEqual([
      'two things.',
      '1) raise 01000002 to critical',
      '2) how long do you take?',
    ]);
  });

  it('issue 21 §6: "and" inside one request does not split it', () => {
    expect(requestParts('calls drop and agents are logged out')).toEqual(['calls drop and agents are logged out']);
  });
});

describe('issue 21 §1: circumstances as people write them', () => {
  it('issue 21 §1: an abbreviated change ("since carrier chg last nite", "after the fw upd on sat") is a circumstance', () => {
    expect(readCircumstances('calls to mobiles fail since carrier chg last nite, hi sev').value).toBe(
      'since carrier chg last nite',
    );
    expect(readCircumstances('agents logged out after the fw upd on sat').value).toContain('fw upd');
  });

  it('issue 21 §1: a change made on request ("the manager asked us to add a second queue") is what led to the problem', () => {
    const text =
      'Last week the manager asked us to add a second queue for night callers. Since this morning every call of it goes nowhere.';
    expect(readCircumstances(text).value).toContain('add a second queue');
  });
});
