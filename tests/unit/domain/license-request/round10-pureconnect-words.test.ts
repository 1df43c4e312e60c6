/** Issue 25 round 10 §1: PureConnect facts said in words the reader asked about although the mail gave them. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const read = (body: string) => {
  const result = extractLicenseRequest({ body });
  return { fields: result.fields as Partial<PureConnectRecord>, asked: result.questions.map((q) => q.field) };
};

const ITALIAN = (opening: string) =>
  [
    'Buongiorno,',
    '',
    `${opening} e hanno bisogno di un file di attivazione PureConnect.`,
    '',
    'Cliente finale: Ferrovie Lagunari S.p.A.',
    'GARN: 0229077',
    'Sold To: Adriatica Voce S.r.l.',
    'Ordine (SO): 6333901',
    'MAC del server: 00-50-56-A3-5D-91',
    '',
    'Cordiali saluti,',
    'Marco Bellini',
    'Adriatica Voce S.r.l.',
    'marco.bellini@adriaticavoce.example',
  ].join('\n');

describe('issue 25 round 10 §1: seed 003 implementation and deployment types in more words', () => {
  it('"un nuovo sistema PureConnect di test" is a new deployment on a test system; "Ordine (SO):" is the order', () => {
    const { fields, asked } = read(
      ITALIAN('le Ferrovie Lagunari stanno installando un nuovo sistema PureConnect di test'),
    );
    expect(fields).toMatchObject({
      implementationType: 'new-deployment',
      deploymentType: 'test',
      orderNumber: '6333901',
    });
    expect(asked).not.toContain('implementationType');
    expect(asked).not.toContain('deploymentType');
  });

  it.each([
    ['un nuevo sistema', 'new-deployment'],
    ['ein neues System', 'new-deployment'],
  ])('"%s" is %s', (words, type) => {
    expect(read(ITALIAN(`Sie bauen ${words} für die Filiale`)).fields.implementationType).toBe(type);
  });

  it('"add the Zoom integration to their production system" is an add-on', () => {
    const { fields, asked } = read(
      'Subject: activation file - Zoom for Prairie Gas\n\nhi, Prairie Gas want to add the Zoom integration to their production PureConnect system, GARN 0217789, sold to is Heartland Voice (us), SO 6331878, IC MAC 00-50-56-9D-44-12. cheers, Amy Novak, Heartland Voice, amy.novak@heartlandvoice.example',
    );
    expect(fields.implementationType).toBe('add-on');
    expect(asked).not.toContain('implementationType');
  });

  it('an integration merely asked about is no add-on', () => {
    expect(
      read(ITALIAN('Prairie Gas asked about the Zoom integration for their system')).fields.implementationType,
    ).toBeUndefined();
  });
});

describe('issue 25 round 10 §1: the Sold To said as "sold to is us, X"', () => {
  it('"sold to is us, Lakeshore Voice Inc, SO …" names the Sold To, which is not the End User', () => {
    const { fields, asked } = read(
      'Subject: AFR for Birchwood Dental\n\nBirchwood Dental needs a PureConnect activation file for its production server, MAC 00-50-56-9A-70-4D, GARN 0233302.\nsold to is us, Lakeshore Voice Inc, SO 6333116. need it by friday.\n\nSunita\nSent from my Android',
    );
    expect(fields.soldToAccount).toBe('Lakeshore Voice Inc');
    expect(fields.endUserAccount).not.toBe('Lakeshore Voice Inc');
    expect(asked).not.toContain('soldToAccount');
  });
});
