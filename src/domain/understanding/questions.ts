/**
 * Policy questions (issue 21 §5, §11): what is asked, by topic, so each part is answered from the rules
 * (DOMAIN.md §3 targets and hot fixes, §5 software and release types, §6 temporary licenses, §8 hours) —
 * and the version pairs of release-type questions.
 */

import { POLICY_FAMILIES } from './policy-families.ts';
import { asksInForm, withoutLeadIn } from './question-form.ts';
import type { QuestionTopic } from './reading.ts';
import { allMatches, type Piece } from './text.ts';
import { versionsInDigits } from './version-words.ts';

const LEVEL_WORD = String.raw`(?:critical|high|medium|low|p[1-4]|sev(?:erity)?\s*[1-4])`;
/** A fix built for a customer: "patch", "fix", "emergency build", "one-off", "engineering special". */
const FIX_NOUN = String.raw`\b(?:(?:emergency|interim|private|special|custom|one-?off|quick)\s+)?(?:patch(?:es)?|fix(?:es)?|builds?|engineering\s+specials?|one-?offs?)\b`;
/** A time the office may be closed. */
const TIME_OFF = String.raw`\b(?:weekends?|saturdays?|sundays?|(?:public|bank|national)\s+holidays?|holidays?|nights?|overnight|night[\s-]?time|at\s+\d{1,2}\s*(?:am|pm)|after[\s-]hours|out\s+of\s+hours|outside\s+(?:office|business|working)\s+hours|evenings?|christmas|new\s+year)\b`;
/** Someone there to answer. */
const PRESENT = String.raw`\b(?:pick\s+up|answer(?:s|ed)?|respond|reachable|staffed|on\s+(?:duty|call)|any(?:one|body)\s+(?:there|around|working)|some(?:one|body)\s+(?:there|around|working)|there\s+for\s+us)\b`;

/** A temporary license named in a sentence. */
const TEMP_FILE = String.raw`\btemp(?:orary)?\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|keys?|files?)\b`;
/** Customer Care named as a service with rules, not addressed for a favour: "can CC issue …", "does support give …". */
const CARE_AS_SERVICE = String.raw`\b(?:(?:can|could|does|do|will|would|may)\s+(?:customer\s+care|cc|support|your\s+(?:team|side|support)|you\s+guys)|(?:customer\s+care|cc|support)\s+(?:can|could|will|may|does|do))\s+(?:\w+\s+)?(?:issue|give|hand\s+out|provide|grant|send|create|do|offer|make)\b`;
const TEMP_LICENSE_RULE = new RegExp(
  String.raw`^(?=[^\n]*${TEMP_FILE})(?:\s*(?:[\w,!.–—-]+\s+){0,4}?(?:what|which|how|when|who|why|in\s+which|for\s+(?:how\s+long|what|which))\b|[^\n]*[-–—,;:(]\s*(?:what|which|how|when|who)\b|[^\n]*\bor\s+(?:is|are|does|do|must|should|only|always|just|from|via|through)\b|[^\n]*${CARE_AS_SERVICE}|[^\n]*\btemp(?:orary)?\s+licen[cs]es\b)`,
  'i',
);

