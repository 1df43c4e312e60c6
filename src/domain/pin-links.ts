/**
 * A PIN given as a link after its label (red team round 12): "PIN here (https://pins.example/615283)", a
 * Slack link whose words are not the PIN ("PIN <https://x.example/615283|here>", read as "PIN here
 * (https://…)"), a mail client's plain text of an HTML link ("my PIN: see <https://…/615283>"). The label
 * names what the link carries, so the link's own digits are the PIN.
 *
 * Narrow on purpose, so ordinary links keep their digits (ticket and case links, build numbers in paths):
 * - the link follows a PIN label on the same line, with at most five words between them, none holding a
 *   digit and no sentence ending among them ("PIN reset failed. See https://ci.example/build/615283" keeps
 *   the build number; a link with no PIN label before it is never touched);
 * - only a run of a Contact PIN's length (6 to 10 digits) that is a whole part of the address — a path
 *   segment, a query value or the fragment — is taken ("…/615283", "?pin=615283", "#615283"); digits
 *   inside a word of the address ("build615283", "v615283.zip") stay.
 */
import { PIN_LABEL } from './pin-label.ts';

const WORDS_BETWEEN = String.raw`(?:[ \t\u00a0]+[\p{L}'’,:=-]+){0,5}`;
const LINK = String.raw`(?:https?://|www\.)[^\s<>()\[\]"'“”]+`;
const LABEL_THEN_LINK = new RegExp(
  String.raw`${PIN_LABEL}[,:=]?${WORDS_BETWEEN}[ \t\u00a0]*[:=]?[ \t\u00a0]*[(<\[]?[ \t\u00a0]*(${LINK})`,
  'giu',
);
/** A 6–10-digit run standing as a whole path segment, query value or fragment of an address. */
const WHOLE_PART_DIGITS = /(?<=[/=#])\d{6,10}(?=[/?&#;.,]?$|[/?&#;])/g;

/** Where, in `text`, the digits of a link named by a PIN label are (end exclusive). */
export function linkedPinDigits(text: string): Array<{ start: number; end: number; digits: string }> {
  const found: Array<{ start: number; end: number; digits: string }> = [];
  for (const match of text.matchAll(LABEL_THEN_LINK)) {
    const link = match[1]!;
    const linkAt = match.index + match[0].length - link.length;
    for (const digits of link.matchAll(WHOLE_PART_DIGITS)) {
      const start = linkAt + digits.index;
      found.push({ start, end: start + digits[0].length, digits: digits[0] });
    }
  }
  return found;
}
