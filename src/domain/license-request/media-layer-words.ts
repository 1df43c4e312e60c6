/**
 * The order kit's media layer (seed 002 "Media Layer resources") as partners write it in sentences, in any
 * of the request languages: the switch by what the sentence calls it ("the switch is a Mitel MX-ONE 7.4",
 * "on an Avaya CM 8.1 switch", "Die Telefonanlage ist eine …", "La centralita es …"), known vendors also
 * without the word; agent-seat DNs as a count of agent extensions, positions or phones ("500 agent
 * extensions", "DNs for 250 agents", "200 Agenten-Nebenstellen", "150 postes agents"); technical DNs as a
 * count of other or technical DNs or of DNs for queues and routing points ("60 other DNs", "another 40 DNs
 * for queues", "30 technischen DNs", "20 DN techniques").
 */
import type { Collected } from './collector.ts';
import { parseDnCount } from './engage-values.ts';
import { SWITCH_PATTERN } from './lexicon.ts';
import { numberWordsAsDigits } from './number-words.ts';
import type { ProseUnit } from './prose-units.ts';
import type { EngageRecord, MediaLayer } from './schema.ts';

const PROSE = 0.65;
/** Rows naming a switch from which they are a listing (an export), not the kit's own lines. */
const LISTING_ROWS = 3;
const COUNT = String.raw`(?<![-–]\s*\d*)(?<![\d.])(\d{1,3}(?:[,.]\d{3})+|\d+)`;
/** Words for an agent, in the request languages. */
const AGENT = '(?:agents?|agenten|agentes?|agenti|agentinnen)';
/**
 * What a DN is called when it is a person's line: an extension, a phone. Not "postes", "Plätze", "puestos":
 * those are the seats an item is counted in (item-mentions.ts), and a DN is never read from them.
 */
const EXTENSION = "(?:DNs?|DN's|extensions?|phones?|nebenstellen|extensiones|extensões|ramais|interni|toestellen)";
/** After the word agent, a position or a place is its line too ("120 agent positions"). */
const AGENT_LINE = `(?:${EXTENSION}|positions?|places?|stations?)`;
/** "technical", "other" in the request languages (the seed's "other (technical) DNs"). */
const OTHER =
  '(?:technical|tech|other|technischen?|weitere|andere|autres|techniques?|otros|técnicos|tecnicos|técnicas|outros|altri|tecnici|overige)';
/** What technical DNs serve: queues, routing points (seed 002: ACD queues, virtual queues, routing points). */
const SERVES = String.raw`(?:(?:acd\s+|virtual\s+)?queues?|(?:virtual\s+)?routing\s+points?|vdns?|files\s+d'attente|points\s+de\s+routage|warteschlangen|colas|filas)`;
const FOR = '(?:for|pour|für|fuer|para|per|voor|de|di)';

const AGENT_DNS = [
  // "150 agent DNs", "180 agent extensions", "95 seat DNs", "200 Agenten-Nebenstellen"
  new RegExp(
    String.raw`${COUNT}\s+${AGENT}[\s-]*(?:seat[\s-]*)?(?:related\s+)?${AGENT_LINE}\b|${COUNT}\s+seat\s+DNs?\b`,
    'iu',
  ),
  // "150 DN agents", "90 extensiones de agente", "120 Nebenstellen für Agenten"
  new RegExp(String.raw`${COUNT}\s+${EXTENSION}\s+(?:${FOR}\s+)?(?:los\s+|les\s+|the\s+|die\s+)?${AGENT}\b`, 'iu'),
  // "DNs for 250 agents", "extensions for the 250 agents"
  new RegExp(String.raw`\b${EXTENSION}\s+${FOR}\s+(?:the\s+|their\s+|its\s+)?${COUNT}\s+${AGENT}\b`, 'iu'),
  // "each agent has 1 extension, so 120 DNs", "120 extensions, one per agent": a line per agent, counted.
  new RegExp(
    String.raw`\b(?:each|every|per|one\s+per)\s+${AGENT}\b[^.;]{0,60}${COUNT}\s+${EXTENSION}(?![\p{L}])`,
    'iu',
  ),
  new RegExp(
    String.raw`${COUNT}\s+${EXTENSION}[\s,(–-]+(?:one|1)\s+(?:per|for\s+each|for\s+every|each)\s+${AGENT}\b`,
    'iu',
  ),
];
const TECHNICAL_DNS = [
  // "60 other DNs", "30 technischen DNs", "another 40 technical DNs"
  new RegExp(String.raw`${COUNT}\s+${OTHER}\s+(?:\(?technical\)?\s+)?DNs?\b`, 'iu'),
  // "20 DN techniques", "15 DN técnicos"
  new RegExp(String.raw`${COUNT}\s+DN[s']*\s+${OTHER}\b`, 'iu'),
  // "40 DNs for queues and routing points", "25 routing points and queues"
  new RegExp(String.raw`${COUNT}\s+(?:more\s+|further\s+)?DN[s']*\s+(?:${FOR}\s+)?(?:the\s+|their\s+)?${SERVES}`, 'iu'),
  new RegExp(String.raw`${COUNT}\s+(?:virtual\s+)?routing\s+points?\b`, 'iu'),
];
const RANGES = String.raw`\s*(?:[:=]|ranges?|are|is)?\s*((?:\d{2,}\s*(?:-|–|to)\s*\d{2,})(?:\s*(?:,|and|&|\+)\s*\d{2,}\s*(?:-|–|to)\s*\d{2,})*)`;
const AGENT_DN_RANGE = new RegExp(String.raw`\bagent[\s-]*(?:seat[\s-]*)?(?:DNs?|extensions?)${RANGES}`, 'i');
const TECHNICAL_DN_RANGE = new RegExp(String.raw`\b(?:technical|tech|other)\s+DNs?${RANGES}`, 'i');