const TOPICS: Array<[QuestionTopic, RegExp]> = [
  [
    'sla-targets',
    /\b(?:(?:do|does|are)\s+(?:weekends?|holidays?|nights?|saturdays?|sundays?)\s+(?:count|included|counted)\b|how\s+(?:fast|quickly|soon|long)\b[^?.!\n]{0,60}\b(?:respon\w*|answer\w*|get\s+back|react\w*|resol\w*|fix\w*|restor\w*|reply|replies|hear|contact|pick\s+up|take|looks?\s+at|looking\s+at|picks?\s+(?:it\s+|this\s+)?up|gets?\s+to\s+(?:it|this|us|me))|response\s+times?|resolution\s+times?|restoration\s+times?|sla\b|slas\b|service\s+levels?|(?:response|resolution|restoration)\s+targets?|targets?\s+for\s+(?:a\s+)?(?:critical|high|medium|low)|when\s+(?:will|would|can|do)\s+(?:we|i)\s+(?:get|hear|receive)\s+(?:a\s+)?(?:first\s+)?(?:response|answer|reply)|when\s+(?:will|would|do|can|does)\s+(?:you|customer\s+care|support|someone|somebody|an?\s+(?:analyst|engineer))\s+(?:\w+\s+)?(?:respond|answer|reply|get\s+back|call|contact|react|pick\s+(?:it\s+)?up)|(?:time|delay|how\s+long)\s+(?:until\s+|before\s+)?(?:you|customer\s+care|support)\s+(?:answer|respond|reply|react)|(?:response|answer|reply)\s+(?:time|delay)s?)/i,
  ],
  // "is high the one where you answer within 4 hours?": a time to answer, asked.
  [
    'sla-targets',
    /\b(?:answer|respond|reply|react|call\s+back|get\s+back|come\s+back)\w*\s+(?:to\s+(?:us|me)\s+)?within\b|\bwithin\s+(?:how\s+(?:many|long)|\d+\s*(?:h|hrs?|hours?|minutes?|mins?|business\s+days?|days?))\b[^?\n]{0,30}\b(?:answer|respond|reply|react|response)/i,
  ],
  // The family: by when an answer is owed for a level, in any words ("by when must you answer a Medium
  // case?", "when do you have to get back to us on a High ticket?") — about a level, not a named case.
  [
    'sla-targets',
    new RegExp(
      String.raw`^(?![^\n]*\b\d{8}\b)(?=[^\n]*\b(?:by\s+when|when|how\s+soon|how\s+fast|how\s+quickly|how\s+long|within)\b)(?=[^\n]*\b(?:respond|response|answer|reply|react|get\s+back|come\s+back|call\s+back|pick\s+(?:it\s+)?up)\w*)(?=[^\n]*\b(?:an?\s+|the\s+)?${LEVEL_WORD}\s+(?:severity\s+)?(?:case|ticket|issue|incident|problem|one)s?\b|[^\n]*\b(?:open|log|raise|file)\s+(?:an?\s+)?${LEVEL_WORD}\b)`,
      'i',
    ),
  ],
  // The family: how many days or hours a case of a level takes ("when a case is Medium, how many days until
  // it is resolved?", "how many hours do you have to answer a High?").
  [
    'sla-targets',
    /\bhow\s+many\s+(?:business\s+|working\s+|calendar\s+)?(?:days?|hours?|weeks?|minutes?)\b[^?\n]{0,60}\b(?:resol\w*|fix\w*|solv\w*|respon\w*|answer\w*|restor\w*|clos\w*|take[sn]?|get\s+back|react\w*)/i,
  ],
  ['hot-fix-policy', /\bhot[\s-]?fix(?:es)?\b/i],
  // The family: a fix built for a level ("will you build us a patch for a High issue, or only for critical
  // ones?", "do you provide emergency patches for Medium defects?").
  // "do you ever give a single fix for one customer or only in the next release?".
  [
    'hot-fix-policy',
    /\b(?:single|individual|dedicated|separate|customer[\s-]specific|one-?off|private|special|custom)\s+(?:patch|fix|build)\b|\b(?:patch|fix|build)\b[^?\n]{0,40}\bor\s+(?:only\s+)?(?:in|with|wait\s+for)\s+the\s+next\s+(?:release|version|maintenance)\b/i,
  ],
  [
    'hot-fix-policy',
    new RegExp(
      `${FIX_NOUN}[^?\\n]{0,40}\\bfor\\s+(?:an?\\s+|the\\s+)?${LEVEL_WORD}\\b|\\b${LEVEL_WORD}\\s+(?:severity\\s+)?(?:issues?|cases?|problems?|defects?|bugs?|incidents?|tickets?)\\b[^?\\n]{0,40}${FIX_NOUN}`,
      'i',
    ),
  ],
  [
    'release-type',
    /\b(?:(?:major|minor|maintenance)\s+(?:release|upgrade|version|update)|what\s+(?:kind|type|sort)\s+of\s+(?:a\s+)?(?:release|upgrade|update|version)|(?:release|upgrade)\s+type|\b(?:how|what)\b[^?\n]{0,60}\b\d+(?:\.\d+)+\s*(?:to|->|→|>)\s*v?\d+(?:\.\d+)+[^?\n]{0,20}\b(?:classif\w*|count(?:ed|s)?\s+as|considered)|is\s+(?:that|this|it|going\s+from)?\s*[\w.\s]*\d\s*(?:to|->|→)\s*v?\d[\w.\s]*\b(?:major|minor|maintenance)|(?:which|what)\s+(?:kind|type|sort)\s+of\s+(?:a\s+)?(?:release|upgrade|update|version)|\b\d+(?:\.\d+)*\s*(?:up\s+)?(?:to|->|→|=>)\s*v?\d+(?:\.\d+)*\b[^?\n]{0,40}\b(?:major|minor|maintenance)\b|\bgoing\s+to\s+v?\d+(?:\.\d+)+\b[^?\n]{0,40}\b(?:major|minor|maintenance)\b|\bclassify\b[^?\n]{0,60}\bfrom\s+v?\d+(?:\.\d+)*\s+to\s+v?\d)/i,
  ],
  // The family: a step between versions sized or classified ("is moving from 8.5 to 9.0 a big upgrade or a
  // small one?", "how would you classify that jump?", "what would you call going to 9.1?").
  [
    'release-type',
    /\b(?:release|version|upgrade|update)\b[^?\n]{0,30}\b(?:an?\s+)?(?:major|minor|maintenance)\s+ones?\b|\b(?:big|small|large|significant|full|point|dot)\s+(?:upgrade|update|release|jump|step|change|version\s+change)\b[^?\n]{0,30}\bor\b|\bhow\s+(?:big|large|major|significant|much\s+of\s+a)\b[^?\n]{0,20}\b(?:jump|step|change|upgrade|update|release|move)\b|\b\d+(?:\.\d+)+\s*(?:up\s+)?(?:to|->|→)\s*v?\d+(?:\.\d+)+[^?\n]{0,80}\b(?:(?:just|only|mostly|purely)\s+(?:bug\s*)?(?:fixes|patches|bugfixes)|new\s+features|change\s+(?:board|request|approval))\b|\b(?:classify|categori[sz]e|rate|call|consider|count|class)\b[^?\n]{0,30}\b(?:that|this|the|such\s+an?|it|our)\s+(?:jump|step|move|upgrade|update|version\s+change|transition|migration)\b/i,
  ],
  // When the team works — not "within 8 business hours", a target's unit (sla-targets).
  [
    'business-hours',
    /\b(?:(?<!\d[\s-]*)business\s+hours|opening\s+hours|office\s+hours|working\s+hours|support\s+hours|service\s+hours|hours\s+of\s+support|are\s+you\s+open|when\s+are\s+you\s+(?:open|available)|(?:work|open|available|there|staffed)\s+(?:on\s+|during\s+|over\s+)?(?:the\s+)?(?:weekends?|saturdays?|sundays?|holidays?|public\s+holidays?|bank\s+holidays?|thanksgiving|christmas(?:\s+eve)?|new\s+year'?s?(?:\s+(?:eve|day))?|easter|national\s+holidays?|\w+\s+holiday)|24\s*[x/]\s*7|what\s+hours|which\s+hours|hours\s+of\s+(?:operation|business|attention|service|availability|coverage)|(?:attention|service|coverage)\s+hours)/i,
  ],
  // The family: someone there at a time off ("if production is down on a Sunday, will anybody pick up?",
  // "is someone reachable at night?", "do you answer over Christmas?").
  ['business-hours', new RegExp(`(?=[^\\n]*${TIME_OFF})(?=[^\\n]*${PRESENT})`, 'i')],
  [
    'download-how',
    /\b(?:how\s+(?:do|can|to|should)\s+(?:i|we)?\s*(?:download|get\s+(?:a|the)\s+(?:clean\s+|new\s+|fresh\s+|working\s+)?(?:copy|software|installer|package|release|iso|setup|bits|binaries|media))|where\s+(?:can|do|should)\s+(?:i|we)\s+(?:download|get|find)\s+(?:the\s+)?(?:software|installer|package|release|iso|image|download)|download\s+(?:process|steps|instructions))/i,
  ],
  // "where can I get the WDE 8.5.124 installer?", "can I download WDE myself?", "how do downloads work for a
  // partner?", "… download the last version of WDE, how I do?": how to get software, asked.
  [
    'download-how',
    /^(?=[^\n]*\b(?:download\w*|installers?|install(?:ation)?\s+(?:files?|media|package)|software|binaries|iso)\b)(?![^\n]*\bcontrolled\b)[^\n]*\b(?:how|where|why|can\s+(?:i|we)|could\s+(?:i|we)|may\s+(?:i|we))\b/i,
  ],
  // The family: where or by which link software is had, whatever the verb ("where do I fetch GAX 9 from?",
  // "is there a download link for the 9.0 build?") — a version or a kind of software in the sentence.
  [
    'download-how',
    /^(?![^\n]*\bcontrolled\b)(?=[^\n]*\b(?:where|links?|urls?)\b)(?=[^\n]*\b(?:get|download\w*|fetch|grab|find|obtain|pull)\b)(?=[^\n]*(?:\b\d{1,3}(?:\.\d+)*\b|\b(?:installers?|builds?|releases?|versions?|software|packages?|binar\w+|iso|media|hot\s*-?fix\w*|patch\w*)\b))/i,
  ],
  [
    'controlled-release-how',
    /\b(?:how\s+(?:do|can|to|should)\s+(?:i|we)?\s*(?:order|request|get|obtain)\s+(?:a\s+|the\s+)?controlled|(?:process|procedure|steps|way)\s+(?:to|for|of)\s+(?:order|request|get|obtain|receiv)\w*\s+(?:a\s+|an\s+|the\s+)?controlled\b|controlled\s+(?:release|software|item)s?\b[^?\n]{0,60}\?|what\s+(?:is|are)\s+(?:a\s+)?controlled\s+(?:release|software)|(?:is\s+(?:it\s+)?possible\s+to\s+(?:have|get|receive)|do\s+you\s+(?:ship|offer|have|provide|make))\b[^?\n]{0,40}\bcontrolled\b[^?\n]{0,60}\?)/i,
  ],
  // How ordering works, asked beside the order or of it ("I'd like to order …, how does it work to receive it?",
  // "teach me how controlled release order works").
  [
    'controlled-release-how',
    /^(?=[^\n]*\b(?:order\w*|controlled)\b)[^\n]*\bhow\s+(?:does\s+|do\s+|would\s+|will\s+)?(?:it|this|that|the\s+)?[^?\n]{0,40}?\bworks?\b/i,
  ],
  [
    'temp-license-policy',
    /\b(?:(?:when|can|could|will|does|do)\b[^?\n]{0,40}\b(?:customer\s+care|support)\b[^?\n]{0,30}\b(?:issue|give|provide|send|grant)\w*\s+(?:a\s+)?temp(?:orary)?\s+licen[cs]e|temp(?:orary)?\s+licen[cs]e\s+(?:policy|rules)|how\s+long\s+(?:is|does)\s+(?:a\s+)?temp(?:orary)?\s+licen[cs]e)/i,
  ],
  // "when do you issue a temporary license?" asks the rule; "can you give us a temporary license for 2 weeks?"
  // addresses Customer Care for the file itself: a request worded as a question, no topic (the convention).
  [
    'temp-license-policy',
    /\b(?:when|does|do)\b[^?\n]{0,40}\byou\b[^?\n]{0,30}\b(?:issue|give|provide|send|grant)\w*\s+(?:a\s+)?temp(?:orary)?\s+licen[cs]e|\b(?:can|could|will|would)\s+you\b[^?\n]{0,30}\b(?:issue|give|provide|send|grant)\w*\s+(?:a\s+)?temp(?:orary)?\s+licen[cs]es?\b[^?\n]{0,40}\bor\b/i,
  ],
  // The family: a question about temporary licenses that asks the rule — who issues them, for how long,
  // for what — rather than asking for one (question-form.ts): an information question, a choice between
  // two ways ("… or is that Licensing?"), Customer Care named in the third person, or licenses in general.
  ['temp-license-policy', TEMP_LICENSE_RULE],
  [
    'severity-definitions',
    /\bwhat\s+happens\s+(?:if|when)\s+(?:i|we)\s+(?:pick|choose|select|set|use|say|mark|open|log|raise|file)\b[^?\n]{0,30}\b(?:critical|high|medium|low|p[1-4]|sev\w*)\b|\b(?:(?:what|which\s+(?:cases|issues|problems|incidents))\s+(?:counts?|qualif(?:y|ies)|passes)\s+as\s+(?:a\s+|an\s+)?(?:critical|high|medium|low|production[\s-]+down|p[1-4]|sev(?:erity)?\s*[1-4]|s[1-4]|prio(?:rity)?\s*[1-4])\b|\bwhat\s+(?:is|does)\s+(?:a\s+|an\s+)?(?:p[1-4]|sev(?:erity)?\s*[1-4]|prio(?:rity)?\s*[1-4])\b|\b(?:can|could|may)\s+(?:a|our|the)\s+(?:test|lab|staging|dev\w*|qa|uat|non-?production)\s+(?:\w+\s+)?(?:ever\s+|also\s+|still\s+)(?:be|get|have)\s+(?:a\s+)?(?:critical|high)\b|what\s+(?:is|does|counts\s+as|qualifies\s+as)\s+(?:a\s+)?(?:critical|high|medium|low|severity)\b|what\s+do\s+(?:the\s+)?(?:severity|severities|severity\s+levels)\s+mean|which\s+severity\s+should|severity\s+(?:levels?|definitions?|criteria)\b|difference\b[^?\n]{0,20}\bbetween\s+(?:a\s+|the\s+)?(?:critical|high|medium|low)|how\s+do\s+(?:i|we)\s+(?:choose|pick|decide)\s+(?:the\s+)?severity|define\s+severity|\b(?:can|could|may)\s+(?:a|our|the)\s+(?:test|lab|staging|dev\w*|qa|uat|non-?production)\s+(?:\w+\s+)?(?:be|get|have|go)\s+(?:a\s+)?(?:critical|high)|when\s+is\s+(?:a\s+|an\s+|my\s+|the\s+)?(?:case|issue|problem|incident)\s+(?:\w+\s+)?(?:critical|high|medium|low)|rather\s+than\s+(?:just\s+)?(?:critical|high|medium|low)\b[^.\n]*\?)/i,
  ],
  // The family: which level to pick, asked in any words ("which severity would you recommend?", "what
  // level do you suggest for this?", "which priority fits best?").
  [
    'severity-definitions',
    /\b(?:which|what)\s+(?:severity|level|priority|sev|prio)\b[^?\n]{0,30}\b(?:recommend\w*|suggest\w*|advi[sc]e\w*|choose|pick|use|select|set|fits?|right|best|appropriate|correct|should)\b/i,
  ],
  // A choice between levels asked ("this is high or medium?", "should it be Medium or Low?") and the levels
  // asked for as a list ("which severities are there?", "what priority levels do you have?").
  [
    'severity-definitions',
    /\b(?:critical|high|medium|low)\s+or\s+(?:a\s+)?(?:critical|high|medium|low)\s*(?:severity|priority|sev|prio|one|case|level)?\s*\?|\b(?:which|what)\s+(?:severities|severity\s+levels|priority\s+levels|priorities|levels)\s+(?:are\s+there|exist|do\s+you\s+(?:have|use)|can\s+(?:i|we)\s+(?:choose|pick|use))\b/i,
  ],
  // Who sets the level ("who decides the severity, you or us?", "who determines the priority of a case?").
  [
    'severity-definitions',
    /\bwho\s+(?:\w+\s+)?(?:decides?|sets?|determines?|chooses?|assigns?|picks?|defines?|gets\s+to\s+(?:decide|set|choose)|has\s+the\s+(?:final\s+|last\s+)?(?:say|word))\b[^?\n]{0,20}\b(?:severity|severities|priority|priorities|level)\b/i,
  ],
  [
    'maintenance-fees',
    /\b(?:paid[\s-]up\s+maintenance|(?:need|require|have)\s+(?:a\s+|an\s+)?(?:valid\s+|active\s+|current\s+)?(?:maintenance|support)\s+(?:contract\s+)?to\s+(?:get|download|receive|use)|maintenance\s+fees?|support\s+fees?|\b(?:do|will|would|must|should)\s+(?:we|i|they)\s+(?:have\s+to\s+|need\s+to\s+)?pay\s+(?:for|extra|anything|more)\b|\b(?:is|are)\s+(?:it|that|this|(?:the\s+)?upgrades?(?:\s+to\s+[\d.]+)?|new\s+(?:versions|releases))\s+(?:free|included\s+in\s+(?:our\s+|the\s+)?(?:maintenance|support|contract)|chargeable|charged|extra)\b|covered\s+by\s+(?:our\s+|the\s+|a\s+)?(?:paid(?:[\s-]up)?\s+)?(?:maintenance|support)(?:\s+contract)?|pay\w*\s+(?:for\s+)?(?:the\s+)?(?:maintenance|support|upgrades|new\s+releases)|(?:maintenance|support)\s+(?:cost|price|renewal|contract\s+renewal)|how\s+much\s+(?:does|is|do)\b[^?\n]{0,30}\b(?:maintenance|support|upgrade)|renew\w*\s+(?:our\s+|the\s+)?(?:maintenance|support|service\s+contract|contract))/i,
  ],
  [
    'eol',
    /\b(?:end[\s-]of[\s-](?:life|support|sale|maintenance)|eol|eos|still\s+supported|supported\s+until|out\s+of\s+support|support\s+(?:ends?|lifecycle)|life\s*cycle)\b/i,
  ],
  // The family: support that stops, a version too old, help still given ("when does SIP Server 8.1 stop
  // being supported?", "can we still get help with IXN 8.1, or is that too old now?", "is 8.5 retired?").
  [
    'eol',
    /\b(?:stops?|stopp\w*|ceases?|ends?|ending|drop\w*)\s+(?:being\s+)?(?:supported|maintained|covered)\b|\b(?:until|till|up\s+to)\s+when\b[^?\n]{0,60}\b(?:supported|maintained|covered)\b|\b(?:no\s+longer|not\s+(?:be\s+)?|still)\s+(?:be\s+)?(?:supported|maintained|covered|patched)\b|\bstill\s+(?:get|receive|have|obtain)\s+(?:any\s+)?(?:help|support|patches|fixes|assistance)\b|\btoo\s+old\b|\b(?:retired|obsolete|deprecated|discontinued|sunset(?:ted)?|out\s+of\s+(?:maintenance|life))\b|\bhow\s+long\b[^?\n]{0,40}\b(?:supported|maintained|support\s+for)\b|\b(?:supported|maintained)\s+(?:for\s+)?how\s+long\b|\b(?:support|maintenance)\s+(?:for\s+[^?\n]{0,30})?(?:run|runs|last|lasts|go|goes)\s+(?:out|until|till)\b/i,
  ],
];

/** A sentence that asks, by its form (question-form.ts). */
export function isQuestion(sentence: string): boolean {
  return asksInForm(sentence);
}

/** A statement put up for confirmation: "please confirm", "I'd like that confirmed", "is that right?". */
const CONFIRMATION_ASKED =
  /\b(?:please\s+confirm|pls\s+confirm|kindly\s+confirm|(?:can|could)\s+you\s+confirm|confirm\s+(?:this|that|it|please)|(?:like|want|need)\s+(?:that|this|it)\s+confirmed|is\s+(?:that|this|it)\s+(?:right|correct|true|so)|am\s+i\s+right|correct\s+me\s+if)\b/i;

const HOT_FIX_AS_TYPE =
  /\bhot[\s-]?fix\s+(?:release\s+)?or\s+(?:an?\s+)?(?:major|minor|maintenance|service\s+pack|feature)\b|\b(?:major|minor|maintenance)\s+(?:release\s+|update\s+|version\s+)?or\s+(?:an?\s+|just\s+an?\s+|only\s+an?\s+)?hot[\s-]?fix\b/i;

const HOT_FIX_RULE_ASKED =
  /\b(?:do|are|does|can|will)\s+(?:the\s+)?hot[\s-]?fix(?:es)?\s+(?:need|require|get|come|be)\b/i;

/**
 * "Is the canteen open on Saturday?": the hours of something other than the support team asked — no hours
 * of ours ("are you open on Saturday?", "is your support desk staffed at night?" are).
 */
const SOMETHING_ELSE_OPEN =
  /^(?![^\n]*\b(?:you|your\s+(?:team|support|side|office|desk|line|hotline|staff|engineers?|analysts?)|support|customer\s+care|cc|hotline|help\s*desk|service\s*desk|office|(?:business|office|support|working|opening)\s+hours|analysts?|engineers?|anyone|anybody|someone|somebody)\b)[^\n]*\b(?:is|are)\s+(?:the|our|this|that)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:open|staffed|available)\b/i;

/** An order put as a question: "can I order …", "could we get … shipped", "could you send us the controlled …". */
const ORDER_WORDED_AS_QUESTION =
  /^(?:(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:order|have|get|receive|request)|(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:order|send|ship|deliver|provide))\b/i;

/** A release as the vehicle of a fix: "wait for the next maintenance release", "in the coming minor version". */
const RELEASE_AS_VEHICLE =
  /\b(?:wait(?:ing)?\s+(?:for|until|till)|in|with|until|till|via|through|into)\s+(?:the\s+|a\s+)?(?:next|coming|upcoming|following|future|later)\s+(?:major|minor|maintenance)\s+(?:release|version|update|build)s?\b|\bwait(?:ing)?\s+(?:for|until|till)\s+(?:the\s+|a\s+)?(?:major|minor|maintenance)\s+(?:release|version|update|build)s?\b/gi;
const PAIR_IN = /\b\d+(?:\.\d+)+\s*(?:up\s+)?(?:to|->|→|=>)\s*v?\d+(?:\.\d+)*\b/;

export function readTopics(pieces: readonly Piece[]): QuestionTopic[] {
  return [...new Set(readTopicSentences(pieces).map((a) => a.topic))];
}

/** Each topic asked, with the sentence that asks it (first sentence per topic and sentence). */
export function readTopicSentences(pieces: readonly Piece[]): Array<{ topic: QuestionTopic; piece: Piece }> {
  const out: Array<{ topic: QuestionTopic; piece: Piece }> = [];
  // "My boss says the resolution for critical is 24 hours. Please confirm.": a claim put up for confirmation
  // asks what the rule is, as a question would.
  const confirming = pieces.some((p) => CONFIRMATION_ASKED.test(p.text));
  for (const p of pieces) {
    if (!isQuestion(p.text) && !confirming) continue;
    // "…a hot fix, or do we wait for the next maintenance release?": a release named as what comes later, not
    // a release type asked — read without it (a version pair in the sentence keeps it a release-type question).
    const plain = PAIR_IN.test(p.text) ? p.text : p.text.replace(RELEASE_AS_VEHICLE, ' ');
    const asked = [
      ...new Set(
        [...TOPICS, ...POLICY_FAMILIES]
          .filter(([t, re]) => re.test(t === 'release-type' ? plain : p.text))
          .map(([t]) => t),
      ),
    ];
    // "where do I download hot fix 8.5.104.20?": a download asked for, not the hot-fix policy.
    // …unless the hot-fix rule is asked too ("…, and do hot fixes need a case first?").
    const downloading = /\bdownload/i.test(p.text) && !HOT_FIX_RULE_ASKED.test(p.text);
    // "Can I order the controlled SIP Server 8.5 in Korean by courier?": the order itself, worded as a question.
    const ordering =
      ORDER_WORDED_AS_QUESTION.test(withoutLeadIn(p.text)) &&
      !/\b(?:how|what|which|where|why|when|whether)\b/i.test(p.text);
    // "is 9.0.005 to 9.0.010 a hot fix or a maintenance release?": a hot fix named as one of the release
    // types asked between, not the hot-fix policy.
    const hotFixAsType = asked.includes('release-type') && HOT_FIX_AS_TYPE.test(p.text);
    for (const topic of asked) {
      if ((downloading || hotFixAsType) && topic === 'hot-fix-policy') continue;
      if (topic === 'business-hours' && SOMETHING_ELSE_OPEN.test(p.text)) continue;
      if (ordering && topic === 'controlled-release-how') continue;
      out.push({ topic, piece: p });
    }
  }
  return out;
}

const V = String.raw`v?(\d{1,3}(?:\.\d{1,4}){0,3})`;
/** "from the version 8.5 of Info Mart to the version 9.0": a pair with its words, a product between. */
const WORDED = String.raw`(?:the\s+)?(?:version|release|v)\s*`;
const PAIR = new RegExp(
  String.raw`(?:from\s+)?${V}\s*(?:(?:up\s+)?to|->|→|=>|➔|>|vs\.?|versus|into|and)\s*${V}(?![\w.]*\d)|\bfrom\s+${WORDED}${V}\s+(?:of\s+(?:[A-Za-z][\w-]*\s+){1,4})?to\s+(?:${WORDED})?${V}(?![\w.]*\d)|\bfrom\s+(?:[A-Za-z][\w-]*\s+){1,4}${V}\s+(?:up\s+)?to\s+(?:${WORDED})?${V}(?![\w.]*\d)`,
  'gi',
);
const TO_ONLY = new RegExp(String.raw`(?:^|[^\d.])(?:to|->|→)\s*${V}(?![\w.]*\d)`, 'gi');

/** Version pairs of release-type questions: "8.5.1 to 9.0", "from 8.5 → 8.6", "And to 8.5.2?". */
/** "Is 9.0.014 a maintenance release of 9.0.012?", "would 9.1 be minor compared to 9.0?": the later one named first. */
const REVERSED = new RegExp(
  String.raw`${V}\s+(?:be\s+|count\s+as\s+|considered\s+)?(?:an?\s+)?(?:(?:major|minor|maintenance)(?:\s+or\s+an?\s+(?:major|minor|maintenance))?\s+)(?:release|update|version|upgrade)?\s*(?:of|from|after|over|compared\s+(?:to|with)|relative\s+to|vs\.?)\s+(?:the\s+)?(?:version\s+|release\s+)?${V}(?![\w.]*\d)`,
  'gi',
);

const RELEASE_WORD = /\b(?:major|minor|maintenance|classif\w*|release\s+type|type\s+of\s+release)\b/i;
const UNIT_AFTER =
  /^\s*(?:days?|weeks?|months?|hours?|minutes?|mins?|seconds?|agents?|users?|servers?|nodes?|sites?|calls?|%|percent|times)\b/i;
/** "going to WDE 8.6 from their 8.5": the later one named first, with "from". */
const TO_FROM = new RegExp(
  String.raw`\b(?:to|into)\s+(?:[A-Za-z][\w-]*\s+){0,3}${V}\s+from\s+(?:(?:the|their|our|my|its|version|release)\s+){0,2}(?:[A-Za-z][\w-]*\s+){0,2}?${V}(?![\w.]*\d)`,
  'gi',
);
const GOING_TO = /\b(?:going|moving|move|upgrad\w*|migrat\w*|go)\s+to\s+v?(\d{1,3}(?:\.\d{1,4}){1,3})(?![\d.])/i;

export function readReleaseVersions(written: string): Array<{ from: string; to: string }> {
  const text = versionsInDigits(written);
  const pairs: Array<{ from: string; to: string; at: number }> = [];
  const used: Array<[number, number]> = [];
  for (const m of allMatches(text, PAIR)) {
    if (used.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
    const [from, to] = m[1] ? [m[1], m[2]!] : m[3] ? [m[3], m[4]!] : [m[5]!, m[6]!];
    // "ixn 9 to 10 = major?": whole numbers are versions only in a release question, not "2 to 3 days".
    const unit = UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14));
    if (!from.includes('.') && !to.includes('.') && (unit || !RELEASE_WORD.test(text) || Number(to) > 40)) continue;
    pairs.push({ from, to, at: m.index });
    used.push([m.index, m.index + m[0].length]);
  }
  for (const m of allMatches(text, REVERSED)) {
    if (used.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
    if (!m[1]!.includes('.') && !m[2]!.includes('.')) continue;
    pairs.push({ from: m[2]!, to: m[1]!, at: m.index });
    used.push([m.index, m.index + m[0].length]);
  }
  for (const m of allMatches(text, TO_FROM)) {
    if (used.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
    if (!m[1]!.includes('.') || !m[2]!.includes('.')) continue;
    pairs.push({ from: m[2]!, to: m[1]!, at: m.index });
    used.push([m.index, m.index + m[0].length]);
  }
  // "… 8.5.1 to 9.0? And to 8.6?": the last "from" carries over.
  for (const m of allMatches(text, TO_ONLY)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (used.some(([s, e]) => at >= s && at < e)) continue;
    const previous = pairs.filter((p) => p.at < at).at(-1);
    if (previous && m[1]!.includes('.')) {
      pairs.push({ from: previous.from, to: m[1]!, at });
      used.push([at, at + m[1]!.length]);
    }
  }
  // "we're on GIM 8.5 …; going to 8.5.3 next month - is that maintenance?": from the version named before.
  if (pairs.length === 0) {
    const to = GOING_TO.exec(text);
    const before = to
      ? [...text.slice(0, to.index).matchAll(/(?<![\d.])\d{1,3}(?:\.\d{1,4}){1,3}(?![\d.])/g)].at(-1)
      : undefined;
    if (to && before && before[0] !== to[1]) pairs.push({ from: before[0], to: to[1]!, at: to.index });
  }
  pairs.sort((a, b) => a.at - b.at);
  return pairs.map(({ from, to }) => ({ from, to }));
}
