/** Issue 25 round 6: the shapes dev batch 6 showed, each read by a general rule. */
import { describe, expect, it } from 'vitest';
import { rewriteCommandOutput } from '../../../../src/domain/license-request/command-output.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { numberWordsAsDigits } from '../../../../src/domain/license-request/number-words.ts';
import { assessRequest } from '../../../../src/domain/license-request/request-signals.ts';
import { readSignature } from '../../../../src/domain/license-request/signature.ts';
import { readTiming } from '../../../../src/domain/license-request/timing.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('issue 25 bad input: what only looks like a request, and what only looks like a problem', () => {
  it('"a switchover pair that takes calls if the main site fails" is no problem report', () => {
    expect(
      assessRequest('They want a hot standby that takes calls within seconds if the main site fails.', 0, 3).isRequest,
    ).toBe(true);
    expect(assessRequest('The main site fails every night with error 42.', 0, 3).isRequest).toBe(false);
  });

  it('a renewal quotation that says no activation file change is needed is no request', () => {
    const text =
      'Please find below the renewal quotation for X. To accept, reply with your purchase order; no activation file change is needed for a renewal.';
    expect(assessRequest(text, 4, 6)).toEqual({ isRequest: false, reason: 'informational' });
  });

  it('an invoice dispute ("could you issue a credit note for the 30 extra seats? the licenses themselves are fine") is none', () => {
    const text =
      'Your invoice bills us for 150 seats but the order was for 120 seats. Could you issue a credit note for the 30 extra seats? The licenses themselves are fine - nothing to change there.';
    expect(assessRequest(text, 0, 5).isRequest).toBe(false);
  });
});

describe('issue 25 round 6 §2: who is who', () => {
  it('"Sold To Lakemont\'s reseller Crescent Bay Communications (that\'s us)" is Crescent Bay', () => {
    const result = extractLicenseRequest({
      subject: 'Hot standby activation file',
      body: "Lakemont Transit needs a new activation file for its PureConnect standby pair.\nMAC 00-50-56-B3-1E-40.\nSold To Lakemont's reseller Crescent Bay Communications (that's us), SO 6323502.\n\nThanks\nLuis Navarro\nCrescent Bay Communications\nluis.navarro@crescentbay.example",
    });
    expect(result.fields).toMatchObject({ soldToAccount: 'Crescent Bay Communications' });
  });

  it('"Yours faithfully," closes the message: the signature below it names the requester', () => {
    const result = extractLicenseRequest({
      subject: 'AFR - Ashby Leisure',
      body: 'Dear Licensing,\n\nPlease issue a PureConnect activation file for Ashby Leisure Centres, production, MAC 00-50-56-8D-44-A0.\n\nYours faithfully,\nPriscilla Owusu\nLicensing Desk, Westgate Distribution plc\npriscilla.owusu@westgatedist.example',
    });
    expect(result.fields).toMatchObject({
      firstName: 'Priscilla',
      lastName: 'Owusu',
      corporateEmail: 'priscilla.owusu@westgatedist.example',
    });
  });

  it('a labelled End User and another company the prose calls "our customer" are a contradiction', () => {
    const result = extractLicenseRequest({
      subject: 'AFR add-on',
      body: 'Our customer Bayview Orthodontics has added 12 Interaction Client licences and needs an updated activation file.\n\nEnd User: Harbor Point Dental Partners\nSold To: Coastline Voice LLC\nServer MAC: 00-15-5D-44-8E-19\n\nRachel Kim\nCoastline Voice LLC\nrachel.kim@coastlinevd.example',
    });
    expect(result.invalid.map((i) => i.field)).toContain('endUserAccount');
  });

  it('the same company named short in the prose and in full on the label is no contradiction', () => {
    const result = extractLicenseRequest({
      body: "New order kit below. The licenses are for Oakfield Building's production contact centre.\n\nCompany name: Oakfield Building Society\nSellable item: Enterprise Routing Solution 9.0 - 140 seats\nLicense server: ofl-lic01 / 00-0D-3A-5B-77-90 / Windows Server 2022\nSingle server.",
    });
    expect(result.invalid).toEqual([]);
    expect(result.fields).toMatchObject({ companyName: 'Oakfield Building Society' });
  });
});

