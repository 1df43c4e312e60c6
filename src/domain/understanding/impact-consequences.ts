/**
 * What a problem does to people, told in the words people use for it rather than with a count or a cue
 * word (issue 21 §1; the second held-out part's writers): a party that cannot do its work ("Umbrella
 * cannot take bookings", "our auditors cannot sign off the quarter"), something a party needs by a time
 * ("legal needs these transcripts by Thursday"), what happens otherwise ("otherwise we get a fine"), a
 * party's output missing or late ("the dashboards of the executives are blank"), the share of people hit
 * ("the mobile customers are 70 percent"), work waiting ("about 300 emails stuck"), time people lose
 * ("supervisors need 5 minutes per change"), people all in one bad state ("our agents are all logged
 * out"), and business work made impossible ("payments by phone are impossible").
 */
import { WHO } from './impact-cues.ts';

/** People who do the business's work, by role or by department. */
export const PARTY = String.raw`(?:team\s+lead(?:er)?s|${WHO}|admins?|administrators?|planners?|schedulers?|controllers?|dispatchers?|auditors?|accountants?|trainers?|coaches|executives?|directors?|management|board|legal|finance|accounting|payroll|billing|sales|marketing|compliance|procurement|hr|quality(?:\s+(?:team|assurance))?|back[\s-]?office|night[\s-]shift|day[\s-]shift|\b(?:[\w-]+\s+)?(?:team|department|dept|desk|floor|unit|group))`;

/** Words that name software or a thing, never a party, however capitalised. */
const THING =
  /^(?:it|this|that|which|there|server|service|system|the|our|their|windows|linux|java|chrome|edge|firefox|outlook|oracle|sql|excel|teams|vpn|ivr|etl|gim|wfm|wde|gax|cic|ors|urs|gvp|sip|ixn|interaction|genesys|workspace|workforce|info|pureconnect|configuration|stat|outbound|universal|orchestration|agent|client|desktop|browser|phone|softphone|database|db|job|report|screen|page|login|export|import|sync|queue|trunk|port|file|node|cluster|box|host|vm|api|app|application|tool|module|component|process|thread|task)$/i;

const PARTY_FIRST = new RegExp(String.raw`^${PARTY}\b`, 'i');
const CANNOT = String.raw`(?:cannot|can'?t|can\s+not|could\s+not|couldn'?t|is\s+unable\s+to|are\s+unable\s+to|are\s+not\s+able\s+to|is\s+not\s+able\s+to)`;
const TIME = String.raw`(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|eod|cob|the\s+end|end\s+of|next|this|month[\s-]end|year[\s-]end|quarter[\s-]end)`;

