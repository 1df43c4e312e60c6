/**
 * Values inside Engage order kit lines (seed 002): a sellable item with its version and quantity in one
 * breath ("Enterprise Routing Solution 8.5.102.03 – 250 seats"), lists of applications, the switch.
 */

import { ALSO_WORD, COUNT_MARKER, PIECES } from './count-markers.ts';
import { UNIT } from './item-mentions.ts';
import { applicationVersion, normaliseQuantity, normaliseVersion } from './normalise.ts';
import { numberWordsAsDigits } from './number-words.ts';
import type { Application, SellableItem } from './schema.ts';

// "v9", "release 9", "version 9": a major version alone is that version's .0 (issue 25 round 7 conventions);
// "9.0.x", "8.5.*": any patch of that release is the release.
const VERSION =
  /\b(?:v|version\s*|release\s+|rel\.?\s*)?(\d+\.\d+(?:\.\d+)*(?:\.[xX*](?![\w]))?|\d+\.x)(?:\b|(?<=\*))|\b(?:v|version\s+|release\s+)(\d{1,2})\b(?![.,]\d)/i;
// "qtd 90", "qté 40", "cant. 35", "Menge 50", "25 pcs": a count marked in any of the partners' languages.
const QUANTITY = new RegExp(
  String.raw`(?:\b(?:${COUNT_MARKER}\.?|x)\s*[:=]?\s*(\d[\d,]*)\b(?:\s*(?:seats?|ports?|licen[cs]es?|agents?|users?|units?|${PIECES})\b)?|(?:\.{3,}|…+)\s*(\d[\d,]*)\s*$|\b(\d[\d,]*)\s*(?:seats?|agents?|licen[cs]es?|ports?|units?|users?|named|concurrent|${PIECES}\.?)(?![\p{L}])|\((\d[\d,]*)\)|[x×]\s*(\d[\d,]*)\s*$|^\s*(\d[\d,]*)\s*[x×](?=\s*[A-Za-z]))`,
  'iu',
);
/** `SIP Server 8.5 / 80 licencias`, `… 9.0（150席）`: a count in any language the item's unit is written in. */
const COUNT_IN_UNITS = new RegExp(String.raw`(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)\s*${UNIT}(?![A-Za-z])`, 'i');
/** `Genesys Interaction Recording, 8.5, 45` (a spreadsheet row pasted under a label): a count alone after the version. */
// "…, also 40", "…, também 40": the count said again with the word for "also" (round 16).
const COUNT_AFTER_VERSION = new RegExp(
  String.raw`^[\s,;/|–—-]*(?:${ALSO_WORD}\s*[,:]?\s*)?(\d{1,3}(?:,\d{3})+|\d{1,6})[\s.]*$`,
  'i',
);
/** Full-width brackets, colons, slashes and spaces as Japanese input methods write them. */
const asHalfWidth = (text: string) =>
  text.replace(/[（）：／　]/g, (c) => ({ '（': ' (', '）': ')', '：': ':', '／': '/', '　': ' ' })[c] ?? c);

/** A remark in brackets after a name (`(technical licenses)`, `(optional)`) is not part of the name. */
const REMARK =
  /\s*\((?:[^()]*\b(?:licen[cs]es?|seats?|agents?|optional|included|required|technical|new|existing)\b[^()]*)\)/gi;

