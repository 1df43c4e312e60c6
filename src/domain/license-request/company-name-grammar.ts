/**
 * The grammar of a company name in prose, shared by the readers of who the licenses are for (company-mentions.ts)
 * and who bought them (sold-to-mentions.ts): capitalised words with the small words that join them (`of`, `de`,
 * `des`), an elided article (`d'Assurances`), numbers that are no version, and a legal form of any case after
 * them; how a match is cleaned (a possessive's owner, a sentence's full stop), and the first rule that finds one.
 */

import { isCompanyLike } from './lexicon.ts';
import type { ProseUnit } from './prose-units.ts';

export interface NameMention {
  name: string;
  line: number;
  confidence: number;
}

/** Legal forms, written after a name (`Ltd`, `GmbH`, `S.A. de C.V.`, `(Pty) Ltd`, 株式会社 is before or after). */
export const LEGAL_FORM = String.raw`(?:\(Pty\)\s+Ltd\.?|Pty\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|S\.\s?A\.\s?C\.|SAC|S\.\s?L\.|SARL|Private\s+Limited|Co\.,?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|S\.\s?A\.\s+de\s+C\.\s?V\.|S\.\s?de\s+R\.\s?L\.|S\.\s?r\.\s?l\.|S\.\s?p\.\s?A\.|S\.\s?A\.\s?S\.|S\.\s?A\.|N\.\s?A\.|N\.\s?V\.|B\.\s?V\.|A\/S|FZ-?LLC|FZE|Ltda\.?|Ltd\.?|Limited|LLC|LLP|L\.L\.C\.|Inc\.?|inc\.|Corp\.?|Corporation|Co\.|GmbH(?:\s+&\s+Co\.\s+KG)?|gGmbH|mbH|AG|KG|SE|SAS|SRL|SpA|SA|BV|NV|AB|ASA|AS|Oy|Oyj|KK|K\.K\.|PLC|plc|SIA|UAB|Kft\.?|s\.r\.o\.|a\.s\.|Sp\.\s+z\s+o\.o\.|d\.o\.o\.|e\.V\.)`;

export const FIRST = String.raw`[\p{Lu}][\p{L}\d'’&.-]*`;
/** A capitalised word, or a number that is not a version (`Grayson County 911`, not `Enterprise Routing 8.5`). */
/** `d'Assurances`, `dell'Adriatico`, `l’Ouest`: an elided article glued to a capitalised word (round 13). */
const ELIDED = String.raw`(?:[dl]|dell|dall|nell|sull|all)['’][\p{Lu}][\p{L}\d'’&.-]*`;
export const WORD = String.raw`(?:[\p{Lu}][\p{L}\d'’&.-]*|${ELIDED}|\d+(?![.,]?\d)(?![\p{L}])|&)`;
export const LINK =
  '(?:of|de|du|des|del|della|di|da|do|dos|das|la|le|les|el|los|las|y|e|et|und|and|the|van|von|der|den)';
/** The article a name may take after the word for customer in the partner's language: "notre client, la Mutuelle …". */
export const ARTICLE = String.raw`(?:(?:the|la|le|les|el|los|las|die|der|das|den|dem|il|lo|o|a)\s+|l['’]\s*)?`;
/**
 * "Caisse populaire des Trois-Rivières", "Société de transport de Lévis", "Banco de crédito del Perú": in the Romance
 * languages a name keeps common nouns in lower case, between its capitalised words and joined by de/des/del (round 16
 * §3). Only such a link followed by a capitalised word lets lower-case words into a name.
 */
const ROMANCE_LINK = '(?:de|des|du|del|della|di|da|do|dos|das)';
const LOWER_IN_NAME = String.raw`(?:${ROMANCE_LINK}\s+)?\p{Ll}{3,}(?:\s+\p{Ll}{3,})?(?=\s+${ROMANCE_LINK}\s+\p{Lu})`;
export const NAME = String.raw`(${FIRST}(?:,?\s+${LEGAL_FORM}(?![\p{L}])|\s+(?:${WORD}|${LINK}(?=\s+(?:[\p{Lu}\d]|${ELIDED}))|${LOWER_IN_NAME}))*)`;
const SUFFIX_WITH_DOT = new RegExp(String.raw`(?:${LEGAL_FORM}|\b[A-Z])$`);

