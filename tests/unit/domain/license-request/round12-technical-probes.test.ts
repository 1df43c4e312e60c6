/**
 * Issue 25 round 12 (the second held-out part promoted into dev): the technical fields its mails missed, by
 * cause. Each rule is probed with mails written for this test in wordings of their own (never the corpus's),
 * so a fix that moves only one corpus file fails here.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord, PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const engage = (body: string, subject?: string) => {
  const result = extractLicenseRequest({
    body: `Hello Licensing,\n\n${body}\n\nRegards,\nPat Rowe\nHarbourline Integration Ltd\npat.rowe@harbourline.example`,
    ...(subject ? { subject } : {}),
  });
  return { ...result, record: result.fields as EngageRecord };
};

const pureconnect = (lines: string) => {
  const body = `Hi Licensing,\n\nPlease issue an activation file for our customer's production CIC server.\n\n${lines}\n\nThanks,\nIlse Marten\nWestgate Voice BV\nilse.marten@westgate.example`;
  return extractLicenseRequest({ body });
};

describe('round 12, cause 1: a GARN written in digit groups is the one number', () => {
  it.each([
    [
      'a labelled GARN with one hyphen',
      'End user: Polder Logistics\nGARN: 0245-118\nMAC: 00-1A-2B-3C-4D-11',
      '0245118',
    ],
    ['a bulleted GARN in pairs', '- End user: Polder Logistics\n- GARN 02-45-118\n- MAC 00-1A-2B-3C-4D-11', '0245118'],
    [
      'GARN in a sentence, hyphenated',
      'The end user is Polder Logistics (their GARN is 0245-118), MAC 00-1A-2B-3C-4D-11.',
      '0245118',
    ],
    ['a GARN grouped with a dot', 'End user: Polder Logistics, GARN 0245.118\nMAC: 00-1A-2B-3C-4D-11', '0245118'],
    [
      'a GARN grouped with a space',
      'Account reference number: 0245 118\nEnd user: Polder Logistics\nMAC: 00-1A-2B-3C-4D-11',
      '0245118',
    ],
  ])('%s', (_, lines, garn) => {
    const result = pureconnect(lines);
    expect((result.fields as PureConnectRecord).garn).toBe(garn);
    expect(result.invalid.map((i) => i.field)).not.toContain('garn');
  });

  it('a GARN beside a date is not joined to it', () => {
    const result = pureconnect(
      'End user: Polder Logistics\nTheir GARN is 0245118 and the cutover is 04-12-2026.\nMAC: 00-1A-2B-3C-4D-11',
    );
    expect((result.fields as PureConnectRecord).garn).toBe('0245118');
  });

  it('a date in GARN groups is no GARN', () => {
    const result = pureconnect(
      'End user: Polder Logistics\nGARN to follow, cutover 2026-12-04.\nMAC: 00-1A-2B-3C-4D-11',
    );
    expect((result.fields as PureConnectRecord).garn).toBeUndefined();
  });
});

describe('round 12, cause 2: a label for a thing and its version holds both, whichever of the two it is read as', () => {
  const SERVER =
    'Host name: kv-lic-01\nHost ID: 00-1A-2B-3C-4D-21\nPort: 7260\nPurpose: production\nServer configuration: single';
  it.each([
    [
      'Item + version',
      'Company: Kestrel Vale Water\nItem + version: Genesys Info Mart 8.5\nQty: 40\nOS: Windows Server 2022',
    ],
    [
      'Sellable item / version, misspelt',
      'Company: Kestrel Vale Water\nSelable item / versoin: Genesys Info Mart 8.5\nQuantity: 40\nOS: Windows Server 2022',
    ],
    [
      'Version (with the product)',
      'Company: Kestrel Vale Water\nVersion: Genesys Info Mart 8.5\nSeats: 40\nOS: Windows Server 2022',
    ],
  ])('the item: %s', (_, lines) => {
    const { record, missing } = engage(`${lines}\n${SERVER}`);
    expect(record.sellableItems).toEqual([{ name: 'Genesys Info Mart', version: '8.5', quantity: 40 }]);
    expect(missing).not.toContain('sellableItems');
  });

  it.each([
    ['App / version', 'App / version: Interaction Concentrator 8.1'],
    ['Application & version', 'Application & version: Interaction Concentrator 8.1'],
    ['Applications + versions, misspelt', 'Applicatons + versions: Interaction Concentrator 8.1'],
  ])('the application: %s', (_, line) => {
    const { record } = engage(
      `Company: Kestrel Vale Water\nProduct: SIP Server 9.0\nQuantity: 40\n${line}\nOS: Windows Server 2022\n${SERVER}`,
    );
    expect(record.applications).toEqual([{ name: 'Interaction Concentrator', version: '8.1' }]);
  });

  it.each([
    [
      'Operating system & version',
      'Operating system & version: Red Hat Enterprise Linux 9.2',
      'Red Hat Enterprise Linux',
      '9.2',
    ],
    ['OS/version', 'OS/version: Windows Server 2022', 'Windows Server', '2022'],
    ['O/S + ver', 'O/S + ver: Windows Server 2016', 'Windows Server', '2016'],
  ])('the OS: %s', (_, line, os, osVersion) => {
    const { record, missing } = engage(
      `Company: Kestrel Vale Water\nProduct: SIP Server 9.0\nQuantity: 40\n${SERVER}\n${line}`,
    );
    expect(record.licenseServers?.[0]).toMatchObject({ os, osVersion });
    expect(missing).not.toContain('licenseServers[0].os');
  });

  it('a version alone under a version label is still the version of the item before it', () => {
    const { record } = engage(
      `Company: Kestrel Vale Water\nProduct: SIP Server\nVersion: 9.0\nQuantity: 40\nOS: Windows Server 2022\n${SERVER}`,
    );
    expect(record.sellableItems).toEqual([{ name: 'SIP Server', version: '9.0', quantity: 40 }]);
  });
});

describe('round 12, cause 3: a value that begins like "TBC" or "N/A" but runs on into a name is the name', () => {
  const ORDER =
    'Company: Kestrel Vale Water\nProduct: SIP Server 9.0\nQuantity: 40\nPurpose: production\nServer configuration: single';
  it.each([
    ['a North-America host', 'NA-LIC01'],
    ['a council prefix in capitals', 'TBC-FLEX02'],
    ['lower case', 'tbd-lm-01'],
    ['a pasted `hostname`', '$ hostname\nNA-FLEXLM\n', 'NA-FLEXLM'],
  ])('%s', (_, name, expected = name) => {
    const lines = name.includes('\n') ? name : `Host name: ${name}`;
    const { record, missing } = engage(`${ORDER}\n${lines}\nHost ID: 00-1A-2B-3C-4D-31\nOS: Windows Server 2022`);
    expect(record.licenseServers?.[0]?.hostName).toBe(expected);
    expect(missing).not.toContain('licenseServers[0].hostName');
  });

  it.each([['TBC - will send Monday'], ['N/A-'], ['tbc.']])('"%s" still gives no host name', (value) => {
    const { record, missing } = engage(
      `${ORDER}\nHost name: ${value}\nHost ID: 00-1A-2B-3C-4D-31\nOS: Windows Server 2022`,
    );
    expect(record.licenseServers?.[0]?.hostName).toBeUndefined();
    expect(missing).toContain('licenseServers[0].hostName');
  });
});

describe("round 12, cause 4: one server's name said twice (two pastes, another case, fully qualified) is one server", () => {
  const ORDER =
    'Company: Kestrel Vale Water\nProduct: SIP Server 9.0\nQuantity: 40\nPurpose: production\nOne license server:';
  it.each([
    [
      '`hostname`, then `systeminfo`',
      '$ hostname\nkv-lic-07\n\n$ systeminfo\nHost Name:       KV-LIC-07\nOS Name:         Microsoft Windows Server 2022 Datacenter\nOS Version:      10.0.20348 N/A Build 20348\nMAC address:     00-1A-2B-3C-4D-41',
      'kv-lic-07',
    ],
    [
      'a label, then the FQDN',
      'Host name: kv-lic-07\nOS: Windows Server 2022\nHost name: kv-lic-07.kestrel.example\nHost ID: 00-1A-2B-3C-4D-41',
      'kv-lic-07.kestrel.example',
    ],
    [
      'in capitals, then lower case',
      'Server name: KV-LIC-07\nOS: Windows Server 2022\nHostname: kv-lic-07\nMAC: 00-1A-2B-3C-4D-41',
      'KV-LIC-07',
    ],
  ])('%s', (_, lines, hostName) => {
    const { record, missing } = engage(`${ORDER}\n\n${lines}`);
    expect(record.licenseServers).toEqual([
      { hostName, hostId: '001a2b3c4d41', os: 'Windows Server', osVersion: '2022' },
    ]);
    expect(missing).toEqual([]);
  });

  it('two different names under repeated labels are still two servers', () => {
    const { record } = engage(
      `${ORDER.replace('One license server:', 'Two independent license servers:')}\n\nHost name: kv-lic-07\nHost ID: 00-1A-2B-3C-4D-41\nOS: Windows Server 2022\nHost name: kv-lic-08\nHost ID: 00-1A-2B-3C-4D-42\nOS: Windows Server 2022`,
    );
    expect(record.licenseServers?.map((s) => s.hostName)).toEqual(['kv-lic-07', 'kv-lic-08']);
  });
});

const ONE_SERVER = 'License server kv-lic-01, MAC 00-1A-2B-3C-4D-51, Windows Server 2022, port 7260.';

describe('round 12, cause 5: an item named in a sentence, its version after a preposition and a word for version', () => {
  it.each([
    [
      'English "in version … for"',
      'For Kestrel Vale Water: SIP Server in version 9.0 for 120 seats, production, single server.',
    ],
    [
      'French "en version … pour"',
      'Pour Kestrel Vale Water : SIP Server en version 9.0 pour 120 postes, en production, un seul serveur.',
    ],
    [
      'French count in words',
      'Pour Kestrel Vale Water : SIP Server en version 9.0 pour cent vingt (120) postes, production, serveur unique.',
    ],
    [
      'Spanish "en versión … para"',
      'Para Kestrel Vale Water: SIP Server en versión 9.0 para 120 puestos, producción, un solo servidor.',
    ],
    [
      'German "in Version … für"',
      'Für Kestrel Vale Water: SIP Server in Version 9.0 für 120 Plätze, Produktion, ein Lizenzserver.',
    ],
    [
      'English "at release"',
      'Kestrel Vale Water runs SIP Server at release 9.0 and needs it for 120 agents, production, single server.',
    ],
  ])('%s', (_, sentence) => {
    const { record, missing } = engage(`${sentence}\n\n${ONE_SERVER}`);
    expect(record.sellableItems).toEqual([{ name: 'SIP Server', version: '9.0', quantity: 120 }]);
    expect(missing).not.toContain('sellableItems');
  });
});

describe('round 12, cause 6: one license server said after the server is named ("License server only one")', () => {
  const ORDER = 'Company: Kestrel Vale Water\nProduct: SIP Server 9.0\nQuantity: 120\nPurpose: production\n\n';
  const SERVER = 'kv-lic-01, MAC 00-1A-2B-3C-4D-51, Windows Server 2022.';
  it.each([
    ['English, "only one"', `License server only one: ${SERVER}`],
    ['French, "est unique"', `Le serveur de licences est unique : ${SERVER}`],
    ['Spanish, "es único"', `El servidor de licencias es único: ${SERVER}`],
    ['a colon, "just one"', `License servers: just one - ${SERVER}`],
    ['German, "ist nur einer"', `Der Lizenzserver ist nur einer: ${SERVER}`],
  ])('%s', (_, sentence) => {
    const { record, missing } = engage(`${ORDER}${sentence}`);
    expect(record.serverConfiguration).toBe('single');
    expect(missing).not.toContain('serverConfiguration');
  });

  it.each([
    [
      'a heading "License server one:"',
      `License server one: ${SERVER}\nLicense server two: kv-lic-02, MAC 00-1A-2B-3C-4D-52, Windows Server 2022.`,
    ],
    ['a question "one or three?"', `Is the license server one or three? ${SERVER}`],
  ])('not a count: %s', (_, sentence) => {
    expect(engage(`${ORDER}${sentence}`).record.serverConfiguration).toBeUndefined();
  });
});

describe('round 12, cause 7: a clause after a labelled item is no part of its name, and is read', () => {
  it.each([
    [
      'how the seats are split',
      'Items: SIP Server 9.0 (120), split 80 / 40 between the two servers below, each with its own file.',
      'multiple-independent',
    ],
    ['a remark after a dash', 'Product: SIP Server 9.0 x 120 - only one license server for this', 'single'],
    [
      'a remark after a semicolon',
      'Sellable item: SIP Server 9.0, 120 seats; single server at the head office',
      'single',
    ],
  ])('%s', (_, line, configuration) => {
    const second = configuration === 'single' ? '' : '\nkv-lic-02  00-1A-2B-3C-4D-52  Windows Server 2022';
    const { record } = engage(
      `Company: Kestrel Vale Water\n${line}\nPurpose: production\n\nkv-lic-01  00-1A-2B-3C-4D-51  Windows Server 2022${second}`,
    );
    expect(record.sellableItems).toEqual([{ name: 'SIP Server', version: '9.0', quantity: 120 }]);
    expect(record.serverConfiguration).toBe(configuration);
  });
});

describe('round 12, cause 8: the subject states the order and the body leaves it to the subject', () => {
  const BODY =
    'Company: Kestrel Vale Water\nPurpose: production\nOne license server, host ID 00-1A-2B-3C-4D-71, Windows Server 2022, default port.';
  it.each([
    [
      'item x count, then the server',
      'SIP Server 9.0 x 80 - licence for our server kv-lic-09',
      { name: 'SIP Server', version: '9.0', quantity: 80 },
      'kv-lic-09',
    ],
    [
      'count of seats, then the host',
      'Order: 80 seats of SIP Server 9.0 on host kv-lic-09',
      { name: 'SIP Server', version: '9.0', quantity: 80 },
      'kv-lic-09',
    ],
    [
      'the server first',
      'New file for license server kv-lic-09 (SIP Server 9.0, 80 seats)',
      { name: 'SIP Server', version: '9.0', quantity: 80 },
      'kv-lic-09',
    ],
  ])('%s', (_, subject, item, hostName) => {
    const { record, missing } = engage(BODY, subject);
    expect(record.sellableItems).toEqual([item]);
    expect(record.licenseServers?.[0]?.hostName).toBe(hostName);
    expect(missing).toEqual([]);
  });

  it("the body's own item and server win over the subject's", () => {
    const { record } = engage(
      'Company: Kestrel Vale Water\nProduct: SIP Server 9.0\nQuantity: 120\nPurpose: production\nHost name: kv-lic-01\nHost ID: 00-1A-2B-3C-4D-71\nOS: Windows Server 2022',
      'SIP Server 9.0 x 80 - licence for our server kv-lic-09',
    );
    expect(record.sellableItems).toEqual([{ name: 'SIP Server', version: '9.0', quantity: 120 }]);
    expect(record.licenseServers?.map((s) => s.hostName)).toEqual(['kv-lic-01']);
  });
});
