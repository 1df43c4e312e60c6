/**
 * Issue 25 round 11 §13: a closing in a language without a word list ("Diolch,"), an extension written with a
 * dash ("Durchwahl -14"), and a company named as whose people need the licence ("X's developers need …").
 * Probes written for each rule (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { splitMessageSections } from '../../../../src/domain/license-request/message-sections.ts';
import { readSignature } from '../../../../src/domain/license-request/signature.ts';

describe('issue 25 round 11 §13: one word and a comma over a name is a closing, in any language', () => {
  it.each(['Diolch,', 'Takk!', 'Hvala,', 'Tapadh leibh,'.replace(' ', '')])('%s', (closing) => {
    const [section] = splitMessageSections(
      [
        'Hello,',
        '',
        'Please send the activation file for the lab server.',
        '',
        closing,
        'Gwen Morgan',
        'Harrowgate Voice Ltd',
      ].join('\n'),
    );
    expect(section!.signature.map((l) => l.text)).toEqual(['Gwen Morgan', 'Harrowgate Voice Ltd']);
  });

  it('a last sentence of one word is no closing without a name under it', () => {
    const [section] = splitMessageSections(
      ['Hello,', '', 'Please send the activation file.', '', 'Urgent!', 'SIP Server 9.0'].join('\n'),
    );
    expect(section!.signature).toEqual([]);
  });
});

describe('issue 25 round 11 §13: an extension written with a dash', () => {
  it.each([
    ['Tel. +49 8031 555 0199 (Durchwahl -22)', '+49 8031 555 0199 (Durchwahl -22)'],
    ['Tel +43 1 555 0101 DW -305', '+43 1 555 0101 DW -305'],
  ])('%s', (line, phone) => {
    expect(
      readSignature([
        { text: 'Gwen Morgan', line: 1 },
        { text: line, line: 2 },
      ])?.phone,
    ).toBe(phone);
  });
});

describe('issue 25 round 11 §13: whose people need the licence names the company', () => {
  it.each([
    ["Tarn Valley Energy's developers need 10 seats of SIP Server 9.0", 'Tarn Valley Energy'],
    ["Quayside Books' agents will use 25 seats of SIP Server 9.0", 'Quayside Books'],
  ])('%s', (sentence, company) => {
    const fields = extractLicenseRequest({
      subject: 'dev license for GVP sandbox',
      body: `Hi,\n\n${sentence} for development, one license server tv-lic01, MAC 00-11-22-33-44-bb, Windows Server 2022.\n\nGwen`,
    }).fields as { companyName?: string };
    expect(fields.companyName).toBe(company);
  });
});

describe('issue 25 round 11 §13: a greeting over a name-like line is no closing', () => {
  it.each(['Hello,', 'Hallo,'])('%s', (greeting) => {
    const [section] = splitMessageSections(
      ['Some words first.', '', greeting, 'Acct - Fenwick Opticians', '120 seats of SIP Server 9.0.'].join('\n'),
    );
    expect(section!.signature).toEqual([]);
  });
});
