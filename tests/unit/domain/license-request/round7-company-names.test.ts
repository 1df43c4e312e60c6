/** Issue 25 round 7 §1: company names written more ways, so the follow-up does not ask for one the mail gives. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const SERVER = 'License server: gen-lic01, MAC 00-50-56-01-02-03, Windows Server 2019, port 7260.';
const read = (text: string, subject = 'Engage licenses', signature = 'Anna Smith\nFabrikam Solutions Ltd') =>
  extractLicenseRequest({
    body: `Hi,\n\n${text}\n\n${SERVER}\n\nThanks,\n${signature}`,
    subject,
    from: { name: 'Anna Smith', address: 'anna@fabrikam.example' },
  });
const company = (result: ReturnType<typeof extractLicenseRequest>) =>
  (result.fields as { companyName?: string }).companyName;

describe('issue 25 round 7 §1: the company in sentences partners write', () => {
  it.each([
    [
      'Customer Harbour Freight Lines needs 50 seats of SIP Server 8.1, production, single server.',
      'Harbour Freight Lines',
    ],
    [
      'New customer: Harbour Freight Lines. 50 seats of SIP Server 8.1, production, single server.',
      'Harbour Freight Lines',
    ],
    [
      'Please issue licenses to Harbour Freight Lines in Sydney. 50 seats of SIP Server 8.1, production, single server.',
      'Harbour Freight Lines',
    ],
    [
      'Licenses to be issued to Harbour Freight Lines Ltd: 50 seats of SIP Server 8.1, production, single server.',
      'Harbour Freight Lines Ltd',
    ],
    [
      'Harbour Freight Lines is ready to go live and needs 50 seats of SIP Server 8.1, production, single server.',
      'Harbour Freight Lines',
    ],
  ])('%s → %s', (text, name) => {
    const result = read(text);
    expect(company(result)).toBe(name);
    expect(result.missing).not.toContain('companyName');
  });

  it('"We at X need …": an End User writing for itself names its company, read back', () => {
    const result = read(
      'We at Harbour Freight Lines need production licenses: 50 seats of SIP Server 8.1, single server.',
      'Engage licenses',
      'Anna Smith',
    );
    expect(company(result)).toBe('Harbour Freight Lines');
    expect(result.confirmations.map((c) => c.field)).toContain('companyName');
  });
});

describe('issue 25 round 7 §1: a company only the subject names before what the mail asks', () => {
  it.each([
    'Harbour Freight Lines: Engage licenses',
    '[Harbour Freight Lines] order kit',
    'Harbour Freight Lines - new licenses',
  ])('"%s" gives the company, read back rather than asked', (subject) => {
    const result = read('We need production licenses: 50 seats of SIP Server 8.1, single server.', subject);
    expect(company(result)).toBe('Harbour Freight Lines');
    expect(result.missing).not.toContain('companyName');
    expect(result.confirmations.map((c) => c.field)).toContain('companyName');
  });

  it.each(['Project Phoenix - Engage licenses', 'Fabrikam Solutions: Engage licenses'])(
    '"%s" names a project or the writer\'s own company: no customer from the subject',
    (subject) => {
      const result = read('We need production licenses: 50 seats of SIP Server 8.1, single server.', subject);
      // Round 14: the writer sends from its own domain and names no one else, so its company is read back.
      expect(company(result)).toBe('Fabrikam Solutions Ltd');
      expect(result.confirmations.map((c) => c.field)).toContain('companyName');
      const forACustomer = read('We need production licenses for a customer: 50 seats of SIP Server 8.1.', subject);
      expect(company(forACustomer)).toBeUndefined();
      expect(forACustomer.missing).toContain('companyName');
    },
  );
});

describe('issue 25 round 7 §1: more ways the customer is named', () => {
  it.each([
    [
      'We need 50 seats of SIP Server 8.1 (production, single server). The customer: Harbour Freight Lines.',
      'Harbour Freight Lines',
    ],
    [
      'We need 50 seats of SIP Server 8.1 (production, single server) for a customer of ours, Harbour Freight Lines.',
      'Harbour Freight Lines',
    ],
    [
      'Harbour Freight Lines go live in March. 50 seats of SIP Server 8.1, production, single server.',
      'Harbour Freight Lines',
    ],
    [
      'End-user company name: Harbour Freight Lines\n50 seats of SIP Server 8.1, production, single server.',
      'Harbour Freight Lines',
    ],
    [
      'Customer organisation: Harbour Freight Lines\n50 seats of SIP Server 8.1, production, single server.',
      'Harbour Freight Lines',
    ],
  ])('%s → %s', (text, name) => {
    expect(company(read(text))).toBe(name);
  });

  it('PureConnect: "End-user company name:" labels the End User account', () => {
    const result = extractLicenseRequest({
      body: 'Hi,\n\nPlease send a PureConnect activation file for a new production server.\nEnd-user company name: Harbour Freight Lines\nGARN: 0012345\nMAC: 00-50-56-01-02-03\n\nThanks,\nAnna Smith\nFabrikam Solutions Ltd',
    });
    expect((result.fields as { endUserAccount?: string }).endUserAccount).toBe('Harbour Freight Lines');
  });
});

describe('issue 25 round 7: the End User starting a sentence after a greeting, or with what it has done', () => {
  const pureconnect = (text: string) =>
    extractLicenseRequest({
      body: `${text}\n\nGARN 0171234, SO 6301234, Sold To Bayline Partners Inc.\n\nRegards,\nNina Park\nBayline Partners Inc.\nnina.park@bayline.example`,
    });
  const endUser = (result: ReturnType<typeof extractLicenseRequest>) =>
    (result.fields as { endUserAccount?: string }).endUserAccount;
  it('"hello, Coastal Water Board are adding 12 licences …": the End User after the greeting', () => {
    expect(
      endUser(
        pureconnect(
          'hello, Coastal Water Board are adding 12 Interaction Client licences and need a new PureConnect activation file, the server MAC is 00-50-56-B7-0C-44',
        ),
      ),
    ).toBe('Coastal Water Board');
  });
  it('"Coastal Water Board has built a hot standby DR PureConnect server …"', () => {
    expect(
      endUser(
        pureconnect(
          'Good afternoon,\n\nCoastal Water Board has built a hot standby DR PureConnect server and needs an activation file for it.\n\nDR server MAC: 00-50-56-8D-90-1F',
        ),
      ),
    ).toBe('Coastal Water Board');
  });
});
