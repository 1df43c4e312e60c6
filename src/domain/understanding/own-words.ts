/**
 * The part of a message its writer wrote for this request (issue 21 §9, open-case precision): not the quoted
 * history ("> Customer Care wrote: …"), not what follows the closing ("Kind regards," then a name, a title, a
 * phone, a legal footer), not a legal footer anywhere ("If you are not the intended recipient …"). Problem
 * words there ("error", "not", a phone number's "412") report nothing.
 */

/** A closing on a line of its own: "Regards,", "Thanks and regards,", "Best, Ana", "--". */
const CLOSING_LINE =
  /^(?:(?:many\s+)?thanks?(?:\s+(?:and|&)\s+(?:best\s+|kind\s+)?regards)?|thank\s+you|thx|cheers|regards|best(?:\s+(?:regards|wishes))?|kind(?:est)?\s+regards|warm(?:est)?\s+regards|br|rgds|sincerely|yours\s+(?:sincerely|truly|faithfully)|--+|_{2,})[,!.]*(?:\s+[A-Z][\w.-]*){0,2}$/i;

/** A legal footer's sentence: confidentiality, the intended recipient, "received it in error". */
const FOOTER_LINE =
  /\b(?:intended\s+(?:solely\s+)?(?:recipient|addressee|for\s+the\s+(?:use|addressee))|received\s+(?:it|this(?:\s+\w+)?)\s+in\s+error|confidential\s+and\s+(?:may|is|intended|legally)|accepts?\s+no\s+liability|legally\s+privileged)\b/i;

/** The writer's own words: quoted lines and footers blanked, the text after a closing line dropped. */
export function ownWords(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    const t = line.trim();
    if (i > 0 && out.some((l) => l.trim()) && CLOSING_LINE.test(t)) break;
    out.push(/^>/.test(t) || /\bwrote:\s*$/.test(t) || FOOTER_LINE.test(t) ? '' : line);
  }
  return out.join('\n');
}
