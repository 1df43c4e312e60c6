/**
 * What a careful reader finds in Engage prose (seed 002's order kit written as sentences): "For Coho
 * Vineyard we need 120 seats of Enterprise Routing Solution 9.0, three-server redundant, for
 * production", aligned server lists, "blended agents", "an Avaya CM 8.1 switch with 150 agent DNs".
 * It fills only what the labelled lines and tables of the same part left empty, at prose confidence;
 * servers are merged with the labelled ones by name, id or order (mergeServerMentions).
 */
import type { Collected } from './collector.ts';
import { findCompany, fullerCompanyName, otherCompanyThan } from './company-mentions.ts';
import { readEngageChoices } from './engage-words.ts';
import { findItemMentions, type ItemMention, UNIT } from './item-mentions.ts';
import { readMediaLayer } from './media-layer-words.ts';
import { normaliseVersion } from './normalise.ts';
import { numberWordsAsDigits } from './number-words.ts';
import { type ProseLine, type ProseUnit, proseUnits } from './prose-units.ts';
import type { Application, EngageRecord, LicenseServer, MediaLayer, SellableItem } from './schema.ts';
import { findServerMentions } from './server-mentions.ts';
import { mergeServerMentions } from './server-merge.ts';
import { findSoldTo } from './sold-to-mentions.ts';
import { readTechnicalTypes, speaksOfTechnicalLicenses } from './technical-licenses.ts';
import { findUnversionedItems } from './unversioned-items.ts';

export interface EngageDraft {
  items: SellableItem[];
  apps: Application[];
  servers: LicenseServer[];
  media: MediaLayer;
}

const PROSE = 0.65;

export function readEngageProse(lines: ProseLine[], draft: EngageDraft, out: Collected<EngageRecord>): void {
  if (lines.length === 0) return;
  const units = proseUnits(lines);
  if (!out.has('companyName')) {
    const company = findCompany(units, findSoldTo(units)?.name);
    if (company) out.set('companyName', company.name, company.line, company.confidence, 'prose');
  } else if (out.provenance['companyName']?.via === 'label') {
    const labelled = out.fields.companyName!;
    const other = otherCompanyThan(labelled, units, out.provenance['companyName'].line, findSoldTo(units)?.name);
    if (other) out.contradict('companyName', labelled, other.name);
    const fuller = other ? undefined : fullerCompanyName(labelled, units, out.provenance['companyName'].line);
    if (fuller) out.fields.companyName = fuller;
  }
  readItems(units, draft, out);
  readQuantityCorrection(units, draft, out);
  contradictNamelessCount(units, draft, out);
  // The choices first: a mail that says "one license server" names that one server twice only as a contradiction.
  readEngageChoices(units, out, PROSE);
  mergeServerMentions(findServerMentions(units), draft.servers, out);
  readMediaLayer(units, draft.media, out);
  readTechnicalTypes(units, out);
}

function readItems(units: ProseUnit[], draft: EngageDraft, out: Collected<EngageRecord>): void {
  const mentions = findItemMentions(units);
  mentions.push(...findUnversionedItems(units, mentions));
  const fillItems = draft.items.length === 0;
  const fillApps = draft.apps.length === 0;
  if (fillItems && fillApps) orderedApplications(mentions, units);
  for (const mention of mentions) {
    const list: (SellableItem | Application)[] = mention.application ? draft.apps : draft.items;
    if (!mention.application && !fillItems) contradictCount(mention, draft.items, out);
    if (mention.application ? !fillApps : !fillItems) continue;
    const same = list.find((e) => sameItemName(e.name, mention.name) && e.version === mention.version);
    if (same) {
      // "… (120) seats of Enterprise Routing Solution 8.5 … ERS 8.5 | qty 120": one item, told twice.
      if (!mention.application && !('quantity' in same) && mention.quantity !== undefined)
        (same as SellableItem).quantity = mention.quantity;
      // "WFM 8.5" in the subject, "Workforce Management 8.5" in the body: the item by its full name.
      if (mention.name.length > same.name.length) same.name = mention.name;
      continue;
    }
    const entry: SellableItem = mention.version
      ? { name: mention.name, version: mention.version }
      : { name: mention.name };
    if (mention.quantity !== undefined && !mention.application) entry.quantity = mention.quantity;
    list.push(entry);
    out.note(mention.application ? 'applications' : 'sellableItems', mention.line, mention.confidence, 'prose');
  }
}

/**
 * "They want Interaction Server 8.5 for their lab": a part that names only applications and says nothing of
 * technical licences, DNs or applications as such orders what it names — the applications are its items.
 */
const LABEL_BEFORE = /^[^:.!?]{1,30}:\s/;

function orderedApplications(mentions: ItemMention[], units: ProseUnit[]): void {
  if (mentions.length === 0 || mentions.some((m) => !m.application)) return;
  if (units.some((u) => speaksOfTechnicalLicenses(u.text) || /\bDNs?\b|\bapplications?\b/i.test(u.text))) return;
  // Said in a sentence: "Aplicaton + ver: Stat Server 8.5" is a form's line whose label was not read.
  if (units.some((u) => mentions.some((m) => m.line === u.line) && LABEL_BEFORE.test(u.text))) return;
  for (const mention of mentions) {
    const version = normaliseVersion(mention.version);
    if (!version.ok) return;
    mention.application = false;
    mention.version = version.value;
  }
}

