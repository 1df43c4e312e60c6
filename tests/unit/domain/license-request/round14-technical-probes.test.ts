/**
 * Issue 25 round 14 (the fourth held-out part promoted into dev, the x5 batch beside it): the technical fields
 * their mails missed, by cause. Each rule is probed with mails written for this test in wordings of their own
 * (never the corpus's), so a fix that moves only one corpus file fails here.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord } from '../../../../src/domain/license-request/schema.ts';

const engage = (body: string) => {
  const result = extractLicenseRequest({
    body: `Hello Licensing,\n\n${body}\n\nRegards,\nMeera Pillai\nKaveri Systems Integrators\nmeera.pillai@kaveri.example`,
  });
  return { ...result, record: result.fields as EngageRecord };
};

describe('round 14, cause 1: a colon-dash (`Label :- value`) separates label from value like a colon', () => {
  it.each([
    [
      'customer, product & version, seats',
      'Customer Name :- Godavari Power Distribution Ltd\nProduct & Version :- SIP Server 9.0\nNo of seats :- 120\nLicense Server Hostname :- gpd-lic-01\nMAC Address :- 00-1A-2B-3C-4D-5E\nOS & Version :- Windows Server 2019\nServer Configuration :- Single\nPurpose :- Production',
    ],
    [
      'a terse kit with a dotted MAC',
      'Company :- Godavari Power Distribution Ltd\nSellable item :- SIP Server 9.0\nQuantity :- 120\nHostname :- gpd-lic-01\nHost id :- 001a.2b3c.4d5e\nOS :- Windows Server 2019\nServer config :- single\nPurpose :- production',
    ],
    [
      'a colon-equals',
      'Company Name := Godavari Power Distribution Ltd\nProduct := SIP Server 9.0\nQty := 120\nHost name := gpd-lic-01\nHost ID := 00-1A-2B-3C-4D-5E\nOS := Windows Server 2019\nServer configuration := single\nPurpose := production',
    ],
  ])('%s', (_, body) => {
    const { record, missing } = engage(`Kindly process the below.\n\n${body}`);
    expect(record.companyName).toBe('Godavari Power Distribution Ltd');
    expect(record.sellableItems).toEqual([{ name: 'SIP Server', version: '9.0', quantity: 120 }]);
    expect(record.licenseServers).toEqual([
      { hostName: 'gpd-lic-01', hostId: '001a2b3c4d5e', os: 'Windows Server', osVersion: '2019' },
    ]);
    expect(record.serverConfiguration).toBe('single');
    expect(missing).toEqual([]);
  });

  it('a value that starts with a minus sign after a plain colon keeps it only where it is no separator', () => {
    const { record } = engage(
      'Company: Godavari Power\nProduct: SIP Server 9.0\nQuantity: 12\nHost ID: 00-1A-2B-3C-4D-5E',
    );
    expect(record.licenseServers?.[0]?.hostId).toBe('001a2b3c4d5e');
  });
});

describe('round 14, cause 2: a thing’s label joined to a version word by `&`, `+`, `and`, `n` is the thing’s label', () => {
  it.each([
    [
      'Item n ver / O/S & ver',
      'Item n ver: Stat Server 8.5\nQuantity: 35\nOperating system & ver: Ubuntu 22.04',
      'Stat Server',
      '8.5',
      35,
      'Ubuntu',
      '22.04',
    ],
    [
      'Sellabel item + ver / O/S + ver',
      'Sellabel item + ver: Interaction Recording 8.5\nQuantity: 40\nO/S + ver: RHEL 9.2',
      'Interaction Recording',
      '8.5',
      40,
      'Red Hat Enterprise Linux',
      '9.2',
    ],
    [
      'Sellable item and ver / OS n version',
      'Sellable item and ver: Outbound Contact Solution 9.0\nQty: 25\nOS n version: Windows Server 2022',
      'Outbound Contact Solution',
      '9.0',
      25,
      'Windows Server',
      '2022',
    ],
    [
      'Product name & version / O/S & ver',
      'Product name & version: Genesys Info Mart 8.5\nLicences required: 15\nO/S & ver: Oracle Linux 8',
      'Genesys Info Mart',
      '8.5',
      15,
      'Oracle Linux',
      '8',
    ],
  ])('%s', (_, lines, name, version, quantity, os, osVersion) => {
    const { record } = engage(
      `Company: Mekong Rice Traders JSC\n${lines}\nHostname: mrt-flex\nHost id: 00-50-56-a4-1b-2c\nPurpose: testing`,
    );
    expect(record.sellableItems).toEqual([{ name, version, quantity }]);
    expect(record.licenseServers?.[0]).toMatchObject({ hostName: 'mrt-flex', os, osVersion });
  });

  it('an application and a switch labelled the same way', () => {
    const { record } = engage(
      'Company: Nilgiri Cooperative Bank\nProduct: Outbound Contact Solution 8.5\nQty: 40\nApplication & ver: OCS Server 8.5\nSwitch type & ver: Avaya Aura CM 8.1\nHostname: ncb-lic\nHost ID: 9CB654AA0102\nOS: Windows Server 2019\nPurpose: production',
    );
    expect(record.applications).toEqual([{ name: 'OCS Server', version: '8.5' }]);
    expect(record.mediaLayer).toMatchObject({ switchType: 'Avaya Aura CM', switchVersion: '8.1' });
  });

  it('a label that is only a version word stays the version', () => {
    const { record } = engage(
      'Company: Nilgiri Cooperative Bank\nProduct: SIP Server\nVersion: 9.0\nQty: 40\nOS version: 2019',
    );
    expect(record.sellableItems).toEqual([{ name: 'SIP Server', version: '9.0', quantity: 40 }]);
  });
});

describe('round 14, cause 3: a file of its own for each server, or seats split evenly, is multiple-independent', () => {
  const servers =
    'SIP Server 9.0, 200 seats, production.\n\nHost name   Host ID            OS\nosl-lic01   00-50-56-86-11-01  Windows Server 2022\nbrg-lic01   00-50-56-86-11-02  Windows Server 2022';
  it.each([
    'The seats are to be split evenly across the two servers in Oslo and Bergen, one licence file per server.',
    'This is for Nordkapp Shipping ASA. Two licence servers (Oslo, Bergen), a separate license file for each.',
    'Please issue separate files per site, each server its own file.',
    'They want the seats split half/half between the Oslo and Bergen servers.',
    'They need an individual licence file for each of the two hosts below.',
    'The licences are divided equally between the two sites, every server with its own file.',
  ])('%s', (sentence) => {
    const { record } = engage(`For Nordkapp Shipping ASA. ${sentence}\n\n${servers}`);
    expect(record.serverConfiguration).toBe('multiple-independent');
  });

  it('one file for three redundant servers stays three-redundant', () => {
    const { record } = engage(
      `For Nordkapp Shipping ASA: one licence file for the three redundant servers.\n\n${servers}`,
    );
    expect(record.serverConfiguration).toBe('three-redundant');
  });
});

describe('round 14, cause 4: a key/value table’s own header (`|| Veld || Waarde ||`, `Feld | Wert`) names no field', () => {
  it.each([
    ['Dutch wiki bars', '|| Veld || Waarde ||\n| Product | Stat Server |\n| Version | 9.0 |\n| Quantity | 30 |'],
    ['German markdown', '| Feld | Wert |\n|---|---|\n| Product | Stat Server |\n| Version | 9.0 |\n| Quantity | 30 |'],
    ['English spaces', 'Item            Details\nProduct         Stat Server\nVersion         9.0\nQuantity        30'],
    ['English wiki bars', '|| Item || Value ||\n| Product | Stat Server |\n| Version | 9.0 |\n| Seats | 30 |'],
  ])('%s', (_, table) => {
    const { record } = engage(
      `For Zuidkust Verzekeringen N.V.:\n\n${table}\n\nHost: zkv-lic01, MAC 00:25:90:ab:cd:01, Windows Server 2019.`,
    );
    expect(record.sellableItems).toEqual([{ name: 'Stat Server', version: '9.0', quantity: 30 }]);
  });
});

describe('round 14, cause 5: a label written in two languages, or in licensing tools’ words, is ours', () => {
  it('Produkt / product, Anzahl / quantity, Rechnername / hostname, Betriebssystem / OS, Release, Fingerprint (MAC)', () => {
    const { record } = engage(
      'Details for Alpenblick Versicherung AG:\n\n| Produkt / product | SIP Server |\n| Release | 8.5 |\n| Anzahl / quantity | 75 |\n| Rechnername / hostname | abv-lic01 |\n| Fingerprint (MAC) | 00-50-56-aa-10-20 |\n| Betriebssystem / OS | Windows Server 2022 |',
    );
    expect(record.sellableItems).toEqual([{ name: 'SIP Server', version: '8.5', quantity: 75 }]);
    expect(record.licenseServers).toEqual([
      { hostName: 'abv-lic01', hostId: '005056aa1020', os: 'Windows Server', osVersion: '2022' },
    ]);
  });

  it('two of our own labels for different fields on either side of a slash stay no label', () => {
    const { record } = engage(
      'Company: Alpenblick Versicherung AG\nHostname / MAC: abv-lic01\nSIP Server 8.5, 75 seats.',
    );
    expect(record.licenseServers?.[0]?.hostId).toBeUndefined();
  });
});

const pureConnect = (lines: string) =>
  extractLicenseRequest({
    body: `Dear team,\n\nPlease create the PureConnect activation file as below.\n\n${lines}\n\nRegards,\nHarish Rao\nDeccan Voice Systems\nharish.rao@deccanvoice.example`,
  }).fields as Record<string, unknown>;

describe('round 14, cause 6: `Label   ->   value` in aligned columns is a labelled line, not a sideways table', () => {
  it.each([
    ['arrows', '->'],
    ['double arrows', '=>'],
    ['colons in their own column', ':'],
  ])('%s', (_, arrow) => {
    const fields = pureConnect(
      [
        `End user             ${arrow}   Kaveri Agro Exports Ltd`,
        `GARN                 ${arrow}   0198877`,
        `Sold to              ${arrow}   Deccan Voice Systems`,
        `Primary MAC          ${arrow}   8C-16-45-00-AB-CD`,
      ].join('\n'),
    );
    expect(fields).toMatchObject({
      endUserAccount: 'Kaveri Agro Exports Ltd',
      garn: '0198877',
      soldToAccount: 'Deccan Voice Systems',
      primaryHostId: '8c164500abcd',
    });
  });
});

describe('round 14, cause 7: an order labelled as a reference, numbered in slashes; part counts in words', () => {
  it.each([
    ['Our SO reference: DVS/2026/118', 'DVS/2026/118'],
    ['PO ref.: MSL/PO/2026/0091', 'MSL/PO/2026/0091'],
    ['Order ref: 88012455', '88012455'],
    ['Sales order reference no.: 6320411', '6320411'],
  ])('%s', (line, orderNumber) => {
    expect(pureConnect(`GARN: 0198877\nPrimary MAC: 8C-16-45-00-AB-CD\n${line}`).orderNumber).toBe(orderNumber);
  });

  it('a date in slashes is no order number', () => {
    expect(
      pureConnect('GARN: 0198877\nPrimary MAC: 8C-16-45-00-AB-CD\nOrder ref: 12/11/2026').orderNumber,
    ).toBeUndefined();
  });

  it('a customer’s own reference is no order label', () => {
    expect(
      pureConnect('GARN: 0198877\nPrimary MAC: 8C-16-45-00-AB-CD\nCustomer ref: 55120').orderNumber,
    ).toBeUndefined();
  });

  it.each([
    [
      'a table cell in words',
      '| Part number | Qty |\n|---|---|\n| SW-001-4.0-AL02 | five |\n| SW-052-4.0-DEV1 | one |',
      [5, 1],
    ],
    ['qty in words after the part', 'Part no.: SW-001-4.0-AL02, qty twelve; SW-052-4.0-DEV1 x two', [12, 2]],
    [
      'a count cell with its unit',
      'Part number   Quantity\nSW-001-4.0-AL02   twenty-five users\nSW-052-4.0-DEV1   one',
      [25, 1],
    ],
  ])('%s', (_, lines, counts) => {
    const parts = pureConnect(`GARN: 0198877\nPrimary MAC: 8C-16-45-00-AB-CD\n${lines}`).partNumbers as {
      quantity?: number;
    }[];
    expect(parts.map((p) => p.quantity)).toEqual(counts);
  });
});

describe('round 14, cause 8: a heading naming the license server qualifies the bare labels under it', () => {
  const lead = 'We need 40 SIP Server 9.0 seats for Ostrava Teplárny a.s., production, single server.';
  it.each([
    [
      'dotted leaders, indented',
      'License server details\n  Name ....... ost-lic-01\n  Host ID .... 1866da4f22c1\n  OS ......... Windows Server 2019',
    ],
    ['dashes', 'Server details\nName - ost-lic-01\nMAC - 18:66:da:4f:22:c1\nOperating system - Windows Server 2019'],
    [
      'a heading in words, a blank line under it',
      'Details of the licence server\n\nName:        ost-lic-01\nID:          1866da4f22c1\nOS:          Windows Server 2019',
    ],
    [
      'a colon heading and bullets',
      'License server info:\n- name: ost-lic-01\n- hostid: 1866da4f22c1\n- OS: Windows Server 2019',
    ],
    ['our licence VM, tabs', 'Our licence VM:\nName:\tost-lic-01\nID:\t18-66-DA-4F-22-C1\nOS:\tWindows Server 2019'],
  ])('%s', (_, block) => {
    const { record } = engage(`${lead}\n\n${block}`);
    expect(record.licenseServers).toEqual([
      { hostName: 'ost-lic-01', hostId: '1866da4f22c1', os: 'Windows Server', osVersion: '2019' },
    ]);
  });

  it('a bare Name after the server block and a blank line is not the server’s', () => {
    const { record } = engage(
      `${lead}\n\nLicense server details\nHost name: ost-lic-01\nHost ID: 1866da4f22c1\nOS: Windows Server 2019\n\nName: Petr Novak`,
    );
    expect(record.licenseServers).toEqual([
      { hostName: 'ost-lic-01', hostId: '1866da4f22c1', os: 'Windows Server', osVersion: '2019' },
    ]);
  });
});

describe('round 14, cause 9: French counts in twenties (quatre-vingt-cinq is 85)', () => {
  it.each([
    ['quatre-vingt-cinq postes', 85],
    ['quatre-vingts postes', 80],
    ['quatre-vingt-dix-neuf agents', 99],
    ['soixante-quinze postes', 75],
  ])('%s', (count, quantity) => {
    const { record } = engage(
      `Bonjour,\n\nPour notre client Mutuelle Armorique, il nous faut Enterprise Routing Solution en version 8.5, ${count}, en production, un seul serveur : mar-lic01, MAC 00-50-56-9D-4E-7B, Windows Server 2019.`,
    );
    expect(record.sellableItems?.[0]?.quantity).toBe(quantity);
  });
});

describe('round 14, cause 10: a reply over a message quoted the way Outlook writes it in other languages', () => {
  const quoted = (separator: string, from: string, sent: string, subject: string) =>
    `Small mistake in my last mail: the host ID is 00:50:56:84:C2:A7.\n\nStefan\n\n${separator}\n${from} Stefan Brunner\n${sent} Dienstag, 17. November 2026 16:20\n${subject} Licence order Info Mart\n\nHello,\n\nCompany: Alpenblick Versicherung AG\nSellable item: Genesys Info Mart 8.5\nQuantity: 150\nHost name: abv-glm-01\nHost ID: 00:50:56:84:11:09\nOS: Windows Server 2019\nConfiguration: single\nPurpose: production\n\nKind regards\nStefan Brunner`;
  it.each([
    ['German', '-----Ursprüngliche Nachricht-----', 'Von:', 'Gesendet:', 'Betreff:'],
    ['French', "-----Message d'origine-----", 'De :', 'Envoyé :', 'Objet :'],
    ['Spanish', '-----Mensaje original-----', 'De:', 'Enviado el:', 'Asunto:'],
    ['Dutch', '-----Oorspronkelijk bericht-----', 'Van:', 'Verzonden:', 'Onderwerp:'],
  ])('%s', (_, separator, from, sent, subject) => {
    const { record } = engage(quoted(separator, from, sent, subject));
    expect(record.licenseServers).toEqual([
      { hostName: 'abv-glm-01', hostId: '00505684c2a7', os: 'Windows Server', osVersion: '2019' },
    ]);
  });
});

describe('round 14, cause 11: `uname -sr` on Solaris prints the OS as written (SunOS 5.11), no sellable item', () => {
  it.each([
    ['a dollar prompt', '$ hostname\nkst-lic-01\n$ uname -sr\nSunOS 5.11'],
    ['a root prompt, flags apart', '# uname -s -r\nSunOS 5.10\n# hostname\nkst-lic-01'],
    ['in a sentence', 'The license server kst-lic-01 runs SunOS 5.11.'],
  ])('%s', (_, block) => {
    const { record } = engage(
      `Kestrel Ports Ltd needs Genesys Info Mart 8.5 (50 seats), production, one server only.\n\n${block}\n\nHost ID 83b1c07e.`,
    );
    expect(record.sellableItems).toEqual([{ name: 'Genesys Info Mart', version: '8.5', quantity: 50 }]);
    expect(record.licenseServers?.[0]).toMatchObject({ hostName: 'kst-lic-01', os: 'SunOS' });
    expect(record.licenseServers?.[0]?.osVersion).toMatch(/^5\.1[01]$/);
  });
});

describe('round 14, cause 12: a product’s short form in brackets between its name and version', () => {
  const servers = '\n\nLicence server: kw-lic01, MAC 00-50-56-9a-7c-3f, Windows Server 2022, single server.';
  it.each([
    [
      'Can we please get an Enterprise Routing Solution (ERS) 8.5 production licence for Kowhai Water, 45 seats.',
      'Enterprise Routing Solution',
      '8.5',
      45,
    ],
    ['Kowhai Water needs Genesys Info Mart (GIM) 8.5 for 30 users, production.', 'Genesys Info Mart', '8.5', 30],
    [
      'Please license Workforce Management (WFM) v8.5 — 25 agents — for Kowhai Water, production.',
      'Workforce Management',
      '8.5',
      25,
    ],
    [
      'We need Outbound Contact Solution (OCS) version 9.0 for Kowhai Water: 60 seats, production.',
      'Outbound Contact Solution',
      '9.0',
      60,
    ],
  ])('%s', (sentence, name, version, quantity) => {
    expect(engage(`${sentence}${servers}`).record.sellableItems).toEqual([{ name, version, quantity }]);
  });
});
