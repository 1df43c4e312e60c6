/**
 * A report written in another language than the reader's (issue 21 probes: French, German, Spanish,
 * Japanese mail from Designated Contacts). Product names and versions are read in any language; the
 * problem sentence is not, so such a report keeps its text as the description rather than being asked
 * "what happens?" or answered "not understood".
 */

/** Scripts the reader reads no word of: CJK, kana, Hangul, Cyrillic, Greek, Arabic, Hebrew, Thai. */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;

/** Short words frequent in French, German and Spanish prose and rare in English. */
const OTHER_FUNCTION_WORDS = new Set(
  [
    // French
    'le les des du depuis nous notre nos est sont ne pas plus une avec pour dans sur mais qui que aux ce cette il ils elle nos votre vous',
    // German
    'der die das und nicht seit unser unsere unserem ist sind wir ein eine einen mit für auf bei keine kein im vom zum zur nach oder auch',
    // Spanish
    'el los las desde nuestro nuestra nuestros está están una con para pero del hay se por muy ya todos',
  ]
    .join(' ')
    .split(' '),
);

const ENGLISH_FUNCTION_WORDS = new Set(
  'the and is are we our since with for not of to in on it this that was were have has be can from at by'.split(' '),
);

/** True when the text is mostly in a language the reader does not read. */
export function writtenInAnotherLanguage(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  if ((text.match(OTHER_SCRIPT)?.length ?? 0) >= letters * 0.3) return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const other = words.filter((w) => OTHER_FUNCTION_WORDS.has(w)).length;
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return other >= 2 && other > english * 2;
}

/** Enough of it to be a report: four words, or a dozen letters of a script written without spaces. */
export function longEnoughToReport(text: string): boolean {
  return (text.match(/\p{L}+/gu)?.length ?? 0) >= 4 || (text.match(OTHER_SCRIPT)?.length ?? 0) >= 12;
}