describe('issue 25 round 6 §2: command output pasted from the server', () => {
  it('hostid, uname -a and oslevel on AIX: the host id, host name and OS, not the machine id', () => {
    const out = rewriteCommandOutput(
      lines('$ uname -a\nAIX gsl-aixlic 2 7 00F84C2A4C00\n$ oslevel\n7.2.0.0\n$ hostid\n0x7f3a0c21'),
    ).map((l) => l.text);
    expect(out).toEqual(['Host name: gsl-aixlic', 'OS: AIX 7.2', 'Host ID: 7f3a0c21']);
  });

  it('cat /etc/redhat-release gives the OS; ipconfig /all keeps only the host name and MAC', () => {
    const out = rewriteCommandOutput(
      lines(
        '[root@qmi ~]# cat /etc/redhat-release\nRed Hat Enterprise Linux release 8.8 (Ootpa)\n   Host Name . . . . . . . : KVG-IC01\n   Description . . . . . . : vmxnet3 Ethernet Adapter\n   Physical Address. . . . : 00-50-56-9E-31-A2',
      ),
    ).map((l) => l.text);
    expect(out).toEqual([
      'OS: Red Hat Enterprise Linux release 8.8 (Ootpa)',
      'Host name: KVG-IC01',
      'Physical address: 00-50-56-9E-31-A2',
    ]);
  });

  it("an order kit's own dotted labels (`Hostname...: x`) are left as written", () => {
    expect(rewriteCommandOutput(lines('  Hostname...: cas-lic01')).map((l) => l.text)).toEqual([
      '  Hostname...: cas-lic01',
    ]);
  });
});

describe("issue 25 round 6 §2: counts, purposes and modes in the partner's language", () => {
  it.each([
    ['ciento cincuenta puestos y cuarenta puertos', '150 puestos y 40 puertos'],
    ['deux cent quarante postes', '240 postes'],
    ['cinquenta e cinco posições', '55 posições'],
    ['dos servidores, due giorni', 'dos servidores, due giorni'],
  ])('%j → %j', (words, digits) => {
    expect(numberWordsAsDigits(words)).toBe(digits);
  });

  it('"licencias de producción", and "por separado (no blended)" is separate', () => {
    const result = extractLicenseRequest({
      body: 'Nuestro cliente Grupo San Rafael S.A. necesita las licencias de producción: ciento cincuenta puestos de Enterprise Routing Solution 8.5 y cuarenta puertos de Genesys Voice Platform 8.5. Las dos soluciones se despliegan por separado (no blended).\n\nEl servidor de licencias es gsr-lic01, con Red Hat Enterprise Linux 9.2, host ID 005056a1c3e9. Un solo servidor.',
    });
    expect(result.fields).toMatchObject({ purpose: 'production', deploymentMode: 'separate' });
    expect(result.missing).toEqual([]);
  });

  it('"Production order kit for X" names the purpose', () => {
    const result = extractLicenseRequest({
      body: 'Production order kit for Whitcombe Retail Group: Enterprise Routing Solution 8.5, 180 seats. Server wrg-lic01, host ID 00-50-56-99-0B-7A, Windows Server 2019, single server.',
    });
    expect(result.fields).toMatchObject({ purpose: 'production' });
  });
});

describe('issue 25 bad input: a license server named with two ports', () => {
  it('"7260@wrg-lic01" and "the license manager on wrg-lic01 listens on port 27001": asked, neither sent', () => {
    const result = extractLicenseRequest({
      body: 'Production licenses for Whitcombe Retail Group: Enterprise Routing Solution 8.5, 180 seats.\nLicense server location: 7260@wrg-lic01\nHost ID: 00-50-56-99-0B-7A, Windows Server 2019, single server.\nThe license manager on wrg-lic01 listens on port 27001.',
    });
    expect(result.invalid.map((i) => i.field)).toEqual(['licenseServers[0].port']);
    expect((result.fields as { licenseServers?: { port?: number }[] }).licenseServers?.[0]?.port).toBeUndefined();
  });
});

