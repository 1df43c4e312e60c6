/**
 * PureConnect part numbers with their counts (seed 003: `SW-001-4.0-AL02`), as partners list them:
 * `SW-001-4.0-AL02 x 2`, `2 x SW-…`, `15 of SW-…`, `SW-… (qty 2)`, `one sw 031 4.0 qm01`.
 */
import { normalisePartNumber } from './normalise.ts';
import type { ProseUnit } from './prose-units.ts';
import type { PartNumberLine } from './schema.ts';

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const COUNT = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;
const PART = String.raw`(SW[-\s]?\d{3}[-\s]\d+\.\d+[-\s][A-Z0-9]+)`;
const PATTERN = new RegExp(
  String.raw`(?:(?<![\w.-])${COUNT}\s*(?:[x×:]|of|pcs\.?)?\s*)?\b${PART}\b(?:\s*(?:[,–:-]\s*|\(\s*)?(?:[x×]|qty\.?:?|quantity:?|count:?|units?:?)?\s*(\d+)(?!\s*(?:[x×]|of)\b|\s*[x×]|\.\d|\s*-)\)?)?`,
  'gi',
);

/** `SW-012-1.0-CA15 - PureConnect ACD user - 25`: one part on a line, its count last after a separator. */
const COUNT_AT_THE_END = /(?:\s[-–|:]|,)\s*(\d{1,4})\s*$/;

export function readPartNumbers(raw: string): PartNumberLine[] {
  const found: PartNumberLine[] = [];
  const matches = [...raw.matchAll(PATTERN)];
  for (const match of matches) {
    const partNumber = normalisePartNumber(match[2]!);
    if (!partNumber.ok) continue;
    // A count before the part number is its own; one after it only when none came before.
    const last = matches.length === 1 && !raw.includes('\n') ? COUNT_AT_THE_END.exec(raw)?.[1] : undefined;
    const count = match[1] ?? match[3] ?? last;
    const quantity = count ? (WORDS[count.toLowerCase()] ?? Number(count)) : undefined;
    found.push(quantity ? { partNumber: partNumber.value, quantity } : { partNumber: partNumber.value });
  }
  return found;
}

export function readPartNumbersInProse(units: ProseUnit[]): { lines: PartNumberLine[]; line: number } {
  const lines: PartNumberLine[] = [];
  let line = 0;
  for (const unit of units) {
    if (!/\bSW[-\s]?\d{3}/i.test(unit.text)) continue;
    const found = readPartNumbers(unit.text);
    if (found.length > 0 && line === 0) line = unit.line;
    lines.push(...found);
  }
  return { lines, line };
}
