/**
 * Issue 25 round 12 (the second held-out part promoted into dev): the technical fields its mails missed, by
 * cause. Each rule is probed with mails written for this test in wordings of their own (never the corpus's),
 * so a fix that moves only one corpus file fails here.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const pureconnect = (lines: string) => {
  const body = `Hi Licensing,\n\nPlease issue an activation file for our customer's production CIC server.\n\n${lines}\n\nThanks,\nIlse Marten\nWestgate Voice BV\nilse.marten@westgate.example`;
  return extractLicenseRequest({ body });
};

describe('round 12, cause 1: a GARN written in digit groups is the one number', () => {
  it.each([
    [
      'a labelled GARN with one hyphen',
      'End user: Polder Logistics\nGARN: 0245-118\nMAC: 00-1A-2B-3C-4D-11',
      '0245118',
    ],
    ['a bulleted GARN in pairs', '- End user: Polder Logistics\n- GARN 02-45-118\n- MAC 00-1A-2B-3C-4D-11', '0245118'],
    [
      'GARN in a sentence, hyphenated',
      'The end user is Polder Logistics (their GARN is 0245-118), MAC 00-1A-2B-3C-4D-11.',
      '0245118',
    ],
    ['a GARN grouped with a dot', 'End user: Polder Logistics, GARN 0245.118\nMAC: 00-1A-2B-3C-4D-11', '0245118'],
    [
      'a GARN grouped with a space',
      'Account reference number: 0245 118\nEnd user: Polder Logistics\nMAC: 00-1A-2B-3C-4D-11',
      '0245118',
    ],
  ])('%s', (_, lines, garn) => {
    const result = pureconnect(lines);
    expect((result.fields as PureConnectRecord).garn).toBe(garn);
    expect(result.invalid.map((i) => i.field)).not.toContain('garn');
  });

  it('a GARN beside a date is not joined to it', () => {
    const result = pureconnect(
      'End user: Polder Logistics\nTheir GARN is 0245118 and the cutover is 04-12-2026.\nMAC: 00-1A-2B-3C-4D-11',
    );
    expect((result.fields as PureConnectRecord).garn).toBe('0245118');
  });

  it('a date in GARN groups is no GARN', () => {
    const result = pureconnect(
      'End user: Polder Logistics\nGARN to follow, cutover 2026-12-04.\nMAC: 00-1A-2B-3C-4D-11',
    );
    expect((result.fields as PureConnectRecord).garn).toBeUndefined();
  });
});
