/**
 * Greek and Cyrillic letters drawn like Latin ones, as those Latin letters: "ΡΙΝ" (Greek Rho, Iota,
 * Nu) and "РIN" (Cyrillic Er) read as "PIN" (red team round 7). NFKC leaves them alone, since they are
 * letters of their own scripts; Unicode's confusables table (UTS #39) pairs them with Latin. Only the
 * single letters that look the same in common fonts, one code unit each, so offsets into the text as
 * written stay as they are. Used where a label is searched for, never to change what is kept or shown.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // Greek capitals, and the small letters that pass for Latin ones.
  ['ΑΒΕΗΙΚΜΝΟΡΤΥΧΖ', 'ABEHIKMNOPTYXZ'],
  ['ακιορυχν', 'akiopuxv'],
  // Cyrillic capitals and small letters (І і, Ј ј, Ѕ ѕ, һ, ԁ: Ukrainian, Macedonian, Bashkir, Komi letters).
  ['АВЕКМНОРСТХІЈЅ', 'ABEKMHOPCTXIJS'],
  ['аеорсухіјѕһԁ', 'aeopcyxijshd'],
  // Latin small capitals (phonetic letters), drawn like the capitals.
  ['ɪɴᴘᴄᴏᴅᴇ', 'INPCODE'],
];

const LATIN = new Map<string, string>();
for (const [from, to] of PAIRS) {
  [...from].forEach((letter, i) => {
    LATIN.set(letter, to[i]!);
  });
}

/** The Latin letter a character is drawn like, or the character itself. */
export function latinLookalike(char: string): string {
  return LATIN.get(char) ?? char;
}

/** Every lookalike letter of a text as its Latin letter (same length: one code unit for one). */
export function foldLatinLookalikes(text: string): string {
  let out = '';
  for (const char of text) out += latinLookalike(char);
  return out;
}
