/** Issue 25 §1: every field read from prose, aligned columns, bullets and sentences. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const engage = (body: string) => {
  const result = extractLicenseRequest({ body });
  if (result.kind !== 'engage') throw new Error(`read as ${result.kind}`);
  return result;
};
const pureconnect = (body: string, date?: Date) => {
  const result = extractLicenseRequest({ body, ...(date ? { date } : {}) });
  if (result.kind !== 'pureconnect') throw new Error(`read as ${result.kind}`);
  return result;
};

describe('issue 25 §1: license servers in prose and loose tables', () => {
  it('reads an aligned list without a header: one server per row, cells by their shape; a port said once for all', () => {
    const { fields } = engage(
      'Please order for Contoso: 50 seats of SIP Server 8.1, single, production. License server (port 27000 on all):\n\n   lic-a    0050569a0001    RHEL 8.6\n',
    );
    expect(fields.licenseServers).toEqual([
      { hostName: 'lic-a', hostId: '0050569a0001', os: 'Red Hat Enterprise Linux', osVersion: '8.6', port: 27000 },
    ]);
  });

  it('gives each server of "Server 2 is X (host id …, OS), port N" its own values', () => {
    const { fields } = engage(
      'Order for Contoso, 300 seats of Enterprise Routing Solution 8.5, two independent servers, production.\nServer 1 is c-lon (host id 00-0C-29-5E-11-A0, Windows Server 2019), port 7260.\nServer 2 is c-man (host id 00-0C-29-5E-11-A1, Windows Server 2016), port 7261.',
    );
    expect(fields.licenseServers).toEqual([
      { hostName: 'c-lon', hostId: '000c295e11a0', os: 'Windows Server', osVersion: '2019', port: 7260 },
      { hostName: 'c-man', hostId: '000c295e11a1', os: 'Windows Server', osVersion: '2016', port: 7261 },
    ]);
    expect(fields.serverConfiguration).toBe('multiple-independent');
  });

  it('pairs names and host ids said "respectively", and applies "all on <OS>" to each', () => {
    const { fields } = engage(
      'Please prepare the license file for Contoso: SIP Server 8.1 for 20 agents, production, three redundant servers.\nThe servers are s1-lic, s2-lic and s3-lic with host ids 0050569c0101, 0050569c0102 and 0050569c0103 respectively, all on Windows Server 2019.',
    );
    expect(fields.licenseServers?.map((s) => [s.hostName, s.hostId, s.os])).toEqual([
      ['s1-lic', '0050569c0101', 'Windows Server'],
      ['s2-lic', '0050569c0102', 'Windows Server'],
      ['s3-lic', '0050569c0103', 'Windows Server'],
    ]);
  });

  it('does not take an 8-hex-digit ticket reference for a host id, nor a word after "server" for a host name', () => {
    const result = engage(
      'Following up on ticket ref 4f3a2b1c, copied from our server inventory.\nCompany: Contoso\nSellable item: SIP Server 8.1\nQuantity: 5\nPurpose: testing',
    );
    expect(result.fields.licenseServers).toBeUndefined();
    expect(result.missing).toContain('licenseServers');
  });
});

describe('issue 25 §1: items, company and choices in words', () => {
  it.each([
    ['We need 120 seats of Enterprise Routing Solution 9.0 for Coho.', 'Enterprise Routing Solution', '9.0', 120],
    ['we need 250 Enterprise Routing Solution 8.5 seats for Coho', 'Enterprise Routing Solution', '8.5', 250],
    ['- Genesys Chat 8.5 x 60 for Coho', 'Genesys Chat', '8.5', 60],
    ['Coho runs Genesys SIP Server 8.1 (220 seats).', 'Genesys SIP Server', '8.1', 220],
    ['send licence for coho inc - 30 seats of sip server 8.1', 'sip server', '8.1', 30],
  ])('"%s" → %s %s × %d', (sentence, name, version, quantity) => {
    expect(engage(`${sentence}\nHost ID: 0050569a0001`).fields.sellableItems).toEqual([{ name, version, quantity }]);
  });

  it('reads the company from "license file for X", "our customer X", "X\'s contact center", not from products or weekdays', () => {
    expect(
      engage('Could you generate a license file for Litware Health? 10 seats of SIP Server 8.1.').fields.companyName,
    ).toBe('Litware Health');
    expect(
      engage('Our customer Northwind Traders needs 300 seats of SIP Server 8.1 by Friday.').fields.companyName,
    ).toBe('Northwind Traders');
    expect(
      engage("We are Coho Vineyard's integration partner and would like to order 5 seats of SIP Server 8.1.").fields
        .companyName,
    ).toBe('Coho Vineyard');
    expect(
      engage('Please send the license for Enterprise Routing Solution 8.5 by Friday.').fields.companyName,
    ).toBeUndefined();
  });

  it.each([
    ['three-server redundant, for production', { serverConfiguration: 'three-redundant', purpose: 'production' }],
    [
      'two independent license servers, for our lab',
      { serverConfiguration: 'multiple-independent', purpose: 'testing' },
    ],
    ['one license server only, it is a demo system', { serverConfiguration: 'single', purpose: 'demo' }],
    [
      'single server, blended agents, production',
      { serverConfiguration: 'single', deploymentMode: 'blended', purpose: 'production' },
    ],
    [
      'agents dedicated per solution (separate), dev environment',
      { deploymentMode: 'separate', purpose: 'development' },
    ],
  ])('"%s" → %o', (words, expected) => {
    expect(
      engage(`Order for Contoso: 5 seats of SIP Server 8.1, ${words}.\nHost ID: 0050569a0001`).fields,
    ).toMatchObject(expected);
  });

  it('reads the media layer in a sentence', () => {
    expect(
      engage(
        'Order for Contoso, 5 seats of SIP Server 8.1. They have an Avaya Communication Manager 8.1 switch with 150 agent seat DNs and about 60 technical DNs.',
      ).fields.mediaLayer,
    ).toEqual({ switchType: 'Avaya Communication Manager', switchVersion: '8.1', agentSeatDns: 150, technicalDns: 60 });
  });
});

describe('issue 25 §1: PureConnect choices, numbers and accounts in words', () => {
  it.each([
    ['we need an activation file for an upgrade of the CIC server', 'upgrade'],
    ['the CIC server is moving to new hardware, please reallocate… the activation file', 'reallocation'],
    ['the PureConnect lab server was rebuilt on new hardware; we need a new activation file', 'reallocation'],
    ['please add 50 more ACD seats to the PureConnect activation file', 'add-on'],
    ['we are migrating the CIC server to VMware and need the activation file', 'migration'],
    ['a temporary activation file for the PureConnect test server, please', 'temporary'],
    ['an evaluation activation file for our PureConnect lab, please', 'evaluation'],
  ])('"%s" → implementation type %s', (sentence, type) => {
    expect(pureconnect(`Hello,\n\n${sentence}. MAC 00-50-56-A1-B2-C3.`).fields.implementationType).toBe(type);
  });

  it('reads the GARN, order and part numbers in their usual written forms in the record’s form', () => {
    const { fields } = pureconnect(
      'Please add these to the PureConnect activation file, ordered on sales order so# 00881234: 15 of SW-001-4.0-AL02, 5 x SW-014-4.0-RC01 and one sw 031 4.0 qm01. End User GARN is garn-0098001.',
    );
    expect(fields.garn).toBe('0098001');
    expect(fields.orderNumber).toBe('00881234');
    expect(fields.partNumbers).toEqual([
      { partNumber: 'SW-001-4.0-AL02', quantity: 15 },
      { partNumber: 'SW-014-4.0-RC01', quantity: 5 },
      { partNumber: 'SW-031-4.0-QM01', quantity: 1 },
    ]);
  });

  it('tells the primary from the backup MAC by what is said before or after each', () => {
    const { fields } = pureconnect(
      'Please reallocate the PureConnect activation file to the new MAC 00-50-56-A7-10-01, and 00-50-56-A7-10-02 for the switchover server.',
    );
    expect(fields).toMatchObject({ primaryHostId: '005056a71001', backupHostId: '005056a71002' });
  });

  it('reads the End User and Sold To accounts and the requester from prose and the signature', () => {
    const { fields } = pureconnect(
      "I'm Laura Chen from Proseware (the Sold To). Our customer Lamna Healthcare needs a PureConnect activation file for an upgrade, MAC 0050.56a2.33f0.\n\nRegards,\nLaura Chen\nlaura.chen@proseware.example\n+1 425 555 0188",
    );
    expect(fields).toMatchObject({
      firstName: 'Laura',
      lastName: 'Chen',
      corporateEmail: 'laura.chen@proseware.example',
      workPhone: '+1 425 555 0188',
      endUserAccount: 'Lamna Healthcare',
      soldToAccount: 'Proseware',
    });
  });

  it('issue 25 §1: the kind comes from what the mail talks about, not only from labels', () => {
    expect(
      extractLicenseRequest({
        body: 'Please send a new activation file for our PureConnect server, MAC 00-50-56-A1-B2-C3.',
      }).kind,
    ).toBe('pureconnect');
    expect(
      extractLicenseRequest({
        body: 'We need 40 seats of SIP Server 8.1 for Contoso on license server c-lic (MAC 00-50-56-A1-B2-C3).',
      }).kind,
    ).toBe('engage');
  });
});