describe('issue 25 round 6 §2: dates needed in Italian and Japanese', () => {
  const at = (reference: string, offset: number) => ({ reference: new Date(reference), offset });
  it('"Ci servirebbe entro venerdì, perché l\'aggiornamento è previsto per il fine settimana"', () => {
    const timing = readTiming(
      [
        {
          text: "Ci servirebbe entro venerdì, perché l'aggiornamento è previsto per il fine settimana.",
          line: 1,
          row: false,
          paragraph: 0,
        },
      ],
      { ...at('2025-11-17T09:20:00+01:00', 60), language: 'it' },
    );
    expect(timing.dateNeeded?.value).toBe('2025-11-21');
    expect(timing.dateReasoning?.value).toBe("l'aggiornamento è previsto per il fine settimana");
  });

  it("来週水曜日の本番稼働に間に合うよう: next week's Wednesday, for the go-live", () => {
    const timing = readTiming(
      [
        {
          text: '来週水曜日の本番稼働に間に合うよう、それまでにいただけますと幸いです。',
          line: 1,
          row: false,
          paragraph: 0,
        },
      ],
      { ...at('2025-11-20T15:00:00+09:00', 540), language: 'ja' },
    );
    expect(timing.dateNeeded?.value).toBe('2025-11-26');
    expect(timing.dateReasoning?.value).toBe('本番稼働');
  });
});

describe('issue 25 round 6 §2: the work phone with its extension, before a mobile', () => {
  it.each([
    ['Tel.: +55 11 5555-0143 ramal 208 | Celular: +55 11 95555-0198', '+55 11 5555-0143 ramal 208'],
    ['Tel. +39 045 555 0176 int. 31 - Cell. +39 345 555 0129', '+39 045 555 0176 int. 31'],
    ['Of. +52 55 5555 0148 ext. 12 | Cel. +52 1 55 5555 0177', '+52 55 5555 0148 ext. 12'],
    ['Fone: +55 51 3555-0188 | Celular: +55 51 99555-0188', '+55 51 3555-0188'],
    ['TEL: 045-555-0163（内線 118）', '045-555-0163（内線 118）'],
  ])('%j → %j', (line, phone) => {
    expect(
      readSignature([
        { text: 'Ana Souza', line: 1 },
        { text: line, line: 2 },
      ])?.phone,
    ).toBe(phone);
  });
});

describe('issue 25 round 6 §2: "Type: new deployment, production" and "ASAP please - go-live Monday"', () => {
  const result = extractLicenseRequest({
    subject: 'New activation file - Kookaburra Energy',
    date: new Date('2025-11-13T16:40:00+10:00'),
    dateOffset: 600,
    body: "Kookaburra Energy's new PureConnect contact centre only waits for its first activation file. ASAP please - go-live Monday.\n\nEnd user: Kookaburra Energy Pty Ltd\nSold to: Southern Cross Comms Pty Ltd\nType: new deployment, production\nPrimary server MAC: 00-15-5D-C4-09-E1\n\nCheers,\nMitchell Park\nSouthern Cross Comms Pty Ltd\nmitchell.park@southerncross.example",
  });

  it('each piece of a bare "Type:" names its own choice', () => {
    expect(result.fields).toMatchObject({ implementationType: 'new-deployment', deploymentType: 'production' });
  });

  it('the go-live day of a sentence that asks for speed is the date needed, and the go-live why', () => {
    expect(result.fields).toMatchObject({ dateNeeded: '2025-11-17', dateReasoning: 'go-live', urgent: true });
  });

  it('"Our go-live was on 3 March" asks for nothing', () => {
    const timing = readTiming(
      [{ text: 'Our go-live was on 3 March and went well.', line: 1, row: false, paragraph: 0 }],
      {
        reference: new Date('2025-03-10T09:00:00Z'),
        language: 'en',
      },
    );
    expect(timing.dateNeeded).toBeUndefined();
  });
});

describe('issue 25 round 6 §2: media layer counts in words', () => {
  it('"ten agent DNs and four technical DNs" are 10 and 4', () => {
    const result = extractLicenseRequest({
      body: 'Demo licenses for Kestrel Labs: 10 seats of SIP Server 8.1, single server kl-lic01 (host ID 00-50-56-01-02-03, Windows Server 2019).\nSwitch: Cisco Unified Communications Manager 14, ten agent DNs and four technical DNs.',
    });
    expect(result.fields).toMatchObject({ mediaLayer: { agentSeatDns: 10, technicalDns: 4 } });
  });
});
