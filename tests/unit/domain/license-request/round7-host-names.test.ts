/** Issue 25 round 7 §1: host names found wherever partners write them, plain words read back, not asked. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const request = (servers: string) =>
  extractLicenseRequest({
    body: `Hi,\n\nPlease issue production licenses for Contoso Bank: 50 seats of SIP Server 8.1. Single server.\n\n${servers}\n\nThanks,\nAnna\nFabrikam Ltd`,
  });
const server = (result: ReturnType<typeof extractLicenseRequest>, k = 0) =>
  ((result.fields as { licenseServers?: Record<string, unknown>[] }).licenseServers ?? [])[k] ?? {};
const confidence = (result: ReturnType<typeof extractLicenseRequest>, path: string) =>
  result.provenance[path]?.confidence ?? 0;

describe('issue 25 round 7 §1: a server table whose name column has a header no label list knows', () => {
  it('"Name | MAC | OS" (tabs): the one column of host-like words is the host name column', () => {
    const result = request('Name\tMAC\tOS\ngenlic\t005056010203\tWindows Server 2019');
    expect(server(result)).toMatchObject({ hostName: 'genlic', hostId: '005056010203' });
    expect(result.missing).toEqual([]);
  });

  it('"Box | Host ID | OS | Port": any header for the server column; an unknown header is read back', () => {
    const result = request(
      'Flex | Host ID | OS | Port\nglic | 005056010203 | Windows Server 2019 | 27000\nglic2 | 005056010204 | Windows Server 2019 | 27000',
    );
    expect([server(result, 0)['hostName'], server(result, 1)['hostName']]).toEqual(['glic', 'glic2']);
    expect(confidence(result, 'licenseServers[0].hostName')).toBeLessThan(0.7);
    expect(result.confirmations.map((c) => c.field)).toContain('licenseServers[0].hostName');
  });

  it('a column of roles ("Primary", "Backup") or of versions is no host name column', () => {
    const result = request('Role | MAC | OS\nPrimary | 005056010203 | Windows Server 2019');
    expect(server(result)['hostName']).toBeUndefined();
    expect(result.missing).toContain('licenseServers[0].hostName');
  });
});

describe('issue 25 round 7 §1: a plain word a sentence names as the host', () => {
  it.each([
    ['The license server will be GENLIC (MAC 00:50:56:01:02:03) on Windows Server 2019.', 'GENLIC'],
    ["The new server's name is genlic and its MAC is 00-50-56-01-02-03, running Windows Server 2019.", 'genlic'],
    [
      "We'll install the license manager on a VM we've named flexbox; its MAC is 00-50-56-01-02-03 (Windows Server 2019).",
      'flexbox',
    ],
    [
      'lmhostid output on CTXLIC: The FlexNet host ID of this machine is "005056010203". OS Windows Server 2019.',
      'CTXLIC',
    ],
    ['License server: genlic, MAC 00-50-56-01-02-03, Windows Server 2019', 'genlic'],
    ['SERVER genlic 005056010203 27000\nVENDOR genesys.d\nWindows Server 2019', 'genlic'],
  ])('%s → %s', (text, name) => {
    const result = request(text);
    expect(server(result)['hostName']).toBe(name);
    expect(result.missing).not.toContain('licenseServers[0].hostName');
  });

  it('a plain lowercase word so named is read back, not trusted silently', () => {
    const result = request(
      "The new server's name is genlic and its MAC is 00-50-56-01-02-03, running Windows Server 2019.",
    );
    expect(confidence(result, 'licenseServers[0].hostName')).toBeLessThan(0.7);
  });

  it.each([
    'License server: physical box, MAC 00-50-56-01-02-03, Windows Server 2019.',
    'The license server is located in Leeds, MAC 00-50-56-01-02-03, Windows Server 2019.',
    'License server: VMware guest, MAC 00-50-56-01-02-03, Windows Server 2019.',
    'License server: same as before, MAC 00-50-56-01-02-03, Windows Server 2019.',
  ])('a common word after the cue is no host: %s', (text) => {
    const result = request(text);
    expect(server(result)['hostName']).toBeUndefined();
  });
});

describe('issue 25 round 7 §1: host names in pasted output and other labels', () => {
  it.each([
    [
      'PS C:\\> $env:COMPUTERNAME\nGENLIC\nPS C:\\> getmac\n00-50-56-01-02-03   \\Device\\Tcpip_{X}\nWindows Server 2019',
      'GENLIC',
    ],
    ['C:\\>echo %COMPUTERNAME%\nGENLIC\nMAC 00-50-56-01-02-03, Windows Server 2019', 'GENLIC'],
    ['Device name  GENLIC\nPhysical Address 00-50-56-01-02-03\nOS: Windows Server 2019', 'GENLIC'],
    ['DNS name: genlic.corp.local\nMAC: 00-50-56-01-02-03\nOS: Windows Server 2019', 'genlic.corp.local'],
  ])('%s → %s', (text, name) => {
    expect(server(request(text))['hostName']).toBe(name);
  });
});

describe('issue 25 round 7 §1: a customer writing from a shared mailbox about its one server', () => {
  const own = () =>
    extractLicenseRequest({
      from: { name: 'Harbour Foods Pty Ltd - IT Operations', address: 'it-ops@harbourfoods.example' },
      subject: 'URGENT licence file for our new license server',
      body: 'Hi,\n\nOur Engage license server died overnight and we have rebuilt it on a new VM. We need the licence file reissued for the new host before our contact centre opens at 7am.\n\nWe run SIP Server 9.0 with 90 seats (production), one license server:\n\nhfp-lic-02  (hostname -f gives hfp-lic-02.corp.harbourfoods.example)\nUbuntu 20.04.6 LTS\nMAC 00:16:3e:5a:91:c4\nport 27000\n\nRegards,\nIT Operations',
    });
  it('"hostname -f gives X": the fully qualified name is the host name', () => {
    expect(server(own())['hostName']).toBe('hfp-lic-02.corp.harbourfoods.example');
    expect(own().missing).toEqual([]);
  });
  it("the display name's company (legal form) is the company of a customer writing for itself, read back", () => {
    const result = own();
    expect((result.fields as { companyName?: string }).companyName).toBe('Harbour Foods Pty Ltd');
    expect(result.confirmations.map((c) => c.field)).toContain('companyName');
  });
});
