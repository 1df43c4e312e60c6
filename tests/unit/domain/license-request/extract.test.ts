import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../../src/domain/license-request/detect-kind.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { LicenseRequestExtractionSchema } from '../../../../src/domain/license-request/schema.ts';

const engageKit = (extra = '') => `Company name: Northwind Telecom
Sellable item: Enterprise Routing Solution 8.5
Quantity: 250
Host name: ctiserver01
Host ID: 00-50-56-9A-1B-2C
OS: Windows Server 2019
Purpose: production
${extra}`;

describe('kind detection (seed 002 vs seed 003 vocabulary)', () => {
  it.each([
    ['End User GARN: GARN-0012345', 'pureconnect'],
    ['please add I3_ACCESS_CLIENT x 10', 'pureconnect'],
    ['SW-001-4.0-AL02 x 2', 'pureconnect'],
    ['We need a new activation file', 'pureconnect'],
    ['License order kit attached', 'engage'],
    ['Sellable item: SIP Server 8.1', 'engage'],
    ['license file: 7260@ctiserver', 'engage'],
    ['FlexLM host id of the license server', 'engage'],
    ['Hello, can you call me?', 'unknown'],
  ])('%s → %s', (text, kind) => expect(detectKind(text)).toBe(kind));
});

describe('Engage required fields (seed 002 order kit; decision table in requirements.ts)', () => {
  it('asks for the server configuration when it is not given, with an example', () => {
    const result = extractLicenseRequest({ body: engageKit() });
    expect(result.missing).toEqual(['serverConfiguration']);
    expect(result.questions).toEqual([
      { field: 'serverConfiguration', question: expect.stringContaining('single'), example: 'single' },
    ]);
  });

  it('needs a deployment mode only with more than one sellable item', () => {
    const one = extractLicenseRequest({ body: engageKit('Server configuration: single') });
    expect(one.missing).toEqual([]);
    const two = extractLicenseRequest({
      body: engageKit('Server configuration: single\nSellable item: Genesys Chat 8.5'),
    });
    expect(two.missing).toEqual(['deploymentMode']);
  });

  it('needs the version of every sellable item and host name, host ID and OS of every server', () => {
    const result = extractLicenseRequest({
      body: 'Company: X\nSellable item: SIP Server\nServer 1 host name: a\nServer 2 host ID: 0050569a1b2c\nConfiguration: multiple independent\nPurpose: lab',
    });
    expect(result.missing).toEqual([
      'sellableItems[0].version',
      'licenseServers[0].hostId',
      'licenseServers[0].os',
      'licenseServers[1].hostName',
      'licenseServers[1].os',
    ]);
    expect(result.questions.find((q) => q.field === 'licenseServers[0].hostId')?.example).toBe('0050569a1b2c');
  });

  it('reports a three-redundant configuration without exactly three servers as invalid and asks about it', () => {
    const result = extractLicenseRequest({ body: engageKit('Server configuration: three redundant servers') });
    expect(result.invalid).toEqual([expect.objectContaining({ field: 'licenseServers', value: '1 server(s)' })]);
    expect(result.questions).toEqual([
      expect.objectContaining({ field: 'licenseServers', question: expect.stringContaining('exactly three') }),
    ]);
  });

  it('does not guess a configuration the partner did not state', () => {
    expect(extractLicenseRequest({ body: engageKit() }).fields).not.toHaveProperty('serverConfiguration');
  });
});