/** The word a sentence calls the switch by, in the request languages. */
// Case written out (no `i` flag): a switch's name is told by its capitals.
const SWITCH_NOUN = String.raw`(?:[Ss]witch|PBX|PABX|IP[\s-]?PBX|[Tt]elephony(?:\s+(?:platform|system))?|[Pp]hone\s+system|[Tt]elefonanlage|TK-Anlage|[Cc]ommutateur|[Aa]utocommutateur|[Cc]entralita|[Cc]entral\s+telef[oóô]nica|[Cc]entralino|[Tt]elefooncentrale|交換機)`;
/** A switch's name: capitalised words and model codes (`Mitel MX-ONE`, `Panasonic KX-NS1000`), then its version. */
const VERSION_MARK = String.raw`(?:version|release|rel\.?|[vV]|R)`;
const SWITCH_NAME = String.raw`((?:[\p{Lu}][\p{L}\d-]*|[\p{Lu}\d]+-[\p{Lu}\d-]+)(?:\s+(?:(?![vVR]\d)[\p{Lu}][\p{L}\d-]*|[\p{Lu}\d-]*\d[\p{Lu}\d-]*(?=\s+${VERSION_MARK}\s*\d)))*)(?:\s*,?\s+(?:version\s+|release\s+|rel\.?\s*|[vV]|R)?(\d+(?:\.\d+)*))?`;
const ARTICLE = String.raw`(?:(?:[Aa]n?|[Tt]he|[Tt]heir|[Oo]ur|[Ii]ts|[Ee]ine?|[Uu]ne?|[Uu]na?|[Uu]ma?|[Ll]a|[Ee]l|[Oo]|[Hh]et)\s+)?`;
/**
 * "The switch is a Mitel MX-ONE 7.4", "Die Telefonanlage ist eine …", "交換機はAvaya CM 8.1", "the PBX, an
 * Ericsson MX-ONE 7.3,", "PBX (Siemens HiPath 4000 V8)", "telephony is handled by their CUCM 12.5".
 */
