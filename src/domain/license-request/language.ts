/**
 * The language a request is written in (issue 25 §3): Japanese by its script; French, German, Spanish,
 * Portuguese, Italian and Dutch by franc-min's trigram model, asked only when the text does not already read as English
 * (most mail does, and the check costs a fraction of franc's).
 */
import { francAll } from 'franc-min';
import type { RequestLanguage } from './schema.ts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/g;
const ENGLISH = new Set(
  'the and for please we our is to of with you need this in on it be can could would a an are have as by from thanks hi hello dear regards best name first last email account type request server host date needed description subject company quantity version purpose configuration sold end user item thank kind below attached find us i my your will new file license licence order seats'.split(
    ' ',
  ),
);
const FRANC: Record<string, RequestLanguage> = {
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  eng: 'en',
};
const CANDIDATES = Object.keys(FRANC);

export function detectLanguage(text: string): RequestLanguage {
  const sample = text.slice(0, 4000);
  if ((sample.match(JAPANESE)?.length ?? 0) >= 8) return 'ja';
  const words = sample.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 6) return 'en';
  const english = words.filter((w) => ENGLISH.has(w)).length / words.length;
  if (english >= 0.25) return 'en';
  const ranked = francAll(sample, { only: CANDIDATES, minLength: 20 });
  const [top, second] = ranked;
  if (!top || top[0] === 'und' || top[0] === 'eng') return 'en';
  // A near tie with English is English: labels and product names are English in every language.
  if (second?.[0] === 'eng' && second[1] > 0.97) return 'en';
  return FRANC[top[0]] ?? 'en';
}
