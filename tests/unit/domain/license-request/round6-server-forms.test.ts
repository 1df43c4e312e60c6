/** Issue 25 round 6 §1–2: license servers written in more ways, so no host name is asked that the mail gives. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const request = (servers: string) =>
  extractLicenseRequest({
    body: `Hi,\n\nPlease issue production licenses for Contoso Bank: 50 seats of SIP Server 8.1. Three redundant servers.\n\n${servers}\n\nThanks,\nAnna\nFabrikam Ltd`,
  });
const serversOf = (result: ReturnType<typeof extractLicenseRequest>) =>
  ((result.fields as { licenseServers?: Record<string, unknown>[] }).licenseServers ?? []).map((s) => [
    s['hostName'],
    s['hostId'],
    s['port'],
  ]);
const THREE = [
  ['glica', '005056010203', 27000],
  ['glicb', '005056010204', 27000],
  ['glicc', '005056010205', 27000],
];

describe('issue 25 round 6 §2: host names a sentence places, not only host-shaped words', () => {
  it('"The three servers are glica, glicb and glicc, with MACs …, … and … respectively"', () => {
    const result = request(
      'The three servers are glica, glicb and glicc, with MACs 00-50-56-01-02-03, 00-50-56-01-02-04 and 00-50-56-01-02-05 respectively. All run Windows Server 2019 and listen on port 27000.',
    );
    expect(serversOf(result)).toEqual(THREE);
    expect(result.missing).toEqual([]);
    // A plain word is a host name only so placed, and is read back.
    expect(result.provenance['licenseServers[0].hostName']?.confidence).toBeLessThan(0.7);
  });

  it('"glica (MAC), glicb (MAC) and glicc (MAC) - Windows Server 2019, FlexLM port 27000 on each"', () => {
    const result = request(
      'glica (00-50-56-01-02-03), glicb (00-50-56-01-02-04) and glicc (00-50-56-01-02-05) - Windows Server 2019, FlexLM port 27000 on each.',
    );
    expect(serversOf(result)).toEqual(THREE);
  });

  it('a word before an id that only follows a colon ("in the same order: …", "it gave …") is no host', () => {
    const result = request(
      'Host names glica, glicb, glicc. Host IDs, in the same order: 00-50-56-01-02-03, 00-50-56-01-02-04, 00-50-56-01-02-05. Windows Server 2019, port 27000 on all.',
    );
    expect(serversOf(result).map((s) => s[0])).not.toContain('order');
  });

  it('"Node A: name GLICA, MAC …" and a port said once after the list is every server\'s (read back)', () => {
    const result = request(
      'Node A: name GLICA, MAC 00-50-56-01-02-03\nNode B: name GLICB, MAC 00-50-56-01-02-04\nNode C: name GLICC, MAC 00-50-56-01-02-05\nOS on all three: Windows Server 2019. License port: 27000.',
    );
    expect(serversOf(result)).toEqual(THREE.map(([n, id, p]) => [String(n).toUpperCase(), id, p]));
    expect(result.provenance['licenseServers[2].port']?.confidence).toBeLessThan(0.7);
  });

  it('"Server names: GLICA, GLICB, GLICC" and "Host IDs: …" in the same order make three servers', () => {
    const result = request(
      'Server names: GLICA, GLICB, GLICC\nHost IDs: 00-50-56-01-02-03, 00-50-56-01-02-04, 00-50-56-01-02-05\nOS: Windows Server 2019 on all\nPort: 27000 on all',
    );
    expect(serversOf(result)).toEqual(THREE.map(([n, id, p]) => [String(n).toUpperCase(), id, p]));
  });

  it('"We\'ll run the license manager on licsrv01 (Windows Server 2022). Its MAC is …": the one host-shaped word', () => {
    const result = extractLicenseRequest({
      body: "Production licenses for Contoso Bank: 50 seats of SIP Server 8.1, single server.\nWe'll run the license manager on licsrv01 (Windows Server 2022). Its MAC address is 00-50-56-01-02-03.",
    });
    expect(serversOf(result)).toEqual([['licsrv01', '005056010203', undefined]]);
    expect(result.missing).toEqual([]);
  });
});

describe('issue 25 round 6 §2: inventory sheets head their columns Machine, Ethernet, TCP', () => {
  it.each([
    [['Machine', 'Host ID', 'OS', 'OS Version', 'FlexLM Port']],
    [['Node', 'Computer Name', 'Ethernet', 'Operating system', 'TCP']],
  ])('%j', (header) => {
    const lead = header[0] === 'Node' ? (k: number) => [String(k + 1)] : () => [];
    const rows = THREE.map(([name, id, port], k) =>
      header[0] === 'Node'
        ? [...lead(k), String(name), String(id), 'Windows Server 2019', String(port)]
        : [String(name), String(id), 'Windows Server', '2019', String(port)],
    );
    const result = extractLicenseRequest({
      body: 'Production licenses for Contoso Bank: 50 seats of SIP Server 8.1, three redundant servers - see the sheet.',
      attachments: [{ name: 'servers.xlsx', kind: 'rows', rows: [header, ...rows] }],
    });
    expect(serversOf(result)).toEqual(THREE);
  });
});
