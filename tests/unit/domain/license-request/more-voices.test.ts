/**
 * Issue 25 §1, round 2: voices the fourth dev batch (166–185) showed the reader missing — release files,
 * lists that end at their line, forms with blanks, other languages' labels, one-line signatures, dates
 * as a day of the month or at the end of a day, reports that ask for nothing. Mails written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { assessRequest } from '../../../../src/domain/license-request/request-signals.ts';
import type { LicenseRequestInput } from '../../../../src/domain/license-request/schema.ts';

const read = (body: string, more: Partial<LicenseRequestInput> = {}) => extractLicenseRequest({ body, ...more });
const engage = (body: string) => {
  const result = read(body);
  if (result.kind !== 'engage') throw new Error(`read as ${result.kind}`);
  return result.fields;
};

describe('issue 25 §1: servers as partners describe them', () => {
  it('DOMAIN §9: "Red Hat Enterprise Linux release 8.6 (Ootpa)", as /etc/redhat-release prints it, is RHEL 8.6', () => {
    const fields = engage(
      'Please send the Engage license for Ashby Foods: 20 seats of SIP Server 8.5, production, one server ab-lic-1, MAC 00-50-56-A4-D7-E1.\n\nRocky Linux release 9.2 (Blue Onyx)\n',
    );
    expect(fields.licenseServers?.[0]).toMatchObject({ os: 'Rocky Linux', osVersion: '9.2' });
  });

  it('a line of host ids ends at its line: "All three are Windows Server 2019" below it is said of every server', () => {
    const fields = engage(
      [
        'Engage order for Ashby Foods, 120 seats of SIP Server 8.5, production, three-server redundant setup.',
        '',
        'License servers: 27000@ab-1;27000@ab-2;27000@ab-3',
        'Host IDs (same order): 00:0C:29:AA:10:01, 00:0C:29:AA:10:02, 00:0C:29:AA:10:03',
        'All three are Windows Server 2022.',
      ].join('\n'),
    );
    expect(fields.licenseServers?.map((s) => [s.hostName, s.os, s.osVersion])).toEqual([
      ['ab-1', 'Windows Server', '2022'],
      ['ab-2', 'Windows Server', '2022'],
      ['ab-3', 'Windows Server', '2022'],
    ]);
  });

  it('seed 002: "FlexLM will listen on port 27000" is the license server’s port', () => {
    const fields = engage(
      'Please send the Engage license for Ashby Foods: 20 seats of SIP Server 8.5, production, one server ab-lic-1, MAC 00-50-56-A4-D7-E1, Windows Server 2022.\n\nFlexLM will listen on port 27001.',
    );
    expect(fields.licenseServers?.[0]?.port).toBe(27001);
  });

  it('a form’s blanks (`___value___`) are not part of the value', () => {
    const fields = engage(
      'Company Name: ___Ashby Foods___\nProduct / Version: ___SIP Server 8.5___\nQuantity: ___20___\nHost Name: ___ab-lic-1___\nHost ID: ___0050568b2e4f___\nOperating System: ___Windows Server 2022___\nConfiguration: ___single___\nPurpose: ___production___\n',
    );
    expect(fields).toMatchObject({
      companyName: 'Ashby Foods',
      licenseServers: [{ hostName: 'ab-lic-1', hostId: '0050568b2e4f' }],
    });
  });

  it('seed 002 media layer: "T-Server for Cisco UCM 8.5" names an application; "the switch is …" names the switch', () => {
    const fields = engage(
      'Please prepare the Engage license for Ashby Foods: 50 seats of SIP Server 8.5, production, single server ab-lic-1 (MAC 00:50:56:91:3B:7D, Windows Server 2022). They also need a T-Server for Cisco UCM 8.5 technical license. The switch is Cisco Unified Communications Manager 14.0 with 50 agent seat DNs.',
    );
    expect(fields.mediaLayer).toMatchObject({
      switchType: 'Cisco Unified Communications Manager',
      switchVersion: '14.0',
    });
  });
});

describe('issue 25 §1 and §3: words in other voices', () => {
  it('"Zweck: Produktion, ein einzelner Lizenzserver" and "evaluation for now" are read', () => {
    const german = engage(
      'Bitte erstellen Sie die Engage-Lizenzen für Ashby Foods GmbH: 90 Plätze SIP Server 8.5, Zweck: Produktion, ein einzelner Lizenzserver.\n\nHostname: ab-lic01\nHost-ID: 00-50-56-9B-31-0E\nBetriebssystem: Windows Server 2022\n',
    );
    expect(german).toMatchObject({ purpose: 'production', serverConfiguration: 'single' });
    const english = engage(
      'Engage order for Ashby Foods, 10 seats of SIP Server 8.5, evaluation for now, one server ab-lic-1 (MAC 00-50-56-A4-D7-E1, Windows Server 2022).',
    );
    expect(english.purpose).toBe('evaluation');
  });

  it('seed 003 labels in Spanish: Empresa, MAC principal, MAC de respaldo, Tipo de implementación', () => {
    const result = read(
      'Solicito un archivo de activación de PureConnect.\n\nEmpresa: Ashby CX SL\nCuenta de usuario final: Ashby Foods SA\nTipo de implementación: migración\nMAC principal: 00-1D-D8-B7-1C-01\nMAC de respaldo: 00-1D-D8-B7-1C-02\n',
    );
    expect(result.fields).toMatchObject({
      employer: 'Ashby CX SL',
      endUserAccount: 'Ashby Foods SA',
      implementationType: 'migration',
      primaryHostId: '001dd8b71c01',
      backupHostId: '001dd8b71c02',
    });
  });

  it('a mail written all in lower case names its company after "license for"', () => {
    const fields = engage(
      'hey team pls can u do the engage licnese for ashby fine foods they bought 60 seats of sip server 8.1 its for production on one server ab-sip-lic mac 00-0c-29-5e-71-aa windows server 2016',
    );
    expect(fields.companyName).toBe('ashby fine foods');
  });

  it('seed 003: a one-line signature ("Name | Company | mail | phone") names the requester’s employer and phone', () => {
    const result = read(
      'Hi Licensing,\n\nAshby Foods is a new PureConnect deployment. Please send the activation file, production server MAC 00-50-56-9D-40-01.\n\nSam Ortega | Ashby Voice LLC | sortega@ashbyvoice.example | 480-555-0133\n',
    );
    expect(result.fields).toMatchObject({
      endUserAccount: 'Ashby Foods',
      employer: 'Ashby Voice LLC',
      workPhone: '480-555-0133',
    });
  });

  it('seed 003 order number: "SO-774120" keeps the type glued to it', () => {
    const result = read(
      'Please send a PureConnect activation file for Ashby Foods, MAC 00-50-56-B2-0D-77, production.\n\nSO-774120',
    );
    expect(result.fields).toMatchObject({ orderNumber: 'SO-774120' });
  });
});

describe('issue 25 §1: dates and reasons', () => {
  const date = new Date('2025-03-17T15:30:00Z');
  it('seed 003 "Date Needed": "by EOD Thursday", with the reason in the next short sentence', () => {
    const result = read(
      'Please send the PureConnect activation file for Ashby Foods by EOD Thursday. Their go-live is Friday morning.\n\nMAC 00-50-56-9D-40-01, production, new deployment.',
      { date },
    );
    expect(result.fields).toMatchObject({ dateNeeded: '2025-03-20', dateReasoning: 'Their go-live is Friday morning' });
  });

  it('seed 003 "Date Needed": "by the 15th" is the next 15th after the mail', () => {
    const result = read(
      'Please send a PureConnect activation file for our own lab, MAC 08-00-27-6A-5C-10, new lab install. We need it by the 15th as training starts then.',
      { date },
    );
    expect(result.fields).toMatchObject({ dateNeeded: '2025-04-15', implementationType: 'new-deployment' });
  });
});

describe('issue 25 bad input: a mail that needs no action', () => {
  it('a license usage report "for your records" is not a request, though it names seats and a host id', () => {
    const text =
      'Attached is our quarterly license usage report. Peak usage: 212 of 250 seats of Enterprise Routing Solution 8.5 on bw-lic01 (host ID 0050569a3311). No action needed, this is for your records.';
    expect(assessRequest(text, 0, 5)).toEqual({ isRequest: false, reason: 'informational' });
    expect(read(text).kind).toBe('not-a-request');
  });
});
