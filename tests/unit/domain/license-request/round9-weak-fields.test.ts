/** Issue 25 round 9 §1–§3: general rules for the weak fields the probe set found (round9-probes.data.ts). */
import { describe, expect, it } from 'vitest';
import { findCompany } from '../../../../src/domain/license-request/company-mentions.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { findPort } from '../../../../src/domain/license-request/server-ports.ts';

const unit = (text: string) => [{ text, line: 1, row: false, paragraph: 0 }];
const engage = (...lines: string[]) =>
  extractLicenseRequest({
    body: ['Hello Licensing,', '', ...lines, '', 'Best regards', 'Ingrid Solberg', 'Brightwater Systems AS'].join('\n'),
  });
const ITEM = 'Please raise an Engage order kit for our customer Halden Freight AS. 120 seats of SIP Server 9.0.';
const SERVER = 'One license server, lic-hf-01, Red Hat Enterprise Linux 8.6, host id 0050569a1b2c, port 27000.';

describe('issue 25 round 9 §3: a license port in any form a partner writes it', () => {
  it.each([
    ['The license service will use 27010.', 27010],
    ['Server: lic-a, 27001 (TCP)', 27001],
    ['lic-a listens on 27006 TCP', 27006],
    ['The firewall is open on 27002 for the license server.', 27002],
    ['27003 is the port we opened.', 27003],
    ['Server: lic-hf-01 [27004], RHEL 8.6', 27004],
  ])('"%s" gives port %i', (text, port) => {
    expect(findPort(text)?.port).toBe(port);
  });

  it('a number that is no port is not read: a count, a year, an address', () => {
    expect(findPort('120 seats (TCP/IP network), since 2024')).toBeUndefined();
    expect(findPort('the box at 10.1.2.3 [prod]')).toBeUndefined();
  });
});

describe('issue 25 round 9 §3: a port the mail gives for another service is not the license port', () => {
  it.each([
    ['SIP trunks use port 5060.'],
    ['The web console is on port 8080.'],
    ['RDP port 3389 is open for support.'],
  ])('"%s" gives no license port', (text) => {
    expect(findPort(text)).toBeUndefined();
  });

  it('the license port beside another service port is still read, and "SIP Server" is a product, not a service', () => {
    expect(findPort('SIP port 5060; lmgrd port 27000')?.port).toBe(27000);
    expect(findPort('SIP Server, port 27000')?.port).toBe(27000);
  });
});

describe('issue 25 round 9 §1: host names by their shape, not a service pack or a domain', () => {
  it('"SLES 15 SP4": the service pack is no host name, and the OS is read', () => {
    const result = engage(ITEM, 'License server lic-hf-01 on SLES 15 SP4, host id 0050569a1b2c, port 27000.');
    expect(result.fields).toMatchObject({
      licenseServers: [{ hostName: 'lic-hf-01', os: 'SUSE Linux Enterprise Server', osVersion: '15 SP4' }],
    });
  });

  it('a Windows domain named beside the host id is no host name', () => {
    const result = engage(ITEM, 'Host ID 0050569a1b31 on the box in domain halden.local, RHEL 8.6, port 27000.');
    expect((result.fields as { licenseServers?: { hostName?: string }[] }).licenseServers?.[0]?.hostName).toBe(
      undefined,
    );
  });
});

describe('issue 25 round 9 §1: a label paired with what stands beside it ("Customer/Site", "Hostname/IP")', () => {
  it('"Customer/Site: X" is the company, "Hostname/IP: name / address" the host name', () => {
    const result = engage(
      'Customer/Site: Fenwick Opticians',
      '120 seats of SIP Server 9.0.',
      'Hostname/IP: lic-a / 10.1.2.3',
      'Host ID: 0050569a1b2c',
      'OS: RHEL 8.6',
      'Single server, production.',
    );
    expect(result.fields).toMatchObject({ companyName: 'Fenwick Opticians', licenseServers: [{ hostName: 'lic-a' }] });
  });

  it('a slash between two labels of other fields is not taken as either', () => {
    const result = engage(ITEM, SERVER, 'Version/Qty: see above', 'Single server, production.');
    expect(result.fields).toMatchObject({ companyName: 'Halden Freight AS' });
  });
});

