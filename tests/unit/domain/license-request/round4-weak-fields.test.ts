/** Issue 25 round 4: fields present in the mail are read (not asked), and only real conflicts are asked about. */
import { describe, expect, it } from 'vitest';
import { withoutRemark } from '../../../../src/domain/license-request/account-names.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

describe('issue 25 round 4 §2: an account named on a label keeps its name, not the remark after it', () => {
  it.each([
    [
      'Westbridge Distribution UK Ltd (our distributor - the order was placed through them)',
      'Westbridge Distribution UK Ltd',
    ],
    ['Coastal Water Authority (they buy direct)', 'Coastal Water Authority'],
    ['Contoso Ltd - our reseller', 'Contoso Ltd'],
    ['Siam Contact (Thailand) Co., Ltd.', 'Siam Contact (Thailand) Co., Ltd.'],
    ['Tasman Freight (Pty) Ltd', 'Tasman Freight (Pty) Ltd'],
    ['Northwind (UK)', 'Northwind (UK)'],
  ])('%j → %j', (raw, name) => {
    expect(withoutRemark(raw)).toBe(name);
  });

  it('a PureConnect "Sold to:" with a remark in brackets is the account alone', () => {
    const result = extractLicenseRequest({
      body: 'Please issue a PureConnect activation file, new deployment, production.\nEnd user: Glenmore Distillers Ltd\nSold to: Westbridge Distribution UK Ltd (our distributor - the order was placed through them)\nServer MAC: 00:50:56:B3:7C:21',
    });
    expect(result.fields).toMatchObject({ soldToAccount: 'Westbridge Distribution UK Ltd' });
  });
});

describe('issue 25 round 4 §2: order numbers as partners label them', () => {
  it('"Distributor PO: WB-PO-338871" is the order number, whole', () => {
    const result = extractLicenseRequest({
      body: 'Please issue a PureConnect activation file for Glenmore Distillers Ltd, new deployment, production, MAC 00:50:56:B3:7C:21.\nDistributor PO: WB-PO-338871',
    });
    expect(result.fields).toMatchObject({ orderNumber: 'WB-PO-338871' });
  });
});

describe('issue 25 round 4 §2: a company named before the next sentence', () => {
  it('"cliente Transportes Atlântico Norte, S.A. As licenças …" ends the name at its legal form', () => {
    const result = extractLicenseRequest({
      body: 'Boa tarde,\n\nEnvio em baixo os dados para as licenças Engage do nosso cliente Transportes Atlântico Norte, S.A. As licenças destinam-se ao ambiente de testes.\n\nGenesys SIP Server 8.1, 50\nServidor: tan-lic-01   00:50:56:8C:10:01   Red Hat Enterprise Linux 9.2',
    });
    expect(result.fields).toMatchObject({ companyName: 'Transportes Atlântico Norte, S.A.' });
  });
});

describe('issue 25 round 4 §2: a port the mail writes after "default port" is that port', () => {
  it('"Single server setup, default port 27000" is port 27000, not the 7260 seed 002 names as default', () => {
    const result = extractLicenseRequest({
      body: 'Harbour City Council bought 85 seats of Genesys Inbound Voice 8.5 for production.\n\nHostname        Host ID          OS\nhcc-lic01       0050569e2b7c     Windows Server 2019\n\nSingle server setup, default port 27000.',
    });
    expect(result.fields).toMatchObject({ licenseServers: [{ hostName: 'hcc-lic01', port: 27000 }] });
  });
});

