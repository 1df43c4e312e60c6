/** Issue 25 round 8 §1: one field given two different values in the new text is asked about, never guessed. */
import { describe, expect, it } from 'vitest';
import { CONTRADICTION } from '../../../../src/domain/license-request/collector.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const request = (first: string, second: string) => ({
  date: new Date('2025-11-03T09:00:00-05:00'),
  body: [
    'Hi Licensing,',
    '',
    `Harbor Freight Lines is upgrading its production PureConnect server to 2025 R4; ${first}`,
    '',
    'End User: Harbor Freight Lines',
    'GARN: 0218844',
    'Server MAC: 00-50-56-B1-22-7E',
    '',
    second,
    '',
    'Dana Ruiz',
    'Bayline Partners',
  ].join('\n'),
});

describe('issue 25 round 8 §1: two dates needed, each said as the date needed, in two sentences of the new text', () => {
  it('"by 21 November" and "no later than Wednesday the 19th": neither is kept and the date is asked about', () => {
    const result = extractLicenseRequest(
      request('we need the file by 21 November.', 'Please make sure we have it no later than Wednesday the 19th.'),
    );
    expect(result.kind).toBe('pureconnect');
    expect(result.invalid).toContainEqual(expect.objectContaining({ field: 'dateNeeded', problem: CONTRADICTION }));
    expect(result.fields).not.toHaveProperty('dateNeeded');
    expect(result.questions.map((q) => q.field)).toContain('dateNeeded');
  });

  it.each([
    [
      'the same day in two forms',
      'we need the file by 21 November.',
      'Please make sure we have it by Friday the 21st.',
    ],
    ['a wish and a limit', 'ideally we need the file by 19 November.', 'At the latest we need it by 21 November.'],
    ['a date of an event, not of the need', 'we need the file by 19 November.', 'Their cut-over is on 22 November.'],
  ])('%s is no contradiction: one date is read', (_, first, second) => {
    const result = extractLicenseRequest(request(first, second));
    expect(result.invalid.filter((i) => i.field === 'dateNeeded')).toEqual([]);
    expect(result.fields).toHaveProperty('dateNeeded');
  });

  it('a reply that names a new date above the quoted request keeps the new date', () => {
    const result = extractLicenseRequest({
      date: new Date('2025-11-03T09:00:00-05:00'),
      body: [
        'Sorry, we need it by 19 November after all.',
        '',
        'On Mon, 3 Nov 2025 at 08:00, Dana Ruiz wrote:',
        ...request('we need the file by 21 November.', 'Thanks.')
          .body.split('\n')
          .map((l) => `> ${l}`),
      ].join('\n'),
    });
    expect(result.invalid.filter((i) => i.field === 'dateNeeded')).toEqual([]);
  });
});
