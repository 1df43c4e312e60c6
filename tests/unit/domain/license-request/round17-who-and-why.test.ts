/**
 * Issue 25 round 17 (fix-lic-a): needless questions about who and why — classes of writing, each with probe mails
 * written before the reader was changed (not copied from the corpus; the mails are in round17-probes-who.data.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { questionFor } from '../../../../src/domain/license-request/questions.ts';
import {
  CUSTOMER_IN_PASSING,
  END_USER_TWICE,
  HOSTED_PLATFORM,
  MODE_IN_JAPANESE,
  NO_CHANGE_NEEDED,
  PURPOSE_SAID,
  type Round17Probe,
} from './round17-probes-who.data.ts';

function check({ body, subject, from, want }: Round17Probe): void {
  const read = extractLicenseRequest({ body, ...(subject ? { subject } : {}), ...(from ? { from } : {}) });
  if (want.kind) expect(read.kind).toBe(want.kind);
  const fields = read.fields as Record<string, unknown>;
  for (const [key, value] of Object.entries(want.fields ?? {})) expect([key, fields[key]]).toEqual([key, value]);
  for (const key of want.notAsked ?? []) expect(read.missing).not.toContain(key);
  for (const key of want.asked ?? []) expect(read.missing).toContain(key);
  const invalid = read.invalid.map((i) => i.field);
  for (const key of want.invalid ?? []) expect(invalid).toContain(key);
  for (const key of want.notInvalid ?? []) expect(invalid).not.toContain(key);
}
const named = (list: Round17Probe[]): [string, Round17Probe][] =>
  list.map((p) => [
    p.body
      .split('\n')
      .find((l) => l.length > 20)
      ?.slice(0, 80) ?? p.body.slice(0, 80),
    p,
  ]);

describe('issue 25 round 17 §1: "no action is needed on your license files" — a renewal quotation or notice is no request', () => {
  it.each(named(NO_CHANGE_NEEDED))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 17 §2: the purpose said of the servers as a whole ("both are production"), under "What for", before the step to production, or before "build"', () => {
  it.each(named(PURPOSE_SAID))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 17 §3: ブレンド is the blended deployment mode', () => {
  it.each(named(MODE_IN_JAPANESE))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 17 §4: a provider that runs its own hosted platform is the End User and the Sold To', () => {
  it.each(named(HOSTED_PLATFORM))('%s', (_, probe) => check(probe));
});

describe('issue 25 round 17 §5: a labelled End User and another company the request is said to be for (also in the Description) are a contradiction', () => {
  it.each(named(END_USER_TWICE))('%s', (_, probe) => check(probe));
  it('the question names the field in words', () => {
    const q = questionFor('endUserAccount', 'the mail gives two different values', 'Alpha Trust / Beta Council');
    expect(q.question).toBe(
      'Your mail gives two different End User accounts: Alpha Trust and Beta Council. Which one is right?',
    );
  });
});

describe('issue 25 round 17 §6: the customer named where the rollout goes ("the rollout to X\'s claims team") or that "will upgrade"', () => {
  it.each(named(CUSTOMER_IN_PASSING))('%s', (_, probe) => check(probe));
  it('"Harbour Trust will upgrade CIC next quarter" names the End User', () => {
    const read = extractLicenseRequest({
      body: 'Hello,\n\nHarbour Trust will upgrade CIC from 2023 R4 to 2025 R1 next month and needs an upgrade activation file, MAC 00-15-5D-00-11-22, production.\n\nSold to us, Quayside Voice Ltd.\n\nAlex Kim\nQuayside Voice Ltd',
    });
    expect(read.fields).toMatchObject({ endUserAccount: 'Harbour Trust' });
  });
});

describe("issue 25 round 17 §7: a GARN in a pasted `Subject:` line that differs from the body is asked about, in the mail's order", () => {
  it('Subject GARN 0170011, body GARN 0170101', () => {
    const read = extractLicenseRequest({
      body: 'Subject: AFR GARN 0170011 - Kelso Water add-on\n\nHi,\n\nKelso Water needs 5 more ACD licences; please send an updated activation file.\n\nGARN: 0170101\nSold To: Tweed Voice Ltd\nMAC: 00-15-5D-3E-00-01\n\nAnn Scott\nTweed Voice Ltd',
    });
    expect(read.fields).not.toHaveProperty('garn');
    expect(read.invalid).toContainEqual(expect.objectContaining({ field: 'garn', value: '0170011 / 0170101' }));
  });
});

describe('issue 25 round 17 §8: a Genesys product with an 8.x / 9.x release ("Genesys Interaction Server 8.5") tells an Engage order', () => {
  it('an order naming only "Genesys Designer 9.0" and a server is Engage, not unknown', () => {
    const read = extractLicenseRequest({
      body: 'Hi,\n\nFor our customer Tejo Seguros we need Genesys Designer 9.0 (2 units) for their test environment. One server, tjs-des01, Windows Server 2022, MAC 00-15-5D-77-00-01.\n\nThanks\nRui Lopes\nLisboa Contact Lda',
    });
    expect(read.kind).toBe('engage');
  });
  it('a PureConnect release ("CIC 2024 R1") with Genesys licences stays PureConnect', () => {
    const read = extractLicenseRequest({
      body: 'Hello,\n\nPlease issue a new activation file for Tejo Seguros, CIC 2024 R1, Genesys licences, MAC 00-15-5D-77-00-02, production.\n\nRui Lopes\nLisboa Contact Lda',
    });
    expect(read.kind).toBe('pureconnect');
  });
});

describe('issue 25 round 17 §9: "el servidor de producción de X", "o servidor de testes da X": whose server, in the request languages', () => {
  it('Spanish: the production server of Clínica Valle Sur is the End User', () => {
    const read = extractLicenseRequest({
      body: 'Estimados:\n\nNecesitamos un archivo de activación nuevo para el servidor de producción de Clínica Valle Sur SpA (nueva implementación).\n\nMAC: A0-36-9F-00-11-22\nCuenta Sold To: Sur Voz SpA\n\nSaludos,\nAna Pérez\nSur Voz SpA',
    });
    expect(read.fields).toMatchObject({ endUserAccount: 'Clínica Valle Sur SpA' });
  });
  it('Italian: "il server di produzione della Banca X" is the End User', () => {
    const read = extractLicenseRequest({
      body: 'Buongiorno,\n\nchiediamo un nuovo file di attivazione per il server di produzione della Cassa Rurale di Trento S.p.A., nuova installazione CIC 2025 R1.\n\nMAC: 00-15-5D-11-22-01\nSold To: Adige Voce S.r.l.\n\nLuca Bianchi\nAdige Voce S.r.l.',
    });
    expect(read.fields).toMatchObject({ endUserAccount: 'Cassa Rurale di Trento S.p.A.' });
  });
  it('"servidor de licencias" names no one', () => {
    const read = extractLicenseRequest({
      body: 'Hola,\n\nNecesitamos la licencia para el servidor de licencias nuevo, MAC 00-15-5D-10-20-30, CIC 2024 R1, producción.\n\nAna Pérez\nSur Voz SpA',
    });
    expect((read.fields as Record<string, unknown>)['endUserAccount']).not.toBe('Licencias');
  });
});

describe("issue 25 round 17 §10: in a table of accounts with a GARN column, the Sold To row's GARN is the partner's, not the End User's", () => {
  it('Sold To and End User rows each with a GARN: the End User row gives the GARN, no contradiction', () => {
    const read = extractLicenseRequest({
      body: 'Hi Licensing,\n\nPlease issue a new production activation file for Coral Bay Ferries (new deployment).\n\nAccount\tName\tGARN\nSold To\tReef Channel Pte Ltd\t0140001\nEnd User\tCoral Bay Ferries Pte Ltd\t0190002\n\nMAC\t00-50-56-9A-00-01\nCategory\tGenesys\n\nLim Wei\nReef Channel Pte Ltd',
    });
    expect(read.fields).toMatchObject({ garn: '0190002' });
    expect(read.invalid.map((i) => i.field)).not.toContain('garn');
  });
});

describe('issue 25 round 17 §11: a new system made with its product and release before the noun is a new deployment', () => {
  it('"standing up a brand-new PureConnect CIC 2024 R1 server" → new-deployment', () => {
    const read = extractLicenseRequest({
      body: 'Hello,\n\nWe are standing up a brand-new PureConnect CIC 2024 R1 server for our customer Prairie Dental (GARN-0230001) and need a production activation file for it. MAC 6C:2B:59:00:00:01.\n\nThanks,\nBea Novak\nLakeside Voice LLC',
    });
    expect(read.fields).toMatchObject({ implementationType: 'new-deployment' });
  });
});

describe('issue 25 round 17 §2b: "recette" (French acceptance testing) is testing, and "avant la mise en production" is the step after it', () => {
  it('environnement de recette avant la mise en production → testing', () => {
    const read = extractLicenseRequest({
      body: 'Bonjour,\n\nMerci de générer la licence Engage pour la Caisse du Jura, environnement de recette avant la mise en production.\n\nSIP Server 9.0 : 20 postes\nServeur de licences unique : cdj-rec / 00-0C-29-00-00-01 / Windows Server 2019\n\nCordialement,\nPaul Girard\nJura Intégration SAS',
    });
    expect(read.fields).toMatchObject({ purpose: 'testing' });
  });
});
