/**
 * A PureConnect order of one part number whose count the prose also says in licences, differently: "adding thirty
 * more ACD licences" above `SW-001-4.0-AL02  40`, or "(These are the 50 new Business Client licenses …)" under it
 * (issue 25 round 18; three writers' mails). The prose count is the licences being ordered when it is marked as
 * new ("N more/new/additional/extra …") or follows a verb of ordering ("we need N …", "adding N …", "bought N …");
 * then N … licences/users/seats, up to four words of licence type between. A mail that also speaks of a total or
 * of what the customer already has ("bringing them to 40", "from 30 to 45", "already") gives two counts that are
 * both right, and is left alone; so is a mail with two different such counts.
 */
import { numberWordsAsDigits } from './number-words.ts';
import type { ProseUnit } from './prose-units.ts';

const ORDERED_COUNT =
  /(?:\b(?:need|needs|needed|require[sd]?|adding|add|added|bought|buys?|purchased|ordered|order(?:ing)?)\s+(?:an?\s+(?:further|extra|additional)\s+|another\s+)?(?<![\w.-])(\d{1,4})\s+(?:(?:more|new|additional|extra)\s+)?|(?<![\w.-])(\d{1,4})\s+(?:more|new|additional|extra)\s+)(?:[\p{L}-]+\s+){0,4}?(?:licen[cs]es?|users?|seats?)\b/giu;
/** Words that make a second count a total or what is there already, not the same count said again. */
const BOTH_RIGHT =
  /\b(?:total|in\s+all|altogether|bringing|brings|taking|already|existing|currently|today|each|per|plus)\b|\bfrom\s+\d+\s+to\s+\d+/i;

export interface CountSaid {
  count: number;
  line: number;
  /** Said after a part number in the same paragraph ("SW-…  40 (These are the 50 new …)"). */
  afterPart: boolean;
}

/** The one count of ordered licences the prose says (outside part-number lines), if it says exactly one. */
export function orderedLicenceCount(units: ProseUnit[]): CountSaid | undefined {
  const said: CountSaid[] = [];
  if (units.some((u) => BOTH_RIGHT.test(u.text))) return undefined;
  for (const unit of units) {
    // A sentence, line or bracketed sentence that names a part number counts that part (part-numbers.ts).
    let afterPart = false;
    for (const sentence of unit.text.split(/\n|(?<=[.!?)])\s+(?=[(\p{Lu}])|\s+(?=\(\p{Lu}[^()]{0,200}[.!?]\))/u)) {
      if (/\bSW[-–\s]?\d{3}/i.test(sentence)) {
        afterPart = true;
        continue;
      }
      for (const match of numberWordsAsDigits(sentence).matchAll(ORDERED_COUNT))
        said.push({ count: Number(match[1] ?? match[2]), line: unit.line, afterPart });
    }
  }
  const counts = new Set(said.map((s) => s.count));
  return counts.size === 1 ? said[0] : undefined;
}
