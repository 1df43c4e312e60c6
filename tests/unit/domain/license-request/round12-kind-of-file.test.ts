/**
 * Issue 25 round 12: the implementation and deployment type said in the partner's own verbs and compounds —
 * the classes of writing behind the second held-out part's needless "which implementation type?" questions.
 * Probe mails written for each rule before the reader was changed (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const read = (paragraph: string) =>
  extractLicenseRequest({
    body: `Hello,\n\n${paragraph}\n\nGARN 0456400, MAC 00-50-56-AA-FF-01, Sold To: Westshore CX.\n\nThanks,\nLiam Walsh`,
  }).fields as Partial<PureConnectRecord>;

describe('issue 25 round 12 §1: a system made (stood up, built, deployed, provisioned) is a new deployment', () => {
  it.each([
    'We stood up a new PureConnect test server for the UAT phase and need an activation file for it.',
    'Kerrow Mutual has just deployed a brand-new CIC training server; please issue its activation file.',
    'We have provisioned an additional QA server for Halloran Foods and need a licence file for it.',
    'Our engineers built a fresh PureConnect staging box last week. It needs an activation file.',
    'Dunmore Energy installed a second IC server for their new contact centre in Cork and needs an activation file.',
  ])('%s', (paragraph) => {
    expect(read(paragraph).implementationType).toBe('new-deployment');
  });

  it('a server made to replace an old one stays a reallocation', () => {
    expect(
      read('We built a new VM to replace the old CIC server that failed, so the activation file has to move to it.')
        .implementationType,
    ).toBe('reallocation');
  });
});

describe('issue 25 round 12 §2: something bought to add to a licensed system is an add-on', () => {
  it.each([
    'Brackley Dental purchased twelve Nuance ASR ports to add to their PureConnect production system; we need the third-party activation file.',
    'The customer has bought 20 extra recorder licences for their existing CIC server and needs an updated activation file.',
    'Halden Water ordered the Interaction Dialer feature for its production IC server; please send the new file.',
    'We need an activation file that adds the 15 speech analytics channels Pryor Logistics bought to their live system.',
  ])('%s', (paragraph) => {
    expect(read(paragraph).implementationType).toBe('add-on');
  });
});

describe('issue 25 round 12 §3: a server "migrated" onto new hardware with no new release is a reallocation', () => {
  it.each([
    "Tolland Water's CIC server has been migrated to a new VM and the licence has to be rehosted to it.",
    'We migrated the production IC server of Fenwick Bank onto new hardware last night; the MAC changed.',
    'Marlow Health is migrating its PureConnect server to a new virtual machine on the same release.',
  ])('%s', (paragraph) => {
    expect(read(paragraph).implementationType).toBe('reallocation');
  });

  it.each([
    'Marlow Health is migrating from CIC 4.0 to PureConnect 2025 R4 on new servers.',
    'We are migrating the customer to the new release and need a file for it.',
  ])('a move to a new release stays a migration: %s', (paragraph) => {
    expect(read(paragraph).implementationType).toBe('migration');
  });
});

describe('issue 25 round 12 §4: German compounds name the deployment (Produktionsserver, Testsystem)', () => {
  it.each([
    ['die Stadtwerke Ansbach ziehen ihren PureConnect-Produktionsserver auf neue Hardware um.', 'production'],
    ['Wir benötigen eine Aktivierungsdatei für das neue Produktivsystem der Kreisbank Lahn.', 'production'],
    ['Für das Testsystem der Brauerei Kessler brauchen wir eine Aktivierungsdatei.', 'test'],
    ['Die Firma Hollmann baut eine Laborumgebung auf und benötigt eine Aktivierungsdatei.', 'lab'],
  ])('%s', (paragraph, deployment) => {
    expect(read(paragraph).deploymentType).toBe(deployment);
  });
});
