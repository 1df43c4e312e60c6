/**
 * Policy questions in the writer's own words (issue 21 §5, round 15): each topic as the concepts it is made
 * of rather than the phrases seen — a time to an answer or a fix, a level's meaning, support that ends,
 * when the team works, what maintenance costs, how a release not offered for download is had. Read only in
 * sentences that ask (questions.ts), as the older patterns are.
 */
import type { QuestionTopic } from './reading.ts';

/** A severity level as written, typos and short forms included ("hi", "med", "crit"). */
const LEVEL = String.raw`(?:critical(?:[\s–—-]+production[\s-]+down)?|crit|high|hi|medium|med|low|p[1-4]|sev(?:erity)?\s*[1-4])`;
/** An answer, a fix or a restoration: what a target is about. */
const ANSWERED = String.raw`(?:answer\w*|respon\w*|repl(?:y|ies|ied)|react\w*|come\s+back|get\s+back|call\s+back|look\s+at|pick\s+(?:\w+\s+)?up|resol\w*|restor\w*|fix\w*|solv\w*)`;
/** An amount of time, as a number or asked. */
const SPAN = String.raw`(?:\d+(?:[.,]\d+)?[\s-]*(?:business[\s-]+|working[\s-]+|calendar[\s-]+)?(?:hours?|hrs?|h|days?|minutes?|mins?|weeks?)|(?:the\s+)?same\s+day|within\s+the\s+day)`;

