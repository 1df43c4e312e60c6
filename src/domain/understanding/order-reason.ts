/**
 * The reason of a controlled-software order (issue 21): told after "because" or a "Reason:" word, as a
 * certification, as a purpose ("for our migration", "to replace the broken disks"), or as a need or a
 * constraint of the site ("the plant has no internet").
 */
import { type Found, findLanguage, findOs } from './controlled-release.ts';
import { allMatches, clauseEnd, tidy } from './text.ts';

/** "because …", "reason: …", "we need this build for …", "required by our auditors". */
export function findReason(text: string, needs = true): Found | undefined {
  for (const m of allMatches(text, REASON)) {
    const start = m.index;
    const end = clauseEnd(text, start + m[0].length);
    const value = tidy(text.slice(start, end));
    // "We need it for RHEL 7", "we need it in Japanese": the platform or language, no reason.
    const rest = tidy(text.slice(start + m[0].length, end));
    if (value.length < 8 || (findOs(rest) ?? findLanguage(rest, true))?.value.length === rest.length) continue;
    // "we need it for initech, centos 7, ftp": who it is for, then the order's fields — no reason.
    if (/\bfor$/i.test(m[0]) && FOR_WHOM.test(rest.split(/[,;]/)[0]!.trim()) && !PURPOSE_FOR.test(rest)) continue;
    return { value, start, end, confidence: 0.75 };
  }
  // "- our payroll interface was certified only against that build": the clause that says so.
  const certified = CERTIFIED.exec(text);
  if (certified) {
    const before = text.slice(0, certified.index);
    const start = Math.max(...[/\.\s/g, /\s[-–—]\s/g, /;\s/g, /:\s/g, /\n/g].map((re) => lastEnd(before, re)));
    const end = clauseEnd(text, certified.index + certified[0].length);
    const value = tidy(text.slice(start, end));
    if (value.length >= 8) return { value, start, end, confidence: 0.7 };
  }
  // Told as a purpose or as a need of the site, whichever the message says first.
  const found = [findPurpose(text), needs ? findNeed(text) : undefined].filter((f): f is Found => f !== undefined);
  return found.sort((a, b) => a.start - b.start)[0];
}

function findPurpose(text: string): Found | undefined {
  const purpose = PURPOSE_FOR.exec(text) ?? PURPOSE_DEED.exec(text);
  if (!purpose) return undefined;
  const named = PURPOSE_FOR.test(purpose[0]);
  // "Hot spare for our new data center": a short clause is the reason whole.
  const before = text.slice(0, purpose.index);
  const clause = Math.max(...[/[.!?]\s/g, /\s[-–—]\s/g, /[;:]\s/g, /\n/g, /,\s/g].map((re) => lastEnd(before, re)));
  const from = before.slice(clause).trim().split(/\s+/).length <= 3 ? clause : purpose.index;
  const start = from + (text.slice(from).length - text.slice(from).trimStart().length);
  // "we need for our migration the controlled version of …": the purpose ends where the order goes on.
  const clauseStop = clauseEnd(text, purpose.index + purpose[0].length);
  const end =
    named && clauseStop - (purpose.index + purpose[0].length) > 40 ? purpose.index + purpose[0].length : clauseStop;
  const value = tidy(text.slice(start, end));
  return value.length >= 8 ? { value, start, end, confidence: 0.7 } : undefined;
}

/**
 * "we have no internet there", "Initech's Seoul office needs the localized UI", "its for the PCI site":
 * a need or a constraint of the site, told as a clause of its own. The orderer's own need or duty is the
 * order itself ("we need the CD", "we need to order …", "how we must do"); only their constraint is a reason.
 */
function findNeed(text: string): Found | undefined {
  for (const m of allMatches(text, NEED)) {
    const rest = text.slice(m.index + m[0].length);
    const orderer = /^(?:we|i)\s/i.test(m[0]);
    if (orderer && !CONSTRAINT.test(m[0])) continue;
    // "Umbrella's Seoul agents need it": a need with nothing said of what for is no reason.
    if (/\b(?:needs?|requires?|wants?|must)$/i.test(m[0]) && /^\s*(?:it|them|this|that)?\s*(?:[.,;!?]|$)/i.test(rest))
      continue;
    const end = clauseEnd(text, m.index + m[0].length);
    const value = tidy(text.slice(m.index, end));
    if (value.length >= 12) return { value, start: m.index, end, confidence: 0.7 };
  }
  return undefined;
}

/** Who has the need: the site, its people, the customer ("we", "Initech's Seoul office", "the agents"). */
const NEEDER = String.raw`(?:we|they|our\s+(?:[\w-]+\s+){0,2}?[\w-]+|their\s+(?:[\w-]+\s+){0,2}?[\w-]+|the\s+(?:[\w-]+\s+){0,2}?(?:site|agents|office|customer|client|team|users|network|store|branch|plant|cent(?:re|er)|datacenter|dc|location|facility|building|lab)|[A-Z][\w-]*'s\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?<=(?:^|[,;:]\s*|\s[-–—]\s*))(?:site|plant|dc|datacenter|network|facility))`;
const NEED = new RegExp(
  String.raw`\b${NEEDER}\s+(?:(?:still|really|all)\s+)?(?:needs?|requires?|wants?|insists?\s+on|must|cannot|can'?t|can\s+not|(?:is|are)\s+not\s+allowed\s+to|forbids?|prohibits?|(?:has|have)\s+no|(?:do|does)\s*(?:not|n'?t)\s+(?:have|read|speak|understand|allow|accept|permit)|(?:is|are)\s+(?:air[\s-]?gapped|offline|isolated|segregated|disconnected)|open(?:s|ing)?\s+(?:a|an|their|our|the)\s+new|open(?:s)?\s+(?:a|an)|(?:is|are)\s+opening|will\s+open)\b|\b(?:it'?s|its|it\s+is|this\s+is|that'?s)\s+for\s+(?:the|our|their|a|an)\s+`,
  'gi',
);
/** What stops the orderer from downloading: "we cannot …", "we have no internet", "we are not allowed to". */
const CONSTRAINT =
  /\b(?:cannot|can'?t|can\s+not|not\s+allowed|forbids?|prohibits?|have\s+no|(?:do|does)\s*(?:not|n'?t)\s+(?:have|read|speak|understand|allow|accept|permit)|air[\s-]?gapped|offline|isolated|segregated|disconnected)\b/i;

