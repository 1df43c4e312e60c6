/** Issue 25 "Bad input": mails that only look like requests, contradictions, spreadsheets of thousands of rows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { MAX_ATTACHMENT_ROWS } from '../../../../src/domain/license-request/read-parts.ts';
import { assessRequest } from '../../../../src/domain/license-request/request-signals.ts';

describe('issue 25 bad input: a mail that only looks like a request is not one', () => {
  it.each([
    [
      'a newsletter quoting a license file',
      'Partner newsletter\nSERVER lic01 0050569a1b2c 7260\nVENDOR genesys.d\nFEATURE SIP_SERVER genesys.d 8.1 01-jan-00 250\nUnsubscribe',
    ],
    [
      'a problem report naming a host id',
      'Our license server lic-prod-01 (host id 0050569a3f10, RHEL 8.6) fails to start, SIP Server 8.1 agents cannot log in. Can you help?',
    ],
    [
      'a thank-you naming the file',
      'Thanks for the quick turnaround: the new license file for ctiserver01 (MAC 00-50-56-9A-1B-2C) is installed and running.',
    ],
    [
      'a renewal quote naming a GARN',
      'Please find attached your maintenance renewal quote for End User GARN 0012345 (Northwind Telecom).',
    ],
    [
      'a PureConnect error after an upgrade',
      'After the upgrade Interaction Administrator shows "license not valid for this host" for the CIC server with MAC 00-50-56-A1-B2-C3. Is this a known issue?',
    ],
  ])('%s → not-a-request, no fields, no question', (_, body) => {
    const result = extractLicenseRequest({ body });
    expect(result).toMatchObject({ kind: 'not-a-request', fields: {}, questions: [], missing: [] });
  });

  it('a request that mentions a problem is still a request', () => {
    expect(
      assessRequest('The old file no longer matches, we need a new activation file for the lab.', 0).isRequest,
    ).toBe(true);
    expect(assessRequest('Our server crashed. Please send a license file for the new MAC.', 0).isRequest).toBe(true);
  });
});

describe('issue 25 bad input: contradictory values', () => {
  it('two host ids for one server leave it empty and ask which one is right', () => {
    const result = extractLicenseRequest({
      body: 'Company: Contoso\nSellable item: SIP Server 8.1\nConfiguration: single\nPurpose: production\n\nServer 1\nHost name: c-lic\nHost ID: 00-50-56-A0-00-02\nOS: Windows Server 2019\nHost ID: 00-50-56-A0-00-22',
    });
    expect(result.kind).toBe('engage');
    if (result.kind !== 'engage') return;
    expect(result.fields.licenseServers).toEqual([{ hostName: 'c-lic', os: 'Windows Server', osVersion: '2019' }]);
    expect(result.invalid).toEqual([
      {
        field: 'licenseServers[0].hostId',
        value: '005056a00002 / 005056a00022',
        problem: 'the mail gives two different values',
      },
    ]);
    expect(result.questions.map((q) => q.question)).toEqual([
      'Your mail gives two different host IDs for license server 1: 005056a00002 and 005056a00022. Which one is right?',
    ]);
  });

  it('a reply correcting a value is not a contradiction: the newest message wins', () => {
    const result = extractLicenseRequest({
      body: 'Host ID: 00-50-56-B1-22-7F\n\nOn Tue, 12 Mar 2019, Jonas wrote:\n> Company name: Contoso\n> Sellable item: SIP Server 8.1\n> Host name: c-lic\n> Host ID: 00-50-56-B1-22-7E\n> OS: RHEL 7.9\n> Server configuration: single\n> Purpose: production',
    });
    expect(result.invalid).toEqual([]);
    expect(result.fields).toMatchObject({ licenseServers: [{ hostId: '005056b1227f', hostName: 'c-lic' }] });
  });
});

describe('issue 25 bad input: an attached spreadsheet of thousands of rows', () => {
  const kit =
    'Company name: Contoso\nSellable item: SIP Server 8.1\nQuantity: 5\nHost name: c-lic\nHost ID: 00-50-56-8F-10-09\nOS: Windows Server 2019\nServer configuration: single\nPurpose: production';

  it(`reads ${MAX_ATTACHMENT_ROWS} rows, says so in a note, and keeps the body's record`, () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`${70000 + i}`, `Agent ${i}`, `Place_${i}`]);
    const started = performance.now();
    const result = extractLicenseRequest({
      body: kit,
      attachments: [{ name: 'dn-plan.xlsx', kind: 'rows', rows: [['DN', 'Agent', 'Place'], ...rows] }],
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.kind).toBe('engage');
    expect(result.missing).toEqual([]);
    expect(result.handling.notes).toEqual([
      `dn-plan.xlsx has 5,001 rows; only the first ${MAX_ATTACHMENT_ROWS} were read for the request (a person at Licensing has the whole file).`,
    ]);
  });

  it('a sheet of thousands of license servers becomes at most the rows read, never thousands of servers', () => {
    const servers = Array.from({ length: 3000 }, (_, i) => [
      `lic-${i}`,
      (0x005056000000 + i).toString(16).padStart(12, '0'),
      'Windows Server 2019',
    ]);
    const result = extractLicenseRequest({
      body: 'License order kit attached.',
      attachments: [{ name: 'servers.csv', kind: 'rows', rows: [['Host name', 'Host ID', 'OS'], ...servers] }],
    });
    if (result.kind !== 'engage') throw new Error(result.kind);
    expect(result.fields.licenseServers!.length).toBeLessThan(MAX_ATTACHMENT_ROWS);
    expect(result.handling.notes).toHaveLength(1);
  });

  it('never throws on arbitrary text and rows', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.array(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), { maxLength: 30 }),
        (body, rows) => {
          const result = extractLicenseRequest({ body, attachments: [{ name: 'a.csv', kind: 'rows', rows }] });
          expect(['engage', 'pureconnect', 'unknown', 'not-a-request']).toContain(result.kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});
