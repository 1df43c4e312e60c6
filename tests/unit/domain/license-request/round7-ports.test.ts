/** Issue 25 round 7 §3: license server ports in prose, in lists and in labels said of several servers. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const ONE = 'Single license server gen-lic01, MAC 00-50-56-01-02-03, Windows Server 2019.';
const THREE =
  'Three-server redundant configuration.\nlic-a 00-50-56-01-02-03 Windows Server 2019\nlic-b 00-50-56-01-02-04 Windows Server 2019\nlic-c 00-50-56-01-02-05 Windows Server 2019';
const read = (text: string) =>
  extractLicenseRequest({
    body: `Hi,\n\nPlease issue production licenses for Contoso Bank: 50 seats of SIP Server 8.1.\n\n${text}\n\nThanks,\nAnna\nFabrikam Ltd`,
  });
const ports = (result: ReturnType<typeof extractLicenseRequest>) =>
  ((result.fields as { licenseServers?: { port?: number }[] }).licenseServers ?? []).map((s) => s.port);

describe('issue 25 round 7 §3: a port written in a sentence', () => {
  it.each([
    ['It should serve licenses on TCP 27000.', 27000],
    ['The license manager uses 27000/tcp.', 27000],
    ['Use 27000 as the port.', 27000],
    ['Port to use - 27000.', 27000],
    ['Port will be twenty-seven thousand (27000).', 27000],
    ['lmgrd should run on 27000.', 27000],
    ['The TCP port for the license server is 27000.', 27000],
    ['Clients connect to gen-lic01:27000.', 27000],
    ['Standard port please.', 7260],
    ['Port: default (7260)', 7260],
  ])('%s → %d', (sentence, port) => {
    expect(ports(read(`${ONE} ${sentence}`))).toEqual([port]);
  });

  it('a FlexLM vendor daemon ("genesys.d on 27001") is no second server, and its port is not the server\'s', () => {
    const result = read(`${ONE} License port 27000 (lmgrd), vendor daemon genesys.d on 27001.`);
    expect(ports(result)).toEqual([27000]);
    expect(result.missing).toEqual([]);
  });
});

describe('issue 25 round 7 §3: one port for several servers, or one each', () => {
  it('"Port: 27000" labelled after servers written as rows is every server\'s', () => {
    expect(ports(read(`${THREE}\nPort: 27000`))).toEqual([27000, 27000, 27000]);
  });

  it('"Ports 27000, 27001 and 27002 respectively": one per server, in order', () => {
    expect(ports(read(`${THREE}\nPorts 27000, 27001 and 27002 respectively.`))).toEqual([27000, 27001, 27002]);
  });

  it('"lic-a (MAC …) and lic-b (MAC …), both Windows Server 2019, ports 27000 and 27001"', () => {
    const result = read(
      'Two independent servers: lic-a (MAC 00-50-56-01-02-03) and lic-b (MAC 00-50-56-01-02-04), both Windows Server 2019, ports 27000 and 27001.',
    );
    expect(ports(result)).toEqual([27000, 27001]);
  });

  it('"GVP ports: 1200" counts seats, it is no license server port', () => {
    const result = read(`${ONE}\nGVP ports: 1200`);
    expect(ports(result)).toEqual([undefined]);
  });
});
