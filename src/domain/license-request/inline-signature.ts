/**
 * A request written as one run-on paragraph signs off inside it: "…, cheers, Amy Novak, Heartland Telecom
 * Partners, amy.novak@heartland.example, 319-555-0166 ext 4". The parts after the closing word are the
 * signature, one part a line, read as any signature (signature.ts) — only when the tail names an address,
 * so a closing that thanks someone in the middle of the mail is not taken for one (issue 25 round 7).
 */
import type { SourceLine } from './message-sections.ts';

const CLOSING_THEN_TAIL =
  /(?:^|[,.;!]\s*)(?:cheers|thanks(?:\s+(?:a\s+lot|again|in\s+advance))?|thank\s+you|many\s+thanks|regards|kind\s+regards|best(?:\s+regards)?|br|ta)\s*[,!.]?\s+([^,]+(?:,[^,]+){1,5})\s*$/i;
const ADDRESS = /[\w.%+'-]+@[\w.-]+\.[A-Za-z]{2,}/;

export function inlineSignature(lines: SourceLine[]): SourceLine[] {
  const last = [...lines].reverse().find((l) => l.text.trim() !== '');
  const tail = last && CLOSING_THEN_TAIL.exec(last.text.trim());
  if (!last || !tail || !ADDRESS.test(tail[1]!)) return [];
  return tail[1]!
    .split(/\s*,\s*/)
    .filter((part) => part !== '')
    .map((text) => ({ ...last, text }));
}
