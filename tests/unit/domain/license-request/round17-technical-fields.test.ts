/**
 * Issue 25 round 17 (technical fields): each rule added this round, probed with mails written for this test in
 * other wording than the corpus's — and look-alikes that must not be read.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { germanCount } from '../../../../src/domain/license-request/german-counts.ts';
import { readPartNumbers } from '../../../../src/domain/license-request/part-numbers.ts';
import type { EngageRecord, PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const read = (body: string) =>
  extractLicenseRequest({
    body: `Hello Licensing,\n\n${body}\n\nRegards,\nIngrid Solberg\nFjordline Contact AS\ningrid@fjordline.example`,
  });
const engage = (body: string) => read(body).fields as EngageRecord;
const server = 'Single licence server flx-09, Windows Server 2022, MAC 00-15-5D-7A-00-09, port 7260, production.';
const pair = [
  'lic-north  00-50-56-A1-00-01  Windows Server 2022  port 27000',
  'lic-south  00-50-56-A1-00-02  Windows Server 2022  port 27000',
].join('\n');

describe('round 17: an item named with its version word after a comma', () => {
  it.each([
    ['Ninety agent seats of SIP Server, release 9, for Skagen Port.', 'SIP Server', '9.0', 90],
    ['They bought 35 seats of Outbound Contact Solution, version 8.5.', 'Outbound Contact Solution', '8.5', 35],
  ])('%s', (line, name, version, quantity) => {
    expect(engage(`${line}\n${server}`).sellableItems).toEqual([{ name, version, quantity }]);
  });
});

describe('round 17: a count after dotted leaders or marked "x" in a row', () => {
  it('dotted leaders', () => {
    expect(
      engage(`For Skagen Port:\n\n  Workforce Management 9.0 ............ x 55\n\n${server}`).sellableItems,
    ).toEqual([{ name: 'Workforce Management', version: '9.0', quantity: 55 }]);
  });
  it('a "How many" column with "x 70" and "15 pcs" cells', () => {
    const table =
      'Item                          Rel   How many\nSIP Server                    9.0   x 70\nGenesys Info Mart             9.0   15 pcs';
    expect(engage(`Order for Skagen Port, agents blended.\n\n${table}\n\n${server}`).sellableItems).toEqual([
      { name: 'SIP Server', version: '9.0', quantity: 70 },
      { name: 'Genesys Info Mart', version: '9.0', quantity: 15 },
    ]);
  });
  it('an unlabelled product column beside "Rel." and "How many"', () => {
    const table = 'Module\tRel.\tHow many\nSIP Server\t8.5\t45\nGenesys Info Mart\t8.5\t1';
    expect(engage(`Order for Skagen Port, agents blended.\n\n${table}\n\n${server}`).sellableItems).toEqual([
      { name: 'SIP Server', version: '8.5', quantity: 45 },
      { name: 'Genesys Info Mart', version: '8.5', quantity: 1 },
    ]);
  });
});

describe('round 17: an item the writer takes back is not ordered', () => {
  it.each([
    'Product: Workforce Management 8.5 -- no, sorry, they have that already. It is SIP Server 8.5, 40 seats.',
    'They want Workforce Management 8.5 (sorry, wrong one) - SIP Server 8.5, 40 seats.',
  ])('%s', (line) => {
    expect(engage(`For Skagen Port. ${line}\n${server}`).sellableItems).toEqual([
      { name: 'SIP Server', version: '8.5', quantity: 40 },
    ]);
  });
  it('"no outbound" or "no. of seats" after an item takes nothing back', () => {
    expect(engage(`For Skagen Port: SIP Server 8.5, no. of seats 40.\n${server}`).sellableItems).toMatchObject([
      { name: 'SIP Server', version: '8.5' },
    ]);
    expect(engage(`For Skagen Port: SIP Server 8.5 - no outbound - 40 seats.\n${server}`).sellableItems).toMatchObject([
      { name: 'SIP Server', version: '8.5' },
    ]);
  });
});

describe('round 17: a file or server of its own beside another server is multiple-independent', () => {
  it.each([
    'The standby box gets its own file with the same 60 seats.',
    'Each data hall runs its own licence server with its own file, no redundancy between them.',
    'Two offices, each with its own licence server; nothing is shared.',
    'Both run on their own, half of the seats each.',
  ])('%s', (sentence) => {
    expect(engage(`For Skagen Port: SIP Server 9.0, 60 seats, production.\n${sentence}\n\n${pair}`)).toMatchObject({
      serverConfiguration: 'multiple-independent',
    });
  });
  it('"no redundancy" is not a redundant configuration', () => {
    const fields = engage(`For Skagen Port: SIP Server 9.0, 60 seats, production. No redundancy needed.\n\n${pair}`);
    expect(fields.serverConfiguration).not.toBe('three-redundant');
  });
  it('"License server (only one):" is single', () => {
    const fields = engage(
      'For Skagen Port: SIP Server 9.0, 60 seats, production.\nLicense server (only one):\nHostname: flx-09\nMAC: 00-15-5D-7A-00-09\nOS: Windows Server 2022',
    );
    expect(fields.serverConfiguration).toBe('single');
  });
});

describe('round 17: servers, ports and OS in other words', () => {
  it('"Servidor:" names the server as "Server:" does', () => {
    const fields = engage(
      'Licencia para Puerto Seco SA, producción, un solo servidor.\n- Producto: SIP Server 9.0\n- Cantidad: 20\n- Servidor: pss-lic (Solaris 11)\n- hostid: 0x5a6b7c8d',
    );
    expect(fields.licenseServers?.[0]).toMatchObject({ hostName: 'pss-lic', os: 'Solaris', osVersion: '11' });
  });
  it('French ipconfig /all under a line naming each server gives each its MAC', () => {
    const fields = engage(
      [
        'Licence pour Garonne Fret : SIP Server 9.0, 50 postes, production, deux serveurs indépendants.',
        'Serveur de Agen : GF-AGN-LIC, Windows Server 2022',
        '   Adresse physique. . . . . . . . . . . : 00-15-5D-3C-01-01',
        'Serveur de Albi : GF-ALB-LIC, Windows Server 2022',
        '   Adresse physique. . . . . . . . . . . : 00-15-5D-3C-02-02',
      ].join('\n'),
    );
    expect(fields.licenseServers?.map((s) => [s.hostName, s.hostId])).toEqual([
      ['GF-AGN-LIC', '00155d3c0101'],
      ['GF-ALB-LIC', '00155d3c0202'],
    ]);
  });
  it('"Port the default 7260" gives the port', () => {
    const fields = engage(
      'For Skagen Port: SIP Server 9.0, 60 seats, production, one server flx-09, MAC 00-15-5D-7A-00-09, Windows Server 2022. Port the default 7260.',
    );
    expect(fields.licenseServers?.[0]?.port).toBe(7260);
  });
  it('"Oracle Solaris" is kept as the vendor name the writer gave; "Solaris" stays Solaris', () => {
    const os = (name: string) =>
      engage(`For Skagen Port: SIP Server 9.0, 60 seats, production, single server flx-09, hostid 0x5a6b7c8d, ${name}.`)
        .licenseServers?.[0]?.os;
    expect(os('Oracle Solaris 11.4')).toBe('Oracle Solaris');
    expect(os('Solaris 11.4')).toBe('Solaris');
  });
});

describe('round 17: technical licence types and item names', () => {
  it('a bracketed remark after a listed type is dropped', () => {
    const fields = engage(
      `For Skagen Port: SIP Server 9.0, 60 seats, production.\nTechnical licenses: Place, DN (see the quote)\n${server}`,
    );
    expect(fields.technicalLicenseTypes).toEqual(['Place', 'DN']);
  });
  it('an acronym of an item named in full is that item, by its full name', () => {
    const fields = engage(`Subject line says WFM 9.0 for Skagen Port.\nWorkforce Management 9.0, 25 users.\n${server}`);
    expect(fields.sellableItems).toEqual([{ name: 'Workforce Management', version: '9.0', quantity: 25 }]);
  });
  it('"one unit" counts 1, "one license server" counts nothing', () => {
    const fields = engage(`For Skagen Port: SIP Server 9.0 - 60 seats and Genesys Info Mart 9.0, one unit.\n${server}`);
    expect(fields.sellableItems?.[1]).toEqual({ name: 'Genesys Info Mart', version: '9.0', quantity: 1 });
    const single = engage('For Skagen Port: Genesys Info Mart 9.0, one license server flx-09, MAC 00-15-5D-7A-00-09.');
    expect(single.sellableItems?.[0]?.quantity).toBeUndefined();
  });
  it('an upgrade "from 8.1 to 8.5" names the item before "from", at the new version', () => {
    expect(
      engage(`Skagen Port is upgrading Outbound Contact Solution from 8.1 to 8.5, 30 seats.\n${server}`).sellableItems,
    ).toEqual([{ name: 'Outbound Contact Solution', version: '8.5', quantity: 30 }]);
  });
  it('a Japanese bullet is no part of the name', () => {
    expect(engage(`Skagen Port様\n・SIP Server 9.0　40席\n${server}`).sellableItems).toEqual([
      { name: 'SIP Server', version: '9.0', quantity: 40 },
    ]);
  });
});

describe('round 17: quantities', () => {
  it.each([
    ['fünfzig', 50],
    ['fünfundzwanzig', 25],
    ['hundertzwanzig', 120],
    ['zwölf', 12],
    ['Server', undefined],
  ])('German count word %s', (word, value) => {
    expect(germanCount(word)).toBe(value);
  });
  it('a labelled count in German words', () => {
    expect(
      engage(`Lizenznehmer: Skagen Port AS\nProdukt / Version: SIP Server 8.5\nAnzahl: dreißig Plätze\n${server}`)
        .sellableItems,
    ).toEqual([{ name: 'SIP Server', version: '8.5', quantity: 30 }]);
  });
  it('a count echoed in brackets before "of"', () => {
    expect(engage(`Seats: 45 (forty-five) of SIP Server release 9 for Skagen Port.\n${server}`).sellableItems).toEqual([
      { name: 'SIP Server', version: '9.0', quantity: 45 },
    ]);
  });
  it.each([
    ['the count for SW-010-4.0-ACD1 below should be 30, not 20', 30],
    ['SW-010-4.0-ACD1 is 30, not 20', 30],
    ['SW-010-4.0-ACD1　30本', 30],
  ])('a part count: %s', (text, quantity) => {
    expect(readPartNumbers(text)).toEqual([{ partNumber: 'SW-010-4.0-ACD1', quantity }]);
  });
  it('a reply correcting one part count above the quoted request replaces it and keeps the other part', () => {
    const result = extractLicenseRequest({
      body: [
        'Hi, small fix: the quantity for SW-001-4.0-AL02 below should be 32, not 22. Rest as before.',
        'Maja',
        '',
        '-----Original Message-----',
        'From: Maja Lind <maja@fjordline.example>',
        'Subject: Activation file - Skagen Port',
        '',
        'New CIC deployment for Skagen Port AS (end user), production. Sold To: Fjordline Contact AS.',
        'SW-001-4.0-AL02 - qty 22',
        'SW-010-4.0-ACD1 - qty 22',
        'Server: skp-cic01, MAC 70:10:6F:AA:00:01',
      ].join('\n'),
    });
    expect((result.fields as PureConnectRecord).partNumbers).toEqual([
      { partNumber: 'SW-001-4.0-AL02', quantity: 32 },
      { partNumber: 'SW-010-4.0-ACD1', quantity: 22 },
    ]);
  });
});