/** Splits a list on `;`, new lines and `,`/`and` — but not inside `1,500`. */
export function splitList(raw: string): string[] {
  return raw
    .split(/;|,(?!\d{3}\b)|\s+and\s+|\s+&\s+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** `Enterprise Routing Solution 8.5.102.03, 250 seats` → name, version `8.5`, quantity 250. */
export function parseSellableItem(raw: string): SellableItem | undefined {
  // "cantidad: sesenta agentes": a count in words is read as its digits.
  let rest = numberWordsAsDigits(asHalfWidth(raw)).trim();
  const item: SellableItem = { name: '' };
  const quantity = QUANTITY.exec(rest) ?? COUNT_IN_UNITS.exec(rest);
  if (quantity) {
    item.quantity = Number(
      quantity
        .slice(1)
        .find((g) => g !== undefined)!
        .replace(/,/g, ''),
    );
    rest = rest.replace(quantity[0], ' ');
  }
  const version = VERSION.exec(rest);
  if (version) {
    const normalised = normaliseVersion(version[1] ?? `${version[2]}.0`);
    if (normalised.ok) item.version = normalised.value;
    const after = rest.slice(version.index + version[0].length);
    const count = item.quantity === undefined ? COUNT_AFTER_VERSION.exec(after) : null;
    if (count) item.quantity = Number(count[1]!.replace(/,/g, ''));
    // "X 8.5 (500), split 300 / 200 between the two servers": a clause after the item is no part of its name.
    const named = cleanName(rest.slice(0, version.index)) !== '';
    rest = rest.slice(0, version.index) + (count || (named && REMARK_AFTER.test(after)) ? '' : ` ${after}`);
  }
  // "… 130 seats - blended": the deployment mode said after the item is not part of its name.
  item.name = cleanName(rest.replace(/\s[-–—]\s*(?:blended|separate|mixed)\b.*$/i, ' '));
  return item.name === '' ? undefined : item;
}

/** A clause after an item's version: a comma, semicolon or dash, then words in lower case (round 12, cause 5). */
const REMARK_AFTER = /^\s*\)?\s*(?:(?:[,;]\s*)+|\s[-–—]\s*)\p{Ll}/u;

/** The item's line says more than the item after its version ("…, each server with its own file"): read it as a sentence too. */
export function saysMoreThanItem(raw: string): boolean {
  const version = VERSION.exec(raw);
  return version !== null && REMARK_AFTER.test(raw.slice(version.index + version[0].length).replace(QUANTITY, ' '));
}

/** Several items in one line only when each part carries its own version. */
export function parseSellableItems(raw: string): SellableItem[] {
  // "X 8.5, 130 seats; Y 8.5, 130 seats": items apart at semicolons, each with its own count.
  const bySemicolon = raw.split(';').map((p) => p.trim());
  if (bySemicolon.length > 1 && bySemicolon.every((p) => VERSION.test(p)))
    return bySemicolon.map(parseSellableItem).filter((i): i is SellableItem => i !== undefined);
  // "SIP Server 9.0 / Stat Server 8.5", "… 9.0 + Workspace Desktop Edition 8.5": a slash or plus between versioned items.
  // "X 9.0 (140) and Y 9.0 (140), all agents blended": a remark in lower case after the items is none of them.
  const parts = splitList(raw)
    .flatMap((p) => p.split(/\s+[/+]\s+/))
    .filter((p, k) => k === 0 || VERSION.test(p) || !/^\p{Ll}/u.test(p));
  const eachVersioned = parts.length > 1 && parts.every((p) => VERSION.test(p));
  const items = (eachVersioned ? parts : [raw]).map(parseSellableItem);
  return items.filter((i): i is SellableItem => i !== undefined);
}

export function parseApplications(raw: string): Application[] {
  return splitList(raw)
    .map((part): Application | undefined => {
      const version = VERSION.exec(part);
      const name = cleanName(version ? part.replace(version[0], ' ') : part);
      if (name === '') return undefined;
      const normalised = version ? normaliseVersion(version[1] ?? `${version[2]}.0`) : undefined;
      return normalised?.ok ? { name, version: applicationVersion(version![1] ?? `${version![2]}.0`) } : { name };
    })
    .filter((a): a is Application => a !== undefined);
}

/**
 * `Avaya Communication Manager 7.1` → type and version. The version is its number: a `version`, `release`,
 * `V` or `R` before it is dropped (`OpenScape Voice V10` → 10, `OmniPCX Enterprise R12.4` → 12.4).
 */
const VERSION_MARKER = /^\s*(?:version|release|rel\.?|ver\.?|versi[oó]n|versão|v\s*\d|r\s*\d)/i;

export function parseSwitch(value: string): { switchType?: string; switchVersion?: string } {
  // "Avaya CM 8.1, 400 agent extensions, 60 technical DNs": the switch is what comes before the list.
  // "Avaya Aura CM, version 8.1, 140 agent DNs", "Cisco UCM - release 14": a version after a comma or dash is still
  // the switch's (round 15, cause 11).
  const [first, second] = value.split(/[,;]\s/);
  const raw = `${first!} ${second && VERSION_MARKER.test(second) ? second : ''}`.replace(
    /\s+[-–—]\s+(?=(?:version|release|rel\.?|v|r)?\s*\d)/i,
    ' ',
  );
  // "Panasonic KX-NS1000 v7": a model code ending in digits, then the version after its marker.
  const match =
    /^(.*\S)\s*(?:,|\s)\s*(?:version|release|rel\.?|v|r)\s*(\d[\w.]*)\s*$/i.exec(raw.trim()) ??
    /^(.*?[A-Za-z)])\s*(?:,|\s)\s*(?:(?:version|release|rel\.?|v|r)\s*)?(\d[\w.]*)\s*$/i.exec(raw.trim());
  if (!match) return raw.trim() ? { switchType: raw.trim() } : {};
  return { switchType: match[1]!.trim(), switchVersion: match[2]! };
}

/** A count (`250`, `1,500 seats`); not the digits of a version (`8.5`), and nothing for "not required". */
export function parseCount(raw: string): number | undefined {
  if (/^\s*(?:not|none|n\/?a|no\b|tbd|-)/i.test(raw)) return undefined;
  const text = raw.replace(/\b\d+\.\d+(?:\.\d+)*\b/g, ' ');
  const result = normaliseQuantity(text);
  return result.ok ? result.value : undefined;
}

/**
 * DNs as partners count them (seed 002 "Number of agent-seat-related DNs"): a stated count (`180 DNs`)
 * wins; otherwise the sizes of the ranges given (`7000-7039 and 7100-7109` → 50); otherwise a plain count.
 */
export function parseDnCount(raw: string): number | undefined {
  const stated = /(\d{1,3}(?:,\d{3})+|\d+)\s*(?:DNs?|extensions?|positions?|numbers?|places?|seats?)\b/i.exec(raw);
  if (stated) return Number(stated[1]!.replace(/,/g, ''));
  let total = 0;
  for (const range of raw.matchAll(/\b(\d{2,})\s*(?:-|–|—|to|bis|a|à|~|〜)\s*(\d{2,})\b/gi)) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to > from && to - from < 100_000) total += to - from + 1;
  }
  return total > 0 ? total : parseCount(raw);
}

function cleanName(raw: string): string {
  return (
    raw
      .replace(REMARK, ' ')
      .replace(/\(\s*\)/g, ' ')
      .replace(/\b(?:version|vers|ver|versi[oó]n|versão|versione|release)(?![\p{L}])\.?/giu, ' ')
      .replace(/(?:\.{2,}|…+)/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/\s+[x×]\s*$/i, '')
      .replace(/\s+([,.;:])/g, '$1')
      .replace(/^[\s,;:–—|/-]+|[\s,.;:–—|/(-]+$/g, '')
      // "SIP Server (9.0) for 150 agents": the word that led to the count is no part of the name.
      .replace(/\s+(?:for|with|of|x|each|per|para|pour|con|com|für|mit|voor|met)$/i, '')
      .trim()
  );
}
