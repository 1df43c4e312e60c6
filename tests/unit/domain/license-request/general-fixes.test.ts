/**
 * Issue 25: general reading bugs the held-out corpus showed (the mails below are written for these
 * tests, not taken from it). Each names the rule it holds.
 */
import { describe, expect, it } from 'vitest';
import { parseSwitch } from '../../../../src/domain/license-request/engage-values.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const read = (body: string) => extractLicenseRequest({ body });

describe('issue 25: general reading fixes', () => {
  it('"primary id X, backup Y": a cue after an id belongs to the next id unless it is "(backup)" or "for the backup"', () => {
    const result = read(
      'Please issue a PureConnect activation file. Primary server MAC 00-11-22-33-44-01, backup 00-11-22-33-44-02.',
    );
    expect(result.fields).toMatchObject({ primaryHostId: '001122334401', backupHostId: '001122334402' });
  });

  it('a reply that only thanks, quoting the original request, is not a new request', () => {
    const body = [
      'Thanks, the file is installed and running. You can close AFR-0007001.',
      '',
      '-----Original Message-----',
      'From: Kai <kai@example.example>',
      'Sent: Monday, 2 March 2026 10:00',
      '',
      'Please send a new PureConnect activation file for an upgrade, MAC 00-11-22-33-44-55, production server.',
      'End User Account: Contoso',
      'Sold To Account: Contoso',
    ].join('\n');
    expect(read(body).kind).toBe('not-a-request');
  });

  it('"not redundant" is no redundant configuration, and "licence" servers are servers', () => {
    const result = read(
      'Please send the licence file for Contoso: 30 seats of SIP Server 8.1, production. Two independent licence servers (not redundant): a-lic (MAC 00-11-22-33-44-01, Windows Server 2019) and b-lic (MAC 00-11-22-33-44-02, Windows Server 2019).',
    );
    expect(result.fields).toMatchObject({ serverConfiguration: 'multiple-independent' });
  });

  it('rows whose id cell carries its cue, or whose cells are split by spaced dashes or slashes, are server rows', () => {
    const result = read(
      'Please send the license file for Contoso: 30 seats of SIP Server 8.1, production, independent servers.\n\n  1) c-lic-east   MAC 0011.2233.4401   Windows Server 2019\n  2) c-lic-west – 00:11:22:33:44:02 – Windows Server 2019\n',
    );
    if (result.kind !== 'engage') throw new Error(result.kind);
    expect(result.fields.licenseServers?.map((s) => [s.hostName, s.hostId])).toEqual([
      ['c-lic-east', '001122334401'],
      ['c-lic-west', '001122334402'],
    ]);
  });

  it('an indented line is an item of a list; the word before "host id" names its server', () => {
    const result = read(
      'Please send the license file for Contoso: 30 seats of SIP Server 8.1, production, three redundant servers:\n\n   alpha   host id 00:11:22:33:44:01\n   beta   host id 00:11:22:33:44:02\n   gamma   host id 00:11:22:33:44:03\n',
    );
    if (result.kind !== 'engage') throw new Error(result.kind);
    expect(result.fields.licenseServers?.map((s) => s.hostName)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('letters inside a MAC are never a host name', () => {
    const result = read(
      'Please send the license file for Contoso: 5 seats of SIP Server 8.1, production, single server.\n\n   edge   host id 00:50:56:B1:0C:01\n',
    );
    if (result.kind !== 'engage') throw new Error(result.kind);
    expect(result.fields.licenseServers).toEqual([{ hostName: 'edge', hostId: '005056b10c01' }]);
  });

  it('a header row between double pipes (Confluence, Jira) is a table header', () => {
    const result = read(
      'License order for Contoso, production, single server.\n\n|| Host name || Host ID || OS ||\n| c-lic | 0011AABBCC01 | Windows Server 2022 |\n',
    );
    if (result.kind !== 'engage') throw new Error(result.kind);
    expect(result.fields.licenseServers).toEqual([
      { hostName: 'c-lic', hostId: '0011aabbcc01', os: 'Windows Server', osVersion: '2022' },
    ]);
  });

  it('a switch followed by a list of counts is the switch alone; "× 400" leaves no × in the item name', () => {
    expect(parseSwitch('Mitel MiVoice Business 9.4, 120 extensions, 10 queues')).toEqual({
      switchType: 'Mitel MiVoice Business',
      switchVersion: '9.4',
    });
    const result = read(
      'Company: Contoso\nSellable item: Enterprise Routing Solution 8.5 × 400 seats\nPurpose: production',
    );
    expect(result.fields).toMatchObject({
      sellableItems: [{ name: 'Enterprise Routing Solution', version: '8.5', quantity: 400 }],
    });
  });

  it('"Name: First Last, email, phone" gives the name without the contact details', () => {
    const result = read(
      'Name: Aino Virtanen, aino@example.example, +358 9 555 0100\nRequest type: Activation file request\nGARN: 0001234',
    );
    expect(result.fields).toMatchObject({ firstName: 'Aino', lastName: 'Virtanen' });
  });
});
