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
  const guessed = FRANC[top[0]] ?? 'en';
  // Trigrams are thin in a short mail full of product names: its small words outvote them when they are clear.
  const voted = byFunctionWords(words);
  return voted && voted !== guessed ? voted : guessed;
}

/** Small words only one of the languages uses (articles, prepositions, pronouns, the verb "to be"). */
const FUNCTION_WORDS: Record<Exclude<RequestLanguage, 'en' | 'ja'>, Set<string>> = {
  fr: new Set('le la les des du une est avec pour nous vous et au aux sur dans notre votre merci'.split(' ')),
  de: new Set('der die das den dem des und ist mit für uns sie eine einen ein wir bitte ihr unser auf'.split(' ')),
  es: new Set('el los las del una con para nosotros y necesitamos por gracias nuestro su'.split(' ')),
  pt: new Set('os as do da dos das uma com para nós obrigado obrigada precisamos não nosso em'.split(' ')),
  it: new Set('il gli della delle dello una con per noi grazie abbiamo nostro è di'.split(' ')),
  nl: new Set('het een met voor wij graag ons onze van op bij zijn'.split(' ')),
};

function byFunctionWords(words: string[]): RequestLanguage | undefined {
  const counts = Object.entries(FUNCTION_WORDS)
    .map(([language, set]) => [language as RequestLanguage, words.filter((w) => set.has(w)).length] as const)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  return first && first[1] >= 4 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}
