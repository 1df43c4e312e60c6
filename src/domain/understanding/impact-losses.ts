/**
 * What a problem costs, told as a loss a party bears rather than with a cue word (issue 21 §1; the blind x8
 * batch and the seventh held-out part): who suffers, then what they are without or what is broken for them —
 * a party left without its output ("management gets no KPIs this morning", "we have no data for the
 * regulator", "we have no redundancy"), an obligation broken whichever way round it is said ("SLA to our own
 * clients breached", "we breached the SLA with the bank"), output due by a date without a verb ("reports to
 * the regulator due Friday"), a line of the business that stops or is closed ("the store hotline is closed",
 * "the inbound lines stop at midnight"), people waiting counted ("300 callers queued", "2,500 mails
 * waiting"), and people who lose part of their working time ("our 6 admins lose half their day"). The
 * symptom ("agents get no audio") is not one: the thing lost must be the business's output or capacity.
 * Blanks are matched 16 at most, as the engine's intake leaves them.
 */
import { PARTY } from './impact-consequences.ts';

/** What a party works with or delivers, whose absence is a cost, not a symptom of a screen or a line. */
const OUTPUT =
  '(?:reports?|reporting|kpis?|data|figures|numbers|dashboards?|wallboards?|statistics|stats|schedules?|rosters?|forecasts?|work|overview|visibility|pay|salar(?:y|ies)|payslips?|invoices?|redundancy|backup|failover|fallback|resilience)';
const WHEN = String.raw`(?:today|tonight|tomorrow|this\s{1,16}(?:morning|afternoon|evening|week|month|quarter)|(?:on\s{1,16})?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next\s{1,16}\w+|end\s{1,16}of\s{1,16}\w+|(?:on\s{1,16})?the\s{1,16}\d{1,2}(?:st|nd|rd|th)?|eod|eom|month[\s-]end|quarter[\s-]end|year[\s-]end|in\s{1,16}\w+\s{1,16}(?:days?|hours?))`;
/** An obligation to someone outside: service levels, contracts, commitments. */
const OBLIGATION = String.raw`(?:slas?|service[\s-]levels?|contracts?|contractual\s{1,16}\w+|commitments?|obligations?|kpi\s{1,16}targets?)`;
const BROKEN = String.raw`(?:breach(?:ed|es)?|missed|violated|broken|not\s{1,16}met|at\s{1,16}risk|blown)`;
/** Lines and places through which the business works. */
const LINE = String.raw`(?:hotlines?|helplines?|(?:phone|service|sales|support|emergency|customer|main|booking|order|inbound|outbound|toll[\s-]free)\s{1,16}lines?|stores?|shops?|branch(?:es)?|call\s{1,16}cent(?:er|re)s?|contact\s{1,16}cent(?:er|re)s?)`;

