/**
 * Sellable items and applications named in sentences (seed 002: "Sellable item and version", "Quantity",
 * "Application name and version"): a product is the run of capitalised words right before a version,
 * and its quantity is the count said beside it:
 * | written as                                              | item                       | quantity |
 * |---------------------------------------------------------|----------------------------|----------|
 * | `120 seats of Enterprise Routing Solution 9.0`           | Enterprise Routing Solution | 120      |
 * | `SIP Server 8.1 (220 seats)`, `… 8.5 x 200`, `… 8.5 for 60 agents` | the name            | the count |
 * | `… 45 of Genesys Interaction Recording 8.5`              | the name                    | 45       |
 * | one item, and the part says `80 agents` elsewhere         | that item                   | 80       |
 * A name from the application list (Stat Server, T-Server, …) or introduced as "technical licenses for"
 * is an application; OS, switch and PureConnect release names are neither.
 */
import { ALSO_WORD, COUNT_MARKER, PIECES } from './count-markers.ts';
import { splitCells } from './layout-cells.ts';
import { APPLICATION_NAMES, NOT_AN_ITEM } from './lexicon.ts';
import { applicationVersion, normaliseVersion } from './normalise.ts';
import { numberWordsAsDigits } from './number-words.ts';
import type { ProseUnit } from './prose-units.ts';

export interface ItemMention {
  name: string;
  version: string;
  quantity?: number;
  application: boolean;
  /** Said of another order than this one ("replaces their earlier order of 100 seats of X 8.5"). */
  aside?: boolean;
  line: number;
  confidence: number;
}

// "v9", "release 9": a major version alone is its .0 (group 2). "9.0.x", "8.5.*": any patch of that release.
const VERSION =
  /(?<![\w.])v?(\d{1,2}\.(?:\d{1,3}|x)(?:\.\d+)*(?:\.[x*](?![\w]))?)(?![\w]|\.\d)|(?<![\w.])(?:v|release\s+|version\s+|rel\.\s*)(\d{1,2})(?![\w]|[.,]\d)/gi;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}\d&+'’/-]*|[a-z]+[A-Z][\w-]*)$/u;
const STOP_WORDS = new Set(
  'both all each plätze postes puestos posições posicoes postazioni posti licenças licenze licenties plaatsen werkplekken seats lizenzen i we our they their you please could would can hi hello dear the a an for of and to in on with from by customer client order license licence licenses sellable item product products version qty quantity company new upgrade upgrades from so thanks regards about as at is are was also additionally furthermore moreover plus besides then next finally lastly secondly separately likewise further'.split(
    ' ',
  ),
);
/** A count: `150`, `1,500`, and `1.500` as much of Europe writes it. */
export const NUMBER = String.raw`(?<![\w.=-])(\d{1,3}(?:[,.]\d{3})+(?![.\d])|\d+)`;
// "200 DNs/seats": the unit may come with another word for it after a slash.
export const UNIT = String.raw`(?:(?:DNs?|lines?|users?|agents?)\s*\/\s*)?(?:(?:agent|named|concurrent|voice|chat|ivr)\s+)?(?:seats?|licen[cs]es?|agents?|agentes|agenti|agenten|usuarios|usuários|utilisateurs|ports?|users?|units?|instances?|copies|${PIECES}|postes?|puestos?|puertos?|portas?|canales|canais|lizenzen|plätze|arbeitsplätze|posições|posicoes|licenças|licencias|postazioni|posti|licenze|plaatsen|werkplekken|licenties|席|ライセンス)`;
const QUANTITY_BEFORE = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+|\d+|\bone\b)(?:\s*\(\s*[A-Za-zÀ-ÿ\d -]{1,30}\))?\s*(?:${UNIT}\s*)?(?:of|for|x|×|de|di|van)\s*(?:the\s+)?$`,
  'i',
);
// "add 30 more agents to our customer's X 8.5": whose system it is may stand before the name (round 16).
const QUANTITY_BEFORE_UNIT = new RegExp(
  String.raw`${NUMBER}\s+(?:(?:more|additional|extra|new|further)\s+)?${UNIT}\s+(?:each\s+)?(?:(?:of|for|on|to|de|di|van|x)\s+)?(?:(?:the|our|their|its)\s+)?(?:[A-Za-zÀ-ÿ-]+['’]s\s+)?$`,
  'i',
);
/** `a 150-seat Enterprise Routing Solution 8.5 license`. */
const HYPHENATED_BEFORE = /(?<![\w.=-])(\d{1,3}(?:,\d{3})+|\d+)-(?:seat|user|agent|port|licen[cs]e)\s+(?:the\s+)?$/i;
/** `Genesys Info Mart 8.5, one unit`: a single one, said in words (round 17); not "one license server". */
const ONE_AFTER =
  /^\s*\)?\s*[,:–—-]\s*(?:just\s+|only\s+)?(one|a\s+single)\s+(?:unit|seat|user|agent|instance|copy|licen[cs]e(?!\s+(?:server|file|key)))\b/i;
