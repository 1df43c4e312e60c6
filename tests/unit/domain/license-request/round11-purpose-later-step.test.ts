/**
 * Issue 25 round 11 §8: an Engage purpose said as the step after this one ("then we'll come back for production",
 * "before they go into production") is not this request's purpose. Probe mails written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const purposeOf = (body: string) => {
  const result = extractLicenseRequest({ body });
  return { purpose: (result.fields as { purpose?: string }).purpose, asked: result.questions.map((q) => q.field) };
};

describe('issue 25 round 11 §8: production named as the next step is not the purpose', () => {
  it.each([
    'Osprey Mutual needs 20 seats of SIP Server 9.0 on one server, osm-lic01, MAC 00:11:22:33:44:55, Windows Server 2022, port 7260. It is a test environment until February, then we will come back for production.',
    'Please license 15 seats of SIP Server 9.0 for Marlow Rail, single server mr-lic01 (MAC 00-11-22-33-44-56, RHEL 9). This is their UAT stack for now; later on they will order production licences.',
    'For Greyfield Council: 10 seats of Enterprise Routing Solution 8.5, one license server gc-lab01, MAC 00-11-22-33-44-57, Windows Server 2019. It is a lab box where changes are tried before they go into production.',
    'For Coral Bay Resorts, 40 seats of SIP Server 9.0.\n\nLicense box: cbr-lm02 / 14:18:77:5A:C0:DF / Ubuntu 22.04 / port 7260, single server. This is a staging setup until go-live, then production next year.',
    'For Coral Bay Resorts, 40 seats of SIP Server 9.0.\n\nServer: cbr-lm03 / 14:18:77:5A:C0:E0 / Windows Server 2022 / port 7260. It is a lab for now / production licences will follow.',
  ])('%s', (paragraph) => {
    const { purpose, asked } = purposeOf(`Hi,\n\n${paragraph}\n\nLiam`);
    expect(purpose).toBe('testing');
    expect(asked).not.toContain('purpose');
  });

  it('production for this request stays production', () => {
    expect(
      purposeOf(
        'Hi,\n\nProduction licences please: 30 seats of SIP Server 9.0 for Coral Bay Resorts, one server cb-lic01, MAC 00-11-22-33-44-58, Windows Server 2022.\n\nLiam',
      ).purpose,
    ).toBe('production');
  });
});
