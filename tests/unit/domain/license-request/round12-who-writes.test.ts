/**
 * Issue 25 round 12: who writes and for whom, in the forms the second held-out part's writers used — fields
 * run together on one line, a run-on mail signed inline, a customer writing about its own system, a name
 * said in full in one place and clipped in another. Probe mails written for each rule before the reader was
 * changed (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord, PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const pureConnect = (body: string, from?: { name: string; address: string }) =>
  extractLicenseRequest({ body, ...(from ? { from } : {}) }) as {
    fields: Partial<PureConnectRecord>;
    missing: string[];
    invalid: { field: string }[];
  };

describe('issue 25 round 12 §5: labelled fields run together on one line, split by slashes or bars', () => {
  it.each([
    ['End User: Tarrant Eye Clinic / Sold To: Brazos Voice LLC / PO 44-10233', '44-10233'],
    ['Customer: Tarrant Eye Clinic | Sold To: Brazos Voice LLC | SO 6340012', '6340012'],
    ['End user - Tarrant Eye Clinic / Sold to - Brazos Voice LLC / order 6340013', '6340013'],
  ])('%s', (line, order) => {
    const read = pureConnect(
      `Hello,\n\nWe need an activation file for the production IC server, MAC 00-50-56-AA-10-01, GARN 0456401.\n\n${line}\n\nThanks,\nRosa Pena`,
    );
    expect(read.fields).toMatchObject({
      endUserAccount: 'Tarrant Eye Clinic',
      soldToAccount: 'Brazos Voice LLC',
      orderNumber: order,
    });
  });

  it('a slash inside a value that no label follows stays in the value', () => {
    const read = pureConnect(
      'Hello,\n\nEnd User: Bayview Port / Harbour Authority\nSold To: Brazos Voice LLC\nPlease send an activation file for MAC 00-50-56-AA-10-02, GARN 0456402.\n\nRosa Pena',
    );
    expect(read.fields.endUserAccount).toBe('Bayview Port / Harbour Authority');
  });
});

describe('issue 25 round 12 §6: a run-on mail signed inline with dashes or bars', () => {
  it.each([
    'hello team pls we need an activation file for the production server of our customer Llanos Grain Cooperative, mac 00-50-56-a0-11-01 and GARN 0456403, sold to is Andes Voice SA (us), cheers Ana Ruiz - Andes Voice SA - +56 2 5555 0101',
    'hi, could you send an activation file for our customer Llanos Grain Cooperative production server mac 00-50-56-a0-11-01 GARN 0456403, sold to Andes Voice SA, thanks Ana Ruiz | Andes Voice SA | +56 2 5555 0101',
    'good morning we need the activation file for the production IC server of our customer Llanos Grain Cooperative (mac 00-50-56-a0-11-01, GARN 0456403) and the sold to is Andes Voice SA, many thanks Ana Ruiz / Andes Voice SA / +56 2 5555 0101',
  ])('%s', (body) => {
    const read = pureConnect(body, { name: 'Ana Ruiz', address: 'ana.ruiz@andesvoice.example' });
    expect(read.fields).toMatchObject({
      employer: 'Andes Voice SA',
      endUserAccount: 'Llanos Grain Cooperative',
      soldToAccount: 'Andes Voice SA',
      workPhone: '+56 2 5555 0101',
    });
    expect(read.fields.description).toMatch(/^(?:pls )?(?:we need|could you|we need the)|activation file/);
    expect(read.missing.filter((f) => /Account|employer|description/.test(f))).toEqual([]);
  });
});

describe('issue 25 round 12 §7: a customer writing about its own system is the End User', () => {
  const signed = (text: string) =>
    `Hello,\n\n${text}\n\nKind regards,\n\nMaya Lindqvist\nIT Operations Manager\nFjordline Logistics AB\n+46 8 555 0144`;
  it.each([
    'We stood up a new PureConnect test server for our acceptance testing and need an activation file for it. MAC 00-50-56-B4-00-01.',
    'Our CIC server was moved to a new virtual machine last night, so we need a new activation file. New MAC: 00-50-56-B4-00-02.',
    'Please issue an activation file for the new IC server in our Gothenburg office, MAC 00-50-56-B4-00-03. It is a production system.',
  ])('%s', (text) => {
    const read = pureConnect(signed(text), { name: 'Maya Lindqvist', address: 'maya.lindqvist@fjordline.example' });
    expect(read.fields).toMatchObject({ employer: 'Fjordline Logistics AB', endUserAccount: 'Fjordline Logistics AB' });
    expect(read.missing).not.toContain('endUserAccount');
  });

  it('a writer that only asks, and names no one, is asked whom the file is for', () => {
    const read = pureConnect(
      signed('We need an activation file for the new production IC server, MAC 00-50-56-B4-00-05.'),
      {
        name: 'Maya Lindqvist',
        address: 'maya.lindqvist@fjordline.example',
      },
    );
    expect(read.missing).toContain('endUserAccount');
  });

  it('a partner from another domain than the company it names is not taken for the End User', () => {
    const read = pureConnect(
      signed('We need an activation file for the new production IC server, MAC 00-50-56-B4-00-04.'),
      {
        name: 'Maya Lindqvist',
        address: 'maya@nordicvoice.example',
      },
    );
    expect(read.fields.endUserAccount).toBeUndefined();
  });

  it('an Engage order for the writer\u2019s own server, the company only in the signature', () => {
    const read = extractLicenseRequest({
      body: 'Hi,\n\ncan you cut us a license file for our lab server fjl-lic01? SIP Server 9.0 x 40, single server, host ID 0050.56b2.0001, RHEL 8.8, default port.\n\nThanks!\nMaya\n\n--\nMaya Lindqvist | Telephony Lead\nFjordline Logistics AB\nGothenburg | +46 8 555 0144',
      from: { name: 'Maya Lindqvist', address: 'maya.lindqvist@fjordline.example' },
    }).fields as Partial<EngageRecord>;
    expect(read.companyName).toBe('Fjordline Logistics AB');
  });
});

describe('issue 25 round 12 §8: one company said in full and clipped is one company, not two', () => {
  it.each([
    'エンドユーザー：さくら運輸株式会社\nさくら運輸株式会社様の本番サーバー用のアクティベーションファイルの発行をお願いいたします。MAC：00-1E-67-4A-00-01、GARN：0456404',
    'End User: North Harbour Port Authority\nThe production IC server of Harbour Port Authority needs a new activation file, MAC 00-1E-67-4A-00-02, GARN 0456405.',
  ])('%s', (text) => {
    const read = pureConnect(`${text}\n\nSold To: Brazos Voice LLC\n\nRosa Pena`);
    expect(read.invalid.map((i) => i.field)).not.toContain('endUserAccount');
    expect(read.fields.endUserAccount).toBe(text.split('\n')[0]!.replace(/^[^:：]+[:：]\s*/, ''));
  });
});

