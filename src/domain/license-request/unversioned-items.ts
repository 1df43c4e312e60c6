/**
 * Sellable items named with a count but without a version beside them (seed 002: "Sellable item and
 * version", "Quantity"): "We're upgrading Harbor Freight from 8.1 to 8.5. They have 150 agents on
 * Enterprise Routing Solution and 40 IVR ports on Genesys Voice Platform." Only products the order kit
 * sells under a name partners write in full are read this way; each takes the one version the mail goes to
 * ("to 8.5", "version 9.0") when it names exactly one, else none — then the version alone is asked, not the
 * whole list of items.
 */
import type { ItemMention } from './item-mentions.ts';
import { NUMBER, UNIT } from './item-mentions.ts';
import { normaliseVersion } from './normalise.ts';
import type { ProseUnit } from './prose-units.ts';

const PRODUCT = String.raw`(?:Genesys\s+)?(?:Enterprise\s+Routing\s+Solution|SIP\s+Server|Genesys\s+Voice\s+Platform|Voice\s+Platform|(?:Genesys\s+)?Interaction\s+Recording|Workforce\s+Management|Outbound\s+Contact\s+Solution|Predictive\s+Routing|Inbound\s+Voice|Info\s*Mart|eServices|Genesys\s+Chat)`;
/** `150 agents on Enterprise Routing Solution`, `40 IVR ports of Genesys Voice Platform`. */
const COUNTED = new RegExp(
  String.raw`${NUMBER}\s+(?:(?:more|additional|extra|new|IVR|voice|chat|email|inbound|outbound)\s+)?${UNIT}\s+(?:of|on|for|with|in|using|running)\s+(?:the\s+|their\s+|our\s+)?(${PRODUCT})(?!\s*(?:v|version\s+|release\s+)?\d)`,
  'gi',
);
/**
 * `Outbound Contact Solution x 25`, `licences of Enterprise Routing Solution, 90 agents`, `SIP Server (60 seats)`:
 * the count after the name (issue 25 round 16). No version may stand between them.
 */
const COUNTED_AFTER = new RegExp(
  String.raw`(${PRODUCT})(?!\s*(?:v|version\s+|release\s+)?\d)\s*(?:[x×]\s*${NUMBER}(?!\.?\d)|,?\s*[-–—]?\s*${NUMBER}\s+${UNIT}\b|\(\s*${NUMBER}\s*(?:${UNIT}\s*)?\))`,
  'gi',
);
/**
 * `the Workforce Management licence for Thornbury Estates please, 18 users`, `licences for Outbound Contact
 * Solution`: an item named as what the licence is for, with no version, its count (if any) later in the sentence
 * (round 18). Read only when nothing else names an item; the version is then asked.
 */
const NAMED_LICENCE = new RegExp(
  String.raw`\b(?:licen[cs]es?\s+(?:for|of)\s+(?:the\s+)?(${PRODUCT})|(?:the|an?)\s+(${PRODUCT})\s+licen[cs]es?)(?!\s*(?:v|version\s+|release\s+)?\d)(?:[^.!?\n]{0,60}?${NUMBER}\s+(?:users?|agents?|seats?|licen[cs]es?)\b)?`,
  'i',
);
const TARGET_VERSION =
  /\b(?:to|onto)\s+(?:version\s+|release\s+|v)?(\d{1,2}\.\d{1,2})(?!\.?\d)|\b(?:version|release)\s+(\d{1,2}\.\d{1,2})(?!\.?\d)/gi;

const fold = (name: string) =>
  name
    .toLowerCase()
    .replace(/^genesys\s+/, '')
    .replace(/\s+/g, ' ');

export function findUnversionedItems(units: ProseUnit[], found: ItemMention[]): ItemMention[] {
  const prose = units.filter((u) => !u.row);
  const counted = [COUNTED, COUNTED_AFTER].map((r) => new RegExp(r.source, 'i'));
  if (!prose.some((u) => /\d/.test(u.text) && counted.some((r) => r.test(u.text)))) return namedLicence(prose, found);
  const versions = new Set(prose.flatMap((u) => [...u.text.matchAll(TARGET_VERSION)].map((m) => (m[1] ?? m[2])!)));
  const target = versions.size === 1 ? normaliseVersion([...versions][0]!) : undefined;
  const items: ItemMention[] = [];
  for (const unit of prose) {
    const matches = [
      ...[...unit.text.matchAll(COUNTED)].map((m) => ({ name: m[2]!, count: m[1]! })),
      ...[...unit.text.matchAll(COUNTED_AFTER)].map((m) => ({ name: m[1]!, count: (m[2] ?? m[3] ?? m[4])! })),
    ];
    for (const match of matches) {
      const name = match.name.replace(/\s+/g, ' ');
      if ([...found, ...items].some((i) => fold(i.name) === fold(name) || fold(i.name).endsWith(fold(name)))) continue;
      items.push({
        name,
        version: target?.ok ? target.value : '',
        quantity: Number(match.count.replace(/[,.]/g, '')),
        application: false,
        line: unit.line,
        confidence: 0.6,
      });
    }
  }
  return items;
}

function namedLicence(prose: ProseUnit[], found: ItemMention[]): ItemMention[] {
  if (found.some((f) => !f.application)) return [];
  for (const unit of prose) {
    const match = NAMED_LICENCE.exec(unit.text);
    if (!match) continue;
    const name = (match[1] ?? match[2])!.replace(/\s+/g, ' ');
    const count = match[3] ? Number(match[3].replace(/[,.]/g, '')) : undefined;
    return [{ name, version: '', quantity: count, application: false, line: unit.line, confidence: 0.6 }];
  }
  return [];
}