/** "ERS" and "Enterprise Routing Solution": a name and its initials name one item. */
export function sameItemName(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!/^[A-Z]{2,5}$/.test(short)) return false;
  const words = long.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));
  return (
    words.length >= 2 &&
    abbreviates(
      short.toLowerCase(),
      words.map((w) => w.toLowerCase()),
    )
  );
}

/**
 * "ERS" for "Enterprise Routing Solution", "WFM" for "Workforce Management" (round 17): each word starts with the
 * next letter, and the letters between are taken from inside the word before (Work-F-orce).
 */
function abbreviates(letters: string, words: string[]): boolean {
  if (words.length === 0) return letters === '';
  const [word, ...rest] = words;
  if (letters[0] !== word![0]) return false;
  // The word's own initial, then perhaps more of its letters in order, then the next words.
  for (let used = 1; used <= letters.length; used++) {
    if (!inOrder(letters.slice(1, used), word!.slice(1))) break;
    if (abbreviates(letters.slice(used), rest)) return true;
  }
  return false;
}

function inOrder(letters: string, word: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "120 seats of Enterprise Routing Solution 8.5" above an order kit that says "Quantity: 100" for it: the
 * mail gives two counts for one item, so neither is trusted and the partner is asked (issue 25 "Bad input").
 */
function contradictCount(mention: ItemMention, items: SellableItem[], out: Collected<EngageRecord>): void {
  const index = items.findIndex((i) => i.name.toLowerCase() === mention.name.toLowerCase());
  const item = items[index];
  if (!item || item.quantity === undefined || mention.quantity === undefined || item.quantity === mention.quantity)
    return;
  if (mention.aside) return;
  if (item.version && item.version !== mention.version) return;
  out.contradict(`sellableItems[${index}].quantity`, String(item.quantity), String(mention.quantity));
  delete item.quantity;
}

/**
 * "The quantity should be 180, not 150": in a reply, the count of the one item the request names. With no
 * item in this message it is kept nameless, and merging it with the quoted request gives it its name.
 */
const QUANTITY_STATEMENT =
  /\b(?:the\s+)?(?:quantity|qty|number\s+of\s+(?:seats|licen[cs]es|agents))\s+(?:should\s+be|must\s+be|is|=|:)\s+(\d{1,3}(?:,\d{3})+|\d+)\b/i;
const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?!\.?\d)`;
/**
 * "sixty seats of Outbound Contact Solution, not 45", "make it 60 seats instead of 45", "the seats go from 45 to
 * 60": a count said against the one it replaces, in a reply (round 15, cause 9).
 */
const COUNT_AGAINST_OLD = [
  new RegExp(
    String.raw`(?<![\d.])${COUNT}\s+${UNIT}(?:\s+(?:of|for)\s+[^,.;!?]{1,60}?)?\s*,?\s*(?:\(\s*)?(?:not|instead\s+of|rather\s+than)\s+(?:the\s+)?\d`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:seats?|licen[cs]es?|agents?|users?|quantity|qty|count)\b[^.;!?\d]{0,30}\bfrom\s+\d+\s+(?:${UNIT}\s+)?to\s+${COUNT}`,
    'i',
  ),
];

function quantityStated(text: string): number | undefined {
  const said = numberWordsAsDigits(text);
  const match = QUANTITY_STATEMENT.exec(said) ?? COUNT_AGAINST_OLD.map((p) => p.exec(said)).find(Boolean);
  return match ? Number(match[1]!.replace(/,/g, '')) : undefined;
}

function readQuantityCorrection(units: ProseUnit[], draft: EngageDraft, out: Collected<EngageRecord>): void {
  const unit = units.find((u) => quantityStated(u.text) !== undefined);
  if (!unit || draft.items.length > 1 || draft.items[0]?.quantity !== undefined) return;
  const quantity = quantityStated(unit.text)!;
  if (draft.items[0]) draft.items[0].quantity = quantity;
  else draft.items.push({ name: '', quantity });
  out.note('sellableItems', unit.line, PROSE, 'prose');
}

/**
 * "Seats: 150" for the one item and "they need 180 recording seats" in the prose of the same message: two counts
 * for one item, asked about (issue 25 "Bad input"). Not counts on top or per site ("20 more seats"), not a
 * correction ("180 seats, not 150"), and only where the message orders one item.
 */
const NEEDS_SEATS =
  /\b(?:need|needs|needed|require[sd]?|want|wants|order(?:s|ing)?)\s+(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z-]+\s+)?(?:seats|licen[cs]es|agents|users)\b/i;
const NOT_THE_COUNT =
  /\b(?:more|additional|extra|another|already|existing|current(?:ly)?|total|plus|location|region|site|server|not|instead|rather|correct\w*)\b/i;

function contradictNamelessCount(units: ProseUnit[], draft: EngageDraft, out: Collected<EngageRecord>): void {
  const item = draft.items[0];
  const path = 'sellableItems[0].quantity';
  if (draft.items.length !== 1 || item?.quantity === undefined || out.contradicted.has(path)) return;
  const counted = units.map((u) => ({ u, match: NEEDS_SEATS.exec(u.text) })).filter((c) => c.match);
  if (counted.length !== 1 || NOT_THE_COUNT.test(counted[0]!.u.text)) return;
  const said = Number(counted[0]!.match![1]!.replace(/,/g, ''));
  if (said === item.quantity) return;
  out.contradict(path, String(item.quantity), String(said));
  delete item.quantity;
}
