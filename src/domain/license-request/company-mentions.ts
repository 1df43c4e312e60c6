/**
 * Company and account names in prose: who the licenses are for (the Engage company name, the PureConnect
 * End User account) and who bought them (the Sold To). Names are capitalised phrases after a cue:
 * | cue (first that matches wins)                                   | confidence |
 * |-----------------------------------------------------------------|------------|
 * | `company (name) is X`, `customer is X`                           | 0.85       |
 * | `order (kit) for X`, `license order - X`                         | 0.8        |
 * | `our customer X`, `notre client X`, `nuestro cliente X`           | 0.75       |
 * | `X's contact center / PureConnect / integration partner …`       | 0.7        |
 * | `license file for X`, `for X`                                     | 0.7        |
 * | `X is moving / upgrades / bought / needs …` (sentence start)      | 0.65       |
 * A phrase with a product, OS, weekday or month word is not a company (lexicon.ts).
 */
import { isCompanyLike } from './lexicon.ts';
import type { ProseUnit } from './prose-units.ts';

export interface NameMention {
  name: string;
  line: number;
  confidence: number;
}

const WORD = String.raw`(?:[\p{Lu}][\p{L}\d'’&.-]*|&)`;
const LINK = '(?:of|de|du|des|del|la|y|und|and|the)';
const NAME = String.raw`(${WORD}(?:\s+(?:${WORD}|${LINK}(?=\s+[\p{Lu}])))*)`;
const SUFFIX_WITH_DOT = /\b(?:Inc|Ltd|Corp|Co|Bros|S\.A|B\.V|N\.V)\.$/;

const rule = (source: string, confidence: number) => ({ pattern: new RegExp(source, 'gu'), confidence });
const COMPANY_RULES = [
  rule(String.raw`\b(?:[Cc]ompany|[Cc]ustomer|[Cc]lient)(?:\s+name)?\s+(?:is|=)\s+${NAME}`, 0.85),
  rule(String.raw`\b(?:[Oo]rder(?:\s+kit)?|[Ll]icen[cs]e\s+order)\s*(?:for|[-–:])\s*${NAME}`, 0.8),
  rule(
    String.raw`\b(?:[Oo]ur|[Tt]he|[Tt]heir|[Nn]otre|[Nn]uestro|[Uu]nser(?:em)?)\s+(?:end\s+)?(?:customer|client|cliente|Kunden?)\s+${NAME}`,
    0.75,
  ),
  rule(
    String.raw`${NAME}['’]s\s+(?:contact\s+cent|integration\s+partner|production|PureConnect|CIC|lab\b|servers?|licen|system|site|new|DR\b)`,
    0.7,
  ),
  rule(
    String.raw`\b(?:[Ff]or|[Pp]our|[Pp]ara|[Ff]ür)\s+(?:(?:our|the|their|notre|nuestro|unseren?)\s+)?(?:(?:end\s+)?(?:customer|client|cliente|Kunden?)\s+)?${NAME}`,
    0.7,
  ),
  // Written in lower case, a company still shows by its legal form: "licence for litware inc".
  rule(
    String.raw`\b[Ff]or\s+([a-z][\w&.'-]*(?:\s+[a-z][\w&.'-]*){0,3}\s+(?:inc|ltd|llc|corp|gmbh|ag|bv|plc|sa|group|bank))\b`,
    0.65,
  ),
  rule(
    String.raw`^${NAME}\s+(?:is\s+(?:moving|upgrading|migrating|replacing|building|going|planning|adding)|upgrades?|bought|purchased|ordered|needs?|wants?|runs?|plans?|has\s+(?:bought|purchased|ordered|decided))\b`,
    0.65,
  ),
];

function clean(raw: string): string {
  let name = raw.trim().replace(/[’]/g, '’');
  if (!SUFFIX_WITH_DOT.test(name)) name = name.replace(/[.]+$/, '');
  return name.replace(/\s+(?:and|the|of|de|y|und)$/i, '').trim();
}

/** The first rule (in the table's order) that finds a company-like name; the mail's first mention of it. */
function firstMatch(units: ProseUnit[], rules: typeof COMPANY_RULES): NameMention | undefined {
  for (const { pattern, confidence } of rules) {
    for (const unit of units) {
      if (unit.row) continue;
      for (const match of unit.text.matchAll(pattern)) {
        const name = clean(match[1]!);
        const after = unit.text.slice(match.index + match[0].length);
        // A capitalised phrase right before a version is a product, not a company.
        if (isCompanyLike(name) && !/^\s*v?\d+\.\d/.test(after)) return { name, line: unit.line, confidence };
      }
    }
  }
  return undefined;
}

/** The company the licenses are for (Engage `companyName`, PureConnect `endUserAccount`). */
export function findCompany(units: ProseUnit[]): NameMention | undefined {
  return firstMatch(units, COMPANY_RULES);
}

const SOLD_TO_RULES = [
  rule(String.raw`\bSold[\s-]?To(?:\s+account)?\s+(?:is|=|:)\s+(?:us\s*)?\(?${NAME}`, 0.8),
  rule(String.raw`\bfrom\s+${NAME}\s*\((?:the\s+|we\s+are\s+the\s+)?Sold[\s-]?To\)`, 0.8),
  rule(String.raw`${NAME}\s*\((?:the\s+)?Sold[\s-]?To\)`, 0.75),
];

/** The Sold To named in prose ("Sold To is us (Tailwind Partners)", "I'm … from Proseware (the Sold To)"). */
export function findSoldTo(units: ProseUnit[]): NameMention | undefined {
  return firstMatch(units, SOLD_TO_RULES);
}

/** A subject such as `License order - Litware Health` or `Fabrikam Bank license order`. */
export function companyFromSubject(subject: string): string | undefined {
  const text = subject.replace(/^\s*((re|fw|fwd|aw|wg|tr|urgent)\s*:\s*)+/i, '').trim();
  const unit: ProseUnit = { text, line: 0, row: false, paragraph: 0 };
  const found = findCompany([unit]);
  if (found) return found.name;
  const dashed = /(?:order|kit|licen[cs]e|licencia|demande|solicitud)[^-–]*[-–]\s*([^()]+?)\s*(?:\(|$)/i.exec(text);
  if (dashed && isCompanyLike(dashed[1]!)) return clean(dashed[1]!);
  const before = new RegExp(String.raw`^${NAME}\s+licen[cs]e\s+order`, 'u').exec(text);
  return before && isCompanyLike(before[1]!) ? clean(before[1]!) : undefined;
}