export const IMPACT_LOSSES: Array<{ re: RegExp; confidence: number; cost?: boolean }> = [
  // "management gets no KPIs this morning", "our planners have no forecast data", "we have no redundancy".
  {
    re: new RegExp(
      String.raw`\b(?:(?:the|our|their|all)\s{1,16})?(?:[\w-]+\s{1,16})?(?:${PARTY}|we|they)\s{1,16}(?:now\s{1,16}|still\s{1,16}|currently\s{1,16})?(?:gets?|got|has|have|had|receives?|received|sees?)\s{1,16}no\s{1,16}(?:[\w-]+\s{1,16}){0,2}?${OUTPUT}\b[^.;,\n]{0,40}`,
      'gi',
    ),
    confidence: 0.8,
    cost: true,
  },
  // "SLA to our own clients breached", "our SLA with the client is already breached", "we breached the SLA".
  {
    re: new RegExp(
      String.raw`\b(?:(?:the|our|their|an?)\s{1,16})?(?:[\w-]+\s{1,16})?${OBLIGATION}\b(?:[^.;,\n]{0,40}?)\b${BROKEN}\b[^.;,\n]{0,30}|\b(?:we|they|we'?ve|we\s{1,16}have|they\s{1,16}have)\s{1,16}(?:already\s{1,16})?(?:breached|missed|violated|broken|blown)\s{1,16}(?:the\s{1,16}|our\s{1,16}|their\s{1,16})?(?:[\w-]+\s{1,16})?${OBLIGATION}\b[^.;,\n]{0,40}`,
      'gi',
    ),
    confidence: 0.82,
    cost: true,
  },
  // "reports to the regulator due Friday", "payroll for 300 agents is due on Thursday": output due by a date.
  {
    re: new RegExp(
      String.raw`\b(?:(?:the|our|their)\s{1,16})?(?:[\w-]+\s{1,16}){0,2}?(?:reports?|filings?|returns?|statements?|payroll|invoices?|schedules?|rosters?|submissions?|figures|numbers|accounts|close|closing)(?:\s{1,16}(?:to|for|of)\s{1,16}(?:the\s{1,16}|our\s{1,16})?(?:\d[\d,]*\s{1,16})?[\w-]+)?\s{1,16}(?:is\s{1,16}|are\s{1,16})?(?:due|needed|required)\s{1,16}(?:by\s{1,16}|on\s{1,16}|before\s{1,16})?${WHEN}\b[^.;,\n]{0,30}`,
      'gi',
    ),
    confidence: 0.82,
    cost: true,
  },
  // "the store hotline is closed until this is fixed", "the inbound lines stop at midnight", "our hotline for
  // patients was unreachable", "our call center is much affected".
  {
    re: new RegExp(
      String.raw`\b(?:(?:the|our|their|all)\s{1,16})?(?:[\w-]+\s{1,16}){0,2}?${LINE}(?:\s{1,16}(?:for|of)\s{1,16}(?:[\w-]+\s{1,16}){0,2}?[\w-]+)?\s{1,16}(?:(?:is|are|was|were|stays?|remains?|has\s{1,16}been|have\s{1,16}been)\s{1,16}(?:now\s{1,16}|completely\s{1,16}|fully\s{1,16}|much\s{1,16}|badly\s{1,16}|heavily\s{1,16}|severely\s{1,16}|totally\s{1,16})?(?:closed|stopped|shut|unreachable|not\s{1,16}reachable|affected|impacted|hit)|(?:will\s{1,16})?(?:stops?|close|closes|shuts?\s{1,16}down|go(?:es)?\s{1,16}(?:dead|silent|down)))\b[^.;,\n]{0,40}`,
      'gi',
    ),
    confidence: 0.8,
    cost: true,
  },
  // "300 callers queued", "2,500 mails waiting", "40 customers on hold": people or work counted, waiting.
  {
    re: /\b(?:about\s{1,16}|around\s{1,16}|over\s{1,16}|more\s{1,16}than\s{1,16}|nearly\s{1,16}|~\s{0,2})?(?<![\d.,:])(?:\d{1,3}(?:,\d{3})+|\d{2,6})(?![.,]?\d)\s{1,16}(?:\w+\s{1,16})?(?:callers|customers|clients|patients|mails|e-?mails|chats|calls|orders|tickets)\s{1,16}(?:are\s{1,16}|were\s{1,16})?(?:now\s{1,16})?(?:queued|queuing|queueing|waiting|in\s{1,16}(?:the\s{1,16})?queue|on\s{1,16}hold|stuck|piling\s{1,16}up|unanswered)\b[^.;,\n]{0,30}|\bqueue\s{1,16}of\s{1,16}(?:about\s{1,16}|around\s{1,16}|over\s{1,16})?\d[\d,]*\s{1,16}(?:callers|customers|calls|chats|mails|e-?mails|people)\b[^.;,\n]{0,30}/gi,
    confidence: 0.8,
    cost: true,
  },
  // "our 6 admins lose half their day", "the agents lose an hour a shift": working time lost.
  {
    re: new RegExp(
      String.raw`\b(?:(?:the|our|their|all)\s{1,16})?(?:\d+\s{1,16})?(?:[\w-]+\s{1,16})?${PARTY}\s{1,16}(?:lose|loses|lost|waste|wastes|wasted)\s{1,16}(?:about\s{1,16}|around\s{1,16}|up\s{1,16}to\s{1,16})?(?:half|most|a\s{1,16}third|a\s{1,16}quarter|an?|one|two|three|\d+)\s{1,16}(?:(?:of\s{1,16})?(?:their|the|a|an|each)\s{1,16})?(?:day|days|hours?|shifts?|mornings?|afternoons?|week|time)\b[^.;,\n]{0,30}`,
      'gi',
    ),
    confidence: 0.8,
    cost: true,
  },
  // "qa team blocked", "the testers are stuck": a party held up, said without a verb or with one.
  {
    re: /\b(?:(?:the|our|their|whole|entire)\s{1,16})?(?:[\w-]+\s{1,16})?(?:team|teams|testers|trainers|planners|agents|staff|floor|department|dept|users|developers|consultants)\s{1,16}(?:is\s{1,16}|are\s{1,16}|were\s{1,16}|was\s{1,16})?(?:now\s{1,16}|completely\s{1,16}|fully\s{1,16}|totally\s{1,16})?(?:blocked|idle|stuck|sent\s{1,16}home|at\s{1,16}a\s{1,16}standstill)\b(?!\s{1,16}(?:by|from|at|on|in|with|after|since)\b)[^.;,\n]{0,30}/gi,
    confidence: 0.78,
    cost: true,
  },
  // "can't test the release", "we cannot coach anyone off this", "they are unable to bill": work that
  // cannot be done, with or without its doer — not a login or a screen, which is the symptom.
  {
    re: /(?:\b(?:we|they|so\s{1,16}we|the\s{1,16}team)\s{1,16})?\b(?:can'?t|cant|cannot|can\s{1,16}not|are\s{1,16}unable\s{1,16}to|are\s{1,16}not\s{1,16}able\s{1,16}to)\s{1,16}(?:coach|train|sell|bill|invoice|pay|serve|onboard|plan|schedule|publish|test\s{1,16}(?:the|our|any|a)\s{1,16}(?:new\s{1,16})?(?:release|upgrade|migration|go-?live|rollout|patch|version|build|fix))\b[^.;,\n]{0,40}/gi,
    confidence: 0.8,
    cost: true,
  },
  // "we see abandon rate 25% now", "service level fell to 40 %", "answer rates fell from 30% to 8%": a
  // contact centre's own measure, with its figure.
  {
    re: /\b(?:(?:the|our|an?)\s{1,16})?(?:abandon(?:ment|ed)?(?:\s{1,16}call)?\s{1,16}rates?|answer(?:ed)?\s{1,16}rates?|service\s{1,16}levels?|conversion(?:\s{1,16}rates?)?|csat|nps|first[\s-]call\s{1,16}resolution)\b[^.;,\n]{0,30}?\d{1,3}\s{0,2}(?:%|percent)[^.;,\n]{0,30}|\b\d{1,3}\s{0,2}(?:%|percent)\s{1,16}(?:of\s{1,16}(?:the\s{1,16})?callers\s{1,16})?(?:abandon(?:ment|s|ed)?|hang\s{1,16}ups?|hung\s{1,16}up)\b[^.;,\n]{0,30}/gi,
    confidence: 0.8,
    cost: true,
  },
  // "Sales to our members is stopped in Osaka", "bookings are on hold", "invoicing is frozen": the
  // business's own work stopped.
  {
    re: /\b(?:(?:the|our|all)\s{1,16})?(?:sales|orders|ordering|bookings?|payments?|billing|invoicing|collections|deliveries|shipping|renewals|sign[\s-]?ups|onboarding|payroll|trading)(?:\s{1,16}(?:to|for|of|in|by)\s{1,16}(?:the\s{1,16}|our\s{1,16})?[\w-]+)?\s{1,16}(?:is|are|was|were|has\s{1,16}been|have\s{1,16}been)\s{1,16}(?:now\s{1,16}|completely\s{1,16}|fully\s{1,16})?(?:stopped|halted|blocked|on\s{1,16}hold|frozen|suspended|at\s{1,16}a\s{1,16}standstill)\b[^.;,\n]{0,30}/gi,
    confidence: 0.8,
    cost: true,
  },
  // "KPIs for the board meeting won't exist", "the payroll will not be ready": output that will be missing.
  {
    re: /\b(?:(?:the|our|their)\s{1,16})?(?:[\w-]+\s{1,16})?(?:reports?|kpis?|figures|numbers|dashboards?|payroll|payslips|invoices|schedules?|rosters?|statements?|forecasts?)(?:\s{1,16}(?:for|of|to)\s{1,16}(?:the\s{1,16}|our\s{1,16})?[\w-]+(?:\s{1,16}[\w-]+)?)?\s{1,16}(?:won'?t|will\s{1,16}not|cannot|can'?t)\s{1,16}(?:exist|be\s{1,16}(?:there|ready|available|produced|sent|delivered|published|paid|done|on\s{1,16}time))\b[^.;,\n]{0,30}/gi,
    confidence: 0.8,
    cost: true,
  },
];
