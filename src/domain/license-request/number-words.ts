/**
 * Counts written in English words, as partners write quantities in prose ("twenty-five seats", "one
 * hundred and twenty (120) seats", "a hundred and fifty agents"): the words become digits, and words
 * followed by the same count in brackets become that count once. Only whole phrases of number words are
 * read; "one" alone stays (the item reader knows it), so "one license server" is not a count of seats.
 */
/** Number words of the languages partners write in (English, Spanish, Portuguese, French, Italian). */
const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  quince: 15,
  dois: 2,
  duas: 2,
  três: 3,
  quatro: 4,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  due: 2,
  quattro: 4,
  sei: 6,
  sette: 7,
  otto: 8,
  dieci: 10,
  trece: 13,
  catorce: 14,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  onze: 11,
  treze: 13,
  catorze: 14,
  quinze: 15,
  dezesseis: 16,
  dezasseis: 16,
  dezessete: 17,
  dezoito: 18,
  dezenove: 19,
  treize: 13,
  quatorze: 14,
  undici: 11,
  dodici: 12,
  tredici: 13,
  quindici: 15,
  venticinque: 25,
  veinticinco: 25,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  vinte: 20,
  trinta: 30,
  quarenta: 40,
  cinquenta: 50,
  sessenta: 60,
  oitenta: 80,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  venti: 20,
  trenta: 30,
  quaranta: 40,
  cinquanta: 50,
  sessanta: 60,
  settanta: 70,
  ottanta: 80,
  novanta: 90,
};
/** Hundreds written as one word (`doscientos`, `trezentos`, `duecento`). */
const HUNDREDS: Record<string, number> = {
  cien: 100,
  ciento: 100,
  doscientos: 200,
  trescientos: 300,
  cuatrocientos: 400,
  quinientos: 500,
  cem: 100,
  cento: 100,
  duzentos: 200,
  trezentos: 300,
  quatrocentos: 400,
  quinhentos: 500,
  duecento: 200,
  trecento: 300,
  quattrocento: 400,
  cinquecento: 500,
  // Spanish and Portuguese hundreds agree with a feminine noun (`duzentas posições`, `doscientas licencias`).
  doscientas: 200,
  trescientas: 300,
  cuatrocientas: 400,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  ochocientos: 800,
  novecientos: 900,
  duzentas: 200,
  trezentas: 300,
  quatrocentas: 400,
  quinhentas: 500,
  seiscentos: 600,
  seiscentas: 600,
  setecentos: 700,
  oitocentos: 800,
  novecentos: 900,
};
const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  cent: 100,
  cents: 100,
  thousand: 1000,
  mil: 1000,
  mille: 1000,
};
const JOINERS = new Set(['and', 'a', 'an', 'y', 'e', 'et']);
const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(HUNDREDS), ...Object.keys(MULTIPLIERS)].join('|')})`;
const PHRASE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:an?\s+(?=hundred|thousand))?${WORD}(?:(?:[\s-]+|\s+(?:and|y|e|et)\s+)${WORD})*(?![\p{L}\d])(\s*\(\s*\d[\d,.]*\s*\))?`,
  'giu',
);

/** The value of a phrase of number words, or undefined when it is no number ("hundred" alone is 100). */
export function wordsValue(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  let previous = '';
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    if (JOINERS.has(word)) continue;
    const before = previous;
    previous = word;
    if (word in UNITS) current += UNITS[word]!;
    // French counts eighty in twenties: "quatre-vingt-cinq" is 4 × 20 + 5, not 4 + 20 + 5.
    else if ((word === 'vingt' || word === 'vingts') && before === 'quatre') current += 80 - 4;
    else if (word in TENS) current += TENS[word]!;
    else if (word in HUNDREDS) current += HUNDREDS[word]!;
    else if (MULTIPLIERS[word] === 100) current = (current || 1) * 100;
    else if (MULTIPLIERS[word] === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** Cheap before the phrase pattern: some number word stands alone as a word (not "often", "phone"). */
const CHEAP_CHECK = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(HUNDREDS), 'hundred', 'thousand', 'cent', 'mille'].filter((w) => !['one', 'dos', 'due', 'sei', 'otto', 'nove', 'sette'].includes(w)).join('|')})(?![\p{L}])`,
  'iu',
);
/** The item, media-layer and quantity readers ask for the same sentence several times. */
const recent = new Map<string, string>();

/** The text with every phrase of number words (but a lone "one") written in digits. */
export function numberWordsAsDigits(text: string): string {
  if (!CHEAP_CHECK.test(text)) return text;
  const known = recent.get(text);
  if (known !== undefined) return known;
  const digits = replaceNumberWords(text);
  if (recent.size > 256) recent.clear();
  recent.set(text, digits);
  return digits;
}

function replaceNumberWords(text: string): string {
  return text.replace(PHRASE, (phrase: string, bracketed: string | undefined) => {
    if (bracketed) return bracketed.replace(/[\s()]/g, '');
    // A lone small word ("one license server", "un serveur", "dos" in a path) stays a word; so do joiners alone.
    if (
      /^(?:one|un|une|uno|una|um|uma|cent|mil|mille|hundred|thousand|dos|due|sei|otto|nove|sette)$/i.test(phrase.trim())
    )
      return phrase;
    const value = wordsValue(phrase);
    return value === undefined ? phrase : String(value);
  });
}
