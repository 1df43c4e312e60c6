/**
 * Issue 25 §1, round 2: forms partners write in short — the fifth dev batch (186–194) and the probes after it
 * (a MAC before a colon, "Qty. 120", "listening on 27000", one-line signatures, one machine's NICs, DN ranges,
 * "see below"). The mails are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { LicenseRequestInput } from '../../../../src/domain/license-request/schema.ts';

const read = (body: string, more: Partial<LicenseRequestInput> = {}) => extractLicenseRequest({ body, ...more });
const engage = (body: string) => {
  const result = read(body);
  if (result.kind !== 'engage') throw new Error(`read as ${result.kind}`);
  return result.fields;
};

describe('issue 25 §1: the fifth batch (186–194)', () => {
  it('DOMAIN §9: a MAC or a 12-digit id at the end of a sentence or before a colon is still a host id', () => {
    const result = read(
      'Please send a PureConnect activation file for Ashby Foods, production. Server MAC: 00155D2A7F31.',
    );
    expect(result.fields).toMatchObject({ primaryHostId: '00155d2a7f31' });
    const listed = read(
      'Please add these to the PureConnect license of Ashby Foods, production server MAC 00-50-56-A1-22-B3:',
    );
    expect(listed.fields).toMatchObject({ primaryHostId: '005056a122b3' });
  });

  it('seed 003: "Genesys Account Reference Number: 0143377" is the GARN; "Order ref: 7703345" the order', () => {
    const result = read(
      'Please send a PureConnect activation file for Ashby Foods, production server MAC 00-50-56-A1-22-B3. Genesys Account Reference Number: 0143377. Order ref: 7703345.',
    );
    expect(result.fields).toMatchObject({ garn: '0143377', orderNumber: '7703345' });
  });

  it('seed 002: "TCP 27000" and "27000/tcp" are ports; "customer: X" inside a sentence names the company', () => {
    const fields = engage(
      'Engage license request - customer: Ashby Foods.\n\nSIP Server 8.5, qty 10. Purpose: production.\nSingle license server AF-LIC-1, host id 0050569ABC10, Windows Server 2019, TCP 27000.',
    );
    expect(fields).toMatchObject({ companyName: 'Ashby Foods', licenseServers: [{ port: 27000 }] });
  });

  it('seed 003: "key = value" pairs with underscores (requestor_name, primary_mac) are labels', () => {
    const result = read(
      'requestor_name = Felix Braun\nrequestor_email = felix.braun@ashbycx.example\nend_user = Ashby Foods AG\ntype = activation file\nprimary_mac = 00-15-5D-64-00-0A\n',
    );
    expect(result.fields).toMatchObject({
      firstName: 'Felix',
      lastName: 'Braun',
      corporateEmail: 'felix.braun@ashbycx.example',
      requestType: 'activation-file',
      primaryHostId: '00155d64000a',
    });
  });

  it('seed 003: "We (X) are the sold-to" makes X the Sold To, never the End User; "Y would like to evaluate" names Y', () => {
    const result = read(
      'Hello Licensing,\n\nAshby Foods would like to evaluate PureConnect before buying. Could you issue an evaluation activation file for their test server? MAC 00-1C-42-9E-5A-01. We (Ashby CX KK) are the sold-to.\n\nBest wishes,\nKeiko Tanaka\nAshby CX KK\n',
    );
    expect(result.fields).toMatchObject({
      endUserAccount: 'Ashby Foods',
      soldToAccount: 'Ashby CX KK',
      firstName: 'Keiko',
      employer: 'Ashby CX KK',
    });
  });

  it('"we need it before go-live on 28th March": the date of the event it is needed for', () => {
    const result = read(
      'Please send the PureConnect activation file for Ashby Foods, MAC 00-50-56-8C-10-01, production. We need it before go-live on 28th March.',
      { date: new Date('2025-03-20T08:30:00Z') },
    );
    expect(result.fields).toMatchObject({ dateNeeded: '2025-03-28', dateReasoning: 'go-live' });
  });
});

describe('issue 25 §1: short forms partners use', () => {
  const head = 'Please generate the Engage license for Ashby Foods, production, single license server.\n\n';
  const server = 'Server ab-lic01, MAC 00-50-56-AA-01-02, Windows Server 2022.\n';

  it('"X, version 8.5, 120 seats" and "X 8.5, Qty. 120" are items with their counts', () => {
    expect(engage(`${head}SIP Server, version 8.5, 120 seats\n${server}`).sellableItems).toEqual([
      { name: 'SIP Server', version: '8.5', quantity: 120 },
    ]);
    expect(engage(`${head}SIP Server 8.5, Qty. 120\n${server}`).sellableItems).toEqual([
      { name: 'SIP Server', version: '8.5', quantity: 120 },
    ]);
  });

  it('seed 002 ports: "listening on 27000", "7260 (default)"', () => {
    expect(engage(`${head}SIP Server 8.5, 10 seats\n${server}Listening on 27000.\n`).licenseServers?.[0]?.port).toBe(
      27000,
    );
    const fields = engage(
      `${head}SIP Server 8.5, 10 seats\nServer ab-lic01, MAC 00-50-56-AA-01-02, Windows Server 2022, 7260 (default).\n`,
    );
    expect(fields.licenseServers?.[0]?.port).toBe(7260);
  });

  it('"Ashby Foods (our customer) bought …" names the company; "Account name:" labels it', () => {
    const said = engage(
      `Ashby Foods (our customer) bought 10 seats of SIP Server 8.5 for production, single server.\n${server}`,
    );
    expect(said.companyName).toBe('Ashby Foods');
    const labelled = engage(
      `Account name: Ashby Foods\nSIP Server 8.5, 10 seats, production, single server.\n${server}`,
    );
    expect(labelled.companyName).toBe('Ashby Foods');
  });

  it('seed 003: "Senior Engineer at Ashby CX" signs the employer; "Account reference: 0012345" is the GARN; "because of" leads a reason', () => {
    const result = read(
      'Please send a PureConnect activation file for Ashby Foods, production server MAC 00-50-56-AA-01-02, upgrade. Account reference: 0012345. Required by Friday 14 March because of the go-live.\n\nThanks,\nAnn Lee\nSenior Engineer at Ashby CX\n',
      { date: new Date('2025-03-05T10:00:00Z') },
    );
    expect(result.fields).toMatchObject({
      employer: 'Ashby CX',
      garn: '0012345',
      dateNeeded: '2025-03-14',
      dateReasoning: 'the go-live',
    });
  });
});

describe('issue 25 §1: one machine, and the media layer in a line', () => {
  it('DOMAIN §9: "lic01 has two NICs: X (primary) and Y" is one server with the primary adapter’s MAC', () => {
    const fields = engage(
      'Please generate the Engage license for Ashby Foods: 10 seats of SIP Server 8.5, production, single license server.\n\nServer ab-lic01 has two NICs: 00-50-56-AA-01-03 and 00-50-56-AA-01-02 (primary). Windows Server 2022.\n',
    );
    expect(fields.licenseServers).toEqual([
      { hostName: 'ab-lic01', hostId: '005056aa0102', os: 'Windows Server', osVersion: '2022' },
    ]);
  });

  it('seed 002 media layer: "Switch: Avaya CM 8.1, agent DNs 5000-5099, technical DNs 6000-6019" counts the ranges', () => {
    const fields = engage(
      'Please generate the Engage license for Ashby Foods: 100 seats of SIP Server 8.5, production, single license server.\n\nServer ab-lic01, MAC 00-50-56-AA-01-02, Windows Server 2022.\nSwitch: Avaya CM 8.1, agent DNs 5000-5099, technical DNs 6000-6019.\n',
    );
    expect(fields.mediaLayer).toEqual({
      switchType: 'Avaya CM',
      switchVersion: '8.1',
      agentSeatDns: 100,
      technicalDns: 20,
    });
  });
});

describe('issue 25 §2: no question for a value the mail gives elsewhere', () => {
  it('a server table that ends the mail is read, not taken for a signature', () => {
    const fields = engage(
      'Company name: Ashby Foods\nProduct: SIP Server 8.5\nQuantity: 100\nConfiguration: 3 redundant servers\nPurpose: production\n\nHost\tHost ID\tOS\nlicA\t00-50-56-AA-01-01\tWindows Server 2022\nlicB\t00-50-56-AA-01-02\tWindows Server 2022\nlicC\t00-50-56-AA-01-03\tWindows Server 2022\n',
    );
    expect(fields.licenseServers?.map((s) => s.hostName)).toEqual(['licA', 'licB', 'licC']);
  });

  it('"Host ID: see below" is no value (no invalid-value question); the id below is read', () => {
    const result = read(
      'Company name: Ashby Foods\nProduct: SIP Server 8.5\nQuantity: 100\nHost name: ab-lic01\nHost ID: see below\nOS: Windows Server 2022\nConfiguration: single\nPurpose: production\n\nThe MAC is 00-50-56-AA-01-02.\n',
    );
    expect(result.invalid).toEqual([]);
    expect(result.fields).toMatchObject({ licenseServers: [{ hostId: '005056aa0102' }] });
  });

  it('DOMAIN §9: a note in brackets after a host id or a GARN ("(eth0)", "(Ashby)") is not part of it', () => {
    const fields = engage(
      'Company name: Ashby Foods\nProduct: SIP Server 8.5\nHost name: ab-lic01\nHost ID: 00:50:56:aa:01:02 (eth0)\nOS: RHEL 9\nConfiguration: single\nPurpose: production\n',
    );
    expect(fields.licenseServers).toEqual([
      { hostName: 'ab-lic01', hostId: '005056aa0102', os: 'Red Hat Enterprise Linux', osVersion: '9' },
    ]);
    const result = read('PureConnect activation file request\n\nGARN: 0012345 (Ashby)\nMAC: 00-50-56-AA-01-02\n');
    expect(result.fields).toMatchObject({ garn: '0012345' });
    expect(result.invalid).toEqual([]);
  });
});

describe('issue 25 §1: signatures and words on one line', () => {
  const ask =
    'Hi,\n\nPlease send a PureConnect activation file for Ashby Foods, production server MAC 00-50-56-AA-01-02, upgrade.\n\n';
  it('seed 003 requester: "-- Ann Lee, Ashby CX" and "Regards, Ann Lee (Ashby CX)" sign on the closing’s line', () => {
    for (const closing of ['-- Ann Lee, Ashby CX Partners', 'Regards, Ann Lee (Ashby CX Partners)']) {
      expect(read(`${ask}${closing}\n`).fields).toMatchObject({
        firstName: 'Ann',
        lastName: 'Lee',
        employer: 'Ashby CX Partners',
      });
    }
  });

  it('seed 003: "replacing the old server" is a reallocation; a "live server" is production', () => {
    const result = read(
      'Please send a PureConnect activation file for Ashby Foods, live server MAC 00-50-56-AA-01-02; they are replacing the old server.',
    );
    expect(result.fields).toMatchObject({ implementationType: 'reallocation', deploymentType: 'production' });
  });
});

describe('issue 25 §1: servers written in one line', () => {
  const head =
    'Please generate the Engage license for Ashby Foods: 10 seats of SIP Server 8.5, production, single license server.\n\n';
  it('"Please install on AB-LIC-01 — MAC — OS — port": the host is the sentence cell’s last word', () => {
    const fields = engage(
      `${head}Please install on AB-LIC-01 — 00:50:56:AA:01:02 — Windows Server 2022 — port 27000.\n`,
    );
    expect(fields.licenseServers?.[0]).toMatchObject({ hostName: 'AB-LIC-01', hostId: '005056aa0102', port: 27000 });
  });

  it('an OS written short ("Win2k22") is never a host name', () => {
    const fields = engage(`${head}Host AB-LIC-01 / MAC 00:50:56:AA:01:02 / Win2k22 / lmgrd port=27000\n`);
    expect(fields.licenseServers).toEqual([
      { hostName: 'AB-LIC-01', hostId: '005056aa0102', os: 'Windows Server', osVersion: '2022', port: 27000 },
    ]);
  });

  it('"for the customer named Ashby Foods" names the company', () => {
    const fields = engage(
      'Please generate the Engage licenses for the customer named Ashby Foods: 10 seats of SIP Server 8.5, production, single server ab-lic01, MAC 00-50-56-AA-01-02, Windows Server 2022.',
    );
    expect(fields.companyName).toBe('Ashby Foods');
  });
});

describe('seed 002: every way a port is written', () => {
  const head =
    'Please generate the Engage license for Ashby Foods: 10 seats of SIP Server 8.5, production, single license server.\n\n';
  const portOf = (body: string) => engage(`${head}${body}`).licenseServers?.map((s) => s.port);
  it.each([
    ['host:port', 'Server ab-lic01:27000, MAC 00-50-56-AA-01-02, Windows Server 2022.\n'],
    [
      'a "TCP Port" column',
      'Hostname | Host ID | OS | TCP Port\nab-lic01 | 005056aa0102 | Windows Server 2022 | 27000\n',
    ],
    ['"port no."', 'Server ab-lic01, MAC 00-50-56-AA-01-02, Windows Server 2022, port no. 27000.\n'],
    [
      '"The port number is …"',
      'Server ab-lic01, MAC 00-50-56-AA-01-02, Windows Server 2022. The port number is 27000.\n',
    ],
    [
      '"License manager port:"',
      'Host: ab-lic01\nMAC: 00-50-56-AA-01-02\nOS: Windows Server 2022\nLicense manager port: 27000\n',
    ],
  ])('%s', (_, body) => {
    expect(portOf(body)).toEqual([27000]);
  });

  it('two servers on two lines keep their own ports', () => {
    const fields = engage(
      'Please generate the Engage license for Ashby Foods: 100 seats of SIP Server 8.5, production, two independent servers, 50/50.\n\nab-lic01, MAC 00-50-56-AA-01-02, Windows Server 2022, port 27000\nab-lic02, MAC 00-50-56-AA-01-03, Windows Server 2022, port 27001\n',
    );
    expect(fields.licenseServers?.map((s) => [s.hostName, s.port])).toEqual([
      ['ab-lic01', 27000],
      ['ab-lic02', 27001],
    ]);
  });
});

describe('seed 003: part numbers, orders and expiry dates as partners write them', () => {
  const ask =
    'Please send a PureConnect activation file for Ashby Foods, production server MAC 00-50-56-AA-01-02, add-on.\n\n';
  it('a count last on the part’s line ("SW-… - ACD user - 25") or first with a colon ("25 : SW-…") is its count', () => {
    const result = read(`${ask}SW-012-1.0-CA15 - PureConnect ACD user - 25\n2 : SW-049-1.0-IV10\n`);
    expect(result.fields).toMatchObject({
      partNumbers: [
        { partNumber: 'SW-012-1.0-CA15', quantity: 25 },
        { partNumber: 'SW-049-1.0-IV10', quantity: 2 },
      ],
    });
  });

  it('"twenty-five of SW-…" is read as twenty-five, never five', () => {
    const result = read(`${ask}twenty-five of SW-012-1.0-CA15\n`);
    expect(result.fields).toMatchObject({ partNumbers: [{ partNumber: 'SW-012-1.0-CA15', quantity: 25 }] });
  });

  it('an order number with a longer prefix ("GEN-5512034") is kept whole', () => {
    expect(read(`${ask}Genesys order number: GEN-5512034\n`).fields).toMatchObject({ orderNumber: 'GEN-5512034' });
  });

  it('seed 003 "Date Needed": "their current license expires on 14 March" — needed by then, because it expires', () => {
    const result = read(`${ask}Their current license expires on 14 March, so we need the new one before then.\n`, {
      date: new Date('2025-03-05T10:00:00Z'),
    });
    expect(result.fields).toMatchObject({ dateNeeded: '2025-03-14', dateReasoning: 'Their current license expires' });
  });
});

describe('seed 003 requester: how partners say who they are', () => {
  const ask =
    'Please send a PureConnect activation file for Ashby Foods, production server MAC 00-50-56-AA-01-02, upgrade.\n\n';
  it('"I work for X" names the employer', () => {
    const result = read(`Hi, I work for Ashby CX Partners. ${ask}Thanks,\nAnn Lee\n`);
    expect(result.fields).toMatchObject({ employer: 'Ashby CX Partners' });
  });

  it('a line of underscores over a signature (no From:/Sent: under it) is no quoted message', () => {
    const result = read(`${ask}Thanks,\n\n____________________\nAnn Lee\nAshby CX Partners\n+1 512 555 0101\n`);
    expect(result.fields).toMatchObject({ employer: 'Ashby CX Partners', workPhone: '+1 512 555 0101' });
  });
});
