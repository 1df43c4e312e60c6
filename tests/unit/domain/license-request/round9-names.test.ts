/** Issue 25 round 9 §1–§2: companies in the run of a sentence, host names without a host's shape, look-alikes. */
import { describe, expect, it } from 'vitest';
import { findCompany, otherCompanyThan } from '../../../../src/domain/license-request/company-mentions.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { findItemMentions } from '../../../../src/domain/license-request/item-mentions.ts';
import { proseUnits } from '../../../../src/domain/license-request/prose-units.ts';
import { findServerMentions } from '../../../../src/domain/license-request/server-mentions.ts';

const units = (...texts: string[]) => proseUnits(texts.map((text, i) => ({ text, line: i + 1 })));
const company = (text: string) => findCompany(units(text))?.name;
const hostNames = (text: string) => findServerMentions(units(text)).flatMap((m) => m.values.hostName ?? []);

describe('issue 25 round 9 §1: a company named in the run of a sentence', () => {
  it.each([
    ['Following our call last week, Pinecrest Utilities has purchased a new Engage system.', 'Pinecrest Utilities'],
    ['Pinecrest Utilities recently purchased a new Engage system.', 'Pinecrest Utilities'],
    ['Pinecrest Utilities, a water company in Ohio, has purchased a new system.', 'Pinecrest Utilities'],
    ['We have a new customer called Pinecrest Utilities.', 'Pinecrest Utilities'],
    ['This is for a new Engage customer, Pinecrest Utilities.', 'Pinecrest Utilities'],
    ['Pinecrest Utilities is the end customer.', 'Pinecrest Utilities'],
    ['The end user of the licences will be Fenwick Opticians Ltd.', 'Fenwick Opticians Ltd.'],
    ['These Engage licences are for use by Fenwick Opticians.', 'Fenwick Opticians'],
  ])('"%s" → %s', (text, name) => {
    expect(company(text)).toBe(name);
  });

  it('a partner said to be the reseller, distributor or Sold To is not the company', () => {
    expect(company('Westbridge Telecom Ltd is the reseller on this deal.')).toBeUndefined();
    expect(company('Following the review, Westbridge Telecom Ltd (our distributor) has ordered it.')).toBeUndefined();
  });

  it('an introductory clause with no company after it names none', () => {
    expect(company('Following our call last week, we have purchased a new system.')).toBeUndefined();
  });
});

describe('issue 25 round 9 §1: "Cust:" and "Acct -" are the company labels partners type', () => {
  it.each([['Cust: Fenwick Opticians'], ['Acct - Fenwick Opticians']])('%s', (line) => {
    const result = extractLicenseRequest({
      body: [
        'Hello,',
        line,
        '120 seats of SIP Server 9.0.',
        'License server lic-a, RHEL 8.6, host id 0050569a1b2c, port 27000.',
        'Single server, production.',
      ].join('\n'),
    });
    expect(result.fields).toMatchObject({ companyName: 'Fenwick Opticians' });
  });
});

describe('issue 25 round 9 §2: a sentence relating the labelled company to another is no contradiction', () => {
  it('"End User: Kingfisher Leisure Ltd" and "Kingfisher is part of our customer Harbour Leisure Group"', () => {
    const said = units('End User: Kingfisher Leisure Ltd', 'Kingfisher is part of our customer Harbour Leisure Group.');
    expect(otherCompanyThan('Kingfisher Leisure Ltd', said, 1)).toBeUndefined();
  });

  it('another company the prose calls the customer, without the labelled one, still is', () => {
    const said = units('End User: Kingfisher Leisure Ltd', 'Our customer Harbour Leisure Group needs the file.');
    expect(otherCompanyThan('Kingfisher Leisure Ltd', said, 1)?.name).toBe('Harbour Leisure Group');
  });
});

describe('issue 25 round 9 §1: host names placed by a cue, whatever their shape', () => {
  it.each([
    ['Please lock the licence to genlic (MAC 00-50-56-9A-1B-2C).', 'genlic'],
    ['The license server, genlic, runs Windows Server 2019; MAC 00-50-56-9A-1B-2C.', 'genlic'],
    ['lmhostid on server flexbox gives 0050569a1b2c.', 'flexbox'],
    ['Host ID 0050569a1b2c, port 27000. Its name is flexlic01.', 'flexlic01'],
  ])('"%s" → %s', (text, name) => {
    expect(hostNames(text)).toContain(name);
  });

  it('a verb, a relative pronoun, a domain or the hypervisor is no host name', () => {
    expect(hostNames('The license server, which runs Windows Server 2019, has MAC 00-50-56-9A-1B-2C.')).toEqual([]);
    expect(hostNames('License server: lic-hf-01 (a VM on ESX host esx-07), host id 0050569a1b2c')).toEqual([
      'lic-hf-01',
    ]);
  });
});

describe('issue 25 round 9 §3: "rel. 9" is a version, and does not end the sentence', () => {
  it('"120 seats of SIP Server rel. 9. Production." reads SIP Server 9.0 × 120', () => {
    expect(findItemMentions(units('They have bought 120 seats of SIP Server rel. 9. Production.'))).toEqual([
      expect.objectContaining({ name: 'SIP Server', version: '9.0', quantity: 120 }),
    ]);
  });
});

describe('issue 25 round 9 §1: a plain word right before its bracketed host id, the id with its cue', () => {
  it('"glica (MAC …) and glicb (MAC …)" names both servers; "the machine (MAC …)" names none', () => {
    const text = 'The two boxes are glica (MAC 00-50-56-9A-1B-2C) and glicb (MAC 00-50-56-9A-1B-2D).';
    expect(hostNames(text)).toEqual(['glica', 'glicb']);
    expect(hostNames('It is the machine (MAC 00-50-56-9A-1B-2C) in rack 4.')).toEqual([]);
  });
});