describe('PureConnect required fields (seed 003 request form)', () => {
  const summary = `First Name: Jane
Last Name: Doe
Corporate Email: jane.doe@contoso.example
End User Account: Contoso
Sold To Account: Contoso
Subject: s
Description: d`;

  it('a question needs only the request summary', () => {
    expect(extractLicenseRequest({ body: `${summary}\nRequest Type: Question\nGARN: 1234567` }).missing).toEqual([]);
  });

  it('an activation file request also needs category, implementation type, primary host id, deployment type', () => {
    const result = extractLicenseRequest({ body: `${summary}\nRequest Type: Activation File Request\nGARN: 1234567` });
    expect(result.missing).toEqual(['implementationType', 'primaryHostId', 'deploymentType']);
    expect(result.questions.map((q) => q.field)).toEqual(result.missing);
  });

  it('issue 25 round 2: a file request that names no third party and no hosting is for the vendor, read back to confirm', () => {
    const result = extractLicenseRequest({ body: `${summary}\nRequest Type: Activation File Request\nGARN: 1234567` });
    expect(result.fields).toMatchObject({ category: 'vendor' });
    expect(result.confirmations.map((c) => c.field)).toContain('category');
  });

  it('a third-party request also needs the third-party type', () => {
    const body = `${summary}\nRequest Type: AFR\nCategory: Third Party\nFile type: new deployment\nMAC: 0050569a1b2c\nDeployment type: lab\nGARN: 1234567`;
    expect(extractLicenseRequest({ body }).missing).toEqual(['thirdPartyType']);
  });

  it('asks only about invalid values in required fields', () => {
    const body = `${summary}\nRequest Type: AFR\nCategory: Genesys\nFile type: upgrade\nMAC: 00-50-56\nDeployment type: lab\nDate needed: soon\nGARN: 1234567`;
    const result = extractLicenseRequest({ body });
    expect(result.invalid.map((i) => i.field)).toEqual(['primaryHostId', 'dateNeeded']);
    expect(result.questions.map((q) => q.field)).toEqual(['primaryHostId']);
  });
});

describe('provenance (issue 5: source, line, confidence)', () => {
  it('names the body line a field came from, and trusts an exact label more than a typo', () => {
    const result = extractLicenseRequest({ body: 'Hello\n\nCompany name: Northwind\nSellabel item: SIP Server 8.1' });
    expect(result.provenance['companyName']).toEqual({ source: 'body', line: 3, confidence: 0.95, via: 'label' });
    expect(result.provenance['sellableItems']!.line).toBe(4);
    expect(result.provenance['sellableItems']!.confidence).toBeLessThan(0.95);
  });

  it('names the attachment a field came from', () => {
    const result = extractLicenseRequest({
      body: 'License order kit attached.',
      attachments: [{ name: 'kit.csv', kind: 'rows', rows: [['Company name', 'Contoso Contact']] }],
    });
    expect(result.provenance['companyName']).toMatchObject({ source: 'kit.csv', line: 1 });
  });

  it('prefers the newest message over quoted ones and counts the older ones for less', () => {
    const body =
      'Purpose: production\n\n-----Original Message-----\nFrom: x\n\nPurpose: testing\nCompany name: Contoso\nSellable item: SIP Server 8.1';
    const result = extractLicenseRequest({ body });
    expect(result.fields).toMatchObject({ purpose: 'production', companyName: 'Contoso' });
    expect(result.provenance['companyName']!.confidence).toBeLessThan(result.provenance['purpose']!.confidence);
  });

  it('lowers the confidence of an ambiguous date', () => {
    const result = extractLicenseRequest({ body: 'GARN: 1234567\nDate needed: 04/05/2020' });
    expect(result.fields).toMatchObject({ dateNeeded: '2020-04-05' });
    expect(result.provenance['dateNeeded']!.confidence).toBeLessThan(0.6);
  });

  it('uses the Subject and From headers only as a last resort', () => {
    const result = extractLicenseRequest({
      body: 'First Name: Jane\nRequest type: AFR',
      subject: 'RE: New activation file',
      from: { name: 'Jane Doe', address: 'Jane.Doe@contoso.example' },
    });
    expect(result.fields).toMatchObject({ firstName: 'Jane', lastName: 'Doe', subject: 'New activation file' });
    expect(result.provenance['firstName']!.source).toBe('body');
    expect(result.provenance['lastName']).toMatchObject({ source: 'from', confidence: 0.6, via: 'header' });
    expect(result.provenance['subject']!.source).toBe('subject');
  });
});

it('asks which product family when the mail names neither (no guessing)', () => {
  const result = extractLicenseRequest({ body: 'Can you call me?' });
  expect(result).toMatchObject({ kind: 'unknown', missing: ['kind'], questions: [{ field: 'kind' }] });
});

it('never throws and always returns canonical records, whatever the mail holds (property)', () => {
  const line = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'Host ID: ',
      'Sellable item: ',
      'GARN: ',
      'Date needed: ',
      '| Host name | Host ID |',
      '> ',
      'On x wrote:',
    ),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(line, fc.string()), { maxLength: 12 }), (pairs) => {
      const result = extractLicenseRequest({ body: pairs.map(([a, b]) => a + b).join('\n') });
      expect(LicenseRequestExtractionSchema.safeParse(result).success).toBe(true);
    }),
    { numRuns: 300 },
  );
});
