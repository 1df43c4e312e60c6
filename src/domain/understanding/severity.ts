/**
 * The severity a contact asks for (DOMAIN.md §2): only taken when the wording says it is a severity —
 * "severity high", "Sev: Low", "High priority", "Critical:", "open a case, High: …", "make it Medium",
 * "production is down" — never from "high CPU" or "a critical alarm". What the message rejects
 * ("make it Medium, not High") is reported too, so a change of mind replaces the draft's level.
 */
import type { SeverityId } from '../ids.ts';
import { matchesOf } from '../regexp-matches.ts';
import { MOVED, NOT_A_LEVEL, SEVERITY_SET_BY_OTHERS } from './request-families.ts';

const LEVEL = String.raw`(critical[\s–—-]*(?:production|prod)[\s-]*down|crit(?:ical)?|critcal|criticl|high|hihg|hgih|hight|medium|medum|medim|meduim|mediun|medm|med|moderate|low|lwo|minor|major|urgent|sev(?:erity)?[\s-]*[0-5]|p[0-4]|s[1-4]|[1-5])`;
const CUE = String.raw`(?:severity(?:\s+level)?|sev|priority|prio|level|urgency)`;
/** Which of several problems a level is said of: "for this one", "for the second one", "for that issue". */
const FOR_THIS_ONE = String.raw`for\s+(?:this|that|the\s+(?:second|other|new|last|latter|first))(?:\s+(?:one|issue|problem|case))?`;
/** A level said on its own, as a clause: ", medium", "Low please.", "medium pls", "High - …", "Medium is fine". */
const ALONE = String.raw`(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|critcal|high|hihg|hgih|medium|medum|meduim|mediun|medm|med|low)`;

/**
 * What makes a level word an adjective of something measured rather than a severity asked for: a quantity
 * it describes ("cpu high", "disk space low", "audio volume very low") or a verb or degree word that makes it
 * a statement about the thing ("is high", "runs low", "too low", "how high").
 */
const MEASURED =
  '(?:cpu|processor|memory|mem|ram|heap|load|usage|use|latency|lag|ping|jitter|delays?|volumes?|disk|space|storage|battery|bandwidth|traffic|utili[sz]ation|temperature|temp|levels?|rates?|counts?|ratio|quality|scores?|values?|numbers?|signal|balance|stock|capacity|throughput|times?|pressure|occupancy|percentage|percent|threshold|limit|costs?|prices?|demand|risk|chance|probability|impact|%)';
const PREDICATE =
  "(?:is|are|was|were|be|been|being|it'?s|very|too|so|quite|really|extremely|pretty|rather|fairly|remains?|stays?|staying|goes|go|going|went|gets?|getting|got|runs?|running|ran|becomes?|became|seems?|looks?|shows?|showing|reads?|how|as|still|always|unusually|abnormally|way|super|insanely|not|no|in|of|the|a|an|and|or|between|vs|versus|to|it|this|that|for)";
/**
 * A level word read as the predicate of a measure or a statement, looked back from the level (the
 * lookbehinds take at most 16 blanks, as the engine's intake leaves: an unbounded run is retried from
 * each of its characters).
 */
const NOT_ASKED = String.raw`(?<!\b(?:${MEASURED}|${PREDICATE})\s{1,16}(?:(?:${PREDICATE})\s{1,16})?)`;
/** A level word said of a measure ("latency is high"), looked back from the level: no answer to "Which severity?". */
const OF_A_MEASURE = String.raw`(?<!\b${MEASURED}\s{1,16}(?:(?:${PREDICATE})\s{1,16}){0,2})`;
/** A level word before the measure it describes ("high call volumes", "low disk space"), looked ahead. */
const BEFORE_A_MEASURE = String.raw`(?!\s+(?:(?!(?:for|on|in|at|of|to|and|but|since|because|as|please|pls)\b)[a-z]+\s+)?${MEASURED}\b)`;

