/** Issue 25 §1: the requester's work phone and employer as partners write them (seed 003: contact details). */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { readSignature } from '../../../../src/domain/license-request/signature.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const signed = (text: string) => readSignature(lines(text), 'ana.ruiz@northwind.example');
const request = (ending: string) =>
  extractLicenseRequest({
    body: `Hello,\n\nPlease generate a PureConnect activation file for our customer Contoso Bank, production, MAC 00-50-56-9F-12-34.\n\n${ending}`,
    from: { name: 'Ana Ruiz', address: 'ana.ruiz@northwind.example' },
  }).fields as { workPhone?: string; employer?: string; endUserAccount?: string };

describe('issue 25 §1: the work phone in a signature, whatever its label and layout', () => {
  it.each([
    ['Ana Ruiz\nNorthwind Partners\nDirect Line: +61 2 9876 5432\nFax: +61 2 9876 5400', '+61 2 9876 5432'],
    ['Ana Ruiz\nNorthwind Partners\nW: 415.555.0134  M: 415.555.0199', '415.555.0134'],
    ['Ana Ruiz\nNorthwind Partners\n+1 415 555 0199 (mobile)\n+1 415 555 0134 (office)', '+1 415 555 0134'],
    ['Ana Ruiz\nNorthwind Partners\nWork phone: (415) 555-0134', '(415) 555-0134'],
    ['Ana Ruiz\nNorthwind Partners\nTelephone (work): +1 415 555 0134', '+1 415 555 0134'],
    ['Ana Ruiz\nNorthwind Partners\nDesk: +1 415 555 0134', '+1 415 555 0134'],
    ['Ana Ruiz\nNorthwind Partners\nOffice phone +1-415-555-0134', '+1-415-555-0134'],
    ['Ana Ruiz\nNorthwind Partners\nTel +1 415 555 0134 Fax +1 415 555 0135', '+1 415 555 0134'],
    ['Ana Ruiz\nNorthwind Partners\n📞 +1 415 555 0134', '+1 415 555 0134'],
    ['**Ana Ruiz**\n*Northwind Partners*\nT. +1 415 555 0134', '+1 415 555 0134'],
  ])('%j → %s', (signature, phone) => {
    expect(signed(signature)?.phone).toBe(phone);
  });

  it('a fax number alone is no phone', () => {
    expect(signed('Ana Ruiz\nNorthwind Partners\nFax: +1 415 555 0135')?.phone).toBeUndefined();
  });

  it('a long signature block (address lines, web site) is read to its phone line', () => {
    const read = signed(
      'Ana Ruiz, Senior Engineer\nNorthwind Partners Ltd.\n1 Market St, Suite 400\nSan Francisco, CA 94105\nUnited States\nwww.northwind.example\nOffice: +1 415 555 0134',
    );
    expect(read).toMatchObject({ phone: '+1 415 555 0134', company: 'Northwind Partners Ltd.' });
  });
});

describe('issue 25 §1: the work phone said in a sentence or under a label', () => {
  it.each([
    ['You can reach me on +1 415 555 0134 if anything is unclear.', '+1 415 555 0134'],
    ['Call me at 415-555-0134 with questions.', '415-555-0134'],
    ['My direct line is +44 20 7946 0123.', '+44 20 7946 0123'],
    ['Work Phone #: 415-555-0134', '415-555-0134'],
  ])('"%s" → %s', (ending, phone) => {
    expect(request(ending).workPhone).toBe(phone);
  });
});

describe('issue 25 §1: a forwarded message from the customer names its writer, not the requester', () => {
  it('the customer’s signature gives the End User, never the requester’s employer or phone', () => {
    const result = extractLicenseRequest({
      body: [
        'Hi team, see below from our customer, please action.',
        '',
        'Tom',
        '',
        '-----Original Message-----',
        'From: Sarah Kline <s.kline@lakeside-health.example>',
        'Sent: Friday, May 9, 2025 4:12 PM',
        'To: Tom Becker <tom.becker@nordcall.example>',
        'Subject: Activation file needed',
        '',
        'Hi Tom,',
        '',
        'We are adding 25 ACD users to our PureConnect system (PO 4500123987). Can you get the activation file generated? The server MAC is 00-1A-2B-3C-4D-5E.',
        '',
        'Regards,',
        'Sarah Kline',
        'IT Manager',
        'Lakeside Health System',
        'T: 555-201-3344',
      ].join('\n'),
      from: { name: 'Tom Becker', address: 'tom.becker@nordcall.example' },
    });
    expect(result.fields).toMatchObject({ firstName: 'Tom', endUserAccount: 'Lakeside Health System' });
    expect(result.fields).not.toHaveProperty('employer');
    expect(result.fields).not.toHaveProperty('workPhone');
  });
});
