/**
 * PureConnect part numbers with their counts (seed 003: `SW-001-4.0-AL02`), as partners list them. Each
 * part number owns the stretch of its line up to the next part number; its count is, in this order:
 * | written as                                                        | count           |
 * |-------------------------------------------------------------------|-----------------|
 * | `SW-… x 2`, `SW-… (qty 2)`, `SW-… – ACD User – quantity 25`, `(25)` | the marked one  |
 * | `2 x SW-…`, `15 of SW-…`, `one sw 031 4.0 qm01`, `25 ACD users, part SW-…` | the one before |
 * | `SW-… (25 ACD users)`, `SW-…, 25 units`                             | a count with a unit after |
 * | `SW-…   PureConnect ACD User   25`, `SW-…, ACD User, 25`, `SW-… / 25;` | the last number of its stretch |
 * A count said after one part is not also taken as the count before the next one.
 */
import { COUNT_MARKER } from './count-markers.ts';
import { normalisePartNumber } from './normalise.ts';
import { numberWordsAsDigits, wordsValue } from './number-words.ts';
import type { ProseUnit } from './prose-units.ts';
import type { PartNumberLine } from './schema.ts';

const WORD = String.raw`(?:twenty|thirty|forty|fifty)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|hundred`;
const COUNT = String.raw`(\d{1,5}|${WORD})`;
const DASH = '[-–—\\s]';
const PART = new RegExp(String.raw`\bSW${DASH}?\d{3}${DASH}\d+\.\d+${DASH}[A-Z0-9]+\b`, 'gi');
// "30 more CIC ACD access licenses": up to five words say what is counted.
const UNIT = String.raw`(?:(?:[A-Za-z-]+\s+){0,5}?(?:users?|licen[cs]es?|seats?|agents?|units?|ports?|stations?|pcs\.?|pieces?|copies|sessions?))`;

/** `x 2`, `×25`, `qty 2`, `qty twelve`, `quantity: 25`, `(25)`, `SW-…: 18;`: a count marked as one, anywhere after the part number. */
const MARKED_AFTER = new RegExp(
  String.raw`(?:(?<![\w])[x×]\s*|\b(?:${COUNT_MARKER}|units)\.?\s*[:=]?\s*|^\s*\(\s*|^\s*:\s*(?=\S+\s*(?:[,;]|$)))${COUNT}\b(?!\.\d)`,
  'i',
);
/** `2 x `, `15 of `, `qty 40 - `, `one `, `2 pcs `, `25 ACD users, part `: the count said right before the part number. */
const BEFORE = new RegExp(
  String.raw`(?<![\w.=-])${COUNT}\s*(?:(?:[x×:–-]|of|pcs\.?|units?\s+of)\s*|${UNIT}[^\d\n.!?]{0,20}?)?$`,
  'i',
);
const UNIT_AFTER = new RegExp(String.raw`^[^\d\n]{0,40}?(?<![\w.=-])${COUNT}\s+${UNIT}\b`, 'i');
/** The last number of its stretch after a separator (`   25`, `, 25`, `| 25`, `– 25`); not a year. */
// "| SW-… | 60 |": a pipe table's closing bar ends the row; "SW-… ..... 60": dotted leaders stand before the count.
const LAST_ON_LINE = /(?:\s{2,}|\t|\s[-–|:/]\s*|\s\.{2,}\s*|[,;|/]\s*)(\d{1,4})\s*\)?\s*(?:[,;]\s*(?:and\s+)?|\|)?\s*$/;
/**
 * `SW-… forty-five (45), SW-… thirty (30) and …`: the count (its words already digits) right after the part
 * number, closing its stretch (round 16); a year is no count.
 */
const RIGHT_AFTER = /^\s+(?!(?:19|20)\d\d\b)(\d{1,4})\s*(?:[,;.]\s*(?:and\s+)?|and\s+)?$/;

/**
 * `SW-001-4.0-AL02 Interaction Client Business User 25`: a table pasted with its spacing lost — the count ends
 * the line after the part's description in words (issue 25 round 9 §3); a year is no count.
 */
