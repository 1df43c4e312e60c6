/**
 * Whether two written company names are the same company: partners write "ACME Corporation", "Acme
 * Corp." or "Acme" for the directory's "Acme Corp". Case, accents, punctuation and a trailing legal form
 * do not count; any other word does ("Acme Retail" is not "Acme Corp").
 */
import { foldLatinLookalikes } from './latin-lookalikes.ts';

const LEGAL_FORMS = new Set([
  'ab',
  'ag',
  'as',
  'bv',
  'co',
  'company',
  'corp',
  'corporation',
  'gmbh',
  'inc',
  'incorporated',
  'kg',
  'kk',
  'limited',
  'llc',
  'llp',
  'ltd',
  'nv',
  'oy',
  'plc',
  'pty',
  'sa',
  'sarl',
  'sas',
  'spa',
  'srl',
]);

/**
 * Lower case, accents off, "&" as "and", Greek and Cyrillic letters drawn like Latin ones as those
 * ("Umbrеlla" with a Cyrillic е is Umbrella, red team round 9): names and the text they are looked for
 * in, written alike.
 */
export function foldCompanyText(text: string): string {
  return foldLatinLookalikes(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/&/g, ' and ');
}

/** The words that name the company, lower case, without a trailing legal form ("" when nothing is left). */
export function companyKey(name: string): string {
  const words = foldCompanyText(name)
    .replace(/\./g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

export function sameCompany(a: string, b: string): boolean {
  const key = companyKey(a);
  return key !== '' && key === companyKey(b);
}
