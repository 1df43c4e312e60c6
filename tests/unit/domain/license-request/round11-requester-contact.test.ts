/**
 * Issue 25 round 11 §10: the requester's own contact details in the forms the written-blind mails used: an
 * extension after a comma, an address said in a sentence, a display name "Last, First (Company)", an apostrophe
 * in a name. Probes written for each rule (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { splitPersonName } from '../../../../src/domain/license-request/person-names.ts';
import type { PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';
import { readSignature } from '../../../../src/domain/license-request/signature.ts';

const REQUEST =
  'Fellside Water Board needs a PureConnect activation file for its new production server, MAC 00-50-56-AA-22-01, GARN 0456600. Sold To: Westshore CX.';
const read = (body: string, from?: { name?: string; address?: string }) =>
  extractLicenseRequest({ body, ...(from ? { from } : {}) }).fields as Partial<PureConnectRecord>;

describe('issue 25 round 11 §10: an extension after a comma stays with its number', () => {
  it.each([
    ['Office: 303-555-0142, ext. 77', '303-555-0142, ext. 77'],
    ['Tel +44 161 555 0199, x214', '+44 161 555 0199, x214'],
    ['T: 02 5555 0101, poste 12', '02 5555 0101, poste 12'],
  ])('signature line %s', (line, phone) => {
    expect(
      readSignature([
        { text: 'Ada Pike', line: 1 },
        { text: line, line: 2 },
      ])?.phone,
    ).toBe(phone);
  });

  it('said in a sentence: "my direct line +44 20 7946 0999 ext 31"', () => {
    expect(
      read(`Hi,\n\n${REQUEST} You can reach me on my direct line +44 20 7946 0999 ext 31 if needed.\n\nAda`).workPhone,
    ).toBe('+44 20 7946 0999 ext 31');
  });
});

describe('issue 25 round 11 §10: the requester’s address said in a sentence', () => {
  it.each([
    'Any questions, reach me on +44 20 7946 0999 or at ada.pike@westshore.example.',
    'My email is ada.pike@westshore.example if anything is missing.',
    'Please contact me via ada.pike@westshore.example with questions.',
  ])('%s', (sentence) => {
    expect(read(`Hi,\n\n${REQUEST} ${sentence}\n\nAda Pike`).corporateEmail).toBe('ada.pike@westshore.example');
  });

  it('an address to copy is not the requester’s', () => {
    expect(
      read(`Hi,\n\n${REQUEST} Please contact me and copy tom.reyes@westshore.example.\n\nAda Pike`).corporateEmail,
    ).toBeUndefined();
  });
});

describe('issue 25 round 11 §10: display names and names with apostrophes', () => {
  it.each([
    ['Hughes, Patricia (Wattle Voice Pty Ltd)', { firstName: 'Patricia', lastName: 'Hughes' }],
    ["Sean O'Connor", { firstName: 'Sean', lastName: "O'Connor" }],
    ["'Ada Pike'", { firstName: 'Ada', lastName: 'Pike' }],
    ['Mira Holt (Fellside IT)', { firstName: 'Mira', lastName: 'Holt' }],
  ])('%s', (name, person) => {
    expect(splitPersonName(name)).toEqual(person);
  });

  it('the company in brackets after the person is the employer when no signature names one', () => {
    const fields = read(`Hi,\n\n${REQUEST}\n\nThanks\nTrish`, {
      name: 'Hughes, Patricia (Wattle Voice Pty Ltd)',
      address: 'p.hughes@wattlevoice.example',
    });
    expect(fields).toMatchObject({ firstName: 'Patricia', lastName: 'Hughes', employer: 'Wattle Voice Pty Ltd' });
  });
});

describe('issue 25 round 11 §10: "sold to is us, X" names the writer’s company', () => {
  it.each([
    'sold to is us, Harrowgate Voice Ltd, SO 6334801. need it by friday.',
    'The sold-to is us - Harrowgate Voice Ltd; please send it today.',
  ])('%s', (sentence) => {
    expect(read(`Hi,\n\n${REQUEST.replace('Sold To: Westshore CX.', '')} ${sentence}\n\nAda`).employer).toBe(
      'Harrowgate Voice Ltd',
    );
  });
});