export const CONSEQUENCE_CUES: Array<{
  re: RegExp;
  confidence: number;
  rejects?: (match: string, before: string) => boolean;
}> = [
  // "our auditors cannot sign off", "the compliance team can't review complaints".
  {
    re: new RegExp(
      String.raw`(?:\b(?:our|the|their|all|most|many|some|(?:about\s+|around\s+)?\d+)\s+)?\b(?:[\w-]+\s+)?\b${PARTY}\s+${CANNOT}\s+\w+`,
      'gi',
    ),
    confidence: 0.8,
    rejects: (match, before) => partOfProductName(match, before) || onePerson(`${before}${match}`),
  },
  // "Umbrella cannot take bookings", "Initech's helpdesk can't log in": a company, not a product or a tool.
  {
    re: new RegExp(
      String.raw`(?<=(?:^|[.!?;:,\n]|\band|\bbut|\s[-–—])\s*)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?(?:'s\s+${PARTY})?\s+${CANNOT}\s+\w+`,
      'g',
    ),
    confidence: 0.78,
    rejects: namesThing,
  },
  // "legal needs these transcripts by Thursday", "the board meeting needs the numbers at 9".
  {
    re: new RegExp(
      String.raw`(?<=(?:^|[.!?;:,\n]|\band|\bbut|\bso|[-–—])\s*)\b(?:[\w'-]+\s+){0,2}?(?:${PARTY}|meetings?|ceo|cfo|cio|coo|boss|customers?|clients?|regulators?|bank|auditors?)\s+(?:needs?|must\s+(?:have|send|deliver|submit|publish|file|pay)|has\s+to\s+(?:send|deliver|submit|publish|file|pay)|have\s+to\s+(?:send|deliver|submit|publish|file|pay))\s+(?:[\w'-]+\s+){1,5}?(?:by|before|until|at|for)\s+${TIME}\b[^.;\n]{0,30}`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "otherwise we get a fine", "or else the regulator fines us": the consequence told as such.
  {
    re: /\b(?:otherwise|or\s+else|if\s+not(?:\s+fixed)?)\s*,?\s+(?!(?:it|everything|all)\s+(?:works?|is|runs?|looks?)\b)(?:we|they|our|the|\w+)\b[^.;\n]{3,60}?\b(?:fines?d?|penalt\w*|lose|losing|miss\w*|breach\w*|pay|late|sued|complain\w*|cancel\w*|los[et])\b[^.;\n]{0,40}/gi,
    confidence: 0.82,
  },
  // "the dashboards of the executives are blank", "all the reporting for the supervisors is away",
  // "the controllers get their reports one day too late".
  {
    re: new RegExp(
      String.raw`\b(?:(?:the|our|their|all(?:\s+the)?)\s+)?\b(?:[\w-]+\s+)?(?:reports?|reporting|dashboards?|wallboards?|figures|numbers|statistics|stats|kpis?|schedules?|payslips|invoices)\s+(?:of|for)\s+(?:the\s+|our\s+)?\b(?:[\w-]+\s+)?${PARTY}\s+(?:is|are|was|were|stay|stays|remain|remains)\s+(?:\w+\s+)?(?:empty|blank|late|missing|away|gone|wrong|unavailable|not\s+available|incomplete|delayed|useless)\b|\b(?:the\s+|our\s+)?${PARTY}\s+(?:get|gets|receive|receives|see|sees)\s+(?:\w+\s+){0,2}?(?:their|the|its|our)\s+\b(?:[\w-]+\s+)?(?:reports?|figures|numbers|data|dashboards?|wallboards?|schedules?|statistics|payslips)\s+(?:\w+\s+){0,3}?(?:late|too\s+late|empty|blank|wrong|incomplete)\b`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "our planners forecast without numbers", "the team leads coach blind": people doing their work without
  // what they need for it.
  {
    re: new RegExp(
      String.raw`\b(?:the\s+|our\s+|all\s+)?\b(?:[\w-]+\s+)?${PARTY}\s+(?:now\s+|have\s+to\s+|must\s+)?(?:\w+\s+){0,2}?(?:blind(?:ly|folded)?|without\s+(?:any\s+|the\s+|their\s+|a\s+)?(?:data|numbers|figures|reports?|schedules?|forecasts?|statistics|stats|information|visibility|history|recordings?|phones?|tools?))\b`,
      'gi',
    ),
    confidence: 0.8,
    rejects: (match, before) => partOfProductName(match, before) || onePerson(`${before}${match}`),
  },
  // "the mobile customers are 70 percent", "remote agents make up 40% of our staff".
  {
    re: new RegExp(
      String.raw`\b(?:the\s+|our\s+)?\b(?:[\w-]+\s+)?${PARTY}\s+(?:are|make\s+up|represent|account\s+for|is)\s+(?:about\s+|around\s+|roughly\s+|over\s+|almost\s+|nearly\s+|more\s+than\s+)?\d{1,3}\s*(?:%|percent|per\s+cent)[^.;\n]{0,30}`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "around 300 emails stuck", "about 120 chats waiting in the queue", "a backlog of 2,000 orders".
  {
    re: /\b(?:about\s+|around\s+|roughly\s+|over\s+|more\s+than\s+|nearly\s+|~\s*)?(?<![\d.,]|\d[ -])(?:\d{1,3}(?:,\d{3})+|\d{2,6})(?![.,]?\d)\s+(?:\w+\s+)?(?:calls?|callbacks?|chats?|interactions?|e-?mails?|orders?|tickets?|payments?|bookings?|messages?|transactions?|cases?|claims?|applications?)\s+(?:are\s+|were\s+|have\s+been\s+)?(?:now\s+)?(?:stuck|waiting|queued|pending|piling\s+up|unanswered|undelivered|unrouted|not\s+routed|on\s+hold|backed\s+up)\b|\bbacklog\s+of\s+(?:about\s+|around\s+|over\s+)?\d[\d,]*\s+\w+/gi,
    confidence: 0.8,
  },
  // "supervisors need 5 minutes to save one change", "agents wait 2 minutes for each screen".
  {
    re: new RegExp(
      String.raw`\b(?:the\s+|our\s+|all\s+)?\b(?:[\w-]+\s+)?${PARTY}\s+(?:now\s+)?(?:need|needs|spend|spends|wait|waits|lose|loses|waste|wastes|take|takes)\s+(?:about\s+|around\s+|up\s+to\s+|over\s+|more\s+than\s+|almost\s+)?(?:\d+|a\s+few|several|two|three|five|ten|twenty|thirty)\s+(?:extra\s+)?(?:seconds?|minutes?|mins?|hours?|days?)\b[^.;\n]{0,50}`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "our agents are all logged out", "the supervisors are all stuck".
  {
    re: new RegExp(
      String.raw`\b(?:the\s+|our\s+)?\b(?:[\w-]+\s+)?${PARTY}\s+(?:are|were)\s+all\s+(?:\w+\s+)?(?:logged\s+out|stuck|idle|offline|blocked|locked(?:\s+out)?|down|waiting|frozen|kicked\s+out|unable\b|sent\s+home)[^.;\n]{0,30}`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "payments by phone are impossible", "refunds are not possible any more".
  {
    re: /\b(?:(?:the|our|all|any)\s+)?\b(?:[\w-]+\s+)?(?:payments?|bookings?|orders?|sales|refunds?|reservations?|deliveries|invoicing|billing|sign[\s-]?ups?|renewals?|claims?|appointments?)\b(?:\s+(?:by|over|via|through|on|from)\s+(?:the\s+)?[\w-]+)?\s+(?:are|is)\s+(?:now\s+|currently\s+|simply\s+)?(?:impossible|not\s+possible)\b/gi,
    confidence: 0.8,
  },
];

/** "The Genesys Administrator cannot save …": the product's name, not the people who administer. */
const PRODUCT_WORD =
  /^(?:genesys|interaction|workspace|workforce|info|configuration|stat|outbound|universal|orchestration|pureconnect|sip|ixn|gax|cic)$/i;

function partOfProductName(match: string, before: string): boolean {
  const words = [...before.split(/\s+/).filter(Boolean), ...match.split(/\s+/)];
  const at = words.findIndex((w) => /^(?:cannot|can'?t|can|could|couldn'?t|is|are)$/i.test(w));
  return at >= 2 && (PRODUCT_WORD.test(words[at - 2]!) || PRODUCT_WORD.test(words[at - 1]!));
}

/**
 * "the agent cannot hear the caller", "the Umbrella agent could not find the caller": one person's
 * trouble is the symptom; people counted, all of them, or a team bear the cost.
 */
function onePerson(text: string): boolean {
  return ONE_PERSON.test(text);
}

const ONE_PERSON = new RegExp(
  String.raw`\b(?:the|an?|one|this|that|my)\s+(?:[\w-]+\s+)?(?:agent|user|customer|caller|supervisor|admin|administrator|planner|operator|manager|employee|client|member)\s+(?:${CANNOT}|(?:\w+\s+){1,3}?(?:blind|without)\b)`,
  'i',
);

/** A capitalised word before "cannot" that names a thing ("Chrome cannot …", "Server cannot …"), not a party. */
function namesThing(match: string): boolean {
  return match.split(/\s+/).some((word) => THING.test(word.replace(/'s$/, ''))) && !PARTY_FIRST.test(match);
}
