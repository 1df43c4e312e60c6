/**
 * Issue 25 round 11 §1: the implementation type is the kind of file the mail asks for, not the first kind it
 * names. Probe mails written for the rule (not copied from the corpus), each in its own wording.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const kindOf = (body: string) =>
  (extractLicenseRequest({ body }).fields as Partial<PureConnectRecord>).implementationType;

const mail = (paragraph: string) => `Hello,\n\n${paragraph} GARN 0123456.\n\nThanks,\nPriya Nair`;

describe('issue 25 round 11 §1: a temporary file asked for is temporary, whatever later step the mail names', () => {
  it.each([
    "Harbour Bank's IC server lost its network card last night, so the MAC is different now. Until the reallocation is processed, could you issue a temporary activation file for the new MAC 00-11-22-33-44-55?",
    'We will request the reallocation properly next week, but right now Linden Grove Hospice needs a temp file on the replacement box so their agents can work. MAC 00-aa-bb-cc-dd-01.',
    "Please send a short-term (temporary) license file for Copperfield Retail's CIC server - the permanent move to the new hardware will follow in January. MAC 0A-1B-2C-3D-4E-5F.",
    'The new board changed the MAC of their production CIC server; send us a temporary license today while we file the reallocation. MAC 00-50-56-AA-BB-09.',
  ])('temporary: %s', (text) => {
    expect(kindOf(mail(text))).toBe('temporary');
  });

  it.each([
    // A temporary license that ran out is why a file is needed, not the kind asked for.
    "Their temporary license expired yesterday; please reallocate the permanent file to the new server's MAC 00-50-56-AA-BB-10.",
    'Fernhill Cooperative has replaced its old IC server with a new machine. Please reallocate their activation file to MAC 00-50-56-AA-BB-07; a proper upgrade will follow in the spring.',
  ])('not temporary: %s', (text) => {
    expect(kindOf(mail(text))).toBe('reallocation');
  });
});

describe('issue 25 round 11 §1: a move to new hardware that also changes the release is a migration', () => {
  it.each([
    'Wexford Water is moving their CIC 4.0 system to new servers running PureConnect 2025 R2 and will need a file for the new machines. MAC 00-50-56-AA-BB-02.',
    'Dunmore Credit Union is transferring production from PureConnect 2023 R1 to 2025 R3 on new hardware and needs an activation file. MAC 00-50-56-AA-BB-11.',
  ])('migration: %s', (text) => {
    expect(kindOf(mail(text))).toBe('migration');
  });

  it.each([
    'Ashgrove Foods is moving its PureConnect 2024 R1 server to new hardware next week and needs the file moved. MAC 00-50-56-AA-BB-12.',
    'Fenmoor Trust is shifting its CIC 2023 R2 server onto new hardware on Saturday; please reallocate the file. MAC 00-50-56-AA-BB-15.',
  ])('the release it runs, moved to new hardware, stays a reallocation: %s', (text) => {
    expect(kindOf(mail(text))).toBe('reallocation');
  });
});

describe('issue 25 round 11 §1: the verb "migrate" in any of its forms and languages', () => {
  it.each([
    "Le Crédit Mutuel du Léman migre ses serveurs PureConnect vers un nouveau centre de données et a besoin d'un fichier d'activation. MAC 00-50-56-AA-BB-01.",
    'Die Stadtwerke Elbtal migrieren ihr PureConnect-System auf neue Server und brauchen eine Aktivierungsdatei. MAC 00-50-56-AA-BB-03.',
    'A Cooperativa Vale Verde está fazendo a migração do PureConnect e precisa de um arquivo de ativação. MAC 00-50-56-AA-BB-13.',
    'We migrated the customer to PureConnect 2025 R1 last night and need the activation file for it. MAC 00-50-56-AA-BB-14.',
  ])('migration: %s', (text) => {
    expect(kindOf(mail(text))).toBe('migration');
  });
});
