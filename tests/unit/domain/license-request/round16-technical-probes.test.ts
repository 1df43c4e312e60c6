/**
 * Issue 25 round 16 (technical fields): causes found on the promoted sixth held-out part and the x7 batch, each
 * probed with mails written for this test in other wording than the corpus's.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord } from '../../../../src/domain/license-request/schema.ts';

const read = (body: string) =>
  extractLicenseRequest({
    body: `Hello Licensing,\n\n${body}\n\nRegards,\nTomasz Wrona\nVistula Contact Partners\nt.wrona@vistula-cp.example`,
  });
const engage = (body: string) => read(body).fields as EngageRecord;
const items = (body: string) => engage(body).sellableItems;

const server = 'Single licence server lic-07, Windows Server 2022, MAC 00-15-5D-7A-00-01, production.';

describe('round 16, cause 1: a count marked "nos" or "no." (numbers) is the item quantity', () => {
  it.each([
    ['Product: SIP Server 9.0 - 60 nos', 'SIP Server', 60],
    ['Items: Genesys Info Mart 9.0 - 45 no.', 'Genesys Info Mart', 45],
    ['* Product  : Workforce Management 8.5 - 75 nos', 'Workforce Management', 75],
  ])('%s', (line, name, quantity) => {
    expect(items(`${line}\n${server}`)).toEqual([{ name, version: expect.any(String), quantity }]);
  });
});

describe('round 16, cause 2: a known product counted after its name without a version is an item, its version asked', () => {
  it.each([
    ['Our reseller sold Enterprise Routing Solution x 40 to Kauri Bank.', 'Enterprise Routing Solution', 40],
    [
      'We need licences of Enterprise Routing Solution, 90 agents, for Pampas Retail.',
      'Enterprise Routing Solution',
      90,
    ],
    ['They bought Outbound Contact Solution (35 seats) last week.', 'Outbound Contact Solution', 35],
    ['Please license SIP Server × 120 for Nimbus Health.', 'SIP Server', 120],
  ])('%s', (line, name, quantity) => {
    const result = read(`${line}\n${server}`);
    expect((result.fields as EngageRecord).sellableItems).toEqual([{ name, quantity }]);
    expect(result.missing).toContain('sellableItems[0].version');
    expect(result.missing).not.toContain('sellableItems');
  });
});

describe('round 16, cause 3: seats added "to our X 9.0" count that item', () => {
  it.each([
    ['Please add 50 more seats to our SIP Server 9.0 for Orca Bank.', 'SIP Server', 50],
    ['Could you add 25 licences to their Enterprise Routing Solution 8.5?', 'Enterprise Routing Solution', 25],
    ['We are adding 30 further agents to the Workforce Management 9.0 system.', 'Workforce Management', 30],
  ])('%s', (line, name, quantity) => {
    expect(items(`${line}\n${server}`)).toEqual([expect.objectContaining({ name, quantity })]);
  });
});

describe('round 16, cause 4: the next item counted "also N" in any language, or in words with its digits in brackets', () => {
  it.each([
    '- SIP Server 9.0, sechzig Agenten (60)\n- Enterprise Routing Solution 9.0, ebenfalls 60',
    '- SIP Server 9.0, zestig agents (60)\n- Enterprise Routing Solution 9.0, ook 60',
    '- SIP Server 9.0: soixante (60)\n- Enterprise Routing Solution 9.0: idem, 60',
    'Items: SIP Server 9.0, sessenta (60); Enterprise Routing Solution 9.0, também 60',
    '- SIP Server 9.0, 60 seats\n- Enterprise Routing Solution 9.0, also 60',
  ])('%s', (lines) => {
    expect(items(`${lines}\n${server}`)).toEqual([
      { name: 'SIP Server', version: '9.0', quantity: 60 },
      { name: 'Enterprise Routing Solution', version: '9.0', quantity: 60 },
    ]);
  });

  it('a year in brackets after words is no count', () => {
    expect(items(`- SIP Server 9.0, installed last spring (2025)\n${server}`)).toEqual([
      { name: 'SIP Server', version: '9.0' },
    ]);
  });
});

const pureconnect = (lines: string) =>
  read(`PureConnect production licence for Kivu Bank, GARN 0170001, MAC 00-50-56-11-22-33.\n${lines}`).fields as {
    partNumbers?: { partNumber: string; quantity?: number }[];
  };

describe('round 16, cause 5: a part number counted in words with its digits in brackets, or in a column asking "how many"', () => {
  it.each([
    [
      'Parts: SW-001-4.0-AL02 forty-five (45), SW-002-4.0-CL01 forty-five (45)',
      [45, 45],
      ['SW-001-4.0-AL02', 'SW-002-4.0-CL01'],
    ],
    [
      'Part numbers: SW-001-4.0-AL02 thirty (30) and SW-052-4.0-IVR1 eight (8)',
      [30, 8],
      ['SW-001-4.0-AL02', 'SW-052-4.0-IVR1'],
    ],
    [
      'Part #\tWhat\tHow many\nSW-001-4.0-AL02\tAccess licences\t150\nSW-052-4.0-IVR1\tIVR ports\ttwelve',
      [150, 12],
      ['SW-001-4.0-AL02', 'SW-052-4.0-IVR1'],
    ],
    [
      'Part no.        Description              No. required\nSW-001-4.0-AL02 ACD access               80\nSW-052-4.0-IVR1 IVR ports                ten',
      [80, 10],
      ['SW-001-4.0-AL02', 'SW-052-4.0-IVR1'],
    ],
    [
      '| Part | Licences wanted |\n| SW-001-4.0-AL02 | 60 |\n| SW-002-4.0-CL01 | sixty |',
      [60, 60],
      ['SW-001-4.0-AL02', 'SW-002-4.0-CL01'],
    ],
  ])('%s', (lines, quantities, parts) => {
    expect(pureconnect(lines).partNumbers).toEqual(
      parts.map((partNumber, k) => ({ partNumber, quantity: quantities[k] })),
    );
  });

  it('a release year right after a part number is no count', () => {
    expect(pureconnect('Parts: SW-001-4.0-AL02 2025, SW-002-4.0-CL01 x 20').partNumbers?.[0]).toEqual({
      partNumber: 'SW-001-4.0-AL02',
    });
  });
});

const hostIds = (body: string) => {
  const fields = read(body).fields as { primaryHostId?: string; backupHostId?: string };
  return [fields.primaryHostId, fields.backupHostId];
};
const pcHead = 'PureConnect new deployment, production, GARN 0170013, end user Bayview Clinics.';

describe('round 16, cause 6: the backup server id in Japanese labels, under a server heading, or in prose', () => {
  it.each([
    [
      'プライマリMACアドレス：00-1C-C4-5D-88-E0\nバックアップMACアドレス：00-1C-C4-5D-88-E1',
      '001cc45d88e0',
      '001cc45d88e1',
    ],
    [
      '・プライマリサーバー MAC: 00-15-5D-2F-8B-61\n・バックアップサーバー MAC: 00-15-5D-2F-8B-62',
      '00155d2f8b61',
      '00155d2f8b62',
    ],
    [
      '主サーバのMACアドレス：00-15-5D-2F-8C-01\n予備サーバのMACアドレス：00-15-5D-2F-8C-02',
      '00155d2f8c01',
      '00155d2f8c02',
    ],
    [
      'Primary server:\n[root@hw-ic1 ~]# ip link show eth0\n    link/ether 00:50:56:aa:10:01 brd ff:ff:ff:ff:ff:ff\nBackup server:\n[root@hw-ic2 ~]# ip link show eth0\n    link/ether 00:50:56:aa:10:02 brd ff:ff:ff:ff:ff:ff',
      '005056aa1001',
      '005056aa1002',
    ],
    [
      "The production server's MAC is 00-50-56-AA-40-01; we also built a DR server at our second site, MAC 00-50-56-AA-40-02.",
      '005056aa4001',
      '005056aa4002',
    ],
    [
      'C:\\> lmhostid\nThe FlexNet host ID of this machine is "005056aa7001"\n\nAnd on the secondary:\nC:\\> lmhostid\nlmhostid - Copyright (c) 1989-2019 Flexera. All Rights Reserved.\nThe FlexNet host ID of this machine is "005056aa7002"',
      '005056aa7001',
      '005056aa7002',
    ],
  ])('%s', (lines, primary, backup) => {
    expect(hostIds(`${pcHead}\n${lines}`)).toEqual([primary, backup]);
  });

  it("a DR server built on its own is the request's primary, not a backup", () => {
    expect(
      hostIds(`${pcHead}\nWe have built a cold standby server for DR at the Perth site, MAC 00-50-56-AA-80-01.`),
    ).toEqual(['005056aa8001', undefined]);
  });

  it('the primary written again in another form beside "standby" is no backup', () => {
    expect(
      hostIds(
        `${pcHead}\nThe primary standby server is 0050.56b3.1e40 (00-50-56-B3-1E-40 in Windows), the backup 0050.56b3.1e41.`,
      ),
    ).toEqual(['005056b31e40', '005056b31e41']);
  });

  it('a role said in passing with a colon in another paragraph names no id', () => {
    expect(
      hostIds(
        `${pcHead}\nThey want a hot standby at their second site: a pair that takes calls if the main site fails.\n\nThe server's MAC is 00-50-56-AA-90-01.`,
      ),
    ).toEqual(['005056aa9001', undefined]);
  });
});

const servers = (body: string) =>
  engage(`Please license SIP Server 9.0 for 40 agents, production.\n${body}`).licenseServers;
const GETMAC_V = [
  'C:\\>getmac /v',
  'Connection Name Network Adapter Physical Address    Transport Name',
  '=============== =============== =================== ==========================================================',
  'Ethernet0       Intel(R) 82574L 00-50-56-B1-44-0A   \\Device\\Tcpip_{5D1E8A2B-33C1-4F5E-9A0D-7C2B1E6F4A90}',
].join('\n');

describe('round 16, cause 7: host names from what partners paste and write, and not from what names no machine', () => {
  it('`getmac /v` gives the MAC; its connection name (Ethernet0) is no host name', () => {
    expect(servers(`Single server, Windows Server 2022.\n${GETMAC_V}\nHost: kb-lic01`)).toEqual([
      { hostName: 'kb-lic01', hostId: '005056b1440a', os: 'Windows Server', osVersion: '2022' },
    ]);
  });

  it.each([
    'One server only, scl-lic01 on Windows Server 2019, getmac below.',
    'Just the one box: scl-lic01 running Windows Server 2019 - getmac below.',
    'Single server scl-lic01 (Windows Server 2019), getmac below.',
  ])('a host-shaped word right before the OS it runs names the server: %s', (sentence) => {
    expect(servers(`${sentence}\n\n${GETMAC_V}`)).toEqual([
      expect.objectContaining({ hostName: 'scl-lic01', hostId: '005056b1440a', os: 'Windows Server' }),
    ]);
  });

  it('a hardware model before the OS is no host name', () => {
    const read = servers('Single server. The box is an HP DL380 with Windows Server 2019. MAC 00-50-56-B1-44-0F.');
    expect(read?.[0]?.hostName).toBeUndefined();
  });

  it('"The server will be X" names the server to come', () => {
    expect(servers('Single server. The server will be KB-LIC01 with Windows Server 2019; host id to follow.')).toEqual([
      expect.objectContaining({ hostName: 'KB-LIC01' }),
    ]);
  });

  it('a word followed by when it happens is a verb ("the key they run on dies on the 14th")', () => {
    for (const sentence of [
      'The temporary key they run on dies on the 14th.',
      'The evaluation key it runs on expires at midnight on Friday.',
    ]) {
      expect(servers(`${sentence} Single server kb-lic, Windows Server 2022, MAC 00:15:5D:01:A2:B3.`)).toEqual([
        expect.objectContaining({ hostName: 'kb-lic', hostId: '00155d01a2b3' }),
      ]);
    }
  });

  it.each([
    'Server\tHost name\tHost ID\tOS\nS1\tkb-lic-a\t005056A1B2C3\tWindows Server 2019\nS2\tkb-lic-b\t005056A1B2C4\tWindows Server 2019',
    'Server\tHost name\tHost ID\tOS\n1\tkb-lic-a\t005056A1B2C3\tWindows Server 2019\n2\tkb-lic-b\t005056A1B2C4\tWindows Server 2019',
    'Server | Hostname | MAC | OS\n#1 | kb-lic-a | 00-50-56-A1-B2-C3 | Windows Server 2019\n#2 | kb-lic-b | 00-50-56-A1-B2-C4 | Windows Server 2019',
  ])('a "Server" column of row numbers names no machine and contradicts no host name', (table) => {
    const result = read(`Engage licence: SIP Server 9.0, 40 seats, production, two independent servers.\n${table}`);
    const names = (result.fields as EngageRecord).licenseServers?.map((s) => s.hostName);
    expect(names).toEqual(['kb-lic-a', 'kb-lic-b']);
    expect(result.invalid).toEqual([]);
  });

  it('a form label with two leader dots ("Licence sever name .. kb-lic-01")', () => {
    const body =
      'Licence sever name .. kb-lic-01\nHost-ID ............. 00 1a 4b 7c 9d 2e\nO/S ................. Windows Server 2016';
    expect(servers(`Single server.\n${body}`)).toEqual([
      { hostName: 'kb-lic-01', hostId: '001a4b7c9d2e', os: 'Windows Server', osVersion: '2016' },
    ]);
  });
});

describe('round 16, cause 8: the configuration said in other word orders', () => {
  it.each([
    "Le serveur de licences unique s'appelle var-lic-01, sous Windows Server 2022, adresse MAC 70-10-6F-C2-33-A0.",
    'El servidor de licencias único es var-lic-01, Windows Server 2022, MAC 70-10-6F-C2-33-A0.',
    'Il server di licenza unico è var-lic-01, Windows Server 2022, MAC 70-10-6F-C2-33-A0.',
  ])('"the only license server" with the adjective after the noun is single: %s', (sentence) => {
    expect(engage(`Production: SIP Server 9.0, 80 seats.\n${sentence}`).serverConfiguration).toBe('single');
  });

  it.each([
    'Each server must have own file with the same 400 seats of Enterprise Routing Solution 8.5.',
    'Both servers should get own licence file with all 400 seats of Enterprise Routing Solution 8.5.',
    'Every server needs its own file: 400 seats of Enterprise Routing Solution 8.5.',
  ])('every server with "own file" is multiple independent: %s', (sentence) => {
    const rows =
      'tky-lic01 / 00-50-56-9A-00-01 / Windows Server 2019\nosk-lic01 / 00-50-56-9A-00-02 / Windows Server 2019';
    expect(engage(`Production licence, Tokyo main and Osaka DR.\n${sentence}\n${rows}`).serverConfiguration).toBe(
      'multiple-independent',
    );
  });
});

describe("round 16, cause 9: an attached export lists a switch per row; it is not the request's media layer", () => {
  const kit =
    'Sellable item: Enterprise Routing Solution 8.5\nQuantity: 320\nLicense server: lis-lic-01\nHost ID: 00-26-B9-7F-20-5D\nOS: Windows Server 2019\nServer configuration: single\nPurpose: production';
  const exportOf = (header: string, row: (k: number) => string) => ({
    name: 'export.csv',
    kind: 'csv' as const,
    text: [header, ...Array.from({ length: 40 }, (_, k) => row(k))].join('\n'),
  });
  const media = (body: string, attachment: ReturnType<typeof exportOf>) =>
    (extractLicenseRequest({ body, attachments: [attachment] }).fields as EngageRecord).mediaLayer;

  it.each([
    exportOf('DN,Type,Switch,Site,AgentGroup', (k) => `${410000 + k},Extension,Avaya CM,LIS,Sales`),
    exportOf('Extension;Device;PBX;Location', (k) => `${5000 + k};Agent phone;Cisco UCM 12.5;Porto`),
    exportOf('DN,Switch,Switch version', (k) => `${7000 + k},Avaya CM,8.1`),
  ])('no switch from a listing of DNs', (attachment) => {
    expect(
      media(`Hello,\n\nOrder kit below, the DN export attached for reference.\n\n${kit}`, attachment),
    ).toBeUndefined();
  });

  it('the switch the mail itself names is kept beside the export', () => {
    const attachment = exportOf('DN,Type,Switch', (k) => `${410000 + k},Extension,Avaya CM`);
    expect(media(`${kit}\nSwitch: Avaya CM 8.1`, attachment)).toEqual(
      expect.objectContaining({ switchType: 'Avaya CM' }),
    );
  });

  it('an order kit sent as a one-row sheet still gives its switch', () => {
    const sheet = { name: 'kit.csv', kind: 'csv' as const, text: 'Switch,Switch version,Agent DNs\nAvaya CM,8.1,300' };
    expect(media(kit, sheet as never)).toEqual(
      expect.objectContaining({ switchType: 'Avaya CM', switchVersion: '8.1' }),
    );
  });
});

describe('round 16, cause 10: a sentence about "the server" giving another MAC than the labelled one is a contradiction', () => {
  const head = 'PureConnect new deployment, production. End User: Kelp Port. GARN: 0189903';
  it.each([
    'Host ID: 00-50-56-8A-11-22\nThe CIC server (kp-cic01) is a VM on their VMware cluster, MAC 00:50:56:8a:11:23.',
    'MAC address: 00-50-56-8A-11-22\nTheir production server is a Dell R650 with MAC 00:50:56:8a:11:23.',
  ])('%s', (lines) => {
    const result = read(`${head}\n${lines}`);
    expect((result.fields as { primaryHostId?: string }).primaryHostId).toBeUndefined();
    expect(result.invalid).toEqual([
      expect.objectContaining({ field: 'primaryHostId', value: '0050568a1122 / 0050568a1123' }),
    ]);
  });

  it("the same MAC said again, or a switchover partner's, is none", () => {
    expect(hostIds(`${head}\nPrimary MAC: 00-50-56-8A-11-40\nThe server kp-cic01 reports 00-50-56-8A-11-40.`)).toEqual([
      '0050568a1140',
      undefined,
    ]);
    expect(
      hostIds(`${head}\nPrimary MAC: 00-50-56-8A-11-50\nThe server pair: the switchover partner is 00-50-56-8A-11-51.`),
    ).toEqual(['0050568a1150', '0050568a1151']);
  });
});

it('round 16, cause 11: an OS with its version in a sentence is no sellable item ("running Oracle Solaris 11.4")', () => {
  const fields = engage(
    'Engage production licence, SIP Server 9.0, 200 seats on a single server: a Solaris box called stg-lic01 running Oracle Solaris 11.4, hostid 0x5e1c90ab.',
  );
  expect(fields.sellableItems).toEqual([{ name: 'SIP Server', version: '9.0', quantity: 200 }]);
  expect(fields.licenseServers).toEqual([expect.objectContaining({ hostName: 'stg-lic01', osVersion: '11.4' })]);
});

describe('round 16, cause 12: a form typed in a hurry — "tech", "lic", "app", "srv" spelled out, one leader dot', () => {
  it('reads every line of such a kit', () => {
    const kit = [
      'Compnay Name ........ Kauri Insurance Ltd',
      'Sellabel item / ver . Genesys Info Mart / 8.5',
      'Qty ................. 60',
      'App needing tech lic  Stat Server 8.5',
      'Tech lic type ....... DN',
      'Lic srv name ........ kb-lic-01',
      'Host-ID ............. 00 1a 4b 7c 9d 2e',
      'O/S ................. Windows Server 2016',
      'Config .............. single srv',
      'Purpuse ............. Prod',
    ].join('\n');
    const fields = engage(kit);
    expect(fields.sellableItems).toEqual([{ name: 'Genesys Info Mart', version: '8.5', quantity: 60 }]);
    expect(fields.technicalLicenseTypes).toEqual(['DN']);
    expect(fields.applications).toEqual([{ name: 'Stat Server', version: '8.5' }]);
    expect(fields.licenseServers).toEqual([
      { hostName: 'kb-lic-01', hostId: '001a4b7c9d2e', os: 'Windows Server', osVersion: '2016' },
    ]);
  });

  it('a sentence with a spaced full stop is no labelled line', () => {
    const fields = engage(`Sellable item SIP Server 9.0, 40 seats . Thanks\n${server}`);
    expect(fields.sellableItems).toEqual([{ name: 'SIP Server', version: '9.0', quantity: 40 }]);
  });
});

describe("round 16, cause 13: the one item a subject names is counted by the body's one count", () => {
  it.each([
    ['Enterprise Routing Solution 9.0 licence - lab box', 'Could you cut us a licence file for the lab. 40 seats.', 40],
    ['SIP Server 9.0 for Kauri Bank', 'Production licence please, we need it for 120 agents.', 120],
    ['Licence: Workforce Management 8.5', 'sixty users in total, production.', 60],
  ])('%s', (subject, sentence, quantity) => {
    const body = `Hi,\n${sentence} Single server kb-lic01, Windows Server 2019, MAC 00-15-5D-11-22-33.\nThanks, Tom\nKauri Partners Ltd`;
    const fields = extractLicenseRequest({ subject, body }).fields as EngageRecord;
    expect(fields.sellableItems).toEqual([expect.objectContaining({ quantity })]);
  });

  it('two different counts in the body count nothing', () => {
    const body =
      'Hi,\nProduction, 120 agents in Lyon and 80 agents in Nice. Single server kb-lic01, Windows Server 2019, MAC 00-15-5D-11-22-33.\nTom';
    const fields = extractLicenseRequest({ subject: 'SIP Server 9.0 for Kauri Bank', body }).fields as EngageRecord;
    expect(fields.sellableItems?.[0]?.quantity).toBeUndefined();
  });
});

describe('round 16, cause 14 (found by the fresh mails): "same N" closing a sentence, whose system, dotted leaders before a part count', () => {
  it.each([
    'They bought Outbound Contact Solution 9.0 x 45 and Genesys Info Mart 9.0, same 45.',
    'SIP Server 9.0: 45 seats. Genesys Info Mart 9.0 - the same 45.',
  ])('%s', (sentence) => {
    expect(items(`${sentence}\n${server}`)?.map((i) => i.quantity)).toEqual([45, 45]);
  });

  it.each([
    "We'd like to add 30 more agents to our customer's Enterprise Routing Solution 8.5.",
    "Please add 30 seats to Harbourside's SIP Server 9.0.",
  ])('%s', (sentence) => {
    expect(items(`${sentence}\n${server}`)).toEqual([expect.objectContaining({ quantity: 30 })]);
  });

  it('SW-… ..... sixty (60)', () => {
    expect(
      pureconnect('Part numbers:\nSW-001-4.0-AL02 ..... sixty (60)\nSW-052-4.0-IVR1 ..... 8').partNumbers?.map(
        (p) => p.quantity,
      ),
    ).toEqual([60, 8]);
  });
});

describe('round 16, cause 15: the OS before "with host name X", and an item "on the same 8.5 release"', () => {
  it.each([
    'One licence server. It is a Windows Server 2019 machine with host name ZMA-LIC01 and its physical address is 00-15-5D-3A-7C-01.',
    'One licence server: a Windows Server 2019 VM with the hostname ZMA-LIC01, MAC 00-15-5D-3A-7C-01.',
  ])('%s', (sentence) => {
    expect(
      engage(`Production licence, Enterprise Routing Solution 8.5, 120 seats. ${sentence}`).licenseServers,
    ).toEqual([{ hostName: 'ZMA-LIC01', hostId: '00155d3a7c01', os: 'Windows Server', osVersion: '2019' }]);
  });

  it.each([
    'Enterprise Routing Solution version 8.5 for one hundred and twenty (120) agent seats, and SIP Server on the same 8.5 release for the same one hundred and twenty seats.',
    'Enterprise Routing Solution 8.5 for 120 seats, plus SIP Server in the same 8.5 version, 120 seats.',
  ])('%s', (sentence) => {
    expect(items(`${sentence}\n${server}`)).toEqual([
      { name: 'Enterprise Routing Solution', version: '8.5', quantity: 120 },
      { name: 'SIP Server', version: '8.5', quantity: 120 },
    ]);
  });
});
