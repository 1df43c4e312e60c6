/** Issue 25 round 9: general rules for the shapes dev batch 8 showed (never its wording). */
import { describe, expect, it } from 'vitest';
import { rewriteCommandOutput } from '../../../../src/domain/license-request/command-output.ts';
import { findCompany } from '../../../../src/domain/license-request/company-mentions.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { proseUnits } from '../../../../src/domain/license-request/prose-units.ts';
import { assessRequest } from '../../../../src/domain/license-request/request-signals.ts';
import { findPort } from '../../../../src/domain/license-request/server-ports.ts';

const units = (...texts: string[]) => proseUnits(texts.map((text, i) => ({ text, line: i + 1 })));
const company = (...texts: string[]) => findCompany(units(...texts))?.name;

describe('issue 25 round 9 §1: a "licence kit" is asked for as an order kit is', () => {
  it('"Licence kit for X: …" is a request even when a detail is given "for your reference"', () => {
    const text = 'Licence kit for Harbour Rail: SIP Server 9.0. The dashboard URL is below for your reference.';
    expect(assessRequest(text, 0, 1)).toEqual({ isRequest: true });
    expect(company(text)).toBe('Harbour Rail');
  });
});

describe('issue 25 round 9 §3: a port said of every server, and the default port in other languages', () => {
  it.each([
    ['Both on 7260.', 7260],
    ['All three use 27000.', 27000],
    ['un solo servidor, puerto por defecto.', 7260],
    ['le port par défaut', 7260],
    ['Standardport bitte', 7260],
    ['porta padrão', 7260],
  ])('"%s" → %i', (text, port) => {
    expect(findPort(text)?.port).toBe(port);
  });

  it('"all on" an address or a date is no port', () => {
    expect(findPort('all on 10.1.2.3')).toBeUndefined();
    expect(findPort('both on 12 May')).toBeUndefined();
  });
});

describe('issue 25 round 9 §1: the company named in full, as the licence holder, or heading its order', () => {
  it('an abbreviation the mail spells out before it in brackets takes the full name', () => {
    expect(
      company(
        'The Metropolitan Emergency Communications Authority (MECA) requires Enterprise Routing Solution 9.0.',
        'MECA runs three redundant license servers.',
      ),
    ).toBe('Metropolitan Emergency Communications Authority');
  });

  it('an abbreviation whose spelled-out words do not match it stays as written', () => {
    expect(company('The Harbour Board (XYZ) is a port.', 'XYZ runs three redundant license servers.')).toBe('XYZ');
  });

  it('the legal entity the licence holder should be outranks the trading name', () => {
    expect(
      company(
        'Please issue the Engage licence for Sunny Bean Coffee. The licence holder should be their legal entity, SBC Retail Holdings Pty Ltd (Sunny Bean is only the trading name).',
      ),
    ).toBe('SBC Retail Holdings Pty Ltd');
  });

  it('"Vantage Credit Union, Outbound Contact Solution 8.5, 22 agents": the company heads the list', () => {
    expect(company('Vantage Credit Union, Outbound Contact Solution 8.5, 22 agents, production.')).toBe(
      'Vantage Credit Union',
    );
  });

  it('a label before a versioned product ("Kernel: Linux 5.14") is no company', () => {
    expect(company('Kernel: Linux 5.14.0-427.el9_4.x86_64')).toBeUndefined();
  });
});

const rewritten = (...texts: string[]) =>
  rewriteCommandOutput(texts.map((text, i) => ({ text, line: i + 1, quoted: false }))).map((l) => l.text);

describe('issue 25 round 9 §1: command output a technician pastes — ver and nslookup', () => {
  it('`ver` on a Windows Server build names its release; a client build names none', () => {
    expect(rewritten('C:\\>ver', '', 'Microsoft Windows [Version 10.0.20348.2340]')).toContain(
      'OS: Windows Server 2022',
    );
    expect(rewritten('C:\\>ver', '', 'Microsoft Windows [Version 10.0.19045.4170]').join('\n')).not.toMatch(/^OS:/m);
  });

  it('a reverse lookup names the host, without DNS’s trailing dot', () => {
    expect(rewritten('$ nslookup 10.12.4.20', '20.4.12.10.in-addr.arpa\tname = crpl-lic01.crpl.example.')).toEqual([
      'Host name: crpl-lic01.crpl.example',
    ]);
  });

  it('a forward lookup names the host; the DNS server it asked is dropped, not taken for the license server', () => {
    expect(
      rewritten(
        'C:\\>nslookup lic01',
        'Server:  dns01.corp.example',
        'Address:  10.0.0.2',
        '',
        'Name:    lic01.corp.example',
        'Address:  10.0.8.15',
        'Thanks',
      ),
    ).toEqual(['Host name: lic01.corp.example', 'Thanks']);
  });
});

const implementation = (sentence: string) =>
  extractLicenseRequest({
    body: [
      'Hello Licensing,',
      '',
      `${sentence} Please send a PureConnect activation file.`,
      'End User: Coastal Plains Electric',
      'Sold To: Gulf Coast Unified LLC',
      'Primary MAC: 00-50-56-A8-02-11',
    ].join('\n'),
  }).fields as { implementationType?: string };

describe('issue 25 round 9 §1: the implementation type said in the run of a sentence', () => {
  it('"is adding a backup IC server" is an add-on', () => {
    expect(implementation('The customer is adding a backup IC server to its production system.')).toMatchObject({
      implementationType: 'add-on',
    });
  });

  it('"is building a new PureConnect lab ahead of their upgrade" is a new deployment, not the upgrade it prepares', () => {
    expect(implementation('The customer is building a new PureConnect lab ahead of their upgrade.')).toMatchObject({
      implementationType: 'new-deployment',
    });
  });

  it('an upgrade the file is needed ahead of is not the kind of file asked for', () => {
    expect(implementation('The file is for their test server, ahead of their upgrade.').implementationType).toBe(
      undefined,
    );
  });

  it('an upgrade said as the request is still an upgrade', () => {
    expect(implementation('The customer is upgrading to 2025 R4.')).toMatchObject({ implementationType: 'upgrade' });
  });
});
