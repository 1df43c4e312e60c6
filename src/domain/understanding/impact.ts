/**
 * Business impact (DOMAIN.md §4: expected of the contact; issue 21 §1): the clause that says what the
 * problem costs — people or work affected, money, deadlines, regulators, "we cannot …" — not the clause
 * that tells the symptom or what led to it. Every cue's clause is scored and the best one above a
 * threshold is taken; none is taken rather than a wrong one (precision first: a wrong fact reaches an
 * analyst as a fact).
 */

import { CONSEQUENCE_CUES } from './impact-consequences.ts';
import { IMPACT_CUES, WHO } from './impact-cues.ts';
import { IMPACT_LOSSES } from './impact-losses.ts';
import { IMPACT_SHARES } from './impact-shares.ts';
import { IMPACT_STATES } from './impact-states.ts';
import { readSeverity } from './severity.ts';
import { allMatches, clauseEnd, tidy } from './text.ts';

/** "all calls fail", "half the calls drop": the symptom, which the description holds. */
const SYMPTOM_ONLY =
  /^(?:all|every|half\s+(?:of\s+)?the|most\s+(?:of\s+)?the|some\s+of\s+the|many|several|\d+%?\s+(?:of\s+)?(?:the\s+)?)\s*(?:calls?|chats?|interactions?|emails?)\s+(?:fail|drop|are\s+dropped|get\s+dropped|disconnect)/i;

/** A display verb right before the people counted: they are what the screen shows, not who is affected. */
const SHOWN = /\b(?:shows?|showing|displays?|displaying|lists?|listing|marks?|marking|flags?|flagging)\s+(?:\w+\s+)?$/i;

/**
 * A clause that also tells what led to the problem ("… are empty since the time zone was changed", "… since
 * the 8.5.3 patch": a version's dots end no clause) is the problem's description, not its cost — unless it
 * counts who is affected.
 */
const TELLS_CAUSE =
  /\b(?:since|after|following|once)\s+(?:the|our|a|an|we|they|IT|someone|somebody|you|last|this|yesterday'?s|today'?s|\w+day'?s)\b(?:[^.;\n]|\.(?=\d)){0,60}?\b(?:upgrad|updat|patch|migrat|chang|config|deploy|rollout|restart|install|switch|mov|replac|add|renew|push|import|reset|reboot|rebuil|reindex|re-index|reload|refresh|re-?ran|rerun|resync|rotat|swap|enabl|disabl|appl|renam|rebuil|expir|crash|failover)\w*/i;
const COUNTS_PEOPLE =
  /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?![.,]?\d)\s*%?\s+(?:\w+\s+)?(?:agents?|users?|customers?|callers?|employees?|staff|people|sites?|stores?|calls?|orders?)\b|\b(?:all|half|most|every)\s+(?:of\s+)?(?:our|the|them)\b/i;
const MEASURED = new RegExp(
  `${COUNTS_PEOPLE.source}|[$€£]\\s?\\d|\\b\\d[\\d,.]*\\s?(?:k|m|eur|usd|gbp|dollars|euros)\\b|\\b(?:due|deadline|go[\\s-]?live|cut[\\s-]?over)\\b`,
  'i',
);
/** "No revenue impact", "nobody is blocked": an impact said to be small counts less than a real one. */
const NEGATED =
  /^(?:(?:there\s+is\s+)?no\s+(?:\w+\s+)?impact|no\s+one\s+is\s+(?:blocked|affected)|nobody\s+(?:is\s+)?(?:blocked|affected)|(?:only\s+)?(?:minimal|little|low|minor)\s+(?:\w+\s+)?impact|not\s+(?:urgent|critical))/i;
/**
 * A pasted log line ("13:02:11 caller …, [redacted phone] -> BYE sent"): no clause of the contact's. A
 * "[redacted phone]" marker alone is not one: the engine reads prose with its sensitive data taken out.
 */
const LOG_LINE = /->|\b\d{1,2}:\d{2}:\d{2}\b|\b(?:INVITE|BYE|ACK|CANCEL)\b|\w+=\S/;

/** Clauses after the impact that carry it on: ", half of them idle", ", so our queues back up". */
const CARRIES_ON =
  /^(?:,\s*|\s+-\s+|\s+and\s+)(?:half|most|all|some|none|many|\d+\s*%?)\s+of\s+(?:them|those)\b|^(?:,\s*)?\s*(?:so|which\s+means)\s+(?:that\s+)?(?:we|our|the|they|customers|callers)\b/i;