const SWITCH_SAID = new RegExp(
  String.raw`${SWITCH_NOUN}(?:\s+(?:type|model|platform|side))?\s*(?:(?:is|will\s+be|ist|est|es|é|è)\s+(?:(?:handled|provided|delivered|served|run)\s+by\s+|on\s+)?|(?:runs?|sits?)\s+on\s+|[:=]\s*|,\s+|\s*\(\s*|は)${ARTICLE}${SWITCH_NAME}`,
  'u',
);
/** "on an Avaya CM 8.1 switch", "a Mitel MX-ONE 7.4 PBX", "Alcatel OXE R12.4 as the switch". */
const NAMED_SWITCH = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]n?|[Tt]he|[Tt]heir|[Oo]ur|[Oo]n|[Ww]ith|[Rr]uns?|[Uu]ses?|[Ee]ine?|[Uu]ne?|[Uu]na?|[Uu]ma?)\s+${SWITCH_NAME}\s+(?:as\s+(?:the|their|its)\s+)?${SWITCH_NOUN}(?![\p{L}])`,
  'u',
);
/** Words that start a sentence or name something else, never a switch ("The", "This", "Windows"). */
const NOT_A_SWITCH = /^(?:The|This|That|It|They|We|Windows|Red|Linux|Genesys|Engage|License|Licence|Server)\b/;

/** "T-Server for Cisco UCM 8.5" names an application (its version is the application's); "the switch is …" names the switch. */
const NAMES_AN_APPLICATION = /\bfor\s+(?:the\s+)?$/i;

interface SwitchSaid {
  type: string;
  version?: string;
  line?: number;
}

function knownSwitch(text: string, anywhere: boolean): SwitchSaid | undefined {
  const match = SWITCH_PATTERN.exec(text);
  if (!match) return undefined;
  if (!anywhere && NAMES_AN_APPLICATION.test(text.slice(Math.max(0, match.index - 12), match.index))) return undefined;
  // "Cisco Unified Communications Manager (UCM) version 14": the short form and the version are not the type.
  const type = match[1]!
    .replace(/,?\s+(?:version\s+|release\s+|v|R)?\d+(?:\.\d+)*$/i, '')
    .replace(/\s*\([A-Z]{2,6}\)$/, '')
    .trim();
  return match[2] ? { type, version: match[2] } : { type };
}

/** A switch the sentence names by calling it one, whatever its vendor. */
function switchInWords(text: string): SwitchSaid | undefined {
  for (const pattern of [SWITCH_SAID, NAMED_SWITCH]) {
    const match = pattern.exec(text);
    if (!match || NOT_A_SWITCH.test(match[1]!)) continue;
    return match[2] ? { type: match[1]!, version: match[2] } : { type: match[1]! };
  }
  return undefined;
}

/** The switch of the part: a known vendor said as the switch first, then one named by the word for it. */
function findSwitch(all: ProseUnit[]): SwitchSaid | undefined {
  // "410007  ACDPosition  Avaya CM  OPO  Helpdesk" down hundreds of rows (a DN export attached for reference): a
  // listing's rows each name the switch of a DN, not the request's media layer (round 16).
  const listing = all.filter((u) => u.row && knownSwitch(u.text, true) !== undefined).length >= LISTING_ROWS;
  const units = listing ? all.filter((u) => !u.row) : all;
  for (const unit of units) {
    const said = knownSwitch(unit.text, false) ?? switchInWords(unit.text);
    if (said) return { ...said, line: unit.line };
  }
  // "T-Server for Cisco UCM 12.5" is the only place the mail names its switch.
  for (const unit of units) {
    const said = knownSwitch(unit.text, true);
    if (said) return { ...said, line: unit.line };
  }
  return undefined;
}

const firstCount = (patterns: RegExp[], text: string) => {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return Number(match[1]!.replace(/[,.]/g, ''));
  }
  return undefined;
};

export function readMediaLayer(units: ProseUnit[], media: MediaLayer, out: Collected<EngageRecord>): void {
  const said = media.switchType === undefined ? findSwitch(units) : undefined;
  if (said) {
    media.switchType = said.type;
    if (said.version) media.switchVersion ??= said.version;
    out.note('mediaLayer', said.line ?? units[0]!.line, PROSE, 'prose');
  }
  for (const unit of units) {
    const before = Object.keys(media).length;
    // "ten agent DNs and four technical DNs": counts in words are counts.
    const text = numberWordsAsDigits(unit.text);
    const agents = firstCount(AGENT_DNS, text);
    if (agents !== undefined) media.agentSeatDns ??= agents;
    const technical = firstCount(TECHNICAL_DNS, text);
    if (technical !== undefined) media.technicalDns ??= technical;
    // "agent DNs 5000-5099, technical DNs 6000-6019": ranges after the word count their numbers.
    const agentRange = AGENT_DN_RANGE.exec(unit.text);
    if (agentRange && media.agentSeatDns === undefined) media.agentSeatDns = parseDnCount(agentRange[1]!);
    const technicalRange = TECHNICAL_DN_RANGE.exec(unit.text);
    if (technicalRange && media.technicalDns === undefined) media.technicalDns = parseDnCount(technicalRange[1]!);
    if (Object.keys(media).length > before) out.note('mediaLayer', unit.line, PROSE, 'prose');
  }
}
