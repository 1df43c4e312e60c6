/**
 * What a careful reader finds in Engage prose (seed 002's order kit written as sentences): "For Coho
 * Vineyard we need 120 seats of Enterprise Routing Solution 9.0, three-server redundant, for
 * production", aligned server lists, "blended agents", "an Avaya CM 8.1 switch with 150 agent DNs".
 * It fills only what the labelled lines and tables of the same part left empty, at prose confidence;
 * servers are merged with the labelled ones by name, id or order (mergeServerMentions).
 */
import type { Collected } from './collector.ts';
import { findCompany, findSoldTo, fullerCompanyName, otherCompanyThan } from './company-mentions.ts';
import { parseDnCount } from './engage-values.ts';
import { readEngageChoices } from './engage-words.ts';
import { findItemMentions, type ItemMention } from './item-mentions.ts';
import { SWITCH_PATTERN } from './lexicon.ts';
import { normaliseVersion } from './normalise.ts';
import { numberWordsAsDigits } from './number-words.ts';
import { type ProseLine, type ProseUnit, proseUnits } from './prose-units.ts';
import type { Application, EngageRecord, LicenseServer, MediaLayer, SellableItem } from './schema.ts';
import { findServerMentions } from './server-mentions.ts';
import { mergeServerMentions } from './server-merge.ts';
import { findUnversionedItems } from './unversioned-items.ts';

export interface EngageDraft {
  items: SellableItem[];
  apps: Application[];
  servers: LicenseServer[];
  media: MediaLayer;
}

/** "150 agent DNs", "120 agent positions", "180 agent extensions", "95 seat DNs" (seed 002: agent-seat DNs). */
const AGENT_DNS =
  /(?<![-–]\s*\d*)(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:agent[\s-]*(?:seat[\s-]*)?(?:related\s+)?(?:DNs?|extensions?|positions?|places?|stations?|phones?)|seat\s+DNs?)\b/i;
/** "30 technical DNs", "40 other DNs", "25 routing points and queues". */
const TECHNICAL_DNS =
  /(?<![-–]\s*\d*)(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:other\s+)?(?:technical|tech)\s+DNs?|other\s+DNs?|routing\s+points?\b(?:\s+and\s+queues)?)\b/i;
const RANGES = String.raw`\s*(?:[:=]|ranges?|are|is)?\s*((?:\d{2,}\s*(?:-|–|to)\s*\d{2,})(?:\s*(?:,|and|&|\+)\s*\d{2,}\s*(?:-|–|to)\s*\d{2,})*)`;
const AGENT_DN_RANGE = new RegExp(String.raw`\bagent[\s-]*(?:seat[\s-]*)?(?:DNs?|extensions?)${RANGES}`, 'i');
const TECHNICAL_DN_RANGE = new RegExp(String.raw`\b(?:technical|tech|other)\s+DNs?${RANGES}`, 'i');
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

/** "technical licenses of type DN and Place" (seed 002 "Technical license types"). */
const TECHNICAL_TYPES =
  /\btechnical\s+licen[cs]es?\s+(?:of\s+(?:the\s+)?)?types?\s+([A-Z][\w-]*(?:\s*(?:,|and|&|\/)\s*[A-Z][\w-]*)*)/;

function readTechnicalTypes(units: ProseUnit[], out: Collected<EngageRecord>): void {
  if (out.has('technicalLicenseTypes')) return;
  for (const unit of units) {
    const match = TECHNICAL_TYPES.exec(unit.text);
    if (!match) continue;
    const types = match[1]!.split(/\s*(?:,|\band\b|&|\/)\s*/).filter(Boolean);
    out.set('technicalLicenseTypes', types, unit.line, PROSE, 'prose');
    return;
  }
}

function readItems(units: ProseUnit[], draft: EngageDraft, out: Collected<EngageRecord>): void {
  const mentions = findItemMentions(units);
  mentions.push(...findUnversionedItems(units, mentions));
  const fillItems = draft.items.length === 0;
  const fillApps = draft.apps.length === 0;
  for (const mention of mentions) {
    const list: (SellableItem | Application)[] = mention.application ? draft.apps : draft.items;
    if (!mention.application && !fillItems) contradictCount(mention, draft.items, out);
    if (mention.application ? !fillApps : !fillItems) continue;
    const same = list.find((e) => sameItemName(e.name, mention.name) && e.version === mention.version);
    if (same) {
      // "… (120) seats of Enterprise Routing Solution 8.5 … ERS 8.5 | qty 120": one item, told twice.
      if (!mention.application && !('quantity' in same) && mention.quantity !== undefined)
        (same as SellableItem).quantity = mention.quantity;
      continue;
    }
    const entry: SellableItem = mention.version
      ? { name: mention.name, version: mention.version }
      : { name: mention.name };
    if (mention.quantity !== undefined && !mention.application) entry.quantity = mention.quantity;
    list.push(entry);
    out.note(mention.application ? 'applications' : 'sellableItems', mention.line, mention.confidence, 'prose');
  }
  if (fillItems && fillApps) appsAsOrdered(units, draft, out);
}

