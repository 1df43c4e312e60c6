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

describe('issue 25 round 8 §1: the OS release of a named server said one way in the prose and another in its row', () => {
  const body = (prose: string) =>
    [
      'Hello team,',
      '',
      'Tarn Valley Water needs its Engage licence: Genesys Interaction Recording 9.0, 40 seats, production, one license server.',
      '',
      prose,
      '',
      'Server      Host ID             OS',
      'tvw-lic01   00-15-5D-4E-9A-07   Windows Server 2022 Standard',
      '',
      'Port 7260.',
      '',
      'Sam Cole',
      'Cole Communications Ltd',
    ].join('\n');

  it('"tvw-lic01 runs Windows Server 2019" beside a row saying 2022: neither is kept, the release is asked', () => {
    const result = extractLicenseRequest({
      body: body('The license server is tvw-lic01 and it runs Windows Server 2019.'),
    });
    expect(result.kind).toBe('engage');
    expect(result.invalid).toContainEqual(
      expect.objectContaining({ field: 'licenseServers[0].osVersion', problem: CONTRADICTION }),
    );
    expect(result.questions.map((q) => q.field)).toContain('licenseServers[0].osVersion');
  });

  it.each([
    ['the same release', 'The license server is tvw-lic01 and it runs Windows Server 2022.'],
    ['no release in the prose', 'The license server is tvw-lic01 and it runs Windows.'],
  ])('%s is no contradiction', (_, prose) => {
    const result = extractLicenseRequest({ body: body(prose) });
    expect(result.invalid.filter((i) => /^licenseServers\[\d+\]\.os/.test(i.field))).toEqual([]);
    const servers = (result.fields as { licenseServers: { hostName?: string; osVersion?: string }[] }).licenseServers;
    expect(servers).toContainEqual(expect.objectContaining({ hostName: 'tvw-lic01', osVersion: '2022' }));
  });
});

describe('issue 25 round 8 §1: one part number counted in two sentences, differently', () => {
  const body = (second: string) =>
    [
      'Hi,',
      '',
      'Kestrel Dental Group needs an updated production activation file for more Interaction Recorder licences.',
      '',
      'SW-045-4.0-AL01 qty 12',
      'GARN 0213301 / Sold To: Fenby Unified Ltd / SO 6332001 / MAC 00-15-5D-08-2A-11',
      '',
      second,
      '',
      'Thanks',
      'Ada Kerr',
    ].join('\n');

  it('"qty 12" and "we need 16 of" the same part: one part, its count asked about', () => {
    const result = extractLicenseRequest({
      body: body('We need 16 of SW-045-4.0-AL01 so every recorder user is covered.'),
    });
    expect(result.kind).toBe('pureconnect');
    const parts = (result.fields as { partNumbers: { partNumber: string; quantity?: number }[] }).partNumbers;
    expect(parts).toEqual([{ partNumber: 'SW-045-4.0-AL01' }]);
    expect(result.invalid).toContainEqual(
      expect.objectContaining({ field: 'partNumbers[0].quantity', problem: CONTRADICTION }),
    );
  });

  it.each([
    ['the same count again', 'We need 12 of SW-045-4.0-AL01 so every recorder user is covered.'],
    ['a count they already have', 'They already have 16 of SW-045-4.0-AL01 on the current file.'],
  ])('%s is no contradiction', (_, second) => {
    const result = extractLicenseRequest({ body: body(second) });
    expect(result.invalid.filter((i) => i.field.startsWith('partNumbers'))).toEqual([]);
  });
});

describe('issue 25 round 8 §1: the one item counted on a label and, differently, in a sentence of the same message', () => {
  const body = (prose: string) =>
    [
      'Hello,',
      '',
      'Engage order kit please for Linden Mutual Ltd.',
      '',
      'Solution: Genesys Interaction Recording 9.0',
      'Seats: 120',
      'License server: lm-gir-lic (Red Hat Enterprise Linux 8.6), MAC 00:25:B5:00:1B:30',
      'Purpose: production, single server',
      '',
      prose,
      '',
      'Regards',
      'Rae Quinn',
      'Quinnlink Communications Ltd',
    ].join('\n');

  it('"Seats: 120" and "they need 140 recording seats": the count is asked about', () => {
    const result = extractLicenseRequest({
      body: body('After the call they need 140 recording seats, one per agent.'),
    });
    expect(result.kind).toBe('engage');
    expect(result.invalid).toContainEqual(
      expect.objectContaining({ field: 'sellableItems[0].quantity', problem: CONTRADICTION }),
    );
  });

  it.each([
    ['the same count', 'They need 120 recording seats, one per agent.'],
    ['seats on top', 'Next year they will need 20 more seats.'],
    ['a correction in the sentence', 'They need 140 seats, not 120.'],
  ])('%s is no contradiction', (_, prose) => {
    const result = extractLicenseRequest({ body: body(prose) });
    expect(result.invalid.filter((i) => i.field.startsWith('sellableItems'))).toEqual([]);
  });
});
