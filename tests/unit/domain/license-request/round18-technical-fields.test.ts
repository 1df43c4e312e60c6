/**
 * Issue 25 round 18 (fix-lic-b): the server configuration of one license server, a Japanese server label with its
 * OS in full-width brackets, and items named without a version. Mails written for this test, not the corpus's.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord } from '../../../../src/domain/license-request/schema.ts';

const read = (body: string) => extractLicenseRequest({ subject: 'Licence request', body });
const fields = (body: string) => read(body).fields as EngageRecord;

describe('round 18: one license server and its configuration', () => {
  it('"(single)" written after the server names the configuration', () => {
    const mail =
      'Please raise a production licence for Kestrel Foods:\n- Inbound Voice 9.0, 30 seats\n- licence server KF-LIC (single), Windows Server 2019\n- MAC 00:15:5D:3A:90:C4\nThanks';
    expect(fields(mail).serverConfiguration).toBe('single');
  });

  it('a server spoken of as "that server" is one server', () => {
    const mail =
      'Engage licence for Kobe Mills (production): Inbound Voice 9.0, 90 seats.\nLicense server: km-lic01, Windows Server 2022, host ID 00155D3A9C10.\nOur firewall allows lmgrd on that server.';
    expect(fields(mail).serverConfiguration).toBe('single');
  });

  it('a form label alone does not say the configuration: it is asked', () => {
    const mail =
      'Company: Halden Water\nProduct: Outbound Contact 8.5, 20 seats, testing\nServer: hw-lic1 / 00-15-5D-AA-01-02 / Windows Server 2016\nRegards, Per';
    const result = read(mail);
    expect((result.fields as EngageRecord).serverConfiguration).toBeUndefined();
    expect(result.missing).toContain('serverConfiguration');
  });

  it('a DR site named beside the one server leaves the configuration to ask, a "Dr" title does not', () => {
    const dr =
      'Engage licence for Corran Insurance, Inbound Voice 9.0 100 seats, production. It goes on the license server ci-lic01, 00155D0A0B0C, Windows Server 2022. A DR site exists but is not in scope yet.';
    expect(fields(dr).serverConfiguration).toBeUndefined();
    const title =
      'Engage licence for Corran Insurance, Inbound Voice 9.0 100 seats, production. It goes on the license server ci-lic01, 00155D0A0B0C, Windows Server 2022.\n\nDr Amaka Obi';
    expect(fields(title).serverConfiguration).toBe('single');
  });
});

describe('round 18: a Japanese server label with the OS in full-width brackets', () => {
  it('ライセンスサーバ：name（OS） gives the host name', () => {
    const mail =
      '会社名：青葉テスト株式会社\n製品：Enterprise Routing Solution 8.5（150席）\n用途：本番\nライセンスサーバ：aoba-test01（Windows Server 2022）\nMACアドレス：00-15-5D-21-9A-0F';
    expect(fields(mail).licenseServers?.[0]).toMatchObject({ hostName: 'aoba-test01', os: 'Windows Server' });
  });
});

describe('round 18: an item named without a version', () => {
  it('"Workforce Management x 75." at a sentence end keeps its count', () => {
    const mail = 'need engage lic for Birch Bank - Workforce Management x 75. server bb-lic 00155d0c4d5e. thx';
    const result = read(mail);
    expect((result.fields as EngageRecord).sellableItems).toEqual([{ name: 'Workforce Management', quantity: 75 }]);
    expect(result.missing).toContain('sellableItems[0].version');
    expect(result.missing).not.toContain('sellableItems');
  });

  it('"the Workforce Management licence for X, 18 users" names the item and its count', () => {
    const mail =
      'Hi, can we get the Workforce Management licence for Thornfield Estates please, 18 users. It will live on TF-APP03 (Win Server 2019), MAC e0-d5-5e-8b-04-71.';
    expect(fields(mail).sellableItems).toEqual([{ name: 'Workforce Management', quantity: 18 }]);
  });

  it('a phone extension or a case number is not an item count', () => {
    const mail =
      'Engage licence for Rook Retail: the Workforce Management licence, production, single server rr-lic 0050569a0b10 Windows Server 2022. Call me on 555-0101 x 22, case 01928374.';
    expect(fields(mail).sellableItems).toEqual([{ name: 'Workforce Management' }]);
  });
});

describe('round 18: one part ordered, its count said otherwise in licences', () => {
  const pc = (body: string) => extractLicenseRequest({ subject: 'Add-on file', body });
  const order = 'production CIC server, MAC 00-50-56-AE-13-21, GARN 0211321.';

  it('"adding thirty more ACD licences" above the part\'s 40 is a contradiction, in the mail\'s order', () => {
    const result = pc(
      `Hello,\nPine Mutual is adding thirty more ACD licences to its ${order}\nPart number   Qty\nSW-001-4.0-AL02   40\nThanks, Jo`,
    );
    expect(result.invalid).toContainEqual(
      expect.objectContaining({ field: 'partNumbers[0].quantity', value: '30 / 40' }),
    );
    expect(result.fields).toMatchObject({ partNumbers: [{ partNumber: 'SW-001-4.0-AL02' }] });
    expect((result.fields as { partNumbers: { quantity?: number }[] }).partNumbers[0]?.quantity).toBeUndefined();
  });

  it('a bracketed sentence under the part ("the 50 new … licenses") counts too', () => {
    const result = pc(
      `Hi,\nPlease send an add-on file for Fenwick Water's ${order}\nSW-001-4.0-AL02 qty 40\n(These are the 50 new Business Client licenses on their order.)\nAnn`,
    );
    expect(result.invalid).toContainEqual(
      expect.objectContaining({ field: 'partNumbers[0].quantity', value: '40 / 50' }),
    );
  });

  it.each([
    ['the same count', 'bought 25 more Business Client licenses', 'SW-001-4.0-AL02   25', 25],
    ['a total said', 'adding 10 more ACD licences, bringing them to 40 in total', 'SW-001-4.0-AL02 x 40', 40],
    ['from … to …', 'goes from 30 to 45 ACD users, so 15 additional ACD licences', 'SW-001-4.0-AL02 x 15', 15],
    ['a level number', 'purchased 20 more Contact Center Level 3 users', 'SW-001-4.0-AL06 qty 20', 20],
    [
      'a ticket and an extension',
      'needs an add-on; our ticket 4471 refers, call 555-0102 ext 12',
      'SW-001-4.0-AL02 x 20',
      20,
    ],
  ])('no contradiction: %s', (_, sentence, part, quantity) => {
    const result = pc(`Hi,\nBirch Clinics ${sentence}. It is their ${order}\n${part}\nThanks, Lee`);
    expect(result.invalid.filter((i) => i.field.startsWith('partNumbers'))).toEqual([]);
    expect(result.fields).toMatchObject({ partNumbers: [{ quantity }] });
  });
});

describe('round 18: a server table\'s "OS Ver" and "Seats" columns', () => {
  const sheet = [
    'Hi, Engage licence for Harbor Clinics, production, two independent servers.',
    'Sellable Item\tVersion\tQty',
    'Inbound Voice\t9.0\t90',
    '',
    'Server\tHost ID\tOS\tOS Ver\tPort\tSeats',
    'hc-lic-01\t001A4B7C0001\tWindows Server\t2019\t7260\t60',
    'hc-lic-02\t001A4B7C0002\tWindows Server\t2019\t7260\t30',
    'thanks, Dee',
  ].join('\n');

  it('"OS Ver" is the OS version, not a second OS', () => {
    const result = read(sheet);
    expect(result.invalid).toEqual([]);
    expect((result.fields as EngageRecord).licenseServers).toMatchObject([
      { os: 'Windows Server', osVersion: '2019' },
      { os: 'Windows Server', osVersion: '2019' },
    ]);
  });

  it("each server's seats do not replace the item's count", () => {
    expect(fields(sheet).sellableItems).toEqual([{ name: 'Inbound Voice', version: '9.0', quantity: 90 }]);
  });
});

describe('round 18: Linux adapter output gives the MAC; a loopback or broadcast address is no host id', () => {
  const order = 'Engage licence for Fen Bank, SIP Server 9.0 x 30, production, one license server fb-lic (RHEL 8).';
  it.each([
    ['ifconfig', '        ether 00:50:56:8b:33:0e  txqueuelen 1000  (Ethernet)', '0050568b330e'],
    ['old ifconfig', 'eth0      Link encap:Ethernet  HWaddr 00:0C:29:5E:A3:71', '000c295ea371'],
  ])('%s', (_, output, hostId) => {
    expect(fields(`${order}\n${output}\nThanks`).licenseServers?.[0]?.hostId).toBe(hostId);
  });

  it("a PureConnect server's `ip -br link`: the adapter's MAC, not the loopback's zeros", () => {
    const body = [
      'Hi, Redwood Dental wants a lab activation file for their PureConnect upgrade. Output from the lab box:',
      '$ ip -br link',
      'lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP>',
      'ens160           UP             00:50:56:9d:6b:e2 <BROADCAST,MULTICAST,UP,LOWER_UP>',
      'GARN 0172299. Ian Park, Bay Voice',
    ].join('\n');
    expect(extractLicenseRequest({ subject: 'Lab activation file', body }).fields).toMatchObject({
      primaryHostId: '0050569d6be2',
    });
  });

  it('a broadcast address alone gives no host id', () => {
    const result = read(`${order} MAC to follow.\n    link/ether brd ff:ff:ff:ff:ff:ff\nThanks`);
    expect((result.fields as EngageRecord).licenseServers?.[0]?.hostId).toBeUndefined();
    expect(result.missing).toContain('licenseServers[0].hostId');
  });
});
