import { describe, expect, it } from 'vitest';
import { companyKey, sameCompany } from '../../../src/domain/company-names.ts';

describe('DOMAIN.md §7, entitlement of a license request: company names as partners write them', () => {
  it.each([
    ['Acme Corp', 'ACME Corporation'],
    ['Acme Corp', 'Acme'],
    ['Acme Corp', 'acme corp.'],
    ['Initech KK', 'Initech K.K.'],
    ['Hooli Ltd', 'Hooli Limited'],
    ['Umbrella Retail', 'Umbrella Retail GmbH'],
    ['Société Générale S.A.', 'Societe Generale'],
    ['Umbrella Retail', 'Umbr\u0435lla R\u0435tail'],
    ['Acme Corp', '\u0391cme Corp'],
  ])(
    '%s is %s: case, accents, dots, a trailing legal form and Greek or Cyrillic lookalike letters do not count',
    (a, b) => {
      expect(sameCompany(a, b)).toBe(true);
    },
  );

  it.each([
    ['Acme Corp', 'Acme Retail'],
    ['Umbrella Retail', 'Umbrella'],
    ['Globex Inc', 'Globe Inc'],
    ['Acme Corp', 'Corp'],
    ['株式会社テスト', '株式会社テスト'],
  ])('%s is not %s: another word, or no Latin word to compare, is another company', (a, b) => {
    expect(sameCompany(a, b)).toBe(false);
  });

  it('keeps a name that is only a legal form', () => {
    expect(companyKey('Inc.')).toBe('inc');
  });
});