/** The mail calls what it names an application or a technical licence: an application it stays. */
const SAYS_APPLICATION = /\b(?:technical\s+licen[cs]es?|applications?|apps?)\b/i;

/**
 * "They want Interaction Server 8.5 for their development environment": a request that names no sellable item
 * but a product from the application list, without calling it an application, orders that product.
 */
function appsAsOrdered(units: ProseUnit[], draft: EngageDraft, out: Collected<EngageRecord>): void {
  if (draft.items.length > 0 || draft.apps.length === 0 || units.some((u) => SAYS_APPLICATION.test(u.text))) return;
  for (const app of draft.apps.splice(0)) {
    const version = app.version ? normaliseVersion(app.version) : undefined;
    draft.items.push(version?.ok ? { name: app.name, version: version.value } : { name: app.name });
  }
  const where = out.provenance['applications'];
  delete out.provenance['applications'];
  if (where) out.note('sellableItems', where.line, where.confidence, 'prose');
}

/** "ERS" and "Enterprise Routing Solution": a name and its initials name one item. */
export function sameItemName(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!/^[A-Z]{2,5}$/.test(short)) return false;
  const initials = long
    .split(/[\s-]+/)
    .filter((w) => /^[A-Za-z]/.test(w))
    .map((w) => w[0]!.toUpperCase());
  return initials.length >= 2 && initials.join('') === short;
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

function readQuantityCorrection(units: ProseUnit[], draft: EngageDraft, out: Collected<EngageRecord>): void {
  const unit = units.find((u) => QUANTITY_STATEMENT.test(u.text));
  if (!unit || draft.items.length > 1 || draft.items[0]?.quantity !== undefined) return;
  const quantity = Number(QUANTITY_STATEMENT.exec(unit.text)![1]!.replace(/,/g, ''));
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

/** "T-Server for Cisco UCM 8.5" names an application (its version is the application's); "the switch is …" names the switch. */
const NAMES_AN_APPLICATION = /\bfor\s+(?:the\s+)?$/i;

function switchIn(text: string): RegExpExecArray | null {
  const match = SWITCH_PATTERN.exec(text);
  return match && !NAMES_AN_APPLICATION.test(text.slice(Math.max(0, match.index - 12), match.index)) ? match : null;
}

function readMediaLayer(units: ProseUnit[], media: MediaLayer, out: Collected<EngageRecord>): void {
  const said = units.find((u) => switchIn(u.text));
  for (const unit of units) {
    const before = Object.keys(media).length;
    const switchMatch = said ? (unit === said ? switchIn(unit.text) : null) : SWITCH_PATTERN.exec(unit.text);
    if (switchMatch && media.switchType === undefined) {
      media.switchType = switchMatch[1]!.replace(/\s+(?:version\s+|release\s+|v|R)?\d+(?:\.\d+)*$/i, '').trim();
      if (switchMatch[2]) media.switchVersion ??= switchMatch[2];
    }
    // "ten agent DNs and four technical DNs": counts in words are counts.
    const text = numberWordsAsDigits(unit.text);
    const agents = AGENT_DNS.exec(text);
    if (agents && media.agentSeatDns === undefined) media.agentSeatDns = Number(agents[1]!.replace(/,/g, ''));
    const technical = TECHNICAL_DNS.exec(text);
    if (technical && media.technicalDns === undefined) media.technicalDns = Number(technical[1]!.replace(/,/g, ''));
    // "agent DNs 5000-5099, technical DNs 6000-6019": ranges after the word count their numbers.
    const agentRange = AGENT_DN_RANGE.exec(unit.text);
    if (agentRange && media.agentSeatDns === undefined) media.agentSeatDns = parseDnCount(agentRange[1]!);
    const technicalRange = TECHNICAL_DN_RANGE.exec(unit.text);
    if (technicalRange && media.technicalDns === undefined) media.technicalDns = parseDnCount(technicalRange[1]!);
    if (Object.keys(media).length > before) out.note('mediaLayer', unit.line, PROSE, 'prose');
  }
}