describe('issue 25 round 12 §11: a closing of a word and a few more ("Thanks heaps,") starts the signature', () => {
  it.each(['Thanks heaps,', 'Cheers mate,', 'Thanks a bunch!', 'Many thanks again,', 'Thank you kindly,'])(
    '%s',
    (closing) => {
      const read = pureConnect(
        `Hello,\n\nPlease send an activation file for the production IC server of Tarrant Eye Clinic, MAC 00-50-56-AA-20-01, GARN 0456420. Sold To: Brazos Voice LLC.\n\n${closing}\nRosa Pena\nBrazos Voice LLC\n+1 817 555 0120 ext 7`,
        { name: 'Rosa Pena', address: 'rosa.pena@brazosvoice.example' },
      );
      expect(read.fields).toMatchObject({ employer: 'Brazos Voice LLC', workPhone: '+1 817 555 0120 ext 7' });
    },
  );
});

describe('issue 25 round 12 §12: an extension in brackets after the number, in any language', () => {
  it.each([
    '+46 8 555 014 20 (anknytning 315)',
    '+31 20 555 0173 (toestel 208)',
    '+39 02 5555 0141 (interno 12)',
    '+45 33 55 50 12 (lokal 40)',
  ])('%s', (phone) => {
    const read = pureConnect(
      `Hello,\n\nPlease send an activation file for the production IC server of Tarrant Eye Clinic, MAC 00-50-56-AA-20-02, GARN 0456421. Sold To: Brazos Voice LLC.\n\nBest regards,\nRosa Pena\nBrazos Voice LLC\n${phone}`,
      { name: 'Rosa Pena', address: 'rosa.pena@brazosvoice.example' },
    );
    expect(read.fields.workPhone).toBe(phone);
  });
});

describe("issue 25 round 12 §13: a possessive inside a name (St Brigid's Hospital Foundation) is kept", () => {
  it.each([
    "St Brigid's Hospital Foundation is upgrading its production PureConnect server to 2025 R4 and needs a new activation file.",
    "St Anne's School Trust needs an activation file for its production CIC server after an upgrade to 2025 R4.",
    "Our customer O'Hara's Pharmacy Group is upgrading its production IC server to 2025 R4; please send the activation file.",
  ])('%s', (text) => {
    const read = pureConnect(
      `Hello,\n\n${text} MAC 00-50-56-AA-30-01, GARN 0456430.\n\nSold To: Brazos Voice LLC\n\nRosa Pena`,
    );
    expect(read.fields.endUserAccount).toMatch(
      /^(?:St Brigid's Hospital Foundation|St Anne's School Trust|O'Hara's Pharmacy Group)$/,
    );
  });

  it("the owner before a place it owns stays the owner: Riverside Bank's Leeds Office", () => {
    const read = pureConnect(
      "Hello,\n\nOur customer Riverside Bank's Leeds Office needs an activation file for its production IC server, MAC 00-50-56-AA-30-02, GARN 0456431.\n\nSold To: Brazos Voice LLC\n\nRosa Pena",
    );
    expect(read.fields.endUserAccount).toBe('Riverside Bank');
  });
});