export const rule = (source: string, confidence: number, flags = 'gu') => ({
  pattern: new RegExp(source, flags),
  confidence,
});

/**
 * "Riverside Bank's Leeds": the owner — but "St Brigid's Hospital Foundation" is one name (round 12), and so is a
 * public body's ("Harris County Fire Marshal's Office", "Sheriff's Department", round 16 §3).
 */
const ORGANISATION_HEAD =
  '(?:Hospital|Hospice|Foundation|School|College|University|Academy|Church|Parish|Trust|Society|Association|Council|Clinic|Pharmacy|Group|Bakery|Kitchen|Hotel|Homes?|Stores?|Restaurants?|Holdings)';
/** A public body's office right after the possessive: "Fire Marshal's Office" (not "Riverside Bank's Leeds Office"). */
const OFFICE_HEAD = '(?:Office|Department|Bureau|Agency|Board|Court|Ministry|Commission)';
const POSSESSIVE_THEN = new RegExp(
  String.raw`['’]s\s+(?!${LEGAL_FORM}$)(?!(?:[\p{Lu}][\p{L}&.-]*\s+){0,3}${ORGANISATION_HEAD}(?:\s+${LEGAL_FORM})?$)(?!${OFFICE_HEAD}$).*$`,
  'u',
);

export function clean(raw: string): string {
  let name = raw.trim().replace(/[’]/g, '’').replace(/\s+/g, ' ').replace(POSSESSIVE_THEN, '');
  if (!SUFFIX_WITH_DOT.test(name)) name = name.replace(/[.]+$/, '');
  return name
    .replace(/,$/, '')
    .replace(/\s+(?:and|the|of|de|y|und|for|on)$/i, '')
    .trim();
}

/**
 * "nosso cliente Transportes Atlântico Norte, S.A. As licenças …": a legal form's period ends the sentence
 * when the capitalised word after it is followed by a word in lower case — that word starts the next one.
 */
const SENTENCE_AFTER_FORM = /^(.*\.)\s+[\p{Lu}][\p{Ll}]*$/u;
const FORM_WITH_DOT = new RegExp(String.raw`(?:^|[\s,])${LEGAL_FORM}$`, 'u');

export function endAtSentence(name: string, after: string): string {
  const cut = SENTENCE_AFTER_FORM.exec(name);
  if (!cut || !FORM_WITH_DOT.test(cut[1]!) || !/^\s+[\p{Ll}]/u.test(after)) return name;
  return cut[1]!;
}

export interface NameRule {
  pattern: RegExp;
  confidence: number;
}

/** The first rule (in the table's order) that finds a company-like name; the mail's first mention of it. */
/** `otherRole`: what, said right after a name, gives it another role than the one looked for. */
export function firstMatch(
  units: ProseUnit[],
  rules: NameRule[],
  not?: string,
  otherRole?: RegExp,
): NameMention | undefined {
  for (const { pattern, confidence } of rules) {
    for (const unit of units) {
      if (unit.row) continue;
      pattern.lastIndex = 0;
      // exec, not matchAll: matchAll copies the (large) pattern for every unit it scans.
      for (let match = pattern.exec(unit.text); match; match = pattern.exec(unit.text)) {
        if (match[0] === '') pattern.lastIndex++;
        // What follows the name itself: "X's Engage 8.5" names X before a product, "X 8.5" is a product.
        const after = unit.text.slice(match.index + match[0].lastIndexOf(match[1]!) + match[1]!.length);
        const name = clean(endAtSentence(match[1]!, after));
        // A capitalised phrase right before a version is a product, not a company.
        if (not && name.toLowerCase() === not.toLowerCase()) continue;
        // "Westbridge Telecom Ltd is the reseller on this deal": the partner in the middle, not the customer.
        if (otherRole?.test(after)) continue;
        if (isCompanyLike(name) && !/^\s*v?\d+\.\d/.test(after)) return { name, line: unit.line, confidence };
      }
    }
  }
  return undefined;
}
