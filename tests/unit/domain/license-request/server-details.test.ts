/** Issue 25 §1: license servers' host name, host id, OS and port as partners write them (seed 002). */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { findOsNames } from '../../../../src/domain/license-request/os-names.ts';

const read = (servers: string) =>
  extractLicenseRequest({
    body: `Hi,\n\nPlease prepare the Engage license for our customer Pinecrest Utilities, production: 150 seats of SIP Server 8.5.\n\n${servers}\n\nThanks,\nLena`,
  }).fields as {
    licenseServers?: { hostName?: string; hostId?: string; osVersion?: string; port?: number }[];
    sellableItems?: { version?: string }[];
  };
const servers = (text: string) =>
  read(text).licenseServers?.map((s) => `${s.hostName} ${s.hostId} ${s.osVersion} ${s.port}`);

describe('issue 25 §1: what is said of all servers, before or after the list', () => {
  it('"Three redundant servers, all on port 27000:" over the rows gives each its port', () => {
    expect(
      servers(
        'Three redundant servers, all on port 27000:\nlic1 00-50-56-11-22-33 Windows Server 2019\nlic2 00-50-56-11-22-34 Windows Server 2019\nlic3 00-50-56-11-22-35 Windows Server 2019',
      ),
    ).toEqual(['lic1 005056112233 2019 27000', 'lic2 005056112234 2019 27000', 'lic3 005056112235 2019 27000']);
  });

  it('"…, Windows Server 2019, port 27000 on each" after the list is every server’s, not the last one’s', () => {
    expect(
      servers(
        'Three redundant servers (lic1 00-50-56-11-22-33, lic2 00-50-56-11-22-34, lic3 00-50-56-11-22-35), Windows Server 2019, port 27000 on each.',
      ),
    ).toEqual(['lic1 005056112233 2019 27000', 'lic2 005056112234 2019 27000', 'lic3 005056112235 2019 27000']);
  });
});

describe('issue 25 §1: ports, host ids and OS versions in their usual written forms', () => {
  it.each([
    ['SERVER lic1 005056112233 27000\nOS: Windows Server 2019. Single server.', 'a license file’s SERVER line'],
    ['Single license server lic1, MAC 00-50-56-11-22-33, Windows Server 2019, lmgrd on 27000.', '"lmgrd on N"'],
    ['Host: lic1\nHostID: 0050-5611-2233\nOS: Windows Server 2019\nPort: 27000', 'a MAC in three groups of four'],
    [
      'Hostname | Host ID | OS | Version | Port\nlic1 | 00-50-56-11-22-33 | Windows Server | 2019 | 27000',
      'a server table’s Version column',
    ],
  ])('%j (%s)', (text) => {
    expect(servers(text)).toEqual(['lic1 005056112233 2019 27000']);
  });

  it.each(['W2K19', 'WS2019', 'Windows Server (2019)', 'Windows Server, 2019'])('%s is Windows Server 2019', (os) => {
    expect(findOsNames(os)).toMatchObject([{ os: 'Windows Server', osVersion: '2019' }]);
  });

  it('an IP address is not a product version', () => {
    const fields = read(
      'The server (IP 10.20.30.40, name lic1) has MAC 00-50-56-11-22-33 and runs Windows Server 2019.',
    );
    expect(fields.sellableItems?.map((i) => i.version)).toEqual(['8.5']);
  });
});

describe('issue 25 §1: host names without digits, named by a cue or beside their host id', () => {
  it.each([
    [
      'Single server. The license server is called FLEXLM; its MAC is 00-50-56-11-22-33, Windows Server 2019.',
      'FLEXLM',
    ],
    ['Single server. The primary is GENLICA. Its MAC address is 00-50-56-11-22-33 (Windows Server 2019).', 'GENLICA'],
    ['Single server named licserver (MAC 00-50-56-11-22-33, Windows Server 2019).', 'licserver'],
  ])('%j → %s', (text, name) => {
    expect(read(text).licenseServers?.[0]?.hostName).toBe(name);
  });

  it('"LICA (MAC), LICB (MAC) and LICC (MAC)": each word before a host id names its server', () => {
    expect(
      read(
        'Three redundant license servers: LICA (00-50-56-11-22-33), LICB (00-50-56-11-22-34) and LICC (00-50-56-11-22-35), all Windows Server 2019.',
      ).licenseServers?.map((s) => s.hostName),
    ).toEqual(['LICA', 'LICB', 'LICC']);
  });
});

describe('issue 25 §1: one machine’s host ids, and host ids in unusual forms', () => {
  it.each([
    [
      'Host name: lic1\nHost ID: 005056112233 005056112234\nOS: Windows Server 2019',
      'two ids of one machine, as lmhostid prints them',
    ],
    [
      'Host name: lic1\nMAC: 00-50-56-11-22-33 (primary NIC), 00-50-56-11-22-44 (backup NIC)\nOS: Windows Server 2019',
      'two adapters',
    ],
  ])('%j is one server with the first id (%s)', (text) => {
    expect(servers(text)).toEqual(['lic1 005056112233 2019 undefined']);
  });

  it.each([
    ['Host ID: 0050 5611 2233', '005056112233'],
    ['Ethernet address: 0:50:56:11:22:33', '005056112233'],
  ])('%s → %s', (line, id) => {
    expect(read(`Host name: lic1\n${line}\nOS: Windows Server 2019`).licenseServers?.[0]?.hostId).toBe(id);
  });

  it('"GARN: unknown", "Host ID: TBC" give no value and no invalid value', () => {
    const result = extractLicenseRequest({
      body: 'Please generate a PureConnect activation file for Contoso Bank.\nGARN: unknown\nMAC: 00-50-56-9F-12-34',
    });
    expect(result.invalid).toEqual([]);
    expect(result.fields).not.toHaveProperty('garn');
  });
});
