/**
 * Sentences in which the writer marks what they give as not to be passed on (red team round 8): "my
 * private mobile is +33 6 12 34 56 78, keep it confidential", "numéro perso, ne pas diffuser",
 * "vertraulich", "confidencial", "社外秘". A phone number or an address there is sensitive even where it
 * would otherwise be theirs to give (a callback number, a signature, a license form's phone line): the
 * writer said so, so it is taken out of what staff and other teams see, and the warning names it.
 */
const MARK = new RegExp(
  [
    // English
    String.raw`confidential|private|personal|do\s+not\s+(?:share|pass\s+(?:it|this|them)?\s*on|forward|give\s+(?:it\s+)?out|distribute|disclose|publish)|don['’]t\s+(?:share|pass\s+(?:it|this)?\s*on|forward|give\s+(?:it\s+)?out)|keep\s+(?:it|this|them)\s+(?:to\s+yourselves?|secret|private|confidential|between\s+us)|not\s+for\s+(?:distribution|sharing)`,
    // French
    String.raw`confidentiel(?:le)?s?|priv[ée]e?s?|perso(?:nnel(?:le)?)?s?|ne\s+pas\s+(?:le\s+|la\s+|les\s+)?(?:diffuser|transmettre|communiquer|partager|divulguer)`,
    // German
    String.raw`vertraulich(?:e[nmrs]?)?|privat(?:e[nmrs]?)?|pers[öo]nlich(?:e[nmrs]?)?|nicht\s+weiter(?:geben|leiten|gegeben|geleitet)`,
    // Spanish
    String.raw`confidencial(?:es)?|privad[oa]s?|no\s+(?:lo\s+|la\s+)?(?:compartir|difundir|comparta|difunda|divulgue|divulgar)`,
  ]
    .map((form) => String.raw`(?<![\p{L}\p{N}])(?:${form})(?![\p{L}\p{N}])`)
    .concat([String.raw`機密|内密|社外秘|私用|個人(?:の|用)|口外(?:しない|無用)`])
    .join('|'),
  'iu',
);

/** A sentence ends at ". ", "! ", "? ", a line break, or their full-width forms (not inside "9.0" or "+33.1"). */
const SENTENCE_END = /[.!?](?=\s|$)|[。！？\n]/g;

/** The spans [start, end) of the sentences that carry a mark. */
export function confidentialSpans(text: string): Array<[number, number]> {
  if (!MARK.test(text)) return [];
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const end of [...text.matchAll(SENTENCE_END)].map((m) => m.index + 1).concat(text.length)) {
    if (end > start && MARK.test(text.slice(start, end))) spans.push([start, end]);
    start = end;
  }
  return spans;
}