describe('issue 25 round 4 §1: a host id corrected in words replaces the old one (no new server, no contradiction)', () => {
  it.each([
    ['X, not Y', 'the host id of the second server is 00-1A-4B-22-90-0D, not 00-1A-4B-22-90-0C.'],
    ['Y should be X', 'the host id 00-1A-4B-22-90-0C should be 00-1A-4B-22-90-0D.'],
    ['change Y to X', 'please change 00-1A-4B-22-90-0C to 00-1A-4B-22-90-0D for kl-lic-b.'],
    ['X instead of Y', 'kl-lic-b is 00-1A-4B-22-90-0D instead of 00-1A-4B-22-90-0C.'],
  ])('an Engage reply: %s', (_, correction) => {
    const result = extractLicenseRequest({
      body: `Hi,\n\nSorry, one correction to my mail below: ${correction} Everything else stays the same.\n\nAnna\n\n-----Original Message-----\nFrom: Anna Weber <anna.weber@dachcontact.example>\nSent: Tuesday, 3 June 2025 09:12\nSubject: Engage licenses for Keller Logistik\n\nfor our customer Keller Logistik GmbH we need 200 seats of Enterprise Routing Solution 8.5 for production.\nTwo independent license servers:\n- kl-lic-a  00-1A-4B-22-90-0B  Red Hat Enterprise Linux 8.6\n- kl-lic-b  00-1A-4B-22-90-0C  Red Hat Enterprise Linux 8.6\n`,
    });
    expect(result.fields).toMatchObject({
      licenseServers: [
        { hostName: 'kl-lic-a', hostId: '001a4b22900b' },
        { hostName: 'kl-lic-b', hostId: '001a4b22900d' },
      ],
    });
    expect((result.fields as { licenseServers: unknown[] }).licenseServers).toHaveLength(2);
    expect(result.invalid).toEqual([]);
    expect(result.missing).toEqual([]);
  });

  it('a PureConnect reply: "the MAC should be X, not Y as I wrote below"', () => {
    const result = extractLicenseRequest({
      body: 'Hi, quick correction - the MAC should be 00-50-56-9A-77-12, not 00-50-56-9A-77-21 as I wrote below.\n\nMark\n\nFrom: Mark Hughes <mark.hughes@westvoice.example>\nSent: Monday, June 9, 2025 9:00 AM\nSubject: AFR Lakeside Dental\n\nPlease can we have a PureConnect activation file for Lakeside Dental Practice. It is a new deployment in production, server LDP-IC1 with MAC 00-50-56-9A-77-21.',
    });
    expect(result.fields).toMatchObject({ primaryHostId: '0050569a7712' });
    expect(result.invalid).toEqual([]);
  });

  it('two different ids for one server with no correcting words are still a contradiction', () => {
    const result = extractLicenseRequest({
      body: 'Please issue a PureConnect activation file for Lakeside Dental Practice, new deployment, production.\nMAC: 00-50-56-9A-77-21\nMAC address: 00-50-56-9A-77-12',
    });
    expect(result.invalid.map((i) => i.field)).toContain('primaryHostId');
  });
});

describe('issue 25 round 4 §2: tables pasted with runs of spaces', () => {
  it('"Genesys Inbound Voice 8.5      300": the count alone in the last column is the quantity', () => {
    const result = extractLicenseRequest({
      body: 'Hi, Silverline Insurance needs licenses, production, single server lic01 MAC 00:1C:42:8E:11:01 Windows 2019.\n\nSKU / Description                               Qty\nGenesys Inbound Voice 8.5                       300\nGenesys SIP Server 8.5                          120\n',
    });
    expect(result.fields).toMatchObject({
      sellableItems: [
        { name: 'Genesys Inbound Voice', version: '8.5', quantity: 300 },
        { name: 'Genesys SIP Server', version: '8.5', quantity: 120 },
      ],
    });
  });
});

describe('issue 25 round 4 §2: dates in words', () => {
  const at = { date: new Date('2025-05-20T08:05:00Z'), dateOffset: 60 };
  it('"no later than Friday the 30th" is the 30th, not the coming Friday', () => {
    const result = extractLicenseRequest({
      body: 'Moorside Building Society is moving its PureConnect production server to new hardware. Could we have the reallocated activation file no later than Friday the 30th, which is when the cut-over is booked?\nMAC 00-1C-C4-9A-55-E0',
      ...at,
    });
    expect(result.fields).toMatchObject({ dateNeeded: '2025-05-30' });
  });

  it('"by Wednesday ahead of their switchover test on the 29th": the day after "by" is needed, the test is why', () => {
    const result = extractLicenseRequest({
      body: 'We need a PureConnect activation file for Redwood County, new deployment, production, MAC 00-50-56-A1-00-0A.\n\nNeed this by Wednesday ahead of their switchover test on the 29th.',
      ...at,
    });
    expect(result.fields).toMatchObject({ dateNeeded: '2025-05-21' });
    expect((result.fields as { dateReasoning?: string }).dateReasoning).toMatch(/switchover test/);
  });
});

