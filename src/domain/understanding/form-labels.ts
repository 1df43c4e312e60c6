/**
 * An order form's own labels (issue 21, DOMAIN.md §5): a partner's form names its fields in its own words —
 * "Box OS ......", "Send how ....", "Drop-off ....", "Why needed >>" — and no list of wordings meets them all.
 * A line of a form is a short label, a form's separator (a colon, a run of dots, an arrow, "=") and a value; the
 * words of the label say which of an order's fields it is, and the value must be one: a way of sending read as
 * FTP or courier, an address with a number in it, a release with a version or a medium.
 */
import { findDelivery, findLanguage, findOs } from './controlled-release.ts';
import type { LabelField, LabelledValue } from './labelled-lines.ts';

/** "Drop-off .......... Initech KK, …", "Box OS -> Windows 10 x64", "Send how: courier". */
const FORM_LINE =
  /^([ \t]*(?:[-*•][ \t]*)?)([A-Za-z][A-Za-z/'() -]{0,28}?)[ \t]*(?::|->|=>|>>|=|→|\.{2,}:?|\t)[ \t]*(\S[^\n]*)$/;

const SENDING =
  /\b(?:drop|send|sent|ship|shipping|shipped|deliver|delivery|delivered|dispatch|mail|post|courier|transport)\b/;
const WORDS: ReadonlyArray<[LabelField, RegExp]> = [
  ['os', /\b(?:os|o\/s|platform|operating|opsys)\b/],
  ['language', /\b(?:lang\w*|lingo|locale|locali[sz]\w*|translation|tongue)\b/],
  ['reason', /\b(?:why|reason|purpose|justif\w*|rationale|motive|motivation)\b/],
  ['shipTo', /\b(?:drop[\s-]?off|destination|address|addr|recipient|consignee)\b/],
  ['deliveryMethod', /\b(?:how|method|mode|way|via|by|carrier|means)\b/],
  [
    'release',
    /\b(?:item|release|media|deliverable|component|software|build|package)\b|\b(?:thing|what)\b.*\b(?:send|ship|order|want|wanted|need|needed|requested)\b/,
  ],
];

const VERSION_OR_MEDIUM = /\b\d{1,3}(?:\.\d{1,4}){1,3}\b|\b(?:CDs?|DVDs?|ISO|media|language\s+pack)\b/i;

/** Which order field a label's words name, if any. */
function fieldOfWords(label: string): LabelField | undefined {
  const words = label.toLowerCase();
  const sending = SENDING.test(words);
  for (const [field, re] of WORDS) {
    if (!re.test(words)) continue;
    // "Send how", "Delivery mode": a way asked only with a word of sending.
    if (field === 'deliveryMethod' && !sending) continue;
    return field;
  }
  // "Ship to where", "Deliver at", "Send to": sending with the place it goes.
  if (sending && /\b(?:to|at|where)\b/.test(words)) return 'shipTo';
  if (sending) return 'deliveryMethod';
  return undefined;
}

/** The value is one of the field's: what a form's line under that label must hold. */
function fits(field: LabelField, value: string): boolean {
  switch (field) {
    case 'os':
      return findOs(value)?.start === 0;
    case 'language':
      return findLanguage(value, true)?.start === 0;
    case 'deliveryMethod':
      return findDelivery(value) !== undefined && value.split(/\s+/).length <= 6;
    case 'shipTo':
      // An address is written with commas or a postal code: "Ben 3 times already" is none.
      return (
        value.length >= 8 &&
        /\d/.test(value) &&
        (/,/.test(value) || /\d{3}/.test(value)) &&
        !/^v?\d{1,3}(?:\.\d{1,4}){1,3}\b/.test(value)
      );
    case 'release':
      return VERSION_OR_MEDIUM.test(value);
    case 'reason':
      return value.split(/\s+/).length >= 2;
    default:
      return false;
  }
}

/**
 * The lines of a form whose labels no list knows, read by the words of their labels. `known`: the labelled
 * values already read; a line that holds one is left as it was read.
 */
export function readFormLabels(text: string, known: readonly LabelledValue[]): LabelledValue[] {
  const found: LabelledValue[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineEnd = offset + line.length;
    const m = FORM_LINE.exec(line);
    const taken = known.some((k) => k.start >= offset && k.start <= lineEnd);
    // "the urgent thing is: WFM 8.5 …" is prose that names its subject, no form's label.
    if (m && !taken && m[2]!.trim().split(/\s+/).length <= 4 && !/\b(?:is|are|was|were)$/i.test(m[2]!.trim())) {
      const label = m[2]!.trim();
      const value = m[3]!.replace(/[\s;,|]+$/, '').trim();
      const field = fieldOfWords(label);
      if (field && fits(field, value) && !found.some((f) => f.field === field)) {
        const start = offset + line.lastIndexOf(value);
        found.push({ field, label, value, start, end: start + value.length });
      }
    }
    offset = lineEnd + 1;
  }
  return found;
}
