/**
 * Issue 21 §1 (round 20): two ways of telling the impact that several writer groups use and the other cues
 * miss (dev groups h5, h6, h8, x7, x8, x9).
 * - A share or a count of what is hit, told on its own after the symptom: "About 10% of calls affected",
 *   "maybe 10% of chats", "roughly 40 seats", "40 seats on the sales floor affected", "200 calls/hour being
 *   dropped". A share that is the symptom's subject ("10% of calls fail with 488") or what a screen shows
 *   ("shows 10% of agents as not ready") is not: the share must end its clause or be said to be affected.
 *   Seats are counted only hedged ("about 40 seats") or said to be hit: "we have 40 seats licensed" is a size.
 * - The whole operation stopped, said as a clause of its own: "call center dead", "everything is down",
 *   "all call traffic stopped", "all routing is down", "All company phones are not working". Only at a
 *   clause's start: "the report shows everything is down" is what a screen shows, not a state of the business.
 * Blanks are matched 16 at most, as the engine's intake leaves them.
 */

const HEDGE = String.raw`(?:about|around|roughly|approx\.?|approximately|maybe|perhaps|probably|nearly|almost|some|over|more\s{1,16}than|up\s{1,16}to|~)`;
const HIT = String.raw`(?:affected|impacted|hit|concerned|down|idle|blocked|without\s{1,16}[\w-]+)`;
/** What a share is of: the business's work or its people. */
const SHARED =
  '(?:calls?|chats?|e-?mails?|mails|interactions?|transfers?|orders?|bookings?|payments?|sessions?|logins?|agents?|users?|customers?|callers?|seats?|sites?|stores?|traffic)';
/** The clause ends here: a stop, a comma, a line's end or the text's end. */
const CLAUSE_ENDS = String.raw`(?=[^\S\n]{0,16}(?:[.;,!)\n]|$))`;
/** A clause starts here: the text's or a line's start, a stop, a comma, a colon, a dash, or a joining word. */
const CLAUSE_STARTS = String.raw`(?<=(?:^|[.;,!:\n(]|\s[-–—]|\b(?:and|so|now|also))[^\S\n]{0,16})`;
const OUTLET = String.raw`(?:contact\s{1,16}cent(?:er|re)|call\s{1,16}cent(?:er|re)|floor|site|office|hotline|helpline|business|operations?|telephony|switchboard)`;
const STOPPED = String.raw`(?:down|dead|dark|stopped|halted|offline|idle|silent|not\s{1,16}working|out\s{1,16}of\s{1,16}(?:service|order)|at\s{1,16}a\s{1,16}standstill)`;
const WHOLE = String.raw`(?:everything|(?:all|every)\s{1,16}(?:of\s{1,16})?(?:our\s{1,16}|the\s{1,16})?(?:[\w-]+\s{1,16}){0,2}?(?:traffic|routing|telephony|phones?|lines|operations?|services?|systems?))`;

export const IMPACT_SHARES: Array<{ re: RegExp; confidence: number; cost?: boolean }> = [
  // "About 10% of calls affected", "maybe 10% of chats", "a third of our transfers are hit".
  {
    re: new RegExp(
      String.raw`\b(?:${HEDGE}\s{1,16})?(?<!\b(?:for|of|on|in|to|with|at|by|from|shows?|showing|lists?)\s{1,16}(?:${HEDGE}\s{1,16})?)(?:\d{1,3}(?:[.,]\d)?\s{0,2}%|half|a\s{1,16}third|a\s{1,16}quarter)\s{1,16}of\s{1,16}(?:the\s{1,16}|our\s{1,16}|all\s{1,16}|their\s{1,16})?(?:[\w-]+\s{1,16})?${SHARED}\b(?:\s{1,16}(?:are\s{1,16}|is\s{1,16}|being\s{1,16})?${HIT}\b)?${CLAUSE_ENDS}`,
      'gi',
    ),
    confidence: 0.8,
    cost: true,
  },
  // "roughly 40 seats", "40 seats on the sales floor affected".
  {
    re: new RegExp(
      String.raw`\b${HEDGE}\s{1,16}\d{1,5}\s{1,16}(?:seats|desks|positions|workstations)\b${CLAUSE_ENDS}|\b\d{1,5}\s{1,16}(?:seats|desks|positions|workstations)\b(?:\s{1,16}[\w-]+){0,5}?\s{1,16}(?:are\s{1,16}|is\s{1,16})?${HIT}\b`,
      'gi',
    ),
    confidence: 0.8,
    cost: true,
  },
  // "200 calls/hour being dropped", "~50 chats/day lost".
  {
    re: /\b\d[\d,.]*\s{1,16}(?:calls?|chats?|e-?mails?|orders?|bookings?|interactions?)\s{0,2}\/\s{0,2}(?:h|hr|hour|min|minute|day|shift)\b[^.;\n]{0,20}?\b(?:dropped|lost|failing|failed|abandoned|missed|rejected|unanswered)\b/gi,
    confidence: 0.82,
    cost: true,
  },
  // "call center dead", "contact centre down", "floor idle": the operation's state without a verb.
  {
    re: new RegExp(
      String.raw`${CLAUSE_STARTS}(?:(?:the|our|their)\s{1,16})?(?:whole\s{1,16}|entire\s{1,16})?(?:[\w-]+\s{1,16})?${OUTLET}\s{1,16}(?:completely\s{1,16}|totally\s{1,16})?${STOPPED}\b${CLAUSE_ENDS}`,
      'gi',
    ),
    confidence: 0.78,
    cost: true,
  },
  // "everything is down", "all call traffic stopped", "all routing is down", "All company phones are not working".
  {
    re: new RegExp(
      String.raw`${CLAUSE_STARTS}${WHOLE}\s{1,16}(?:(?:is|are|has|have)\s{1,16})?(?:been\s{1,16})?(?:now\s{1,16})?(?:completely\s{1,16}|totally\s{1,16})?${STOPPED}\b[^.;,\n]{0,20}`,
      'gi',
    ),
    confidence: 0.78,
    cost: true,
  },
];
