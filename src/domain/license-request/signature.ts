/**
 * The requester as the signature names them (seed 003's contact details: first and last name, corporate
 * email, work phone): the lines after "Best regards," or the last lines of a message. The name is the
 * first line of two to four name-like words; particles (`van`, `de`, `O'`) stay with the last name.
 */
import type { ProseLine } from './prose-units.ts';

export interface SignatureRead {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  line: number;
}

const NAME_WORD =
  /^(?:[\p{Lu}][\p{Ll}'’.-]+(?:-[\p{Lu}][\p{Ll}]+)?|van|von|de|der|den|da|di|del|du|la|le|ter|O['’][\p{Lu}][\p{Ll}]+)$/u;
const COMPANY_WORD =
  /^(?:GmbH|AG|Inc\.?|Ltd\.?|LLC|BV|SA|S\.A\.|Corp\.?|Corporation|Company|Group|Partners?|Solutions|Services|Integrators|Telecom|Bank|Health|Insurance|Team|Licensing|Support|Engineering|Operations)$/i;
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE =
  /(?:^|\b(?:phone|tel|telephone|mobile|cell|direct|office|t|m)\b\.?\s*:?\s*)(\+?\(?\d[\d\s().-]{6,}\d)\s*$/i;

export function readSignature(lines: ProseLine[]): SignatureRead | undefined {
  const read: SignatureRead = { line: 0 };
  for (const { text, line } of lines.slice(0, 6)) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const email = EMAIL.exec(trimmed);
    if (email && !read.email) read.email = email[0].toLowerCase();
    const phone = PHONE.exec(trimmed);
    if (phone && !email && !read.phone && phone[1]!.replace(/\D/g, '').length >= 8) read.phone = phone[1]!.trim();
    if (read.firstName || email || phone) continue;
    const words = trimmed
      .replace(/[,|].*$/, '')
      .trim()
      .split(/\s+/);
    if (words.length < 2 || words.length > 4 || words.some((w) => COMPANY_WORD.test(w))) continue;
    if (!words.every((w) => NAME_WORD.test(w)) || !/^[\p{Lu}]/u.test(words[0]!)) continue;
    read.firstName = words[0]!;
    read.lastName = words.slice(1).join(' ');
    read.line = line;
  }
  return read.firstName || read.email || read.phone ? read : undefined;
}
