/**
 * What a problem does to the business, told as a state or an effect rather than with a count (issue 21
 * §1; the third held-out part and the blind x4 batch): a place, line or channel of the business out of
 * service ("the whole Madrid floor is offline", "our email channel is dead"), nothing coming in or out, the
 * business's output that cannot be produced ("the schedules for next week can't be published"), an effect
 * verb on the business's work ("it is killing our morning shift", "it only slows down our release
 * testing"), a breach of an obligation ("a PCI violation", "it exposes customer data"), work done by hand
 * ("the team leads fix it by hand in spreadsheets"), work lost at a rate ("we are losing orders every
 * minute"), and an impact said to be bearable ("we can live with it for now"). Blanks are matched 16 at
 * most, as the engine's intake leaves them: an unbounded run is retried from each of its characters.
 */
import { PARTY } from './impact-consequences.ts';

/** Places, lines and channels through which the business works. */
const OUTLET = String.raw`(?:floors?|sites?|offices?|branch(?:es)?|stores?|shops?|buildings?|contact\s{1,16}cent(?:er|re)s?|call\s{1,16}cent(?:er|re)s?|hotlines?|helplines?|(?:phone|service|sales|support|emergency|customer|main|booking|order|inbound|outbound)\s{1,16}lines?|(?:e-?mail|chat|voice|phone|web|sales|support)\s{1,16}channels?|channels?|shifts?|business|operations?)`;
/** Out of service, in the words people use for a place or a line. */
const OUT = String.raw`(?:offline|dark|dead|silent|down|unreachable|not\s{1,16}reachable|unavailable|out\s{1,16}of\s{1,16}(?:service|action|order)|at\s{1,16}a\s{1,16}standstill|idle|cut\s{1,16}off|paraly[sz]ed|shut\s{1,16}down|lost\s{1,16}for\s{1,16}(?:the\s{1,16})?(?:morning|afternoon|day|evening|night|shift|week))`;
/** What the business produces and sends on: schedules, invoices, payroll, orders. */
const OUTPUT = String.raw`(?:schedules?|rosters?|rotas?|invoices?|bills?|payslips?|salaries|wages|payments?|orders?|reports?|forecasts?|shipments?|deliveries|statements?|payroll|month[\s-]end|books|bookings?|refunds?|campaigns?)`;
/** A sum of money: "€ 6.000", "8.000 EUR", "approx. 3 000 €", "12k USD", "$40k", "£40,000". */
const SUM = String.raw`(?:[$€£¥]\s{0,2}\d[\d.,]*(?:\s\d{3})*(?:\s{0,2}[kKmM]\b)?|\b(?<!\d[.,]*)\d[\d.,]*(?:\s\d{3})*\s{0,2}(?:[kKmM]\s{0,2})?(?:[$€£¥]|(?:eur(?:os?)?|usd|dollars?|gbp|pounds?|chf|jpy|yen)\b))`;
const CANNOT = String.raw`(?:cannot|can'?t|cant|can\s{1,16}not|could\s{1,16}not|couldn'?t|won'?t|will\s{1,16}not)`;
/** Verbs of harm done to the business's work. */
const HARM = String.raw`(?:hurt(?:s|ing)?|kill(?:s|ing)?|crippl(?:es?|ing)|ruin(?:s|ing)?|wreck(?:s|ing)?|disrupt(?:s|ing)?|hamper(?:s|ing)?|hinder(?:s|ing)?|slow(?:s|ing)?\s{1,16}down|impair(?:s|ing)?|paralys(?:es?|ing)|paralyz(?:es?|ing))`;
/** What of the business's the harm falls on. */
const WORK_OF = String.raw`(?:shifts?|teams?|business|operations?|sales|service|testing|tests?|test\s{1,16}of|release|rollout|project|productivity|agents|staff|day|morning|afternoon|evening|night|week|campaign|go-live|planning|work|customers|callers|floor|site|centre|center|hotline)`;