/** `Enterprise Routing Solution 8.5: 150`, `… 8.5 - 150`, `… 8.5, 150` closing its sentence: the count alone. */
const BARE_AFTER = /^\s*\)?\s*(?:[:=–—,]|\s-)\s*(\d{1,3}(?:,\d{3})+|\d{1,5})\s*(?:[.;]|$)/;
/** `Genesys Inbound Voice 8.5      300`: a row of a pasted list, the count alone in the last column. */
const COUNT_ENDS_LINE = /^\s+(\d{1,3}(?:,\d{3})+|\d{1,5})\s*$/;
const countEndsLine = (after: string) => {
  const match = COUNT_ENDS_LINE.exec(after);
  return match && !/^(?:19|20)\d\d$/.test(match[1]!) ? match : null;
};
/** `250 Enterprise Routing Solution 8.5 seats`: the count before the name, the unit after the version. */
// "120 concurrent SIP Server 9.0 licences": a word saying what kind of seat may stand between (round 9 §3).
const BARE_NUMBER_BEFORE =
  /(?<![\w.=-])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:concurrent|named|additional|extra|more|new|further)\s+)?$/;
const UNIT_AFTER = new RegExp(String.raw`^\s*${UNIT}\b`, 'i');
/** Product names partners also write in lower case (`30 seats of sip server 8.1`). */
const KNOWN_PRODUCT =
  /(?:genesys\s+)?(?:enterprise\s+routing(?:\s+solution)?|sip\s+server|info\s*mart|workforce\s+management|interaction\s+recording|outbound\s+contact(?:\s+solution)?|voice\s+platform|predictive\s+routing|eservices|chat|stat\s+server|interaction\s+server)\s*$/i;
// Japanese puts the count after the item's licence (`SIP Server 8.5 のライセンス（50席）`, `… 8.5を30席`);
// "X 8.5 license for 160 seats", "… licencias para 40 puestos": the word licence may stand before the count too.
const QUANTITY_AFTER = new RegExp(
  String.raw`^\s*\)?\s*(?:\.{2,}|…+)?\s*(?:\s*の?\s*(?:ライセンス|ﾗｲｾﾝｽ)数?\s*[をはが：:]?\s*[（(]?\s*|\s*[をはが]\s*|（\s*|\(\s*|,\s*|[-–—:/→⇒]\s*|(?:(?:licen[cs]es?|licencias|licenças|lizenzen)\s+)?(?:for|with|pour|avec|para|con|com|für|fuer|mit|per|voor|met)\s+)?(?:(?:the\s+)?same\s+|all\s+|its\s+|their\s+)?(?:(?:[x×]|${COUNT_MARKER}\.?:?)\s*(\d{1,3}(?:,\d{3})+|\d+)|(\d{1,3}(?:[,.]\d{3})+|\d+)\s*${UNIT}|(\d{1,3}(?:,\d{3})+|\d+)\s*\)(?!\s*\.?\d))`,
  'i',
);
/**
 * `SIP Server 9.0, 60 seats; Enterprise Routing Solution 9.0, also 60`, `…, ook 70`, `…: idem, 30`: the count said
 * again for the next item with the partners' word for "also" (round 16).
 */