/** A level word or code to its id; numbers follow the industry's "Sev 1 / P1 = highest". */
export function severityFromWord(word: string): SeverityId | undefined {
  const w = word
    .toLowerCase()
    .replace(/[\s–—-]+/g, ' ')
    .trim();
  if (/^critical (?:production|prod) ?down$/.test(w)) return 'critical-production-down';
  if (/^(?:crit|critical|critcal|criticl)$/.test(w)) return 'critical';
  if (/^(?:high|hihg|hgih|hight|hi|hgh)$/.test(w)) return 'high';
  if (/^(?:medium|medum|medim|meduim|mediun|medm|med|moderate|mid)$/.test(w)) return 'medium';
  if (/^(?:low|lwo|lo|lw|minor)$/.test(w)) return 'low';
  // French, Spanish, Italian, German, Portuguese and Dutch words for the levels.
  if (/^(?:critique|cr[ií]tic[oa]|kritisch|kritiek)$/.test(w)) return 'critical';
  if (/^(?:haute|[ée]lev[ée]e?|alt[ao]|hoch|hohe|hoog)$/.test(w)) return 'high';
  if (/^(?:moyenne?|medi[ao]|mittel|mittlere|m[ée]dia|gemiddeld)$/.test(w)) return 'medium';
  if (/^(?:basse|faible|baj[ao]|bass[ao]|niedrig|gering|baixa|laag)$/.test(w)) return 'low';
  const n = /^(?:sev(?:erity)? ?|p|s)?([0-5])$/.exec(w);
  if (n) return (['critical-production-down', 'critical', 'high', 'medium', 'low', 'low'] as const)[Number(n[1])];
  return undefined;
}

/**
 * A level word with one letter changed, left out, added or two swapped ("Hugh", "higj", "meduim", "lwo"),
 * the first letter kept: read only where a severity cue follows, so a name ("Hugh") elsewhere is no level.
 */
