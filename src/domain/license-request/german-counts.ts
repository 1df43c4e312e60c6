/**
 * A count written in German words in a labelled cell (`Anzahl: fünfzig Plätze`, `fünfundzwanzig Lizenzen`,
 * `hundertzwanzig`): German writes a number as one word, the units before the tens joined by "und" (round 17).
 * Only a labelled count is read this way; German words in prose stay words.
 */
const UNITS: Record<string, number> = {
  ein: 1,
  eins: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const BELOW_HUNDRED = new RegExp(
  `^(?:(${Object.keys(UNITS).join('|')})und)?(${Object.keys(TENS).join('|')})$|^(${Object.keys(UNITS).join('|')})$`,
);

function belowHundred(word: string): number | undefined {
  if (word === '') return 0;
  const match = BELOW_HUNDRED.exec(word);
  if (!match) return undefined;
  if (match[3]) return UNITS[match[3]];
  return (match[1] ? UNITS[match[1]]! : 0) + TENS[match[2]!]!;
}

/** The value of one German number word below a thousand, or undefined when it is none. */
export function germanCount(raw: string): number | undefined {
  const word = raw.trim().toLowerCase();
  if (!/^\p{L}+$/u.test(word)) return undefined;
  const hundred = /^(?:(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?hundert)(.*)$/.exec(word);
  if (!hundred) return belowHundred(word);
  const rest = belowHundred(hundred[2]!);
  return rest === undefined ? undefined : (hundred[1] ? UNITS[hundred[1]]! : 1) * 100 + rest;
}