describe('issue 25 round 4 §2: the deployment type in words', () => {
  it('a DR pair "kept running as a hot standby for their production system" is dr-hot-standby', () => {
    const result = extractLicenseRequest({
      body: 'Marlow Building Society are building a disaster recovery pair at their Reading site, kept running as a hot standby for their production CIC system. Please issue an activation file for the DR pair with the same feature set as production.\nPrimary MAC 00-0C-29-7A-11-B0, new deployment.',
    });
    expect(result.fields).toMatchObject({ deploymentType: 'dr-hot-standby' });
  });

  it('"their new lab environment - a separate test box, not production" is lab, and not asked', () => {
    const result = extractLicenseRequest({
      body: 'Our customer Tan Brothers Trading Pte Ltd needs a PureConnect activation file for their new lab environment - it is a separate test box for training agents, not production. Evaluation for 30 days.\nMAC: 00-15-5D-3C-44-10',
    });
    expect(result.fields).toMatchObject({ deploymentType: 'lab' });
    expect(result.missing).not.toContain('deploymentType');
  });

  it('"production, lab, test or DR?" still answers none of them', () => {
    const result = extractLicenseRequest({
      body: 'Please issue a PureConnect activation file for Tan Brothers Trading, new deployment, MAC 00-15-5D-3C-44-10. Is it production, lab, test or DR? I will check.',
    });
    expect(result.fields).not.toHaveProperty('deploymentType');
  });
});

describe('issue 25 round 4 §1: no question for a server that is not to be licensed', () => {
  it('the old server a rehost moves away from is not a second license server (nothing asked about it)', () => {
    const result = extractLicenseRequest({
      body: 'Baltic Freight SIA is replacing their old licence server (bf-lic-old, MAC 00:0C:29:11:22:33) with a new VM. Please reissue their existing licences (Enterprise Routing Solution 8.5, 75 seats; production) for the new server:\n\nHost name: bf-lic-02\nMAC: 00:0C:29:44:55:66\nOS: Windows Server 2022\nPort: 27000\n\nSingle server.',
    });
    expect(result.fields).toMatchObject({
      companyName: 'Baltic Freight SIA',
      purpose: 'production',
      licenseServers: [{ hostName: 'bf-lic-02', hostId: '000c29445566' }],
    });
    expect((result.fields as { licenseServers: unknown[] }).licenseServers).toHaveLength(1);
    expect(result.missing).toEqual([]);
  });

  it('an id said in prose under a labelled OS belongs to that server, not to a new one', () => {
    const result = extractLicenseRequest({
      body: 'Northwind Traders Ltd needs 50 seats of Genesys Inbound Voice 8.5 for production, single license server.\n\nOperating system: Windows Server 2019\nIts MAC is 00-50-56-AA-BB-01.',
    });
    expect((result.fields as { licenseServers: unknown[] }).licenseServers).toHaveLength(1);
    expect(result.missing).toEqual(['licenseServers[0].hostName']);
  });

  it('"lmhostid - Copyright (c) … Flexera": a tool banner under the label is no invalid host id to ask about', () => {
    const result = extractLicenseRequest({
      body: 'Can you please provide Engage licenses for Oceanic Airlines\' UAT environment: 25 seats of Genesys Inbound Voice 8.5.\n\nC:\\> hostname\nOA-UAT-LIC01\nC:\\> lmhostid\nlmhostid - Copyright (c) 1989-2019 Flexera Software LLC. All Rights Reserved.\nThe FlexNet host ID of this machine is ""0050569b1c2d 0050569b1c2e""\nOnly use ONE from the list of hostids.\n\nIt\'s Windows Server 2019 Standard, single server, port 7260.',
    });
    expect(result.invalid).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.fields).toMatchObject({ companyName: 'Oceanic Airlines', purpose: 'testing' });
  });
});

describe('issue 25 round 4 §1: a last short sentence is read, not taken for a signature', () => {
  it.each(['Single server.', 'Single server setup.'])(
    'a mail ending "%s" (no closing) is not asked its configuration',
    (last) => {
      const result = extractLicenseRequest({
        body: `Baltic Freight SIA needs Enterprise Routing Solution 8.5, 75 seats; production.\n\nHost name: bf-lic-02\nMAC: 00:0C:29:44:55:66\nOS: Windows Server 2022\n\n${last}`,
      });
      expect(result.fields).toMatchObject({ serverConfiguration: 'single' });
      expect(result.missing).toEqual([]);
    },
  );
});
