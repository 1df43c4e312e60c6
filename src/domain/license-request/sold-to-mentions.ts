/**
 * The Sold To named in prose — who bought the licenses and is invoiced: `Sold To is us (Tailwind Partners)`,
 * `from Proseware (the Sold To)`, `bought through our reseller, Telefonix Communications Ltd`.
 */
import { firstMatch, NAME, type NameMention, rule } from './company-name-grammar.ts';
import type { ProseUnit } from './prose-units.ts';

const SOLD_TO = String.raw`[Ss]old[\s-]?[Tt]o`;
const SOLD_TO_RULES = [
  // "Sold To Lakemont's reseller Crescent Bay Communications (that's us)": the role's holder, not its owner.
  rule(
    String.raw`\b${SOLD_TO}(?:\s+account)?\s*(?:is|=|:)?\s+(?:us\s*[,:–-]?\s*)?\(?(?:(?:the\s+)?[\p{Lu}][\p{L}\d&.-]*['’]s\s+(?:reseller|distributor|partner|integrator|supplier)\s*,?\s+)?${NAME}`,
    0.8,
  ),
  rule(String.raw`\bfrom\s+${NAME}\s*\((?:the\s+|we\s+are\s+the\s+)?${SOLD_TO}\)`, 0.8),
  // "We (Summitline) are the Sold To": the writer's company in brackets after the pronoun (round 16 §10).
  rule(String.raw`\b[Ww]e\s*\(\s*${NAME}\s*\)\s*(?:are|'re|’re)\s+(?:the\s+|also\s+the\s+)?${SOLD_TO}\b`, 0.8),
  rule(String.raw`${NAME}\s*\((?:the\s+|our\s+)?${SOLD_TO}\b[^()]{0,40}\)`, 0.75),
  // "placed by our distributor Ingram Micro Inc., who is the Sold To".
  rule(String.raw`${NAME},?\s+(?:who|which)\s+(?:is|are)\s+(?:the|our)\s+${SOLD_TO}`, 0.8),
  // "bought through our reseller, Telefonix Communications Ltd", "order placed via the distributor X".
  rule(
    String.raw`\b(?:through|via|by|from|with)\s+(?:our|their|the|a)\s+(?:(?:local|UK|US|regional)\s+)?(?:reseller|distributor|disti|VAR|supplier|partner|integrator)\s*,?\s+${NAME}`,
    0.75,
  ),
  // "the order was placed thru Andina Telecom", "we bought 15 more seats through Atlantic Voice", "this went through
  // X": who the purchase went through is who was invoiced (round 13).
  rule(
    String.raw`\b(?:bought|buy|buys|purchased?|purchases|ordered|procured|acquired|placed|went|came|booked)\b[^.;:]{0,80}?\b(?:through|thru|via)\s+${NAME}`,
    0.72,
  ),
  // "we're the sold to (bluepeak)", "we are the Sold To for this order (Harbour Unified Ltd)": in brackets, a name is a name whatever its case.
  rule(
    String.raw`\b(?:we(?:'re|’re|\s+are)|that'?s\s+us|it'?s\s+us)\s*,?\s*(?:also\s+)?(?:the\s+)?${SOLD_TO}\b[^.()]{0,30}?\(\s*([\p{L}\d][\p{L}\d&.' -]{1,60}?)\s*\)`,
    0.75,
    'giu',
  ),
];

/** The Sold To named in prose ("Sold To is us (Tailwind Partners)", "I'm … from Proseware (the Sold To)"). */
export function findSoldTo(units: ProseUnit[]): NameMention | undefined {
  return firstMatch(units, SOLD_TO_RULES);
}
