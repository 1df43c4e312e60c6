/**
 * Business impact (DOMAIN.md §4: expected of the contact): who or what is affected and how much —
 * "40 agents cannot log in", "all 200 agents", "half of our customers", "we are losing orders",
 * "Impact: …". Counts of things that are not people or business ("30 seconds", "2 servers") are not.
 */
import { allMatches, clauseEnd, tidy } from './text.ts';

const WHO = String.raw`(?:agents?|users?|customers?|callers?|employees?|staff|managers|supervisors?|operators?|testers?|developers?|analysts?|reps?|representatives?|advisors?|people|persons?|sites?|stores?|branches?|locations?|offices?|departments?|teams?|countries|clients?|subscribers?|patients?|members?|contact\s+cent(?:er|re)s?|call\s+cent(?:er|re)s?|queues?|campaigns?)`;
const NUMBER_WORD = String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|a\s+hundred|dozens?|a\s+dozen|a\s+few|a\s+couple\s+of)`;

/** Work that is lost: counted calls or orders, with a rate or a loss ("500 calls an hour", "losing 200 orders"). */
const WORK = '(?:calls?|chats?|interactions?|emails?|orders?|transactions?|bookings?|payments?)';

const CUES: Array<{ re: RegExp; confidence: number }> = [
  // "40 agents cannot log in", "about 200 users affected", "3 sites impacted", "all 150 agents".
  {
    re: new RegExp(
      String.raw`\b(?:about\s+|around\s+|approx\.?\s+|approximately\s+|roughly\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|up\s+to\s+|all\s+(?:of\s+)?(?:our\s+|the\s+)?|some\s+|~\s*)?(?:(?<![\d.])\d[\d,]*(?![.\d])|${NUMBER_WORD})[^\S\n]*(?:%[^\S\n]+of[^\S\n]+(?:our[^\S\n]+|the[^\S\n]+|all[^\S\n]+)?)?(?:\w+[^\S\n]+){0,2}?${WHO}\b`,
      'gi',
    ),
    confidence: 0.85,
  },
  // "all agents", "all our customers", "the whole contact center", "every caller", "half (of) the agents".
  {
    re: new RegExp(
      String.raw`\b(?:all|every|everyone|each|the\s+whole|the\s+entire|our\s+whole|our\s+entire|entire|half\s+(?:of\s+)?(?:the|our)|most\s+(?:of\s+)?(?:the|our)|many|several|some\s+of\s+(?:the|our)|a\s+third\s+of\s+(?:the|our)|none\s+of\s+(?:the|our))\s+(?:of\s+)?(?:our\s+|the\s+|my\s+)?(?:\w+\s+){0,2}?${WHO}\b`,
      'gi',
    ),
    confidence: 0.7,
  },
  // "500 calls an hour are lost", "losing 200 orders a day".
  {
    re: new RegExp(
      String.raw`(?<![\d.])\d[\d,]*(?![.\d])\s+(?:\w+\s+)?${WORK}\s+(?:per|a|an|each|every)\s+(?:hour|day|minute|shift)|\b(?:losing|lost|los(?:e|es)|missing|dropping|dropped|drops?|failing|failed)\s+(?:about\s+|around\s+|roughly\s+|approx\.?\s+|some\s+|~\s*)?(?<![\d.])\d[\d,]*(?![.\d])\s+${WORK}`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "business impact is …", "impacting sales", "we are losing revenue/orders", "SLA breach".
  {
    re: /\b(?:business\s+impact|impact(?:ing|s|ed)?\s+(?:on\s+)?(?:our\s+)?(?:business|sales|revenue|operations|customers|service)|(?:we\s+are\s+|we're\s+)?losing\s+(?:revenue|money|sales|orders|customers|calls|business)|lost\s+(?:revenue|sales|orders|calls)|revenue\s+(?:loss|impact)|cannot\s+(?:take|process|serve)\s+(?:orders|payments|customers|calls)|can'?t\s+(?:take|process|serve)\s+(?:orders|payments|customers|calls)|(?:sla|service\s+level)\s+(?:breach|penalt\w+)|penalt(?:y|ies)|no\s+(?:business\s+)?impact|minimal\s+impact|low\s+impact|no\s+one\s+can\s+\w+|nobody\s+can\s+\w+)\b/gi,
    confidence: 0.8,
  },
  // "It blocks our acceptance testing", "delays our migration project", "blocking our rollout".
  {
    re: /\b(?:blocks?|blocking|blocked|delays?|delaying|delayed|stops?|stopped|prevents?|preventing|holds?\s+up|holding\s+up|jeopardi[sz]\w*|puts?\s+at\s+risk)\s+(?:our\s+|the\s+|their\s+|all\s+)?(?:\w+\s+){0,3}?(?:testing|tests|rollout|roll-out|go-live|golive|cutover|migration|project|rehearsal|deployment|upgrade|launch|campaign|acceptance|integration|work|operations|business|sales)\b/gi,
    confidence: 0.85,
  },
  // "Customers cannot use the self service menu", "agents can't log in", "admins cannot make any change", "Nobody can take calls".
  {
    re: /\b(?:(?:\d[\d,]*|all|our|the|many|most|some|several)\s+)?(?:\w+\s+)?(?:agents|customers|users|callers|supervisors|admins|administrators|managers|staff|employees|clients|operators|nobody|no\s+one|everyone)\s+(?:can(?:'t|not|\s+not)|are\s+unable|must|have\s+to|are\s+(?:idle|locked|stuck|blocked|affected|impacted)|idle|locked\s+out|lose|won'?t|will\s+not|do(?:\s+not|n'?t)\s+(?:get|see|receive)|get\s+no|see\s+no|have\s+no)\b/gi,
    confidence: 0.8,
  },
  // "reports are late", "Management dashboards are empty", "reports for the management are not available".
  {
    re: /\b(?:\w+\s+)?(?:reports?|dashboards?|wallboards?|statistics|stats|kpis?)\s+(?:for\s+(?:the\s+)?\w+\s+)?(?:are|is|show|shows)\s+(?:late|empty|not\s+available|unavailable|wrong|missing|inaccurate|everyone|overcount\w*)|\breports?\s+overcount\w*|\b(?:is|are)\s+due\s+(?:tomorrow|today|tonight|this\s+\w+|on\s+\w+)|\b(?:only|no|minimal|little|low)\s+(?:\w+\s+)?impact\b|\bnobody\s+(?:is\s+)?blocked\b|\b(?:lose|losing|lost)\s+(?:about\s+|around\s+|~)?[$€£]\s?\d[\d,.]*k?\b|\b\d+\s*%\s+of\s+our\s+\w+(?:\s+\w+)?\s+(?:fail|are|drop|get)\w*/gi,
    confidence: 0.8,
  },
  // "affects 40 agents", "affecting our billing team", "impacting the night shift".
  {
    re: new RegExp(
      String.raw`\b(?:affect(?:s|ing|ed)?|impact(?:s|ing)?)\s+(?:about\s+|around\s+|all\s+)?(?:our\s+|the\s+)?(?:\d[\d,]*\s+)?(?:\w+\s+){0,2}?${WHO}\b`,
      'gi',
    ),
    confidence: 0.8,
  },
];

/** "all calls fail", "half the calls drop": the symptom, which the description holds. */
const SYMPTOM_ONLY =
  /^(?:all|every|half\s+(?:of\s+)?the|most\s+(?:of\s+)?the|some\s+of\s+the|many|several|\d+%?\s+(?:of\s+)?(?:the\s+)?)\s*(?:calls?|chats?|interactions?|emails?)\s+(?:fail|drop|are\s+dropped|get\s+dropped|disconnect)/i;

export interface ImpactReading {
  value?: string;
  start?: number;
  end?: number;
  confidence: number;
}

export function readImpact(text: string): ImpactReading {
  let best: ImpactReading = { confidence: 0 };
  for (const { re, confidence } of CUES) {
    for (const m of allMatches(text, re)) {
      if (confidence <= best.confidence) continue;
      const start = sentenceStartBefore(text, m.index!);
      const end = clauseEnd(text, m.index! + m[0].length);
      const phrase = text.slice(start, end);
      if (SYMPTOM_ONLY.test(text.slice(m.index!, end))) continue;
      const value = tidy(phrase);
      if (value.length < 4) continue;
      best = { value, start, end, confidence };
    }
  }
  return best;
}

/** A number's clause starts at its sentence or clause start: "About 40 agents cannot log in". */
function sentenceStartBefore(text: string, index: number): number {
  const before = text.slice(0, index);
  const stop = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf(';'),
    before.lastIndexOf('\n'),
    before.lastIndexOf(','),
    before.lastIndexOf(':'),
  );
  const start = stop + 1;
  // Keep the clause short: at most a few words before the number.
  const lead = text.slice(start, index);
  const words = lead.trim().split(/\s+/).filter(Boolean);
  if (words.length > 4) return index;
  return start + (lead.length - lead.trimStart().length);
}
