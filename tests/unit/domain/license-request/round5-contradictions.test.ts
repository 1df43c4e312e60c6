/** Issue 25 round 5 §3: a labelled value and the same field in the prose that differ are asked about. */
import { describe, expect, it } from 'vitest';
import { CONTRADICTION } from '../../../../src/domain/license-request/collector.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

describe('issue 25 round 5 §3: a part number counted one way in the prose and another in the table', () => {
  it('neither count is kept, and the quantity is asked about', () => {
    const result = extractLicenseRequest({
      body: [
        'Please add 12 x SW-014-4.0-RC01 to the activation file of Lakeshore Transit, GARN 0144321, MAC 00-50-56-8E-10-20.',
        '',
        'Part number          Qty',
        'SW-014-4.0-RC01      15',
        '',
        'Ken Ito, Lakeshore Transit IT',
      ].join('\n'),
    });
    expect(result.kind).toBe('pureconnect');
    expect(result.invalid).toContainEqual(
      expect.objectContaining({ field: 'partNumbers[0].quantity', problem: CONTRADICTION }),
    );
    expect(result.fields).toMatchObject({ partNumbers: [{ partNumber: 'SW-014-4.0-RC01' }] });
    expect((result.fields as { partNumbers: { quantity?: number }[] }).partNumbers[0]!.quantity).toBeUndefined();
    expect(result.questions.map((q) => q.field)).toContain('partNumbers[0].quantity');
  });

  it('the same count in both places is read, not asked', () => {
    const result = extractLicenseRequest({
      body: 'Please add 15 x SW-014-4.0-RC01 to the activation file of Lakeshore Transit, GARN 0144321, MAC 00-50-56-8E-10-20.\n\nPart number          Qty\nSW-014-4.0-RC01      15\n',
    });
    expect(result.fields).toMatchObject({ partNumbers: [{ partNumber: 'SW-014-4.0-RC01', quantity: 15 }] });
    expect(result.invalid).toEqual([]);
  });
});

describe('issue 25 round 5 §3: a labelled host id and a different one the prose gives the same server', () => {
  const body = (prose: string) =>
    [
      'Please send an updated activation file for Elm Park Clinic, production, 10 x SW-001-4.0-AL02.',
      'Primary MAC: 00-50-56-A1-B2-C3',
      'Backup MAC: 00-50-56-A1-B2-C4',
      'GARN: 0170001',
      '',
      prose,
      '',
      'Lee Grant, Elm Park IT',
    ].join('\n');

  it('"the main server shows a different MAC in ipconfig" makes the primary host id a question', () => {
    const result = extractLicenseRequest({
      body: body('Note: our main server EP-IC1 shows 00-50-56-A1-C2-B3 in ipconfig.'),
    });
    expect(result.invalid).toContainEqual(expect.objectContaining({ field: 'primaryHostId', problem: CONTRADICTION }));
    expect(result.fields).not.toHaveProperty('primaryHostId');
  });

  it.each([
    'Note: the primary server EP-IC1 shows 00-50-56-A1-B2-C3 in ipconfig.',
    'Note: the old primary server had MAC 00-50-56-99-88-77 and is retired.',
    'Some other box in the rack has MAC 00-50-56-12-34-56.',
  ])('"%s" is no contradiction', (prose) => {
    const result = extractLicenseRequest({ body: body(prose) });
    expect(result.invalid).toEqual([]);
    expect(result.fields).toMatchObject({ primaryHostId: '005056a1b2c3', backupHostId: '005056a1b2c4' });
  });
});

describe('issue 25 round 5 §3: an Engage server labelled with one host id and named in the prose with another', () => {
  const body = (prose: string) =>
    [
      'Please issue production licenses for Birch Lane Credit Union: 40 seats of Enterprise Routing Solution 8.5, single license server.',
      'Host name: blcu-flex1',
      'Host ID: 00-15-5D-20-30-40',
      'OS: Windows Server 2022',
      '',
      prose,
    ].join('\n');

  it('"hostid on blcu-flex1 returns another id" makes that host id a question', () => {
    const result = extractLicenseRequest({ body: body('Running lmhostid on blcu-flex1 returns 00155d203041 though.') });
    expect(result.invalid).toContainEqual(
      expect.objectContaining({ field: 'licenseServers[0].hostId', problem: CONTRADICTION }),
    );
  });

  it('the same id in the prose, or a different server named, is no contradiction', () => {
    for (const prose of [
      'Running lmhostid on blcu-flex1 returns 00155d203040 as expected.',
      'The old box blcu-old7 had 00155d999999 and is gone.',
    ]) {
      const result = extractLicenseRequest({ body: body(prose) });
      expect(result.invalid).toEqual([]);
      expect(result.fields).toMatchObject({ licenseServers: [{ hostName: 'blcu-flex1', hostId: '00155d203040' }] });
    }
  });
});

describe('issue 25 round 5 §3: a labelled date needed and a different one in the prose', () => {
  const body = (prose: string) =>
    [
      'Hi,',
      prose,
      '',
      'Primary MAC: 00-1A-A0-5E-77-31',
      'GARN: 0203319',
      'Environment: production',
      'New deployment',
      'Date needed: Tuesday 18 November',
      '',
      'Rosa Diaz, Canyon CX',
    ].join('\n');
  const read = (prose: string) => extractLicenseRequest({ body: body(prose), date: new Date('2025-11-03T15:00:00Z') });

  it('"we need the activation file by Thursday 20 November" beside the label: the date is asked about', () => {
    const result = read('Pinon Clinics moves to PureConnect; we need the activation file by Thursday 20 November.');
    expect(result.invalid).toContainEqual(expect.objectContaining({ field: 'dateNeeded', problem: CONTRADICTION }));
    expect(result.fields).not.toHaveProperty('dateNeeded');
  });

  it('the same day in both places is read', () => {
    const result = read('Pinon Clinics moves to PureConnect; we need the activation file by Tuesday 18 November.');
    expect(result.invalid).toEqual([]);
    expect(result.fields).toMatchObject({ dateNeeded: '2025-11-18' });
  });
});
