/**
 * Issue 25 round 11 §2: whose the licenses are, in the forms partners write it that the cue table missed.
 * Probe mails written for each rule (not copied from the corpus), in different wording.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { isCompanyLike } from '../../../../src/domain/license-request/lexicon.ts';

const read = (body: string) => {
  const result = extractLicenseRequest({ body });
  const fields = result.fields as { companyName?: string; endUserAccount?: string };
  return { company: fields.companyName ?? fields.endUserAccount, asked: result.questions.map((q) => q.field) };
};
const engage = (sentence: string) =>
  `Hi,\n\n${sentence} 40 seats of SIP Server 9.0 on one license server, hostname x-lic01, MAC 00-11-22-33-44-aa, Windows Server 2022.\n\nThanks\nNiamh Burke`;
const pureconnect = (sentence: string) => `Hello,\n\n${sentence} Sold To: Westshore CX.\n\nThanks,\nLiam Walsh`;

describe('issue 25 round 11 §2: a name in brackets after the writer’s pronoun or an account number', () => {
  it.each([
    ['please make a production licence for us (Halewood Marine, Cork):', 'Halewood Marine'],
    ['We (Corrib Ferries Ltd) need a production licence:', 'Corrib Ferries Ltd'],
  ])('Engage: %s', (sentence, company) => {
    const { company: read_, asked } = read(engage(sentence));
    expect(read_).toBe(company);
    expect(asked).not.toContain('companyName');
  });

  it.each([
    [
      'Our new lab CIC server needs its activation file, MAC 00-50-56-AA-CC-01. Our GARN is 0456123 (Tessaly Freight).',
      'Tessaly Freight',
    ],
    [
      'The account here is 0456125 (Kestrel Row Dental); please reallocate their activation file to the new production server, MAC 00-50-56-AA-CC-03.',
      'Kestrel Row Dental',
    ],
  ])('PureConnect: %s', (sentence, company) => {
    expect(read(pureconnect(sentence)).company).toBe(company);
  });

  it('a partner in brackets that says it is the reseller is not the customer', () => {
    const { company } = read(
      pureconnect(
        'We (Westshore CX) are the reseller here. Marsh Hollow Farms needs an activation file for its production CIC server, MAC 00-50-56-AA-CC-21.',
      ),
    );
    expect(company).toBe('Marsh Hollow Farms');
  });
});

describe('issue 25 round 11 §2: what is licensed, then whose it is ("the UAT stack of X")', () => {
  it.each([
    ['For the staging cluster of Osprey Mutual we need', 'Osprey Mutual'],
    ['The test environment belonging to Marlow Rail needs', 'Marlow Rail'],
    ['This is for the production platform at Greyfield Council:', 'Greyfield Council'],
  ])('%s', (sentence, company) => {
    expect(read(engage(sentence)).company).toBe(company);
  });
});

describe('issue 25 round 11 §2: the customer after its role word and an article, in the partner’s language', () => {
  it.each([
    ['Pour notre client, la Caisse Régionale du Var, nous avons besoin de', 'Caisse Régionale du Var'],
    ['Für unseren Kunden, die Stadtwerke Auental, brauchen wir', 'Stadtwerke Auental'],
    ['Para nuestro cliente, el Banco del Sur Andino, necesitamos', 'Banco del Sur Andino'],
  ])('%s', (sentence, company) => {
    expect(read(engage(sentence)).company).toBe(company);
  });

  it.each([
    [
      "Le Crédit Mutuel du Léman migre ses serveurs PureConnect et a besoin d'un fichier d'activation.",
      'Crédit Mutuel du Léman',
    ],
    [
      'Die Stadtwerke Elbtal migrieren ihr PureConnect-System und brauchen eine Aktivierungsdatei.',
      'Stadtwerke Elbtal',
    ],
  ])('a sentence that opens with the customer doing it: %s', (sentence, company) => {
    expect(read(pureconnect(`${sentence} MAC 00-50-56-AA-BB-01, GARN 0111222.`)).company).toBe(company);
  });
});

describe('issue 25 round 11 §2: whoever needs the file, wherever the sentence puts it', () => {
  it.each([
    [
      'As of this morning Thornbury Opticians needs an activation file for its production CIC server',
      'Thornbury Opticians',
    ],
    [
      'After the hardware swap Elmstead Parish Council requires a new activation file for production',
      'Elmstead Parish Council',
    ],
    [
      'We will request the reallocation next week, but right now Linden Grove Hospice needs a temp file',
      'Linden Grove Hospice',
    ],
  ])('%s', (sentence, company) => {
    expect(read(pureconnect(`${sentence}, MAC 00-50-56-AA-CC-04, GARN 0456126.`)).company).toBe(company);
  });
});

describe('issue 25 round 11 §2: a reference number is no company', () => {
  it.each(['SO 6334455', 'PO 4500012345', 'AFR 2025112233'])('%s', (reference) => {
    expect(isCompanyLike(reference)).toBe(false);
  });

  it('"Order: SO 6334455" beside "End User: Oakhill Dental" is no second End User', () => {
    const { company, asked } = read(
      'Hello,\n\nOakhill Dental is upgrading its production PureConnect to 2025 R2 and needs an activation file.\n\nEnd User: Oakhill Dental\nGARN: 0456128\nSold To: Westshore CX\nOrder: SO 6334455\nMAC: 00-50-56-AA-CC-06\n\nLiam Walsh',
    );
    expect(company).toBe('Oakhill Dental');
    expect(asked).not.toContain('endUserAccount');
  });

  it('a company with a short number keeps it', () => {
    expect(isCompanyLike('Grayson County 911')).toBe(true);
  });
});
