/**
 * Counts written in English words, as partners write quantities in prose ("twenty-five seats", "one
 * hundred and twenty (120) seats", "a hundred and fifty agents"): the words become digits, and words
 * followed by the same count in brackets become that count once. Only whole phrases of number words are
 * read; "one" alone stays (the item reader knows it), so "one license server" is not a count of seats.
 */
const UNITS: Record<string, number> = {
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
  one: 1,
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
};
const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')}|hundred|thousand)`;
const PHRASE = new RegExp(
  String.raw`\b(?:an?\s+(?=hundred|thousand))?${WORD}(?:(?:[\s-]+|\s+and\s+)${WORD})*\b(\s*\(\s*\d[\d,.]*\s*\))?`,
  'gi',
);

/** The value of a phrase of number words, or undefined when it is no number ("hundred" alone is 100). */
export function wordsValue(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === 'a' || word === 'an') continue;
    if (word in UNITS) current += UNITS[word]!;
    else if (word in TENS) current += TENS[word]!;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

const CHEAP_CHECK =
  /two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand/i;

/** The text with every phrase of number words (but a lone "one") written in digits. */
export function numberWordsAsDigits(text: string): string {
  if (!CHEAP_CHECK.test(text)) return text;
  return text.replace(PHRASE, (phrase: string, bracketed: string | undefined) => {
    if (bracketed) return bracketed.replace(/[\s()]/g, '');
    if (/^one$/i.test(phrase.trim())) return phrase;
    const value = wordsValue(phrase);
    return value === undefined ? phrase : String(value);
  });
}
