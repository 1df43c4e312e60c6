/** Issue 25 "Bad input" and §1–2, round 3: contradictions, status chases, "today", extensions, copies by first name. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { readSignature } from '../../../../src/domain/license-request/signature.ts';

describe('issue 25 bad input: a value the mail gives twice, differently, is asked about, never guessed', () => {
  it('an order kit count and a sentence count for one item are a contradiction', () => {
    const result = extractLicenseRequest({
      body: 'Please issue Engage licenses for Thornbury Council: 120 seats of Enterprise Routing Solution 8.5, production, single license server.\n\nOrder kit:\nItem: Enterprise Routing Solution\nVersion: 8.5\nQuantity: 100\nHost name: thc-lic01\nHost ID: 00-50-56-82-6D-14\nOS: Windows Server 2019',
    });
    expect(result.invalid).toMatchObject([{ field: 'sellableItems[0].quantity', value: '100 / 120' }]);
    expect(result.questions.some((q) => q.field === 'sellableItems[0].quantity')).toBe(true);
  });

  it('a GARN the subject gives differently from the body is asked about, though the GARN is optional', () => {
    const result = extractLicenseRequest({
      subject: 'AFR | GARN 0159930 | Lakeview Clinics add-on',
      body: 'Please generate a PureConnect activation file for Lakeview Clinics, add-on, MAC 00-50-56-9F-12-34.\nGARN: 0159390',
      from: { name: 'Ana Ruiz', address: 'ana.ruiz@northwind.example' },
    });
    expect(result.fields).not.toHaveProperty('garn');
    expect(result.questions.some((q) => q.field === 'garn')).toBe(true);
  });
});

describe('issue 25 bad input: a chase of a request already made is not a new request', () => {
  it('"Just chasing AFR-0102447 which we submitted on the 2nd … an ETA for the file?" → not-a-request', () => {
    const result = extractLicenseRequest({
      body: 'Hi Licensing,\n\nJust chasing AFR-0102447 which we submitted on the 2nd for Redwood Dental Group (SO 6110382, MAC 00-50-56-99-12-AB). Is there anything else you need from us, or an ETA for the file?\n\nThanks,\nKelly',
    });
    expect(result.kind).toBe('not-a-request');
    expect(result.questions).toEqual([]);
  });
});

describe('issue 25 §1: needed today, phone extensions, a copy by first name', () => {
  it('"we really need the permanent license file today" is urgent and needed on the mail’s day', () => {
    const result = extractLicenseRequest({
      body: 'Chesapeake Bay Seafood: their temporary file expires at midnight tonight, so we really need the permanent license file today, please. 50 seats of SIP Server 8.5, production, single server csb-lic01 (MAC 00-50-56-11-22-33, Windows Server 2019).',
      date: new Date('2025-05-16T17:45:00Z'),
      dateOffset: -240,
    });
    expect(result.handling).toMatchObject({ urgent: true, dateNeeded: '2025-05-16' });
  });

  it.each([
    ['Ingrid Solberg\nNordlys Kontaktsenter AS\n+47 22 55 50 80 ext. 4410', '+47 22 55 50 80 ext. 4410'],
    ['Ana Ruiz\nNorthwind\n(316) 555-0127 x305 (office) / (316) 555-0190 (mobile)', '(316) 555-0127 x305'],
    ['Aroha Ngata\nSouthern Cross Unified Ltd\nDDI +64 4 555 0172 | Mob +64 21 555 0172', '+64 4 555 0172'],
  ])('the work phone keeps its extension and beats a mobile: %j', (signature, phone) => {
    const lines = signature.split('\n').map((text, i) => ({ text, line: i + 1 }));
    expect(readSignature(lines)?.phone).toBe(phone);
  });

  it('"keep Alicia copied" adds the address the quoted header gives Alicia', () => {
    const result = extractLicenseRequest({
      body: 'Forwarding the customer’s request below. Please send the file to me and keep Alicia copied.\n\n-----Original Message-----\nFrom: Alicia Reyes <areyes@brazoscounty911.example>\nSent: Monday, May 12, 2025 9:00 AM\nSubject: PureConnect file\n\nWe need a PureConnect activation file for our cold standby server, MAC 00-25-B5-10-0E-3F.',
      from: { name: 'Dana Cole', address: 'dana.cole@lonestar-uc.example' },
    });
    expect(result.fields).toMatchObject({ additionalRecipients: ['areyes@brazoscounty911.example'] });
  });
});