const ALSO_COUNT_AFTER = new RegExp(
  String.raw`^\s*\)?\s*[,:–—-]?\s*${ALSO_WORD}\s*[,:]?\s*(\d{1,3}(?:,\d{3})+|\d{1,5})(?!\d|\.\d)`,
  'i',
);
/**
 * `SIP Server 9.0, zeventig agents (70)`, `…, sechzig Agenten (60)`: a count in words of any language with its
 * digits in brackets after it (round 16); English words are already digits (number-words.ts).
 */
const WORDS_THEN_DIGITS =
  /^\s*\)?\s*[,:–—-]\s*(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*\(\s*(\d{1,3}(?:,\d{3})+|\d{1,5})\s*\)/u;
const wordsThenDigits = (after: string) => {
  const match = WORDS_THEN_DIGITS.exec(after);
  return match && !/^(?:19|20)\d\d$/.test(match[1]!) ? match : null;
};
const LOOSE_QUANTITY = new RegExp(String.raw`${NUMBER}\s+${UNIT}(?!\s+(?:dns?|extensions?)\b)`, 'gi');
// "ver 8.1", "vers. 9.0", "versión 9.0", "versão 9.0" as much as "version 9.0" (round 11); "in version 9.0",
// "en version 9.0", "in der Version 9.0", "na versão 9.0", "at release 9.0": a preposition may lead it (round 12).
const VERSION_WORD_BEFORE =
  /(?:,\s*|\s*\(\s*|\s+)(?:(?:in|en|im|em|na|no|nella|alla|at|on|of|de|di|dans|op)\s+(?:(?:the|la|le|der|die|a|o)\s+)?)?(?:version|release|rel\.|ver\.?|vers\.?|versi[oó]n|versão|versione)\s*:?\s*$/i;
/** "80 seats of X 9.0 and the same number of Y 9.0 seats": Y is counted as the item before it (round 11). */
const SAME_COUNT_BEFORE =
  /\b(?:the\s+same|an?\s+(?:equal|identical|matching))\s+(?:number|quantity|count|amount)\s+(?:of\s+)?(?:the\s+)?$/i;
/** "X 9.0 and SIP Server on the same 8.5 release": the item, then the release it shares with the one before. */
const SAME_RELEASE_BEFORE = /\s+(?:on|in|at|with)\s+(?:the\s+)?same\s+(?:version\s+|release\s+)?$/i;
const RELEASE_AFTER = /^\s+(?:release|version)\b/i;
/** `SIP Server (v9) – 120`, `SIP Server (9.0)`: the version in brackets after the name (issue 25 round 9 §3). */
const BRACKET_BEFORE = /\s*\(\s*$/;
const ACRONYM_BEFORE = /\s*\(\s*[A-Z][A-Za-z]{1,5}\s*\)\s*$/;
/** `Enterprise Routing Solution, v8.5`: a comma before a `v`-marked version. */
const COMMA_BEFORE = /,\s*$/;
/** "upgrading Enterprise Routing Solution from 8.1 to 8.5": the name stands before "from" (round 17). */
const FROM_BEFORE = /\s+from\s+(?:version\s+|release\s+)?$/i;
const PRODUCT_WORD =
  /\b(?:Server|Solution|Platform|Management|Recording|Mart|Routing|Voice|Contact|Outbound|Inbound|Chat|E-?mail|Interaction|Automation|Analytics|Workspace|Composer|Director|Manager|[A-Z]{2,5})$/;
const fromLead = (text: string, match: RegExpMatchArray) =>
  UPGRADED_TO.test(text.slice(match.index! + match[0].length))
    ? FROM_BEFORE.exec(text.slice(0, match.index))?.[0].length
    : undefined;
const UPGRADED_TO = /^\s*(?:to|->|→|⇒|=>)\s*v?(\d{1,2}\.\d+(?:\.\d+)*)(?![\w]|\.\d)/i;
const APPLICATION_CONTEXT = /\b(?:technical\s+licen[cs]es?|applications?)\b/i;
/** "a T-Server for Alcatel OXE 8.1 technical license": said after the version. */
const APPLICATION_AFTER = /^\s*(?:\(?\s*)?(?:technical|tech)\s+licen[cs]es?\b/i;
/** "Genesys Interaction Recording, same version and the same number of seats" as the item before. */
const SAME_AS_BEFORE =
  /(?:^|[\s,;(]+)((?:[\p{Lu}][\p{L}\d&+'’/-]*\s+){0,5}[\p{Lu}][\p{L}\d&+'’/-]*),?\s+(?:with\s+|in\s+|at\s+)?(?:the\s+)?same\s+(version|number|quantity|count)\b([^.;]*)/gu;

function nameBefore(text: string, end: number): { name: string; start: number } | undefined {
  const capitalised = capitalisedNameBefore(text, end);
  if (capitalised) return capitalised;
  const known = KNOWN_PRODUCT.exec(text.slice(Math.max(0, end - 60), end));
  if (!known) return undefined;
  return { name: known[0].trim(), start: end - known[0].length + (known[0].length - known[0].trimStart().length) };
}

function capitalisedNameBefore(text: string, end: number): { name: string; start: number } | undefined {
  // A run of Japanese script (向けに、) is one word that ends the name: the name is never read across it.
  const words = [
    ...text
      .slice(0, end)
      .matchAll(
        /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}、。，：；（）・･•]+|[^\s,;:()\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}、。，：；（）・･•]+|[,;:()]/gu,
      ),
  ];
  const taken: { word: string; index: number }[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]![0];
    // "Quayside Energy's Engage 8.5": the owner before a possessive is not part of the product's name.
    if (taken.length > 0 && /['’]s$/.test(word)) break;
    // "T-Server for Cisco UCM": "for" joins two capitalised parts of one name.
    // Not after a technical license type: "DN and Place for Stat Server" names Stat Server.
    const joins =
      /^for$/i.test(word) &&
      taken.length > 0 &&
      NAME_WORD.test(words[k - 1]?.[0] ?? '') &&
      !/^(?:DN|Place|Seat)s?$/.test(words[k - 1]?.[0] ?? '');
    if (!joins && (!NAME_WORD.test(word) || STOP_WORDS.has(word.toLowerCase()))) break;
    taken.unshift({ word, index: words[k]!.index });
  }
  while (taken[0] && /^for$/i.test(taken[0].word)) taken.shift();
  if (taken.length === 0) return undefined;
  return { name: taken.map((t) => t.word).join(' '), start: taken[0]!.index };
}

/**
 * "We need 150 Enterprise Routing Solution 8.5 and …": a number right before the name counts it, unless it
 * is a year or the end of a version, port or other number the words before it name.
 */
function countBeforeName(number: string, before: string): boolean {
  if (/^(?:19|20)\d\d$/.test(number)) return false;
  return !/\b(?:version|release|v|r|port|server|windows|build|patch|sp|no\.?|number|#)\s*$/i.test(before);
}

/** `IP 10.20.30.40`, `192.168.1.10`: an address, not a version (Engage versions are below 10). */
function isAddress(text: string, match: RegExpMatchArray): boolean {
  if (!/^\d{1,3}(?:\.\d{1,3}){3}$/.test(match[0])) return false;
  return Number(match[0].split('.')[0]) >= 10 || /\b(?:ip|address|addr)\b[\s:=#-]*$/i.test(text.slice(0, match.index));
}

/** "their earlier order of 100 seats", "they have 100 today", "up from 100": a count that is not this order's. */
const OTHER_ORDER =
  /\b(?:earlier|previous(?:ly)?|existing|current(?:ly)?|original(?:ly)?|already\s+(?:have|own|licen[cs]ed)|replac\w*|instead\s+of|up\s+from|(?:have|had|own|owned)\s+(?:\d[\d,]*\s+)?(?:today|now|at\s+the\s+moment)|(?:was|were)\s+(?:licen[cs]ed|ordered|issued))\b[^.;]*$/i;

/** `SW-001-9.0-ERS01`: the version inside a part number belongs to the part, not to an item. */
const PART_NUMBER_BEFORE = /\b[A-Z]{2,4}-?\d{3}-$/i;

/**
 * `Workforce Management     8.5     220 seats`, `SIP Server | 9.0 | 40`: a row of an aligned list whose cells are
 * a name, its version and perhaps its count reads as "Workforce Management 8.5, 220 seats" (round 15, cause 3).
 * Other rows (a server's name, host id and OS) are no items.
 */
const ROW_NAME = /^[\p{Lu}][\p{L}\d&+'’/ -]*$/u;
const ROW_VERSION = /^v?\d{1,2}\.\d+(?:\.\d+)*$/i;
const ROW_COUNT = new RegExp(String.raw`^(?:[x×]\s*)?\(?(\d{1,3}(?:,\d{3})+|\d{1,6})\)?(?:\s*${UNIT})?$`, 'i');

function itemRowAsSentence(text: string): string | undefined {
  const cells =
    splitCells(text)
      ?.cells.map((c) => c.text.trim())
      .filter((c) => c !== '') ?? [];
  if (cells.length < 2 || cells.length > 3) return undefined;
  const [name, version, quantity] = cells as [string, string, string | undefined];
  if (!ROW_NAME.test(name) || !ROW_VERSION.test(version)) return undefined;
  if (quantity === undefined) return `${name} ${version}`;
  const counted = ROW_COUNT.exec(quantity);
  return counted ? `${name} ${version} x ${counted[1]}` : undefined;
}

/**
 * "Genesys Info Mart 8.5 -- no, sorry, that's the reporting piece they already own", "X 8.5 (sorry, wrong one)",
 * "X 8.5 - scratch that": an item the writer takes back right after naming it is not ordered (round 17).
 */
const RETRACTION =
  /^\s*(?:[-–—,;:.!(]+\s*)*(?:no\s*[,!;]|no\.(?!\s*(?:of\b|\d))|no[,\s]+sorry\b|nope\b|sorry\b|oops\b|scratch\s+that\b|strike\s+that\b|my\s+(?:mistake|bad)\b|wrong\s+(?:one|item|product|name)\b|ignore\s+that\b)/i;
export const retracted = (after: string) => RETRACTION.test(after);
/** A labelled item whose value takes an item back ("Product: X 8.5 -- no, sorry, … The order is for Y 8.5"). */
export const takesAnItemBack = (value: string) =>
  [...value.matchAll(/\d\.\d+|\b(?:release|version)\s+\d+/gi)].some((m) =>
    retracted(value.slice(m.index + m[0].length)),
  );

const count = (raw: string) => (/^(?:one|a\s+single)$/i.test(raw) ? 1 : Number(raw.replace(/[,.]/g, '')));

export function findItemMentions(units: ProseUnit[]): ItemMention[] {
  const items: ItemMention[] = [];
  for (const unit of units) {
    // "one hundred and twenty (120) seats", "twenty-five agents": counts in words are counts.
    const text = unit.row ? itemRowAsSentence(unit.text) : numberWordsAsDigits(unit.text);
    if (text === undefined) continue;
    for (const match of text.matchAll(VERSION)) {
      if (isAddress(text, match) || PART_NUMBER_BEFORE.test(text.slice(0, match.index))) continue;
      // "Enterprise Routing Solution, version 8.5": the name is before the word that introduces the version.
      const lead =
        VERSION_WORD_BEFORE.exec(text.slice(0, match.index))?.[0].length ??
        (/^(?:v|release|version|rel\.)/i.test(match[0])
          ? COMMA_BEFORE.exec(text.slice(0, match.index))?.[0].length
          : undefined) ??
        (/^\s*\)/.test(text.slice(match.index + match[0].length))
          ? BRACKET_BEFORE.exec(text.slice(0, match.index))?.[0].length
          : undefined) ??
        SAME_RELEASE_BEFORE.exec(text.slice(0, match.index))?.[0].length ??
        fromLead(text, match) ??
        0;
      // "Enterprise Routing Solution (ERS) 8.5": the product's short form in brackets stands between name and version.
      const acronym = ACRONYM_BEFORE.exec(text.slice(0, match.index - lead))?.[0].length ?? 0;
      const found = nameBefore(text, match.index - lead - acronym);
      if (!found || NOT_AN_ITEM.test(found.name)) continue;
      // "upgrading Harbor Freight Lines from 8.1 to 8.5": before "from" only a product's name is the item.
      if (fromLead(text, match) && !PRODUCT_WORD.test(found.name)) continue;
      if (retracted(text.slice(match.index + match[0].length))) continue;
      // "upgrading from X 8.1 to 8.5": the license is for the version it goes to.
      const upgrade = UPGRADED_TO.exec(text.slice(match.index + match[0].length));
      const version = normaliseVersion((upgrade?.[1] ?? match[1] ?? `${match[2]}.0`).replace(/\.x$/i, ''));
      if (!version.ok) continue;
      // "SIP Server on the same 8.5 release for the same 120 seats": the word after the version is no count's.
      const releaseWord = upgrade
        ? 0
        : (RELEASE_AFTER.exec(text.slice(match.index + match[0].length))?.[0].length ?? 0);
      const end = match.index + match[0].length + (upgrade?.[0].length ?? 0) + releaseWord;
      const before = text.slice(Math.max(0, found.start - 40), found.start);
      const after = text.slice(end, end + 40);
      const bare = BARE_NUMBER_BEFORE.exec(before);
      const q =
        QUANTITY_BEFORE_UNIT.exec(before) ??
        QUANTITY_BEFORE.exec(before) ??
        HYPHENATED_BEFORE.exec(before) ??
        QUANTITY_AFTER.exec(after) ??
        (bare && UNIT_AFTER.test(after) ? bare : null) ??
        BARE_AFTER.exec(after) ??
        ALSO_COUNT_AFTER.exec(after) ??
        wordsThenDigits(after) ??
        countEndsLine(text.slice(end)) ??
        ONE_AFTER.exec(after) ??
        (bare && countBeforeName(bare[1]!, before.slice(0, bare.index)) ? bare : null);
      // "technical licenses …, and 60 more seats of X 8.5": seats counted before the name make it sellable.
      // "Genesys Voice Platform 9.0, 16 ports": a count of seats or ports after it too (applications take none).
      const seats =
        QUANTITY_BEFORE_UNIT.exec(before) ?? HYPHENATED_BEFORE.exec(before) ?? QUANTITY_AFTER.exec(after)?.[2];
      // "Stat Server 8.5, 25 licences": an application counted in seats or licences is what is ordered.
      const application =
        (APPLICATION_NAMES.test(found.name) && !q) ||
        (!seats && APPLICATION_CONTEXT.test(text.slice(0, found.start).slice(-60))) ||
        APPLICATION_AFTER.test(text.slice(match.index + match[0].length));
      const item: ItemMention = {
        name: found.name,
        version: version.value,
        application,
        line: unit.line,
        confidence: 0.75,
      };
      const quantity = q?.[1] ?? q?.[2] ?? q?.[3];
      if (quantity && !application) item.quantity = count(quantity);
      const counted = items.filter((i) => !i.application && i.quantity !== undefined).at(-1);
      if (!quantity && !application && counted && SAME_COUNT_BEFORE.test(before)) item.quantity = counted.quantity!;
      // An application's version is kept as written, patch level included ("Stat Server 8.5.110").
      if (application) item.version = applicationVersion(upgrade?.[1] ?? match[1] ?? `${match[2]}.0`);
      if (OTHER_ORDER.test(text.slice(Math.max(0, found.start - 80), found.start))) item.aside = true;
      items.push(item);
    }
  }
  readSameAsBefore(items, units);
  shareEachCount(items, units);
  fillLooseQuantity(items, units);
  preferStatedTotal(items, units);
  return items;
}

/** "100 seats each (400 in total)", "120 seats per server, 240 altogether": the order is for the total. */
const EACH_THEN_TOTAL = new RegExp(
  String.raw`${NUMBER}\s+${UNIT}\s+(?:each|per\s+(?:server|site|centre|center|node))\b[^.;\d]{0,15}?\(?\s*(?:so\s+|i\.e\.\s*|that\s+is\s+|=\s*)?(\d[\d,]*)\s+(?:${UNIT}\s+)?(?:in\s+total|total|altogether|overall|in\s+all)\b`,
  'i',
);

function preferStatedTotal(items: ItemMention[], units: ProseUnit[]): void {
  const sellable = items.filter((i) => !i.application);
  if (sellable.length !== 1) return;
  for (const unit of units) {
    const said = unit.row ? null : EACH_THEN_TOTAL.exec(numberWordsAsDigits(unit.text));
    if (said && sellable[0]!.quantity === count(said[1]!)) sellable[0]!.quantity = count(said[2]!);
  }
}

/** "X 8.5 for 140 seats and Y, same version and the same number of seats": Y takes X's version and count. */
function readSameAsBefore(items: ItemMention[], units: ProseUnit[]): void {
  for (const unit of units) {
    if (unit.row || !/\bsame\s+(?:version|number|quantity|count)\b/i.test(unit.text)) continue;
    for (const match of unit.text.matchAll(SAME_AS_BEFORE)) {
      const name = match[1]!.replace(/^(?:and|plus|with)\s+/i, '').trim();
      const previous = items.filter((i) => !i.application && i.line <= unit.line).at(-1);
      if (!previous || STOP_WORDS.has(name.toLowerCase()) || items.some((i) => i.name === name)) continue;
      const sameVersion = /version/i.test(match[2]! + match[3]!);
      const sameCount = /number|quantity|count/i.test(match[2]! + match[3]!);
      const item: ItemMention = {
        name,
        version: sameVersion ? previous.version : '',
        // "… and the application Stat Server, same version": a known application stays one.
        application: APPLICATION_NAMES.test(name),
        line: unit.line,
        confidence: 0.65,
      };
      if (sameCount && previous.quantity !== undefined && !item.application) item.quantity = previous.quantity;
      if (item.version) items.push(item);
    }
  }
}

/**
 * "X 8.5 and Y 8.5, 150 seats each", "150 seats each of X 8.5 and Y 8.5", "both X 8.5 and Y 8.5 for 150
 * agents": one count said for every item of the sentence.
 */
const EACH = new RegExp(String.raw`${NUMBER}\s+${UNIT}\s+each\b|\beach\b|\bboth\b`, 'i');
const EACH_COUNT = new RegExp(String.raw`${NUMBER}\s+${UNIT}`, 'gi');

function shareEachCount(items: ItemMention[], units: ProseUnit[]): void {
  for (const unit of units) {
    const here = items.filter((i) => !i.application && i.line === unit.line);
    if (unit.row || here.length < 2 || !EACH.test(unit.text)) continue;
    const counts = [...new Set([...numberWordsAsDigits(unit.text).matchAll(EACH_COUNT)].map((m) => count(m[1]!)))];
    if (counts.length !== 1) continue;
    for (const item of here) item.quantity ??= counts[0]!;
  }
}

/** The one count of seats (or agents, licences…) a text says, when it says exactly one; else undefined. */
export function soleLooseCount(text: string): number | undefined {
  const counts = new Set([...numberWordsAsDigits(text).matchAll(LOOSE_QUANTITY)].map((m) => count(m[1]!)));
  return counts.size === 1 ? [...counts][0] : undefined;
}

/** One item without a count, and exactly one count in the prose not said beside any item: that is its count. */
function fillLooseQuantity(items: ItemMention[], units: ProseUnit[]): void {
  const sellable = items.filter((i) => !i.application);
  if (sellable.length !== 1 || sellable[0]!.quantity !== undefined) return;
  const counts = units
    .filter((u) => !u.row)
    .flatMap((u) => [...numberWordsAsDigits(u.text).matchAll(LOOSE_QUANTITY)].map((m) => count(m[1]!)));
  const distinct = [...new Set(counts)];
  if (distinct.length === 1) {
    sellable[0]!.quantity = distinct[0]!;
    sellable[0]!.confidence = 0.7;
  }
}
