/**
 * Issue 25 round 11 §9: people the writer asks to be copied, in more of the forms partners write it: any form of
 * the verb ("keep … copied", "cc'd"), a first name whose address the forwarded header gives ("send the file to
 * Mira as well"), and "both of us" under a forward. Probe mails written for the rule (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const FORWARDED = [
  '',
  '---------- Forwarded message ---------',
  'From: Mira Holt <mira.holt@fellside.example>',
  'Date: Mon, 16 Nov 2026 at 10:00',
  'Subject: licence',
  'To: Liam Walsh <liam.walsh@westshore.example>',
  '',
  'Hi Liam,',
  '',
  'Fellside Water Board is upgrading its production PureConnect server to 2025 R3 and needs an activation file. GARN 0456500, MAC 00-50-56-AA-11-01.',
  '',
  'Thanks,',
  'Mira Holt',
  'Fellside Water Board',
].join('\n');
const SIGNED = '\n\nRegards,\nLiam Walsh\nWestshore CX\nliam.walsh@westshore.example';
const ONE_MAIL =
  'Fellside Water Board needs a PureConnect activation file for its new production server, MAC 00-50-56-AA-11-02, GARN 0456501.';

const recipientsOf = (note: string, forwarded = '') =>
  (
    extractLicenseRequest({
      body: `Hi Licensing,\n\n${note}${SIGNED}\n${forwarded}`,
      from: { address: 'liam.walsh@westshore.example' },
    }).fields as { additionalRecipients?: string[] }
  ).additionalRecipients ?? [];

describe('issue 25 round 11 §9: a colleague to copy, in any form of the verb', () => {
  it.each([
    [
      `${ONE_MAIL} Please keep my colleague Tom Reyes (tom.reyes@westshore.example) copied on this one.`,
      'tom.reyes@westshore.example',
    ],
    [`${ONE_MAIL} Keep tom.reyes@westshore.example in the loop, please.`, 'tom.reyes@westshore.example'],
    [
      `${ONE_MAIL} Could you have our engineer dana.kim@westshore.example cc'd when the file goes out?`,
      'dana.kim@westshore.example',
    ],
  ])('%s', (note, address) => {
    expect(recipientsOf(note)).toEqual([address]);
  });

  it('an address given only to reach someone is no recipient', () => {
    expect(recipientsOf(`${ONE_MAIL} For urgent matters reply to desk@westshore.example.`)).toEqual([]);
  });
});

describe('issue 25 round 11 §9: the one whose request is forwarded, named by first name or as "both of us"', () => {
  it.each([
    "Forwarding Mira's request below; please send the file to Mira as well. We are the Sold To.",
    "See the customer's request below. Please send the activation file to both of us. Westshore CX is the Sold To.",
    'Request below from the customer - copy Mira in please. Sold To: Westshore CX.',
    "Customer's request below. Mira should get the file too. Sold To: Westshore CX.",
  ])('%s', (note) => {
    expect(recipientsOf(note, FORWARDED)).toEqual(['mira.holt@fellside.example']);
  });

  it('a forward that asks no copy adds no one', () => {
    expect(recipientsOf("See the customer's request below. Westshore CX is the Sold To.", FORWARDED)).toEqual([]);
  });
});
