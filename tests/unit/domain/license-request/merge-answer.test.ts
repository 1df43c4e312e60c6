import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { mergeAnswer } from '../../../../src/domain/license-request/merge-answer.ts';

const incompleteKit = `Company name: Northwind Telecom
Sellable item: Enterprise Routing Solution 8.5
Host name: ctiserver01
Host ID: 00-50-56-9A-1B
OS: Windows Server 2019`;

describe('mergeAnswer: completing a record from a threaded answer (issue 5)', () => {
  it('fills the missing fields and replaces the invalid host ID from a labelled answer', () => {
    const record = extractLicenseRequest({ body: incompleteKit });
    expect(record.missing).toEqual(['serverConfiguration', 'purpose']);
    expect(record.invalid.map((i) => i.field)).toEqual(['licenseServers[0].hostId']);

    const answer = `Hi, here you go:

Host ID: 00-50-56-9A-1B-2C
Server configuration: single
Purpose: production

Regards, Mark

On Tue, 5 Mar 2019, Licensing wrote:
> What is the host ID of license server 1? e.g. 0050569a1b2c
> Which license server configuration? e.g. single`;
    const merged = mergeAnswer(record, answer);
    expect(merged.fields).toMatchObject({
      companyName: 'Northwind Telecom',
      serverConfiguration: 'single',
      purpose: 'production',
      licenseServers: [{ hostName: 'ctiserver01', hostId: '0050569a1b2c', os: 'Windows Server', osVersion: '2019' }],
    });
    expect(merged.missing).toEqual([]);
    expect(merged.invalid).toEqual([]);
    expect(merged.questions).toEqual([]);
    expect(merged.provenance['purpose']).toMatchObject({ source: 'answer', line: 5 });
  });

  it('takes a bare line as the answer when exactly one question was open', () => {
    const record = extractLicenseRequest({
      body: `${incompleteKit.replace('00-50-56-9A-1B', '0050569a1b2c')}\nPurpose: production`,
    });
    expect(record.missing).toEqual(['serverConfiguration']);
    const merged = mergeAnswer(record, 'Hello,\nthree redundant\n\nThanks');
    expect(merged.fields).toMatchObject({ serverConfiguration: 'three-redundant' });
    expect(merged.missing).toEqual([]);
    expect(merged.invalid.map((i) => i.field)).toEqual(['licenseServers']);
  });

  it('fills a server at the index the answer names', () => {
    const record = extractLicenseRequest({
      body: `${incompleteKit.replace('00-50-56-9A-1B', '0050569a1b2c')}\nServer 2 host name: ctiserver02\nServer configuration: multiple independent\nPurpose: production`,
    });
    expect(record.missing).toEqual(['licenseServers[1].hostId', 'licenseServers[1].os']);
    const merged = mergeAnswer(record, 'Server 2 Host ID: 0050569a1b2d\nServer 2 OS: Windows Server 2019');
    expect(merged.missing).toEqual([]);
    expect(merged).toMatchObject({
      fields: { licenseServers: [{ hostName: 'ctiserver01' }, { hostName: 'ctiserver02', hostId: '0050569a1b2d' }] },
    });
  });

  it('keeps what the record had when the answer only chats (no prose guesses in answers)', () => {
    const record = extractLicenseRequest({
      body: 'First Name: Jane\nLast Name: Doe\nRequest type: Question\nGARN: 1234567\nDescription: Can we renew?',
    });
    const merged = mergeAnswer(
      record,
      'Sorry, forgot those.\n\nCorporate Email: jane.doe@contoso.example\nSold To Account: Contoso',
    );
    expect(merged.fields).toMatchObject({
      description: 'Can we renew?',
      corporateEmail: 'jane.doe@contoso.example',
      soldToAccount: 'Contoso',
    });
    expect(merged.missing).toEqual(['endUserAccount', 'subject']);
  });

  it('settles the product family of an unknown record from the answer', () => {
    const record = extractLicenseRequest({ body: 'Can you call me?' });
    const merged = mergeAnswer(record, 'It is a PureConnect activation file request.\nGARN: GARN-0012345');
    expect(merged.kind).toBe('pureconnect');
    expect(merged.fields).toMatchObject({ garn: '0012345', requestType: 'activation-file' });
  });
});