export const POLICY_FAMILIES: Array<[QuestionTopic, RegExp]> = [
  // A time to an answer: "in how much time does your team come back to us?", "the 2-hour answer for critical",
  // "restoration for Critical is 4 hours", "does that mean somebody replies the same day?".
  [
    'sla-targets',
    new RegExp(String.raw`\bhow\s+(?:much|many)\s+(?:time|hours?|days?)\b[^?\n]{0,50}\b${ANSWERED}`, 'i'),
  ],
  [
    'sla-targets',
    new RegExp(
      String.raw`\b${SPAN}[\s-]+(?:\w+\s+)?(?:response|resolution|restoration|answer|reply|fix|target)\b`,
      'i',
    ),
  ],
  [
    'sla-targets',
    new RegExp(
      String.raw`\b(?:response|resolution|restoration|answer|reply|fix)\b[^?\n]{0,30}(?:\b(?:is|are|in|within|under|takes?|of)\s+|\s*[=:]\s*)(?:always\s+|only\s+|just\s+)?${SPAN}`,
      'i',
    ),
  ],
  ['sla-targets', new RegExp(String.raw`\b(?:some|any)(?:one|body)\s+${ANSWERED}\s+(?:\w+\s+){0,2}?${SPAN}`, 'i')],
  ['sla-targets', /\btarget\s+(?:time|date)?\s*(?:of|for)\s+(?:the\s+)?(?:restoration|resolution|response)\b/i],
  // What a level means: "what means severity High", "medium vs low", "how do you tell them apart".
  [
    'severity-definitions',
    new RegExp(String.raw`\bwhat\s+means?\b[^?\n]{0,30}\b(?:${LEVEL}|severity|severities|levels?)\b`, 'i'),
  ],
  [
    'severity-definitions',
    new RegExp(String.raw`\b${LEVEL}\s+(?:severity\s+)?(?:vs\.?|versus|compared\s+(?:to|with))\s+${LEVEL}\b`, 'i'),
  ],
  [
    'severity-definitions',
    /\b(?:severit\w+|levels?)\b[^?\n]{0,30}\b(?:defin\w*|defintions?|meaning|mean)\b|\b(?:defin\w*|defintions?|meaning)\s+of\s+(?:the\s+)?(?:severit\w+|levels?)\b/i,
  ],
  // The ceiling of a test system's level asked, whatever the clause around it: "a test system can ever be
  // opened as Critical", "lab issues can never be High?" — not "the test box will be at high load".
  [
    'severity-definitions',
    /\b(?:test|lab|staging|qa|uat|dev(?:elopment)?|non[\s-]?prod\w*)\s+(?:systems?|environments?|envs?|box(?:es)?|servers?|instances?|issues?|cases?|problems?|platforms?)\s+(?:\w+\s+)?(?:can(?:not|'t)?|could|may|might|will|would|should|is|are)\s+(?:\w+\s+){0,2}?(?:be|get|go|reach|have)\s+(?:\w+\s+)?(?:(?:as|to|at)\s+)?(?:a\s+)?(?:critical|high|p1|sev(?:erity)?\s*1)(?=\s*(?:severity|priority|sev|prio|cases?|issues?|tickets?|one)?\s*(?:[?.!,]|$|\b(?:or|too|right|correct|ever|at\s+all)\b))/i,
  ],
  // A level named in another scheme asked as one of ours: "which severity would P1 map to?", "is sev 2 the
  // same as High for you?".
  [
    'severity-definitions',
    /\b(?:which|what)\s+(?:severity|level|priority|sev|prio)\b[^?\n]{0,40}\b(?:maps?|mapped|correspond\w*|equals?|equivalent|match(?:es)?|translates?)\b|\b(?:p[0-4]|sev(?:erity)?\s*[0-4]|s[1-4]|prio(?:rity)?\s*[1-4])\s+(?:\w+\s+)?(?:maps?\s+to|mapped\s+to|correspond\w*\s+to|(?:the\s+)?same\s+as|equal\s+to|equals|equivalent\s+(?:to|of)|translates?\s+to)\b/i,
  ],
  // Support that ends: "the end of the maintenance for WDE 8.1", "when does support stop for it".
  ['eol', /\bend\s+of\s+(?:the\s+)?(?:life|support|maintenance|sale)\b/i],
  ['eol', /\b(?:support|maintenance)\s+(?:for\s+(?:\S+\s+){1,4}?)?(?:stops?|ends?|ceases?|finish\w*)\b/i],
  // When the team works: "from what time until what time is your team working", "counted in our time zone".
  [
    'business-hours',
    /\bfrom\s+what\s+time\b|\b(?:what|which)\s+(?:time|hours)\b[^?\n]{0,40}\b(?:working|work|open|available|staffed|reachable)\b/i,
  ],
  // "counted in our time zone or in yours?" — not "since we changed the site time zone".
  [
    'business-hours',
    /^(?=[^\n]*\b(?:count\w*|targets?|respon\w*|hours|yours|your\s+(?:side|team|office)|support\s+(?:hours|team))\b)[^\n]*\btime\s*zones?\b/i,
  ],
  ['business-hours', /\bholidays?\b[^?\n]{0,20}\b(?:closed|open|off|working|work)\b/i],
  // What maintenance costs: "the fee for the maintenance", "the price of our support".
  [
    'maintenance-fees',
    /\b(?:fees?|costs?|price|prices|charges?)\s+(?:of|for)\s+(?:the\s+|our\s+)?(?:yearly\s+|annual\s+)?(?:maintenance|support)\b|\b(?:maintenance|support)\s+(?:fees?|costs?|price|charges?)\b/i,
  ],
  // Under which conditions a temporary file is issued: "under which conditions your team issues one",
  // "how a temporary licence file may be obtained".
  [
    'temp-license-policy',
    /\b(?:conditions?|criteria|circumstances|rules?|requirements?)\b[^?\n]{0,40}\b(?:issue[sd]?|give[sn]?|grant\w*|provide[sd]?|obtain\w*)\b[^?\n]{0,30}\btemp(?:orary)?\s+licen[cs]e|\btemp(?:orary)?\s+licen[cs]e\s+(?:file\s+|key\s+)?(?:may|can|could|might|is|are)\s+(?:be\s+)?(?:obtained|issued|given|granted|requested|had|got(?:ten)?)\b/i,
  ],
  // How a release not offered for download is had, or a controlled one ordered, whatever the grammar.
  [
    'controlled-release-how',
    /\bhow\b[^?\n]{0,30}\b(?:order|request|obtain|get|receive)\w*\s+(?:a\s+|the\s+)?(?:\w+\s+)?controlled\b/i,
  ],
  [
    'controlled-release-how',
    /\b(?:how|procedure|process|steps?|way)\b[^?\n]{0,50}\b(?:release|version|software|build|media|kit)s?\b[^?\n]{0,30}\bnot\s+(?:\w+\s+)?(?:available|offered|listed|downloadable|provided)\b/i,
  ],
];
