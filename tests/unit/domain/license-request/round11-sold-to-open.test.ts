/**
 * Issue 25 round 11 §12: the partner who writes is taken to be the Sold To only when the mail leaves nothing open
 * about who is invoiced; "not sure yet whether it goes direct" or "before deciding on a purchase" asks it.
 * Probe mails written for the rule (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const read = (sentence: string) => {
  const result = extractLicenseRequest({
    body: `Hello,\n\nKelso Transit needs a PureConnect activation file for its new production server, GARN 0456900, MAC 00-50-56-AA-44-01. ${sentence}\n\nThanks,\nAda Pike\nHarrowgate Voice Ltd\nada.pike@harrowgate.example`,
    from: { name: 'Ada Pike', address: 'ada.pike@harrowgate.example' },
  });
  return {
    soldTo: (result.fields as { soldToAccount?: string }).soldToAccount,
    asked: result.questions.map((q) => q.field),
  };
};

describe('issue 25 round 11 §12: who is invoiced left open is asked', () => {
  it.each([
    "I'm not sure yet whether the order goes direct or through a distributor.",
    'It is still undecided which distributor the order will go through.',
    'They want to try it before making a purchase.',
    'No order has been placed yet; they have not purchased anything.',
  ])('%s', (sentence) => {
    const { soldTo, asked } = read(sentence);
    expect(soldTo).toBeUndefined();
    expect(asked).toContain('soldToAccount');
  });

  it('a partner writing for its customer, with nothing left open, is the Sold To', () => {
    expect(read('The order went through us last week.').soldTo).toBe('Harrowgate Voice Ltd');
  });
});