/** `cost`: the form names a cost outright, never a symptom, so a cause told after it takes nothing from it. */
export const IMPACT_STATES: Array<{ re: RegExp; confidence: number; cost?: boolean }> = [
  // "the whole Madrid floor is offline", "our email channel is completely dead", "our emergency line was not
  // reachable for an hour", "all phones on floor 3 are offline", "production contact centre is dark".
  {
    re: new RegExp(
      String.raw`\b(?:(?:the|our|their)\s{1,16}(?:whole\s{1,16}|entire\s{1,16})?|whole\s{1,16}|entire\s{1,16})?(?:[\w-]+\s{1,16}){0,2}?${OUTLET}\s{1,16}(?:is|are|was|were|went|has\s{1,16}gone|have\s{1,16}gone|has\s{1,16}been|have\s{1,16}been|stays?|remains?)\s{1,16}(?:now\s{1,16})?(?:completely\s{1,16}|totally\s{1,16}|fully\s{1,16}|basically\s{1,16}|effectively\s{1,16}|just\s{1,16})?${OUT}\b[^.;,\n]{0,30}|\b(?:all|every)\s{1,16}(?:the\s{1,16})?(?:phones?|desks?|workstations?|pcs?|headsets?|agents?|seats?)\s{1,16}(?:on|in|at|of)\s{1,16}(?:the\s{1,16})?(?:floor|site|office|building|level|branch|store)\s{1,16}[\w-]+\s{1,16}(?:are|is|were|went)\s{1,16}(?:\w+\s{1,16})?${OUT}\b`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "no calls in or out at all", "nothing comes in or goes out".
  {
    re: /\bno\s{1,16}(?:\w+\s{1,16})?(?:calls?|chats?|e-?mails?|orders?|traffic|interactions?|bookings?)\s{1,16}(?:in\s{1,16}or\s{1,16}out|coming\s{1,16}in|going\s{1,16}out|get(?:ting)?\s{1,16}through)\b[^.;,\n]{0,20}|\bnothing\s{1,16}(?:comes?|gets?|is\s{1,16}coming)\s{1,16}(?:in|through)(?:\s{1,16}or\s{1,16}(?:goes?|gets?)\s{1,16}out)?\b/gi,
    confidence: 0.8,
  },
  // "the schedules for next week can't be published", "invoices cannot be sent to our customers".
  {
    re: new RegExp(
      String.raw`\b(?:(?:the|our|their|all)\s{1,16})?(?:[\w-]+\s{1,16}){0,2}?${OUTPUT}(?:\s{1,16}(?:for|of|to)(?:\s{1,16}[\w'-]+){1,3}?)?\s{1,16}${CANNOT}\s{1,16}be\s{1,16}(?:published|sent|paid|processed|issued|closed|delivered|shipped|released|produced|generated|run|filed|submitted|billed|approved|calculated|posted|taken|made|booked)\b[^.;,\n]{0,30}`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "it is really hurting our afternoon shift", "this is killing our morning shift", "it only slows down our
  // release testing", "it hinders only our test of the new release".
  {
    re: new RegExp(
      String.raw`\b(?:(?:it|this|that|which)\s{1,16}(?:is\s{1,16}|'s\s{1,16})?(?:really\s{1,16}|badly\s{1,16}|seriously\s{1,16}|only\s{1,16}|just\s{1,16}|totally\s{1,16})?)?${HARM}\s{1,16}(?:only\s{1,16}|just\s{1,16}|badly\s{1,16}|seriously\s{1,16})?(?:our|the|their|all\s{1,16}our|all\s{1,16}the)\s{1,16}(?:[\w-]+\s{1,16}){0,3}?${WORK_OF}\b[^.;,\n]{0,40}`,
      'gi',
    ),
    confidence: 0.8,
    cost: true,
  },
  // "a PCI violation for us", "every recorded call is a compliance breach", "it exposes customer data to every agent".
  {
    re: /\b(?:(?:every|each|all|the|our|this|that|it)\s{1,16}(?:[\w-]+\s{1,16}){0,4}?(?:is|are|was|were|means|would\s{1,16}be)\s{1,16})?(?:(?:an?|the|our)\s{1,16})?(?:pci|gdpr|hipaa|compliance|regulatory|data[\s-]protection|privacy|legal|audit)\s{1,16}(?:violation|breach|issue|problem|incident|finding|risk|exposure|nightmare)s?\b[^.;,\n]{0,30}|\bexpos(?:es|ing|ed)\s{1,16}(?:\w+\s{1,16}){0,2}?(?:customer|caller|patient|client|personal|card|private|sensitive|payment)\s{1,16}(?:data|details|information|numbers|records)\b[^.;,\n]{0,30}/gi,
    confidence: 0.78,
    cost: true,
  },
  // "the team leads now fix it by hand in spreadsheets", "supervisors are doing it by hand in excel".
  {
    re: new RegExp(
      String.raw`\b(?:(?:the|our|their|all)\s{1,16})?(?:[\w-]+\s{1,16})?${PARTY}\s{1,16}(?:now\s{1,16}|have\s{1,16}to\s{1,16}|must\s{1,16}|are\s{1,16}|need\s{1,16}to\s{1,16})?(?:\w+\s{1,16}){0,4}?(?:by\s{1,16}hand|manually|on\s{1,16}paper|in\s{1,16}(?:excel|spreadsheets?))\b[^.;,\n]{0,40}`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "we are losing orders every minute", "they lose bookings by the hour".
  {
    re: /\b(?:we|they|the\s{1,16}(?:business|customer|client|shop|store))\s{1,16}(?:are\s{1,16}|is\s{1,16})?(?:losing|lose|loses|missing|miss)\s{1,16}(?:\w+\s{1,16})?(?:orders|bookings|sales|calls|customers|revenue|money|payments|deals|leads|business|patients)\s{1,16}(?:every|each|per|by\s{1,16}the)\s{1,16}(?:second|minute|hour|day)\b/gi,
    confidence: 0.82,
    cost: true,
  },
  // Money lost, as a sum said with its loss: "costing us around 8.000 EUR per day", "we lose approx. 3 000 €
  // a day in bookings", "finance estimates £40,000 in missed renewals", "roughly 12k USD of lost orders".
  {
    re: new RegExp(
      String.raw`\b(?:(?:we|they|it|this|that|which|the\s{1,16}\w+)\s{1,16}(?:are\s{1,16}|is\s{1,16})?)?(?:los(?:e|es|ing|t)|cost(?:s|ing)?|miss(?:es|ing)?|burn(?:s|ing)?|bleed(?:s|ing)?|estimates?|means?)\b(?:approx\.|ca\.|[^.;\n]){0,24}?${SUM}[^.;\n]{0,40}|${SUM}\s{1,16}(?:(?:a|an|per|each|every)\s{1,16}(?:day|hour|week|month|shift)\s{1,16})?(?:of|in)\s{1,16}(?:lost|missed|unpaid|delayed)\s{1,16}[\w-]+[^.;\n]{0,30}`,
      'gi',
    ),
    confidence: 0.82,
    cost: true,
  },
  // People with nothing to do: "Nine administrators sit since two days without work", "agents sitting with
  // headsets on and zero calls", "our 40 agents stay waiting without any chat to answer".
  {
    re: /(?:\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s{1,16}of|hundreds\s{1,16}of|(?:half|most|all)(?:\s{1,16}of)?\s{1,16}(?:the|our|their)|all|our|the|their|whole)\s{1,16}(?:[\w-]+\s{1,16})?(?!(?:was|has|does|is|as|its|this|thus)\b)[\w-]*(?:s|staff|people|team|floor|shift)\s{1,16}(?:are\s{1,16}|is\s{1,16})?|\b(?:agents|staff|people|admins|administrators|planners|supervisors|operators|users|employees|teams?|floors?|shifts?|everyone|everybody)\s{1,16})(?:sit|sits|sitting|stay|stays|staying|wait|waits|waiting|stand|stands|standing)\b[^.;\n]{0,40}?\b(?:without\s{1,16}(?:any\s{1,16})?(?:work|calls?|chats?|e-?mails?|anything\s{1,16}to\s{1,16}do)|with\s{1,16}(?:nothing\s{1,16}to\s{1,16}do|no\s{1,16}work|zero\s{1,16}(?:calls?|chats?|work))|and\s{1,16}zero\s{1,16}(?:calls?|chats?)|doing\s{1,16}nothing|idle)\b[^.;\n]{0,30}/gi,
    confidence: 0.8,
    cost: true,
  },
  // Work piling up, counted: "backlog now 4000 mails and growing", "the backlog has grown to 1,200 emails",
  // "2.500 unanswered emails piled up".
  {
    re: /\b(?:the\s{1,16}|our\s{1,16})?backlog\b[^.;\n]{0,30}?\d[\d.,]*[^.;\n]{0,40}|\b(?<!\d[.,]*)\d[\d.,]*\s{1,16}(?:unanswered|unprocessed|unread|pending|queued|undelivered|unworked)\s{1,16}(?:e-?mails?|mails|chats|calls|tickets|orders|interactions|messages|cases|requests)\b[^.;\n]{0,40}/gi,
    confidence: 0.8,
    cost: true,
  },
  // Customers turned away: "stores are sending customers home without quotes", "we turn callers away".
  {
    re: /\b(?:send(?:s|ing)?|turn(?:s|ing)?)\s{1,16}(?:\w+\s{1,16}){0,2}?(?:customers|buyers|callers|clients|patients|guests|shoppers|visitors|people)\s{1,16}(?:home|away)\b[^.;\n]{0,40}/gi,
    confidence: 0.8,
    cost: true,
  },
  // "we can live with it for now", "the team can cope with it": an impact said to be bearable.
  {
    re: /\b(?:we|they|the\s{1,16}(?:customer|users|agents|team|business))\s{1,16}can\s{1,16}(?:live|cope|manage|work)\s{1,16}with\s{1,16}(?:it|this|that)\b[^.;,\n]{0,20}/gi,
    confidence: 0.7,
    cost: true,
  },
];