/** "to agents lose audio", "for 20 new agents": the people are the object of the clause, not who bears its cost. */
const OBJECT_OF = /^(?:to|from|by|with|for|of|between|towards?|via)\s/i;
const AFTER_PREPOSITION = /\b(?:to|from|by|with|between|towards?|via)\s+(?:the\s+|our\s+)?$/i;
/** "after reaching 512 clients", "above 250 users": a limit the system hits, not people affected. */
const THRESHOLD_OF =
  /\b(?:reach(?:ing|es|ed)?|exceed(?:ing|s|ed)?|pass(?:ing|es|ed)?|above|beyond|over\s+a\s+limit\s+of|limit\s+of|max(?:imum)?\s+of|more\s+than\s+a\s+limit\s+of)\s+$/i;

/**
 * "the skills table (about 3,000 agents)": a count in brackets after a thing says its size; after people
 * ("the Lyon team (25 agents)", "the outbound floor (25 people)") it says how many are hit.
 */
const PEOPLE_WORD = new RegExp(
  `^(?:${WHO}|floor|shift|desk|helpdesk|department|team|cent(?:er|re)s?|company|business|organi[sz]ation)$`,
  'i',
);

function sizeOfAThing(before: string): boolean {
  const owner = /\b([\w-]+)\s*\(\s*(?:(?:about|around|approx\.?|roughly|over|more\s+than|nearly|almost|~)\s*)?$/i.exec(
    before,
  )?.[1];
  return owner !== undefined && !PEOPLE_WORD.test(owner);
}

/** "after the 200 new agents were loaded": the people counted are part of what led to the problem. */
const INSIDE_CAUSE =
  /\b(?:since|after|following|once|when|before)\s+(?:the|our|we\s+\w+(?:\s+the)?)\s+(?:(?!(?:and|but|so|now|then)\b)[\w-]+\s+){0,2}$/i;
/**
 * "the dashboard refreshes every 15 minutes", "the test runs 500 calls a night", "it happens 40 times a
 * day": how often something happens or runs, which costs nothing unless the clause also says what is
 * lost. A bare count of what is hit ("low, 5-6 calls a day") is no sentence of its own: that one stays.
 */
const FREQUENCY =
  /(?<!\bfor\s+)\b(?:every|each|per|a|an)\s+(?:\d+\s+)?(?:seconds?|minutes?|mins?|hours?|days?|nights?|weeks?|shifts?|runs?)\b|\btimes\s+(?:a|an|per)\b/i;
const LOSS =
  /\b(?:have\s+to|has\s+to|must|again|by\s+hand|manually|delay\w*|los[est]\w*|fail\w*|cannot|can'?t|unable|losing|miss\w*|idle|abandon\w*|drop\w*|block\w*|affect\w*|impact\w*|cost\w*|penalt\w*|fine[sd]?|due|late|breach\w*|unanswered|unrecorded|complain\w*)\b|[$€£]/i;

const TELLS_HOW_OFTEN = (clause: string) =>
  FREQUENCY.test(clause) &&
  !LOSS.test(clause) &&
  /\b(?:runs?|refresh\w*|happens?|occurs?|repeats?|retries|polls?|syncs?|checks?|is|are|was|were|does|do|takes?)\b/i.test(
    clause,
  );

const THRESHOLD = 0.6;

const CUES: Array<{
  re: RegExp;
  confidence: number;
  rejects?: (match: string, before: string) => boolean;
  cost?: boolean;
}> = [...IMPACT_CUES, ...CONSEQUENCE_CUES, ...IMPACT_STATES, ...IMPACT_LOSSES, ...IMPACT_SHARES];

export interface ImpactReading {
  value?: string;
  start?: number;
  end?: number;
  confidence: number;
}

/**
 * Clauses that only look like a cost: when the problem began ("It began after they added 2,000 agents",
 * whatever it counts, is the circumstance) and a mail client's sign-off ("Sent from my iPhone").
 */
const NOT_AN_IMPACT =
  /^(?:(?:it|this|that|the\s+(?:issue|problem|error))\s+)?(?:started|began|begun|starts|begins|happen(?:ed|s)|occurr?(?:ed|s))\s+(?:\w+\s+){0,2}?(?:after|since|when|following)\b|^(?:sent\s+from\s+my|get\s+outlook\s+for)\b/i;

export function readImpact(text: string): ImpactReading {
  let best: ImpactReading = { confidence: 0 };
  for (const { re, confidence, rejects, cost } of CUES) {
    for (const m of allMatches(text, re)) {
      if (rejects?.(m[0], text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      // A match that starts inside a version or a number ("8.5 agents") is no count of its own.
      if (/\d[.,]$/.test(text.slice(0, m.index!))) continue;
      const before = text.slice(Math.max(0, m.index! - 30), m.index!);
      // A cost named outright ("300 agents sitting idle") is no part of a cause run on before it without a stop.
      if (OBJECT_OF.test(m[0]) || AFTER_PREPOSITION.test(before) || (!cost && INSIDE_CAUSE.test(before))) continue;
      if (THRESHOLD_OF.test(before) || sizeOfAThing(before)) continue;
      const start = clauseStartBefore(text, m.index!);
      const whole = clauseEnd(text, m.index! + m[0].length);
      const end = beforeItsCause(text, m.index!, whole);
      if (SYMPTOM_ONLY.test(text.slice(m.index!, end))) continue;
      // "adherence shows all agents as out of adherence": whom a screen shows wrongly is the symptom.
      if (SHOWN.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      if (namesWhom(m[0], text.slice(m.index! + m[0].length, end))) continue;
      const clause = text.slice(start, end);
      const value = tidy(clause);
      if (value.length < 4 || LOG_LINE.test(lineOf(text, m.index!))) continue;
      if (TELLS_HOW_OFTEN(value) || NOT_AN_IMPACT.test(value)) continue;
      // Scored on the whole clause: "agents can't set reason codes after the GA change" tells the symptom
      // and its cause, whatever part of it would be kept; a cost named as such is no symptom ("we are losing
      // orders every minute since the change").
      const score = scoreClause(cost ? value : tidy(text.slice(start, whole)), confidence);
      if (score <= best.confidence || score < THRESHOLD) continue;
      best = { value, start, end, confidence: score };
    }
  }
  return best.value && best.end !== undefined ? carryOn(text, best) : best;
}

/**
 * "One of the affected callers is Maria Lopez, …", "the affected customers are a@x and b@y": the people
 * named, examples of whom, not what it costs — unless they are counted ("… are 40 agents in Lyon").
 */
function namesWhom(cue: string, rest: string): boolean {
  return /^affected\b/i.test(cue) && /^\s*(?:is|are|was|were|include[sd]?|:)\s/i.test(rest) && !MEASURED.test(rest);
}

/**
 * "we are losing bookings every hour since the carrier change", "the schedules cannot be published since
 * the upgrade": the cost told first and what led to it after — the impact ends where the cause begins.
 */
function beforeItsCause(text: string, cue: number, end: number): number {
  // "… sit since two days without work": a time since when is no cause.
  const cause =
    /[\s,]+(?:since|after|following)\s+(?!(?:then|that|which|it)\b)(?!(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|some|many|a\s+few)\s+(?:minutes?|hours?|days?|weeks?|months?)\b)/i.exec(
      text.slice(cue, end),
    );
  if (!cause) return end;
  const kept = text.slice(cue, cue + cause.index);
  return (kept.match(/[A-Za-z][\w'-]*/g) ?? []).length >= 3 ? cue + cause.index : end;
}

/** A count of people, a sum or a date at risk: a clause that says the cost outright. */
export function measuresCost(clause: string): boolean {
  return MEASURED.test(clause);
}

function scoreClause(clause: string, confidence: number): number {
  if (NEGATED.test(clause)) return Math.min(confidence, 0.62);
  if (TELLS_CAUSE.test(clause) && !COUNTS_PEOPLE.test(clause)) return confidence - 0.35;
  // A count, a sum of money or a date at risk says the cost outright: it beats a clause that only hints;
  // counted people who also lose something ("45 agents cannot take calls") beat people only counted.
  return (MEASURED.test(clause) ? confidence + 0.08 : confidence) + (LOSS.test(clause) ? 0.03 : 0);
}

function carryOn(text: string, reading: ImpactReading): ImpactReading {
  const rest = text.slice(reading.end);
  const more = CARRIES_ON.exec(rest);
  if (!more) return reading;
  const end = clauseEnd(text, reading.end! + more[0].length);
  return { ...reading, end, value: tidy(text.slice(reading.start, end)) };
}

function lineOf(text: string, index: number): string {
  const from = text.lastIndexOf('\n', index - 1) + 1;
  const to = text.indexOf('\n', index);
  return text.slice(from, to === -1 ? text.length : to);
}

/** A cue's clause starts at its sentence or clause start, when only a few words come before the cue. */
function clauseStartBefore(text: string, index: number): number {
  const before = text.slice(0, index);
  const stop = Math.max(
    ...['.', ';', '\n', ',', ':', '?', '!'].map((c) => {
      const at = before.lastIndexOf(c);
      // A decimal point or a thousands comma inside a number does not end a clause.
      return at > 0 && /\d/.test(before[at - 1] ?? '') && /\d/.test(before[at + 1] ?? '') ? -1 : at;
    }),
  );
  const dash = before.lastIndexOf(' - ');
  const start = Math.max(stop + 1, dash >= 0 ? dash + 3 : 0);
  const lead = text.slice(start, index);
  const words = lead.trim().split(/\s+/).filter(Boolean);
  // A whole short sentence ("Because of this our collections team misses around 2,000 calls a day") is
  // the impact; after a comma only a few words before the cue belong to it.
  const sentence = start === 0 || /[.!?\n]/.test(text[start - 1] ?? '') || start === dash + 3;
  if (words.length > (sentence ? 9 : 4)) return joinedClauseStart(text, start, index);
  return start + (lead.length - lead.trimStart().length);
}

/**
 * "… by hand and payroll for 300 agents is due on Thursday", "… nothing to score and the bonus reviews for 60
 * agents slip a month": a clause joined by "and"/"but"/"so" has its own subject, a few words before the cue.
 */
function joinedClauseStart(text: string, from: number, index: number): number {
  const lead = text.slice(from, index);
  const joins = [...lead.matchAll(/\s(?:and|but|so|while)\s+/gi)];
  const last = joins.at(-1);
  if (!last) return index;
  const at = from + last.index! + last[0].length;
  const words = text.slice(at, index).trim().split(/\s+/).filter(Boolean);
  return words.length <= 4 ? at : index;
}

/** A reason that names a cost: who or what business is hurt, or work that cannot go on as it should. */
const COST =
  /\b(?:agents?|users?|customers?|callers?|employees?|staff|people|teams?|floor|shifts?|supervisors?|planners?|finance|legal|payroll|billing|sales|revenue|money|sla|deadline|month[\s-]end|quarter[\s-]end|year[\s-]end|sign[\s-]?off|go[\s-]?live|audit|regulators?|fines?|penalt\w*|reporting)\b|\b(?:cannot|can'?t|unable|block\w*|hold\w*\s+up|delay\w*|by\s+hand|manually|without|los[est]\w*|wait\w*|idle|abandon\w*|complain\w*)\b/i;
/** A reason for a lower level, or the problem spreading: no cost told. */
const NO_COST =
  /\b(?:workaround|work-around|helped|helps|works\s+(?:now|again|fine)|worked|holds|held|fixed|resolved|solved|better|improv\w*|rolled\s+back|again|no\s+longer|only|too|also|as\s+well)\b/i;

/** What follows a level that is no reason for it: the system, the version, when or after what it began. */
const NOT_A_REASON =
  /^(?:since|after|following|when|before|on|in|at|for|from|to|prod\w*|test|lab|staging|version|v?\d|sev\w*|prio\w*|please|pls|thanks?|the\s+(?:issue|problem)\s+(?:started|began))\b/i;

/**
 * "…, high, French callers end up in the German queue", "High pls, it's blocking our release sign-off",
 * "it must be Critical now, the whole site is without phones": the reason a level is asked for, told
 * right after it, is what the problem costs — whatever words it is told in. Taken only when no cue found one.
 */
export function impactAfterLevel(text: string): ImpactReading {
  const level = readSeverity(text);
  if (level.end === undefined) return { confidence: 0 };
  const lead =
    /^[ \t]*(?:(?:please|pls|plz|now|for\s+us|then|priority|severity|prio|sev)[ \t]*)*(?:[,;:]|[ \t][-–—]+)[ \t]*(?:because[ \t]+|as[ \t]+)?/i.exec(
      text.slice(level.end),
    );
  if (!lead) return { confidence: 0 };
  const start = level.end + lead[0].length;
  const end = clauseEnd(text, start);
  const value = tidy(text.slice(start, end));
  if (
    NOT_A_REASON.test(value) ||
    NOT_AN_IMPACT.test(value) ||
    /\?\s*$/.test(text.slice(end, end + 2)) ||
    LOG_LINE.test(value)
  )
    return { confidence: 0 };
  if ((value.match(/[A-Za-z][\w'’-]*/g) ?? []).length < 3 || TELLS_HOW_OFTEN(value) || TELLS_CAUSE.test(value))
    return { confidence: 0 };
  if (!COST.test(value) || NO_COST.test(value)) return { confidence: 0 };
  return { value, start, end, confidence: 0.65 };
}
