/**
 * The requester and the people to copy, as partners say them in sentences (seed 003: name, corporate
 * email, additional recipients, work phone, employer):
 * | said                                                                        | read as                       |
 * |-----------------------------------------------------------------------------|-------------------------------|
 * | "I'm Laura Chen from Proseware", "this is Rafael from Tupinamba Sistemas"    | the name; the employer        |
 * | "We at Gold Coast ICT are …", "we are Evergreen CX Partners", "Greetings from X", "X の田中です" | the employer |
 * | "we're the sold to (bluepeak)", "We're Harborline Networks (sold to)"        | the employer (and Sold To)    |
 * | "Contact person for questions: Mr. Jonas Albrecht, jonas@…, +49 …"            | the requester, instead of the sender |
 * | "please copy / cc / keep in the loop / also send the file to x@y"             | additional recipients         |
 * | "you can reach me on +1 …", "call me at …", "my direct line is …"             | the work phone                |
 * An address the mail only gives to reach someone ("for urgent matters contact support@…") is no recipient.
 */
import { LEGAL_FORM } from './company-name-grammar.ts';
import { isCompanyLike } from './lexicon.ts';
import { splitPersonName } from './person-names.ts';
import type { ProseUnit } from './prose-units.ts';
import { EXTENSION } from './signature.ts';

export interface RequesterMentions {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  employer?: string;
  recipients: string[];
  line: number;
}