describe('issue 25 round 9 §1: the company the licences are made out to', () => {
  it('"in the name of X", "registered under X", "the licensee is X"', () => {
    expect(findCompany(unit('The licences should be in the name of Sandcastle Media Ltd.'))?.name).toBe(
      'Sandcastle Media Ltd.',
    );
    expect(findCompany(unit('Please have them registered under Kirkby Foods Limited'))?.name).toBe(
      'Kirkby Foods Limited',
    );
    expect(findCompany(unit('The licensee is Pelham Rail Ltd'))?.name).toBe('Pelham Rail Ltd');
  });

  it('"in the name of" a person or a product is no company', () => {
    expect(findCompany(unit('in the name of speed, please'))).toBeUndefined();
  });

  it('a label and the same company with its legal form in the prose: the full form, no contradiction', () => {
    const result = engage(
      'Customer: Fenwick Opticians',
      'Fenwick Opticians Limited is expanding its contact centre. 120 seats of SIP Server 9.0.',
      SERVER,
      'Single server, production.',
    );
    expect(result.fields).toMatchObject({ companyName: 'Fenwick Opticians Limited' });
    expect(result.invalid).toEqual([]);
  });
});

describe('issue 25 round 9 §3: items counted and versioned as partners write them', () => {
  it('"120 concurrent SIP Server 9.0 licences": a word for the kind of seat between the count and the name', () => {
    const result = engage(
      ITEM.replace(' 120 seats of SIP Server 9.0.', ''),
      'They bought 120 concurrent SIP Server 9.0 licences.',
      SERVER,
      'Single server, production.',
    );
    expect(result.fields).toMatchObject({ sellableItems: [{ name: 'SIP Server', version: '9.0', quantity: 120 }] });
  });

  it('"SIP Server (v9) – 120": the version in brackets after the name', () => {
    const result = engage(
      ITEM.replace(' 120 seats of SIP Server 9.0.', ''),
      'SIP Server (v9) – 120',
      SERVER,
      'Single server, production.',
    );
    expect(result.fields).toMatchObject({ sellableItems: [{ name: 'SIP Server', version: '9.0', quantity: 120 }] });
  });
});

describe('issue 25 round 9 §1: the purpose and the order number said inside a sentence', () => {
  it('"Single server. Env: PROD" is production', () => {
    expect(engage(ITEM, SERVER, 'Single server. Env: PROD').fields).toMatchObject({ purpose: 'production' });
  });

  it('"The SO for this one is 6100457" is the order number', () => {
    const result = extractLicenseRequest({
      body: [
        'Hi Licensing,',
        '',
        'Please send a PureConnect activation file for an add-on on the production server.',
        'End User: Kingfisher Leisure Ltd',
        'Sold To: Bramble Communications Ltd',
        'The SO for this one is 6100457.',
        'Server MAC: 00-50-56-9F-3A-10',
      ].join('\n'),
    });
    expect(result.fields).toMatchObject({ orderNumber: '6100457' });
  });
});

describe('issue 25 round 9 §3: a port in a web address is not the license port', () => {
  it('"the dashboard is at https://lic01.example:8443/" gives no port; "lic01.example:27010" beside it does', () => {
    expect(findPort('the lmadmin dashboard is at https://lic01.example:8443/ for reference')).toBeUndefined();
    expect(findPort('Clients connect to lic01.example:27010; the dashboard is https://lic01.example:8443/')?.port).toBe(
      27010,
    );
  });
});

describe('issue 25 round 9 §3: one port said for a set of servers, before or after them', () => {
  const rows = [
    'lic-a  00-50-56-9A-1B-01  Windows Server 2019',
    'lic-b  00-50-56-9A-1B-02  Windows Server 2019',
    'lic-c  00-50-56-9A-1B-03  Windows Server 2019',
  ];
  const ports = (lead: string, tail = '') =>
    (engage(ITEM, lead, ...rows, tail).fields as { licenseServers?: { port?: number }[] }).licenseServers?.map(
      (s) => s.port,
    );

  it.each([
    ['Three redundant license servers, port 27000:', '', 27000],
    ['Three-server redundant set on TCP 27000:', '', 27000],
    ['Three redundant license servers:', 'The port is the default one.', 7260],
    ['Three redundant license servers:', 'Port: standard', 7260],
    ['Three redundant license servers:', 'lmgrd: 27000 everywhere', 27000],
    ['Three redundant license servers:', 'Same port (27000) on each.', 27000],
    ['Three redundant license servers:', 'They use the usual port.', 7260],
  ])('"%s" … "%s": every server on %i', (lead, tail, port) => {
    expect(ports(lead, tail)).toEqual([port, port, port]);
  });

  it('a port said before one server named in the same mail is that server’s', () => {
    const result = engage(ITEM, 'Port 27001.', 'License server lic-a, RHEL 8.6, host id 0050569a1b2c.', 'Single.');
    expect(result.fields).toMatchObject({ licenseServers: [{ hostName: 'lic-a', port: 27001 }] });
  });
});