const WORDS_THEN_COUNT = /^\s+(?:[\p{L}&'’()/+-]+\s+){1,8}(?!(?:19|20)\d\d\b)(\d{1,4})\s*$/u;

/**
 * A count corrected in words (a reply above the quoted request): `SW-… should be 12, not 10`, `SW-… -> 40 (not
 * 30)`, `SW-… changes from 8 to 9`, `make SW-… twenty instead of fifteen`, `the quantity for SW-… below should be 45,
 * not 40`, `… SW-… is 35, not 25` (round 17): the new count, before any other reading.
 */
const CORRECTED = new RegExp(
  String.raw`^\s*[-–:,]?\s*(?:(?:below|above|in\s+(?:my|the|our)\s+(?:earlier\s+|previous\s+|original\s+)?(?:mail|e-?mail|message|request|order))\s+)?(?:(?:qty|quantity|count)\s+)?(?:(?:should|must|needs?\s+to|has\s+to)\s+(?:be|read|say)|is\s+(?:actually|really|now)|(?:changes?|goes|went|increases?|decreases?)\s+(?:from\s+${COUNT}\s+)?to|from\s+${COUNT}\s+to|->|→|=>)\s*${COUNT}\b|^\s*${COUNT}\s+(?:instead\s+of|rather\s+than)\s+${COUNT}\b|^\s*[-–:,]?\s*(?:(?:below|above)\s+)?(?:is|are|=)\s+${COUNT}\s*[,;]?\s*(?:and\s+|but\s+)?not\s+${COUNT}\b`,
  'i',
);

/** `SW-…　50本`, `SW-… 25ライセンス`: a count with a Japanese counter word after it (round 17). */
const COUNTER_AFTER = /^[^\d\n]{0,40}?(?<![\w.=-])(\d{1,5})\s*(?:本|個|件|席|ライセンス|ユーザー)/;

function countOf(written: string): number | undefined {
  const lower = written.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  const value = wordsValue(lower);
  return value && value > 0 ? value : undefined;
}

export function readPartNumbers(written: string): PartNumberLine[] {
  // "one hundred and fifty of SW-001-…, sixty of SW-001-…": counts in words are counts (a lone "one" stays a word).
  const raw = numberWordsAsDigits(written);
  const found: PartNumberLine[] = [];
  const matches = [...raw.matchAll(PART)];
  let consumed = 0;
  matches.forEach((match, i) => {
    const partNumber = normalisePartNumber(match[0].replace(/[–—]/g, '-'));
    if (!partNumber.ok) return;
    const start = match.index;
    const end = start + match[0].length;
    const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = raw.indexOf('\n', end) < 0 ? raw.length : raw.indexOf('\n', end);
    const next = matches[i + 1]?.index ?? raw.length;
    const before = raw.slice(Math.max(consumed, lineStart), start);
    const after = raw.slice(end, Math.min(next, lineEnd));
    const corrected = CORRECTED.exec(after);
    if (corrected) corrected[1] = corrected[3] ?? corrected[4] ?? corrected[6] ?? '';
    const marked = corrected ?? MARKED_AFTER.exec(after);
    const said = BEFORE.exec(before);
    // "(SW-014-…) and 20 ACD licences (SW-001-…)": a count said right before the next part is that part's.
    const nextsOwn = next < lineEnd && BEFORE.test(raw.slice(end, next));
    const unitAfter = nextsOwn ? null : UNIT_AFTER.exec(after);
    const last = nextsOwn
      ? null
      : (LAST_ON_LINE.exec(after) ??
        WORDS_THEN_COUNT.exec(after) ??
        RIGHT_AFTER.exec(after) ??
        COUNTER_AFTER.exec(after));
    const pick = marked ?? (said ? undefined : (unitAfter ?? last));
    const count = marked?.[1] ?? said?.[1] ?? unitAfter?.[1] ?? last?.[1];
    if (pick) consumed = end + pick.index + pick[0].length;
    else consumed = end;
    const quantity = count ? countOf(count) : undefined;
    found.push(quantity ? { partNumber: partNumber.value, quantity } : { partNumber: partNumber.value });
  });
  return found;
}

/**
 * Words that make two counts of one part two parts of an order, not two answers: counts per site or server, what
 * the customer has already, or more on top ("20 today, 15 more").
 */
const SHARE =
  /\b(?:already|existing|current(?:ly)?|today|have|has|total|more|additional|extra|each|per|site|primary|backup|server|plus|another)\b/i;

export interface CountedTwice {
  partNumber: string;
  first: number;
  second: number;
}

export function readPartNumbersInProse(units: ProseUnit[]): {
  lines: PartNumberLine[];
  line: number;
  /** One part counted in two sentences, differently ("SW-045… qty 15" and "we need 20 of SW-045…"). */
  twice: CountedTwice[];
} {
  const lines: PartNumberLine[] = [];
  const said: { part: PartNumberLine; unit: ProseUnit }[] = [];
  let line = 0;
  for (const unit of units) {
    if (!/\bSW[-–\s]?\d{3}/i.test(unit.text)) continue;
    const found = readPartNumbers(unit.text);
    if (found.length > 0 && line === 0) line = unit.line;
    for (const part of found) {
      // "The 25 client licences (SW-001-4.0-AL02) …" under the part's own row: the same part said again, no new
      // line (issue 25 round 9 §2); a count it lacked is taken from the sentence that gives it.
      const same = said.find((s) => s.part.partNumber === part.partNumber && s.unit.line !== unit.line);
      if (
        same &&
        (same.part.quantity === undefined || part.quantity === undefined || same.part.quantity === part.quantity)
      ) {
        same.part.quantity ??= part.quantity;
        if (same.part.quantity === undefined) delete same.part.quantity;
        continue;
      }
      lines.push(part);
      said.push({ part, unit });
    }
  }
  const twice: CountedTwice[] = [];
  for (const [k, a] of said.entries()) {
    const b = said.slice(k + 1).find((s) => s.part.partNumber === a.part.partNumber && s.unit.line !== a.unit.line);
    if (!b || a.part.quantity === undefined || b.part.quantity === undefined) continue;
    if (a.part.quantity === b.part.quantity || SHARE.test(a.unit.text) || SHARE.test(b.unit.text)) continue;
    if (!twice.some((t) => t.partNumber === a.part.partNumber))
      twice.push({ partNumber: a.part.partNumber, first: a.part.quantity, second: b.part.quantity });
  }
  return { lines, line, twice };
}
