/**
 * A request written as one run-on paragraph signs off inside it: "…, cheers, Amy Novak, Heartland Telecom
 * Partners, amy.novak@heartland.example, 319-555-0166 ext 4". The parts after the closing word are the
 * signature, one part a line, read as any signature (signature.ts) — only when the tail names an address
 * or a phone, so a closing that thanks someone in the middle of the mail is not taken for one (issue 25
 * round 7); the parts may be set off by dashes, bars or slashes as well as commas (round 12).
 */
import type { SourceLine } from './message-sections.ts';

const CLOSING_THEN_TAIL =
  /(?:^|[,.;!]\s*|\s)(?:cheers|thanks(?:\s+(?:a\s+lot|again|in\s+advance|so\s+much))?|thank\s+you(?:\s+(?:so\s+much|in\s+advance))?|many\s+thanks|thx|tks|regards|kind\s+regards|best(?:\s+regards)?|rgds|br|ta)\s*[,!.]?\s+([^,|/]+?(?:(?:,|\s+[-–—|/]\s+)[^,|/]+?){1,5})\s*$/i;
/** The parts of a sign-off: "Ana Ruiz, Andes Voice SA", "Ana Ruiz - Andes Voice SA | +56 …" (round 12). */
const TAIL_PARTS = /\s*,\s*|\s+[-–—|/]\s+/;
const ADDRESS = /[\w.%+'-]+@[\w.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?:^|\s)\+?\(?\d[\d\s().-]{6,}\d/;

export function inlineSignature(lines: SourceLine[]): SourceLine[] {
  const last = [...lines].reverse().find((l) => l.text.trim() !== '');
  const tail = last && CLOSING_THEN_TAIL.exec(last.text.trim());
  if (!last || !tail || !(ADDRESS.test(tail[1]!) || PHONE.test(tail[1]!))) return [];
  return tail[1]!
    .split(TAIL_PARTS)
    .filter((part) => part !== '')
    .map((text) => ({ ...last, text }));
}

/** A greeting run into the request's first words: "hi licensing team we need …", "hello all, pls …". */
const INLINE_GREETING =
  /^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening|day)|greetings|morning)\b(?:\s+(?:licen[cs]ing|team|all|there|folks|everyone|guys|colleagues))*\s*[,!:]?\s+/i;

/**
 * A run-on request's description is its paragraph without the greeting it opens with and the sign-off it
 * ends with (the corpus's convention; round 12): "hi licensing team we need …, thanks a lot Ana Ruiz - …".
 */
export function withoutInlineGreetingAndSignOff(text: string): string {
  const tail = CLOSING_THEN_TAIL.exec(text);
  const signed = tail && (ADDRESS.test(tail[1]!) || PHONE.test(tail[1]!));
  const body = signed ? text.slice(0, tail.index).replace(/[\s,;.]+$/, '') : text;
  const said = body.replace(INLINE_GREETING, '');
  return said.split(/\s+/).length >= 4 ? said : text;
}