/**
 * Why a release is wanted, said as what it is for: a project ("for our migration", "needed for the DR
 * rebuild", "for the new Munich site"), a fix it carries ("it contains the fix for the REFER handling"), a copy to replace ("our old one is corrupted", "is for replace the
 * broken disk"), a site being built ("they are rebuilding a DR site").
 */
const PROJECT = String.raw`(?:migration|upgrade|rebuild|re-?install\w*|reinstallation|refresh|roll-?out|go-?live|deployment|expansion|pilot|disaster\s+recovery|DR(?:\s+(?:site|rebuild|test|environment))?|new\s+(?:[\w-]+\s+)?(?:(?:data\s*)?cent(?:er|re)|DC|site|office|branch|location|plant|subsidiary|lab|environment)|test(?:ing)?\s+(?:lab|environment)|recovery|audit|certification|compliance)`;
/** "for our migration", "needed for the DR rebuild", "hot spare for our new data center". */
const PURPOSE_FOR = new RegExp(
  String.raw`\b(?:for|needed\s+for|required\s+for)\s+(?:(?:our|the|their|a|an|this|that)\s+)?(?:[\w-]+\s+)?(?:${PROJECT}\b|(?:[\w-]+\s+){0,2}(?:site|office|subsidiary|branch|plant|store|cent(?:er|re)|DC)\s+(?:going\s+live|goes\s+live|opening|launching|starting)\b)`,
  'i',
);
/** "is for replace the broken disk", "our old one is corrupted", "they're rebuilding their DR site". */
const PURPOSE_DEED =
  /\b(?:it|this|that|the\s+(?:build|release|version|patch|update))\s+(?:contains|includes|has|brings|carries|ships\s+with)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:fix|fixes|patch|correction|hot\s*fix|feature)\b|\b(?:(?:it\s+)?is\s+|it'?s\s+|this\s+is\s+)?(?:for|to)\s+(?:replace|replacing|rebuild|restore|reinstall|re-install|recover|migrate|set\s+up|rebuilding|restoring)\b|\b(?:our|the|their)\s+(?:old|current|existing|previous|original)\s+(?:one|copy|copies|media|discs?|disks?|dvds?|cds?|iso|image|installer|kit)\s+(?:is|are|was|were|got|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:corrupt\w*|damaged|lost|broken|scratched|unreadable|missing|stolen|destroyed)\b|\b(?:replac\w+|lost|damaged|broken|corrupt\w*)\s+(?:\w+\s+)?(?:install(?:ation)?\s+)?(?:discs?|disks?|media|dvds?|cds?|copy|copies)\b|\b(?:(?:we|they|[A-Z][\w-]*)\s+(?:are|is)|we'?re|they'?re)\s+(?:re-?building|building|setting\s+up|opening|migrating|moving|deploying|replacing)\b/i;
/** "for initech", "for the end user Umbrella": whom the order is for, a name of one or two words. */
const FOR_WHOM = /^(?:the\s+)?(?:end\s+user\s+|customer\s+|client\s+)?[\p{L}\d&.'-]+(?:\s+[\p{L}\d&.'-]+)?$/u;

const CERTIFIED =
  /\b(?:certified|validated|qualified|approved|tested)\s+(?:only\s+)?(?:with|against|on|for)\b|\bonly\s+(?:certified|validated|qualified|approved)\b|\b(?:supports?|certif(?:y|ies)|validates?|accepts?|works\s+with)\s+only\s+(?:that|this|the)\b|\bhas\s+certified\s+only\b/i;

function lastEnd(text: string, re: RegExp): number {
  let end = 0;
  for (const m of text.matchAll(re)) end = m.index! + m[0].length;
  return end;
}

const REASON =
  /\b(?:because|reason\s*(?:is|:|=)|(?<!\b(?:for|no|any|some|this|that|what|which|whatever|one|a|the)\s+)reason(?=\s+(?:the|our|we|they|their|it|its|this|that|a|an|customer|client|site)\b)|why\s*:|the\s+reason\s+(?:is|being)|as\s+(?:our|the|we|they|their)|since\s+(?:our|the|we)\s+(?!\w+\s+(?:upgrade|update|patch|change))|required\s+(?:by|for)|needed\s+(?:by|for)|we\s+need\s+(?:it|this|that|exactly\s+this|this\s+\w+|that\s+\w+)\s+(?:for|to|because)|in\s+order\s+to|so\s+that|due\s+to|for\s+(?:compliance|certification|audit|regulatory|our\s+\w+\s+(?:freeze|certification|audit|rollout|lab|site)))(?!\w)/gi;
