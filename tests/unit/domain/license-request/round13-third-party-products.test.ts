/**
 * Issue 25 round 13: the product of a third-party activation file (seed 003's "Third party type") is the name
 * the request gives after the word for "for", whatever its vendor, read back because it was found by its
 * place. Probes written before the change, in wordings and languages of their own.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const request = (sentence: string) =>
  extractLicenseRequest({
    body: `Hi Licensing,\n\n${sentence}\n\nEnd user: Harbour View Clinics\nGARN: 0245118\nMAC: 00-1A-2B-3C-4D-11\n\nThanks,\nIlse Marten\nWestgate Voice BV\nilse.marten@westgate.example`,
  });

describe('round 13: the third-party product named after "for", whatever its vendor', () => {
  it.each([
    [
      'a connector',
      'We need a third-party activation file for the Google Cloud Speech connector on their production CIC server.',
      'Google Cloud Speech',
    ],
    [
      'a licence asked for',
      'Could you issue a third party licence for Amazon Lex on the production CIC server?',
      'Amazon Lex',
    ],
    [
      'an integration of theirs',
      'Please generate the 3rd-party activation file for their Twilio integration (production).',
      'Twilio',
    ],
    [
      'in Spanish',
      'Necesitamos un archivo de activación de terceros para Microsoft Teams en el servidor de producción.',
      'Microsoft Teams',
    ],
  ])('%s', (_, sentence, product) => {
    const result = request(sentence);
    const record = result.fields as PureConnectRecord;
    expect(record.category).toBe('third-party');
    expect(record.thirdPartyType).toBe(product);
    expect(result.missing).not.toContain('thirdPartyType');
    expect(result.confirmations.map((c) => c.field)).toContain('thirdPartyType');
  });

  it('a known vendor keeps its name, and is not read back', () => {
    const result = request('This is for the third-party Nuance Vocalizer on their production server.');
    expect((result.fields as PureConnectRecord).thirdPartyType).toBe('Nuance');
    expect(result.confirmations.map((c) => c.field)).not.toContain('thirdPartyType');
  });

  it('"third-party file for the production server" names no product: it is asked', () => {
    const result = request('We need a third-party activation file for the Production server of the clinic.');
    expect((result.fields as PureConnectRecord).thirdPartyType).toBeUndefined();
    expect(result.missing).toContain('thirdPartyType');
  });
});
