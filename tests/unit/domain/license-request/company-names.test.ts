/** Issue 25 §1: the Engage company name as partners and customers write it (seed 002 "Company name"). */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const REST =
  '150 seats of SIP Server 8.5, production, single server lic1 (MAC 00-50-56-11-22-33, Windows Server 2019).';
const company = (
  opening: string,
  subject = 'License request',
  signature = 'Lena Voss\nClearline Communications GmbH',
) =>
  (
    extractLicenseRequest({
      body: `${opening}\n\n${REST}\n\nThanks,\n${signature}`,
      subject,
      from: { name: 'Lena Voss', address: 'lena.voss@clearline.example' },
    }).fields as { companyName?: string }
  ).companyName;

describe('issue 25 §1: the company named in a sentence', () => {
  it.each([
    ['Hi,\n\nWe are deploying Engage at Pinecrest Utilities.', 'Pinecrest Utilities'],
    ['Hi,\n\nRe our customer, Pinecrest Utilities:', 'Pinecrest Utilities'],
    ['Hi,\n\nPlease issue licenses for end user "Pinecrest Utilities".', 'Pinecrest Utilities'],
    ['Hi,\n\nKindly generate the license for M/s Pinecrest Utilities Pvt Ltd.', 'Pinecrest Utilities Pvt Ltd.'],
    ['Hi,\n\nNew Engage installation at customer site Pinecrest Utilities.', 'Pinecrest Utilities'],
    ['Hi,\n\nOur customer (Pinecrest Utilities) needs licenses.', 'Pinecrest Utilities'],
    ['Hi,\n\nAccount: Pinecrest Utilities', 'Pinecrest Utilities'],
    ['Hi,\n\nThe customer is called Pinecrest Utilities.', 'Pinecrest Utilities'],
  ])('%j → %s', (opening, name) => {
    expect(company(opening)).toBe(name);
  });
});

describe('issue 25 §1: the company named only in the subject, with a cue', () => {
  it.each([
    ['License order - Pinecrest Utilities', 'Pinecrest Utilities'],
    ['RE: Engage licence request for Pinecrest Utilities', 'Pinecrest Utilities'],
  ])('%s → %s', (subject, name) => {
    expect(company('Hi,\n\nPlease generate the Engage licenses.', subject)).toBe(name);
  });

  it('a bare subject segment is not taken: it may name a project, a site or the partner', () => {
    // Round 14: the writer, sending from its own domain and naming no one else, is read back as the company.
    expect(company('Hi,\n\nPlease generate the Engage licenses.', 'Project Phoenix - Engage licenses')).toBe(
      'Clearline Communications GmbH',
    );
    expect(
      company('Hi,\n\nPlease generate the Engage licenses for our customer.', 'Project Phoenix - Engage licenses'),
    ).toBeUndefined();
  });
});

describe('issue 25 §1: a customer writing for its own contact center', () => {
  it('"our new contact center", signed by the customer, names the customer as the company', () => {
    expect(
      company(
        'Hello,\n\nWe need licenses for our new contact center.',
        'Engage licenses',
        'Tom Reyes\nIT Operations\nPinecrest Utilities Inc.',
      ),
    ).toBe('Pinecrest Utilities Inc.');
  });

  it('a partner that names no customer gets a question, not its own name as the company', () => {
    expect(company('Hello,\n\nPlease generate the Engage licenses for the customer.')).toBeUndefined();
  });
});

describe('issue 25 §1: the PureConnect End User named in a sentence', () => {
  const endUser = (sentence: string) =>
    (
      extractLicenseRequest({
        body: `Hi,\n\n${sentence}\n\nThanks,\nAna Ruiz\nNorthwind Partners Ltd`,
        subject: 'Activation file request',
        from: { name: 'Ana Ruiz', address: 'ana.ruiz@northwind.example' },
      }).fields as { endUserAccount?: string }
    ).endUserAccount;

  it.each([
    'Please reissue the PureConnect license for the customer: Contoso Bank. New MAC 00-50-56-9F-12-34.',
    'Our end user Contoso Bank needs a PureConnect activation file for MAC 00-50-56-9F-12-34.',
    'Can you please generate the activation file for the PureConnect system at Contoso Bank? MAC 00-50-56-9F-12-34.',
    'Contoso Bank (GARN 0012345) need a new PureConnect activation file, MAC 00-50-56-9F-12-34.',
  ])('%j → Contoso Bank', (sentence) => {
    expect(endUser(sentence)).toBe('Contoso Bank');
  });

  it.each([
    ['GARN no. 0012345', '0012345'],
    ['G.A.R.N. 0012345', '0012345'],
    ['Their Genesys account number is 0012345.', '0012345'],
    ['Genesys account # 0012345', '0012345'],
  ])('the GARN in "%s" → %s', (said, garn) => {
    const fields = extractLicenseRequest({
      body: `Hi,\n\nPlease generate a PureConnect activation file for Contoso Bank, MAC 00-50-56-9F-12-34. ${said}`,
    }).fields as { garn?: string };
    expect(fields.garn).toBe(garn);
  });
});