const CAP = String.raw`[\p{Lu}][\p{L}'’-]+`;
const ORG = String.raw`([\p{Lu}][\p{L}\d&'’.-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d&'’.-]*|${LEGAL_FORM}|of|de|do|da|del|di|&))*)`;
const INTRO = new RegExp(
  String.raw`\b(?:I'?m|I\s+am|my\s+name\s+is|this\s+is)\s+(${CAP}(?:\s+(?:van|von|de|der|da|O['’])?\s*${CAP})?)(?:\s+(?:here\s+)?(?:from|at|with)\s+${ORG}|(?=\s*(?:[,.;!]|here\b|and\b|$)))`,
  'u',
);
const WE_ARE = new RegExp(
  String.raw`\b(?:[Ww]e\s+at|[Ww]e\s+are|[Ww]e'?re|[Gg]reetings\s+from|[Hh]ello\s+from|[Tt]hat'?s\s+us,?|I\s+(?:work|am)\s+(?:for|with|at)|I'?m\s+(?:with|at))\s+(?:the\s+|a\s+|an\s+)?${ORG}`,
  'u',
);
/** "we're the sold to (bluepeak)", "sold to is us, Lakeview Voice Inc, SO …": the writer's company, said as the Sold To. */
const WE_ARE_SOLD_TO =
  /\bwe(?:'re|’re|\s+are)\s*,?\s*(?:the\s+)?sold[\s-]?to\s*\(\s*([\p{L}\d][\p{L}\d&.' -]{1,60}?)\s*\)|\bsold[\s-]?to\s+(?:is|=|:)\s+us\s*[,:–-]\s*([\p{Lu}][\p{L}\d&.' -]{1,60}?)\s*(?:[,;)]|\.(?:\s|$)|$)/iu;
const JAPANESE_INTRO =
  /((?:株式会社|有限会社|合同会社)[^\s、。の]{1,30}|[^\s、。]{1,30}?(?:株式会社|有限会社|合同会社))の([\p{Script=Han}]{1,4})(?:です|と申します)/u;
/**
 * "Contact person for questions: Mr. Jonas Albrecht, jonas@…, +49 …", "The contact for this request is Priya Shah,
 * reply to priya@…", "Point of contact will be Liam Carter (liam@…, 02 …)", "Please direct questions to Aigerim
 * Nurlanova at a.n@… or +7 …": someone named with an address to reach them (round 16 §7 widened the forms).
 */
const CONTACT = new RegExp(
  String.raw`\b(?:(?:(?:point\s+of\s+)?contact(?:\s+person)?|person\s+to\s+contact)(?:\s+for\s+(?:questions|queries|this\s+(?:request|order|file)))?\s*(?:[:：-]|\s(?:is|will\s+be|would\s+be)\b)|(?:direct|send|address)\s+(?:any\s+|all\s+)?(?:questions|queries)\s+to)\s*(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau)\.?\s+)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})\s*(?:,|\(|\bat\b|\bon\b)\s*(?:(?:reply|write|mail|e-?mail)(?:\s+(?:to|him|her|them))?\s*:?\s*|at\s+)?([\w.%+'-]+@[\w.-]+\.[A-Za-z]{2,})(?:\s*(?:,|;|\bor\b|\band\b)\s*(?:(?:tel|phone|ph|call)\.?\s*:?\s*(?:on\s+|at\s+)?)?(\+?[\d(][\d\s()./-]{6,}\d(?:,?\s*${EXTENSION}\s*\d{1,6}\b)?))?`,
  'iu',
);
/** "You can reach me on +1 415 …", "call me at …", "my direct line is …": the requester's phone. */
const PHONE_SAID = new RegExp(
  String.raw`\b(?:reach\s+me|call\s+me|ring\s+me|contact\s+me|my\s+(?:direct\s+(?:line|number|dial)|(?:work\s+|office\s+|desk\s+|mobile\s+|cell\s+)?(?:phone|number|line)))\b[^\d+@.]{0,25}?(\+?\(?\d[\d\s()./-]{6,}\d(?:,?\s*${EXTENSION}\s*\d{1,6}\b)?)`,
  'i',
);
/** "you can reach me … or at martin.hale@…", "my email is …": the requester's own address, said in a sentence. */
const EMAIL_SAID =
  /\b(?:reach\s+me|contact\s+me|write\s+to\s+me|e-?mail\s+me|my\s+e-?mail(?:\s+address)?(?:\s+is)?)\b[^@]{0,100}?\b(?:at|on|via|is|:)?\s*([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/i;
/** "Please send the file to me at anna@…", "mail it to me on …": where to send it, the writer's own address (round 15). */
const TO_ME_AT = /\bto\s+me\s*(?:at|on|via|:)?\s*([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/i;
const EMAILS = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** Asking for someone to be copied, in any form of the verb ("keep my colleague X copied", "have X cc'd"). */
const COPY =
  /\b(?:cc|c\.c\.|cc['’]?d|cc-?ed|cop(?:y|ied|ying)|include|including|in\s+(?:the\s+)?loop|loop\s+in|keep\s+(?:[\w@.()-]+\s+){1,5}?(?:posted|informed|copied|cc['’]?d|updated|in\s+(?:the\s+)?(?:loop|copy|cc))|send\s+(?:it\s+|the\s+\w+\s+|them\s+)?(?:also\s+)?to|also\s+to|forward\s+(?:it\s+)?to|add|en\s+copie|mettre\s+en\s+copie|in\s+kopie|con\s+copia|copiar|copia\s+a)\b|(?:cc|CC)\s*[:：]/i;
const ONLY_TO_REACH =
  /\b(?:for\s+urgent\s+matters|out\s+of\s+(?:the\s+)?office|in\s+my\s+absence|reply\s+to|unsubscribe)\b/i;

export function readRequesterMentions(units: ProseUnit[], sender?: string): RequesterMentions {
  const found: RequesterMentions = { recipients: [], line: 0 };
  for (const unit of units) {
    const text = unit.text;
    const contact = CONTACT.exec(text);
    if (contact && !found.email) {
      const name = splitPersonName(contact[1]!, contact[2]);
      if (name) Object.assign(found, name);
      found.email = contact[2]!.toLowerCase();
      if (contact[3]) found.phone = contact[3].trim();
      found.line = unit.line;
    }
    const intro = INTRO.exec(text);
    if (intro && !found.firstName && !contact && isCompanyLike(intro[1]!)) {
      const name = intro[1]!.includes(' ') ? splitPersonName(intro[1]!) : undefined;
      if (name) Object.assign(found, name);
      if (intro[2] && isCompanyLike(trimOrg(intro[2]))) found.employer ??= trimOrg(intro[2]);
      found.line ||= unit.line;
    }
    const email = (EMAIL_SAID.exec(text)?.[1] ?? TO_ME_AT.exec(text)?.[1])?.toLowerCase();
    const before = text.slice(0, text.toLowerCase().indexOf(email ?? '')).slice(-60);
    if (email && !found.email && (!COPY.test(before) || /\bto\s+me\b/i.test(before))) {
      found.email = email;
      found.line ||= unit.line;
    }
    const phone = PHONE_SAID.exec(text);
    if (phone && !found.phone && phone[1]!.replace(/\D/g, '').length >= 7) found.phone = phone[1]!.trim();
    const soldTo = WE_ARE_SOLD_TO.exec(text);
    const weAre = WE_ARE.exec(text);
    const japanese = JAPANESE_INTRO.exec(text);
    // "Sold To is us, bought direct": after "us," only a capitalised name is the company (the pattern ignores case).
    const named = soldTo?.[2] && /^[\p{Lu}\d]/u.test(soldTo[2]) ? soldTo[2] : undefined;
    const employer = soldTo?.[1] ?? named ?? (weAre ? trimOrg(weAre[1]!) : undefined) ?? japanese?.[1];
    if (employer && !found.employer && isCompanyLike(employer)) found.employer = employer.trim();
    if (COPY.test(text) && !ONLY_TO_REACH.test(text)) {
      for (const address of text.match(EMAILS) ?? []) {
        const lower = address.toLowerCase();
        if (lower !== sender && lower !== found.email && !found.recipients.includes(lower))
          found.recipients.push(lower);
      }
    }
  }
  return found;
}

/** "Gold Coast ICT are a partner": the name, without the verb or article that follow it. */
function trimOrg(raw: string): string {
  return raw
    .replace(/\s+(?:are|is|and|the|a|an|we|here)\b.*$/i, '')
    .replace(/[.,]+$/, '')
    .trim();
}
