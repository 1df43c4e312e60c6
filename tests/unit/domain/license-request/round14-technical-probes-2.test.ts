/**
 * Issue 25 round 14, continued (round14-technical-probes.test.ts has causes 1-12): media layer, ports and order
 * numbers said in sentences. Each rule is probed with mails written for this test (never the corpus's wording).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord, PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const engage = (body: string) =>
  extractLicenseRequest({
    body: `Hello Licensing,\n\n${body}\n\nRegards,\nAna Ruiz\nBajío Contact Integradores\nana.ruiz@bajio-ci.example`,
  }).fields as EngageRecord;

const pureConnect = (body: string) =>
  extractLicenseRequest({
    body: `Hello,\n\n${body}\n\nThanks,\nChloé Lambert\nTéléphonie Laurentide inc.\nchloe.lambert@laurentide.example`,
  }).fields as PureConnectRecord;

const order =
  'Torreón Seguros S.A. needs SIP Server 9.0 for 80 agents, production, one license server lic-trn-01 on Windows Server 2019, MAC 00-50-56-a4-8c-22.';

describe('round 14, cause 13: a switch named with its short form in brackets, or Avaya Aura CM, keeps its version', () => {
  it.each([
    [
      'The switch is Cisco Unified Communications Manager (UCM) version 14.',
      'Cisco Unified Communications Manager',
      '14',
    ],
    ['Media layer: Avaya Aura CM 10.1 behind SIP Server.', 'Avaya Aura CM', '10.1'],
    ['Their PBX is an Avaya Aura CM, release 8.1.', 'Avaya Aura CM', '8.1'],
    [
      'Telephony runs on Cisco Unified Communications Manager (CUCM) 12.5.',
      'Cisco Unified Communications Manager',
      '12.5',
    ],
  ])('%s', (sentence, switchType, switchVersion) => {
    expect(engage(`${order} ${sentence}`).mediaLayer).toMatchObject({ switchType, switchVersion });
  });
});

describe('round 14, cause 14: a port said in a sentence is never the start of a MAC; "listens in" is "listens on"', () => {
  it('the switch port a MAC was taken from gives no license port', () => {
    const fields = engage(
      'Torreón Seguros S.A. needs SIP Server 9.0 for 80 agents, production, single server lic-trn-01 on Windows Server 2019. The MAC we took from the switch port is 0050.56a4.8c21.',
    );
    expect(fields.licenseServers?.[0]).toMatchObject({ hostId: '005056a48c21' });
    expect(fields.licenseServers?.[0]?.port).toBeUndefined();
  });

  it.each([
    ['It listens in 7260.', 7260],
    ['The port is 27001.', 27001],
    ['Port: 0050.56a4.8c22 is the MAC, lmgrd listens on 27000.', 27000],
  ])('%s', (sentence, port) => {
    expect(engage(`${order} ${sentence}`).licenseServers?.[0]?.port).toBe(port);
  });
});

describe('round 14, cause 15: a line per agent, counted, is the agent seat DNs', () => {
  it.each([
    ['Each agent have 1 extension, so 120 DNs.', 120],
    ['Every agent gets one extension: 95 extensions in total.', 95],
    ['They will use 80 DNs, one per agent.', 80],
    ['Per agent one phone, 60 phones.', 60],
  ])('%s', (sentence, agentSeatDns) => {
    expect(engage(`${order} The switch is Cisco UCM 12.5. ${sentence}`).mediaLayer?.agentSeatDns).toBe(agentSeatDns);
  });

  it('DNs for queues are no agent lines', () => {
    expect(
      engage(`${order} The switch is Cisco UCM 12.5. Each agent has a softphone; 40 DNs for queues.`).mediaLayer
        ?.agentSeatDns,
    ).toBeUndefined();
  });
});

describe('round 14, cause 16: "their PO" after a distributor or reseller is named is the order with the vendor', () => {
  const lead = 'Activation file for the migrated production system, new server MAC D8-9E-F3-12-0A-6B.';
  it.each([
    [
      'The licences were bought through our distributor, Northbridge Channel Distribution, on their PO 88012455.',
      '88012455',
    ],
    ['Our reseller Maple Channel placed it; their PO is 4471902.', '4471902'],
    ['Ordered via the distributor (Eastline Distribution) under their purchase order 5520013.', '5520013'],
  ])('%s', (sentence, orderNumber) => {
    expect(pureConnect(`${lead} ${sentence}`).orderNumber).toBe(orderNumber);
  });

  it('the customer’s PO to the partner stays no order number', () => {
    expect(pureConnect(`${lead} The customer sent us their PO 22-0917 yesterday.`).orderNumber).toBeUndefined();
  });
});

describe('round 14, cause 17: part counts written in words before the part number', () => {
  it.each([
    ['one hundred and fifty of SW-001-4.0-AL04 and sixty of SW-001-4.0-PL09', [150, 60]],
    ['twenty-five SW-001-4.0-AL04 plus forty-two SW-001-4.0-PL09', [25, 42]],
    ['SW-001-4.0-AL04: seventy-five; SW-001-4.0-PL09: eighteen', [75, 18]],
  ])('%s', (parts, counts) => {
    const fields = pureConnect(
      `Upgrade of Rift Valley Bank to 2025 R3, production, GARN 0172250. The file should carry ${parts}. Primary MAC f8:bc:12:e0:a7:d4.`,
    );
    expect(fields.partNumbers?.map((p) => p.quantity)).toEqual(counts);
  });
});

describe('round 14, cause 18: several labelled fields in one run of sentences, GARN glued by a dash', () => {
  it.each([
    ['End user: Karoo Health, GARN-0125519. Sold to: Bushveld Voice, SO 30019873. DR box MAC: 00:50:56:8E:3B:1B.'],
    ['End User: Karoo Health; GARN-0125519. Sold To: Bushveld Voice; SO 30019873. MAC 00:50:56:8E:3B:1B.'],
  ])('%s', (line) => {
    const fields = pureConnect(`We need an activation file for a new DR server.\n\n${line}`);
    expect(fields).toMatchObject({
      endUserAccount: 'Karoo Health',
      garn: '0125519',
      soldToAccount: 'Bushveld Voice',
      orderNumber: '30019873',
    });
  });
});

describe('round 14, cause 19: a product and version label with a full-width slash, a `Rel.` column', () => {
  it('製品／バージョン and 数量', () => {
    const fields = engage(
      '下記の通り、本番環境用ライセンスファイルの発行をお願いいたします。\n\n・会社名：株式会社さくらテレコム\n・製品／バージョン：Inbound Voice 9.0\n・数量：45席\n・ライセンスサーバー名：skr-lic-01\n・ホストID（MAC）：00-50-56-9B-2E-48\n・OS：Windows Server 2022',
    );
    expect(fields.sellableItems).toEqual([{ name: 'Inbound Voice', version: '9.0', quantity: 45 }]);
  });

  it('Solution | Rel. | Seats', () => {
    const fields = engage(
      'Engage licence for Torreón Seguros S.A. please.\n\nSolution\tRel.\tSeats\nEmail\t9.0\t25\nInbound Voice\t9.0\t90\n\nServer lic-trn-01, Windows Server 2019, MAC 00-50-56-a4-8c-22, single, production.',
    );
    expect(fields.sellableItems).toEqual([
      { name: 'Email', version: '9.0', quantity: 25 },
      { name: 'Inbound Voice', version: '9.0', quantity: 90 },
    ]);
  });
});

describe('round 14, cause 20: items on one label joined by "and", a remark after them; a unit with another word for it', () => {
  it.each([
    ['Products: SIP Server 9.0 (140) and Stat Server 9.0 (140), all agents blended', [140, 140]],
    ['Items: Genesys Info Mart 8.5 (60) & Workforce Management 8.5 (45), same people on both', [60, 45]],
  ])('%s', (line, counts) => {
    const fields = engage(
      `Account Name: Torreón Seguros S.A.\n${line}\nLicense server: lic-trn-01 / Windows Server 2019 / 00-50-56-a4-8c-22`,
    );
    expect(fields.sellableItems?.map((i) => i.quantity)).toEqual(counts);
    expect(fields.sellableItems).toHaveLength(2);
  });

  it.each([
    ['SIP Server 9.0, 200 DNs/seats, production.', 200],
    ['Stat Server 9.0 for 75 users/seats, production.', 75],
  ])('%s', (sentence, quantity) => {
    expect(
      engage(`Torreón Seguros S.A. needs ${sentence} One server lic-trn-01, MAC 00-50-56-a4-8c-22.`).sellableItems?.[0]
        ?.quantity,
    ).toBe(quantity);
  });
});

describe('round 14, cause 21: the one server of a single-server request given a second MAC in prose is asked about', () => {
  const labelled =
    'Production license for Aegean Lines S.A.: Enterprise Routing Solution 8.5, 65 seats, one license server.\n\nHostname: asl-lic-01\nHost ID: 00:0C:29:3A:B4:11\nOS: Windows Server 2019';
  it.each([
    'Note the license server MAC is 00:0C:29:3A:B4:2F, it was checked by the customer yesterday.',
    'Just to be clear, the MAC address of the server is 00-0C-29-3A-B4-2F.',
  ])('%s', (note) => {
    const result = extractLicenseRequest({ body: `Hello,\n\n${labelled}\n\n${note}\n\nRegards,\nNikos` });
    expect((result.fields as EngageRecord).licenseServers).toEqual([
      { hostName: 'asl-lic-01', os: 'Windows Server', osVersion: '2019' },
    ]);
    expect(result.invalid.map((i) => i.field)).toContain('licenseServers[0].hostId');
  });

  it('the same MAC said again in prose is no contradiction', () => {
    const result = extractLicenseRequest({
      body: `Hello,\n\n${labelled}\n\nNote the license server MAC is 00-0C-29-3A-B4-11.\n\nRegards,\nNikos`,
    });
    expect((result.fields as EngageRecord).licenseServers?.[0]?.hostId).toBe('000c293ab411');
    expect(result.invalid).toEqual([]);
  });
});

describe('round 14, cause 22: a label, spaces, then a colon-written MAC: the colons are the MAC’s own', () => {
  it.each([
    ['Primary server  4C:D9:8F:0A:2B:21\nBackup server   4C:D9:8F:0A:2B:22', '4cd98f0a2b21', '4cd98f0a2b22'],
    ['Primary   3c:ec:ef:10:20:30\nBackup    3c:ec:ef:10:20:31', '3cecef102030', '3cecef102031'],
    ['Main server MAC  AA:BB:CC:00:11:22\nStandby server MAC  AA:BB:CC:00:11:23', 'aabbcc001122', 'aabbcc001123'],
  ])('%s', (lines, primaryHostId, backupHostId) => {
    const fields = pureConnect(
      `Activation file for the new PureConnect system at Stadtwerke Ilz, production, new deployment.\n\nEnd User: Stadtwerke Ilz, GARN 0150631\n${lines}`,
    );
    expect(fields).toMatchObject({ primaryHostId, backupHostId });
  });
});