function nearLevel(word: string): SeverityId | undefined {
  const w = word.toLowerCase();
  for (const [level, id] of [
    ['high', 'high'],
    ['medium', 'medium'],
    ['low', 'low'],
    ['critical', 'critical'],
  ] as const)
    if (w[0] === level[0] && w !== level && oneEditApart(w, level)) return id;
  return undefined;
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface SeverityReading {
  value?: SeverityId;
  start?: number;
  end?: number;
  confidence: number;
  rejected: SeverityId[];
  /** True when the level came with a change verb ("raise to", "make it", "change the severity to"). */
  change: boolean;
}

const PATTERNS: Array<{ re: RegExp; confidence: number }> = [
  // "Critical – Production Down", "production down", "prod is completely down", "sev 0".
  {
    re: /\b(critical[\s–—-]*(?:production|prod)[\s–—-]*down|(?:production|prod)[\s-]+down|sev(?:erity)?[\s-]*0)\b/gi,
    confidence: 0.95,
  },
  // "SIP Server down in prod", "GIM is down on production".
  { re: /\b(down)\s+(?:in|on)\s+(?:production|prod)\b/gi, confidence: 0.8 },
  // "they want Critical since go-live is Monday", "customer asks for High please".
  {
    re: /\b(?:want|wants|wanted|need|needs|ask\s+for|asks\s+for|request|requests|insist\s+on|insists\s+on|(?:would|'d|’d)\s+(?:like|prefer)|expect|expects)\s+(?:(?:it|this|that|this\s+one|the\s+case|the\s+ticket)\s+(?:(?:to\s+be\s+)?(?:treated|handled|opened|logged|set|classified|put)\s+)?(?:as\s+|at\s+|in\s+)?|a\s+)?(critical|high|medium|low)\b(?=\s*(?:[.,;:!?)\n]|$|\s[-–—]\s|\s+(?:since|because|as|please|pls|for\s+(?:this|it)|here|severity|priority|sev|prio|and|now|asap|today|immediately|so|but|then)\b))/gi,
    confidence: 0.85,
  },
  // "01000004 should be medium not high", "it needs to be High".
  { re: /\b(?:should|must|needs?\s+to|has\s+to)\s+be\s+(critical|high|medium|low)\b/gi, confidence: 0.85 },
  // "our production is down", "prod went completely down", "live system is dead".
  {
    re: /\b(?:production|prod|live)\b(?:[^.!?\n]|\.(?=\d)){0,60}?\b(?:is|are|went|has\s+gone|have\s+gone|completely|totally|fully)\s+(?:completely\s+|totally\s+)?(down|dead|offline)\b/gi,
    confidence: 0.7,
  },
  // A level as its own clause: "…, medium", "Low please.", "medium pls. prod.", "Critical please, we will call", "I'd go
  // with medium.", "we'll take low", and the
  // one of several problems it is said of: "Medium for this one.", "- low for that one please".
  {
    re: new RegExp(
      String.raw`(?:^|[.,;:!?(\n]|\s[-–—]+\s)\s*(?:(?:so|then|ok|okay|well|just|maybe|probably|i'?d\s+say|we\s+request|requested|please|pls|it'?s|it\s+is|is|let(?:'?s|\s+us)\s+(?:say|go(?:\s+with)?|make\s+it|call\s+it)|(?:i|we)\s+(?:guess|think|believe|would\s+say|'d\s+say)|(?:i|we)(?:\s*['’]d|\s*['’]ll|\s+would|\s+will)?\s+(?:go\s+(?:with|for)|take|pick|choose|opt\s+for))\s+){0,3}${ALONE}(?:[\s-]?ish)?\s*(?:(?:please|pls|plz|prio(?:rity)?|severity|sev|then|it\s+is|is\s+fine|is\s+ok|should\s+do|for\s+now|i\s+guess|i\s+think|${FOR_THIS_ONE})\s*)*(?=[.,;:!?)\n]|\s[-–—]+\s|\s+because\b|$)`,
      'gi',
    ),
    confidence: 0.85,
  },
  // A level said last in a run-on line typed on a phone, without punctuation: "… whole floor offline 60 agents
  // high pls", "… since the patch low", "… completely dead critical!!! started after …" — not "cpu high".
  {
    re: new RegExp(
      String.raw`(?<=\S\s{1,16})${NOT_ASKED}${ALONE}(?=\s*(?:(?:please|pls|plz|thx|thanks|prio(?:rity)?|sev(?:erity)?)\s*)*(?:!+|$))`,
      'gim',
    ),
    confidence: 0.7,
  },
  // "severity: high", "sev high", "priority is medium", "severity of critical", "sev2", "P1".
  {
    re: new RegExp(
      String.raw`\b${CUE}\s*(?:is|:|=|of|to|as|should\s+be|would\s+be|be)?\s*(?:a\s+|an\s+)?${LEVEL}\b`,
      'gi',
    ),
    confidence: 0.95,
  },
  { re: /\b(sev[\s-]?[0-4]|p[0-4])\b/gi, confidence: 0.85 },
  // Other languages: "Priorité haute", "sévérité : moyenne", "Priorität hoch", "prioridad alta", "Kritisch!".
  {
    re: /\b(?:priorit[eéàä]t?|s[eé]v[eé]rit[eé]|gravit[eé]|prioridad|severidad|gravedad|priorit[àa]|gravit[àa]|schweregrad|dringlichkeit|prioridade)\s*(?:est\s+|ist\s+|es\s+|[eè]\s+|:|=)?\s*(critique|cr[ií]tic[oa]|kritisch|haute|[ée]lev[ée]e?|alt[ao]|hoch|moyenne?|medi[ao]|mittel|basse|faible|baj[ao]|bass[ao]|niedrig)\b|\b(haute|basse|moyenne|alta|baja|media|hohe|niedrige|mittlere)\s+(?:priorit[eé]|prioridad|priorit[àa]|priorit[äa]t)\b|(?:^|[.!\n]\s*)(critique|kritisch|cr[ií]tico)\s*[!.]*\s*(?=$|\n|,)/gi,
    confidence: 0.85,
  },
  // A correction in the same breath: "High - sorry, I mean Medium", "Critical, actually make that High".
  {
    re: /\b(?:i\s+mean|i\s+meant|sorry,?\s+(?:it'?s\s+|make\s+it\s+)?|actually,?\s+(?:it'?s\s+|make\s+(?:it|that)\s+)?|correction:?\s+|rather|make\s+that|no,?\s+wait,?)\s*(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|high|medium|low)\b/gi,
    confidence: 0.93,
  },
  // "(Low)" after the report, "severity of case N in High", "priority for this: medium".
  { re: /\((critical|high|medium|low)\)/gi, confidence: 0.85 },
  {
    re: /\b(?:severity|priority|sev|prio)\b[^.?!\n]{0,40}?\b(?:to|as|at|in|into|on|is|be|=|:)\s*(?:a\s+)?(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|high|medium|low)\b/gi,
    confidence: 0.9,
  },
  // "can this go up to High?", "considers case N a Critical issue now".
  {
    re: /\b(?:go|goes|going|move|moved)\s+(?:up|down)\s+to\s+(?:a\s+)?(critical|high|medium|low)\b|\bconsiders?\s+(?:it|this|the\s+case|case\s+#?\d{8}|#?\d{8})\s+(?:as\s+)?an?\s+(critical|high|medium|low)\s+(?:issue|case|one|problem)\b/gi,
    confidence: 0.9,
  },
  // "For severity we say Medium", "as priority I would take high": the level chosen, in the writer's words.
  {
    re: /\b(?:severity|priority|sev|prio)\b[^.?!\n]{0,20}?\b(?:we|i)\s+(?:would\s+|'d\s+)?(?:say|take|choose|pick|propose|suggest|go\s+(?:for|with))\s+(?:a\s+)?(critical|high|medium|low)\b/gi,
    confidence: 0.9,
  },
  // "high severity", "medium priority", "critical issue/case".
  { re: new RegExp(String.raw`\b${LEVEL}\s*[-/]?\s*(?:severity|sev|priority|prio)\b`, 'gi'), confidence: 0.95 },
  { re: /\b(critical)\s+(?:issue|case|incident|problem|situation|outage)\b/gi, confidence: 0.8 },
  // "make it Medium", "set it to low", "raise … to Critical", "mark it high", "as high", "open it at medium".
  {
    re: /\b(?:make|set|mark|raise|lower|change|bump|upgrade|downgrade|escalate|reduce|drop|increase|move|put|open|log|file|classify|treat|take|bring)\b[^.?!\n]{0,40}?\b(?:to|as|at|it|this|that|in|into)\s+(?:a\s+)?(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|high|medium|low)\b/gi,
    confidence: 0.9,
  },
  // "put High please", "correction: set medium", "make High instead": the verb straight on the level, the
  // clause ending there — not "set high expectations", "put low-cost headsets".
  {
    re: /\b(?:put|make|set|mark|change|switch|raise|lower)\s+(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|high|medium|low)\b(?=\s*(?:(?:please|pls|plz|instead|then|now|severity|sev|priority|prio)\s*)*(?:[.,;:!?)\n]|$|\s[-–—]\s|\s+(?:not|rather|instead|and)\b))/gi,
    confidence: 0.9,
  },
  // "make this one high", "make case 01000004 High instead", "01000004 -> high".
  {
    re: /\b(?:make|set|mark|raise|lower|bump|drop|downgrade|upgrade|escalate|put|move)\s+(?:it|this(?:\s+one|\s+case)?|that(?:\s+one)?|case\s+#?\d{8}|\d{8})\s+(?:to\s+|as\s+|at\s+|in\s+)?(?:a\s+)?(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|high|medium|low)\b|\b\d{8}\s*(?:->|→|=>)\s*(critical|high|medium|low)\b/gi,
    confidence: 0.9,
  },
  // A level at the start of a line or after "case,": "Critical: …", "High - …", "open a case, High: …".
  { re: /(?:^|\n|\bcase\s*[,:-]\s*)(critical|high|medium|low)\s*[:!–—-]/gi, confidence: 0.85 },
  // "hi priority", "mid prio", "sev hi", "prio lo": the short forms, only next to their cue.
  { re: /\b(hi|mid)\s*[-/]?\s*(?:severity|sev|priority|prio)\b/gi, confidence: 0.85 },
  { re: /\b(?:severity|sev|priority|prio)\s*(?:is|:|=)?\s*(hi|hgh|mid|lo|lw)\b(?![-'])/gi, confidence: 0.85 },
  // A move between two levels, whatever verb carries it: "from low to medium", "downgraded from critical to
  // high", "medium → low"; and a move's arrow alone at a clause's end: "only one site left -> low".
  {
    re: /\bfrom\s+(?:critical|high|medium|low)\s+(?:down\s+|up\s+)?(?:to|into)\s+(?:a\s+)?(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|high|medium|low)\b|(?:->|→|=>)\s*(critical|high|medium|low)\s*(?:please|pls|plz|thanks?|[.!])*\s*$/gim,
    confidence: 0.92,
  },
  // "we consider this critical", "I would classify it as high", "we see it as medium".
  {
    re: /\b(?:we|i)(?:\s+would|\s*['’]d)?\s+(?:consider|rate|classify|see|regard|judge|assess|class)\s+(?:this|it|the\s+(?:issue|problem|case))\s+(?:one\s+)?(?:as\s+)?(?:a\s+)?(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|high|medium|low)\b/gi,
    confidence: 0.85,
  },
  // "handle 01000005 as Critical", "we'd like case N to be critical", "N is now critical for us", "High
  // instead of Medium", "Medium -> High": the level a case is asked to move to (issue 21 §10).
  {
    re: /\b(?:handle|process|prioriti[sz]e|consider|reclassify|work\s+on)\s+(?:it|this(?:\s+one|\s+case)?|that(?:\s+one)?|the\s+case|case\s+#?\d{8}|#?\d{8})\s+(?:as|at)\s+(?:a\s+)?(critical|high|medium|low)\b|\bto\s+be\s+(?:a\s+)?(critical|high|medium|low)\b|\b(?:it|this|that|case\s+#?\d{8}|#?\d{8})\s+(?:is|has\s+become|became)\s+now\s+(?:a\s+)?(critical|high|medium|low)\b|\b(?:case\s+#?\d{8}|#?\d{8})\s+(?:is|has\s+become|became)\s+(?:now\s+)?(?:a\s+)?(critical|high)\s+(?:one\s+)?(?:for\s+us|now)\b|\b(critical|high|medium|low)\s+(?:instead\s+of|rather\s+than)\b|\b(critical|high|medium|low)\s+(?:will|would)\s+be\s+(?:fine|ok|okay|enough|sufficient)\b|\b(critical|high|medium|low)\s+(?:will|would|should)\s+do\b|\b(critical|high|medium|low)\s+is\s+(?:fine|enough|sufficient|ok|okay)\b|\b(?:critical|high|medium|low)\s*(?:->|→|=>)\s*(critical|high|medium|low)\b/gi,
    confidence: 0.92,
  },
  // The change family (request-families.ts): "can we go to High?", "needs to be handled as High", "could
  // N be reclassified as High?", "get bumped up to Critical".
  {
    re: new RegExp(
      String.raw`\b(?:(?:go|get|move|switch|jump|step|climb)\s+(?:up\s+|down\s+|back\s+)?(?:to|into)|(?:be|get)\s+(?:now\s+|please\s+|urgently\s+|immediately\s+|then\s+)?${MOVED}\s+(?:up\s+|down\s+)?(?:as|at|to|into))\s+(?:a\s+)?(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|high|medium|low)\b${NOT_A_LEVEL}`,
      'gi',
    ),
    confidence: 0.9,
  },
  // "I need this handled as critical today", "please have it treated as High": the level the handling is
  // asked to have — not a state told ("it was opened as High", "has been handled at Medium").
  {
    re: /(?<!\b(?:was|were|been|is|are|being|already|currently)\s+)\b(?:handled|treated|processed|worked|prioriti[sz]ed|classified|dealt\s+with)\s+(?:as|at|with)\s+(?:a\s+)?(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|high|medium|low)\b(?!\s+(?:by|since|until|for\s+\w+\s+(?:days|weeks)))/gi,
    confidence: 0.88,
  },
  // "please handle as High.", "Please to open with high.": the verb of handling straight on the level, the
  // clause ending there — not "opened with high CPU".
  {
    re: /\b(?:handle|treat|open|log|file|process)\s+(?:it\s+|this\s+|this\s+one\s+|the\s+case\s+)?(?:as|at|with|in)\s+(?:a\s+)?(critical|high|medium|low)\b(?=\s*(?:[.,;:!?)\n]|$|\s[-–—]\s|\s+(?:please|pls|severity|priority|sev|prio|and|now|thanks?)\b))/gi,
    confidence: 0.85,
  },
  // "this is critical and I want it treated as such", "so is very critical": critical said as what it is.
  {
    re: /\b(?:this|it|that)\s+is\s+(?:(?:very|really|truly|extremely|absolutely|definitely|super)\s+)?(critical)\b(?=\s*(?:[.,;!)\n]|$|\s+(?:and|for\s+us|now)\b))|\b(?:so|it)\s+is\s+(?:(?:very|really|extremely|absolutely)\s+)(critical)\b(?=\s*(?:[.,;!)\n]|$))/gi,
    confidence: 0.78,
  },
  // "open a case with medium", "log a ticket at low": the level the case is asked to have.
  {
    re: /\b(?:case|ticket|incident|it|one)\s+(?:with|at|in|on)\s+(?:a\s+|an\s+)?(?:severity\s+|priority\s+)?(critical|high|medium|low)\b(?=\s*(?:[.,;:!?)\n]|$|\s+(?:severity|priority|please|pls)\b))/gi,
    confidence: 0.88,
  },
  // "It is a Medium for us", "this is a high one": the level said as what the problem is.
  {
    re: /\b(?:it'?s|it\s+is|this\s+is|that'?s)\s+(?:a|an)\s+(critical|high|medium|low)\s*(?=(?:for\s+us|one|case|issue|problem)\b|[.,;!]|$)/gi,
    confidence: 0.8,
  },
  // "Hugh severity", "Higj priority": a level written with one letter wrong, right before its cue.
  { re: /\b([a-z]{3,8})\s+(?:severity|sev|priority|prio)\b/gi, confidence: 0.8 },
  // "it's critical", "this is high", "we consider it medium".
  {
    re: new RegExp(
      String.raw`\b(?:it'?s|this\s+is|that'?s|${OF_A_MEASURE}is|consider\s+it|rate\s+it|would\s+say)\s+(critical|high|medium|low)\s*(?:now|then|too|as\s+well|for\s+us|actually)?\s*(?:[.!,]|$)`,
      'gi',
    ),
    confidence: 0.75,
  },
];

/**
 * A level told as what a case has been, not asked for: "case 01000007 (Medium) has been open …", "It has
 * been open for three weeks at Medium", "sitting at High for ten days", "currently at Low".
 */
const LEVEL_AS_STATE =
  /(?:\b\d{8}\s*\(|\b(?:has|have|had)\s+been\s+(?:open|opened|sitting|stuck|waiting|parked|kept|left)\b[^.!?\n]{0,40}\b(?:at|in|as|on)\s+(?:a\s+)?|\b(?:sitting|sat|stuck|parked|waiting|currently|still|remains?|stays?)\s+(?:\w+\s+){0,2}?(?:at|in|on)\s+(?:a\s+)?)$/i;

const NEGATED =
  /\b(?:not|no\s+longer|instead\s+of|rather\s+than|isn'?t|is\s+not|not\s+a)\s+(?:a\s+)?(?:the\s+)?(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|high|medium|low)\b/gi;

/** The severity asked for in running text. */
export function readSeverity(written: string): SeverityReading {
  // "your colleague set the severity to High yesterday": a level others set is none the contact asks for.
  const text = written.replace(SEVERITY_SET_BY_OTHERS, (m) => ' '.repeat(m.length));
  const rejected = [...matchesOf(text, NEGATED)]
    .map((m) => severityFromWord(m[1]!))
    .filter((s): s is SeverityId => !!s);
  const negatedSpans = [...matchesOf(text, NEGATED)].map((m) => [m.index!, m.index! + m[0].length] as const);
  let best: SeverityReading = { confidence: 0, rejected, change: false };
  for (const { re, confidence } of PATTERNS) {
    for (const m of matchesOf(text, re)) {
      const word = m.slice(1).find((g) => g !== undefined)!;
      const start = m.index! + m[0].lastIndexOf(word);
      const end = start + word.length;
      if (negatedSpans.some(([s, e]) => start >= s && end <= e)) continue;
      const value = /^(?:(?:production|prod)[\s-]+)?(?:down|dead|offline)$/i.test(word)
        ? 'critical-production-down'
        : (severityFromWord(word) ?? nearLevel(word));
      if (!value || rejected.includes(value)) continue;
      if (/^(?:major|urgent)$/i.test(word)) continue;
      if (LEVEL_AS_STATE.test(text.slice(Math.max(0, start - 60), start))) continue;
      const lead = text.slice(Math.max(0, start - 80), start);
      const change =
        /\b(?:make|set|put|mark|switch|raise|lower|change|bump|upgrade|downgrade|escalate|reduce|increase|move|reclassify)\b[^.!?\n]*$/i.test(
          lead,
        );
      // The stronger wording wins; at equal strength, the later one ("high … actually medium").
      if (confidence > best.confidence || (confidence === best.confidence && start > (best.start ?? -1))) {
        best = { value, start, end, confidence, rejected, change };
      }
    }
  }
  // "Critical - production is down": the production-down level named with the critical one.
  if (
    best.value === 'critical' &&
    /\b(?:production|prod|live)\b[^.!?\n]{0,40}\b(?:is|are|went|completely|totally)\s+(?:completely\s+)?down\b|\bdown\s+(?:in|on)\s+(?:production|prod)\b/i.test(
      text,
    )
  )
    best = { ...best, value: 'critical-production-down' };
  return best;
}

/**
 * A reply to "Which severity?": a bare level or its number in our list (1 = Critical – Production Down …
 * 5 = Low), with a word or two around it ("High please", "let's say medium", "3").
 */
export function severityAnswer(text: string): SeverityId | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  const inRunning = readSeverity(text);
  if (inRunning.value && inRunning.confidence >= 0.75) return inRunning.value;
  const once = levelNamedOnce(text);
  if (once) return once;
  const numbered = /^(?:option\s*|number\s*|#)?([1-5])$/.exec(t);
  if (numbered)
    return (['critical-production-down', 'critical', 'high', 'medium', 'low'] as const)[Number(numbered[1]) - 1];
  const bare =
    /^(?:(?:ok|okay|yes|then|so|well|hmm|i'd\s+say|i\s+would\s+say|let'?s\s+say|let'?s\s+go\s+with|go\s+with|please|we\s+need|i\s+think|probably|it'?s|it\s+is|make\s+it|,|\s)+)?(critical[\s–—-]*(?:production|prod)[\s-]*down|critical|crit|high|medium|med|moderate|low|minor|sev\s*[0-4]|p[0-4])(?:\s*(?:please|then|i\s+guess|i\s+think|for\s+now|is\s+fine|should\s+do|priority|severity|,|\s))*$/i.exec(
      t,
    );
  return bare ? severityFromWord(bare[1]!) : undefined;
}

const LEVEL_WORD = new RegExp(String.raw`\b${OF_A_MEASURE}${ALONE}\b${NOT_A_LEVEL}${BEFORE_A_MEASURE}`, 'gi');

/**
 * In a reply to "Which severity?", one level named among other words is the answer, however it is wrapped
 * ("ok high then whatever just look at it", "fine, medium I suppose", "ugh high obviously"): taken when
 * the reply names exactly one level, outside a question about the levels and not refused ("not high").
 */
function levelNamedOnce(text: string): SeverityId | undefined {
  const statements = text
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((s) => !/\?\s*$/.test(s))
    .join('\n');
  const negated = [...matchesOf(statements, NEGATED)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const levels = new Set<SeverityId>();
  for (const m of matchesOf(statements, LEVEL_WORD)) {
    if (negated.some(([s, e]) => m.index! >= s && m.index! < e)) continue;
    const level = severityFromWord(m[1]!);
    if (level) levels.add(level);
  }
  return levels.size === 1 ? [...levels][0] : undefined;
}
