/**
 * Urgency and the date a request is needed by, as partners write them (seed 003 "Urgent", "Date Needed",
 * "Date Reasoning"): "urgent", "ASAP", "on priority", "by Friday", "by tues", "before 4 Dec", "by tomorrow
 * EOD", "by the end of next week", "bis 15. Juli", "Requested delivery date: 31.01.2025". Dates in words are
 * resolved against the mail's date in the sender's own time zone with chrono-node (forward: "Friday" is the
 * next one); numeric dates the way the mail writes them (date-order.ts). Without a mail date only dates
 * that name their year are read.
 * | written                                   | read as                              | confidence |
 * |-------------------------------------------|--------------------------------------|------------|
 * | a full date after a need cue (`by`, `before`) | that date                        | 0.85       |
 * | day and month, no year                    | the next such date after the mail    | 0.75       |
 * | a weekday or "end of next week"            | the next one after the mail (Friday) | 0.65       |
 * | `urgent`, `ASAP`, `on priority`, `dringend`, `至急` | urgent = true                | 0.8        |
 * | `not urgent`, `no rush`                   | urgent = false                       | 0.8        |
 * The reason is the clause that says why: after the date ("…, as the cutover is on Saturday", "so we can
 * train", "(UAT kick-off)", "ya que…"), or before a "therefore" ("The upgrade is on 24.01; we therefore need…").
 */
import * as chrono from 'chrono-node';
import { plausible } from './date-order.ts';
import { dayOfMonth } from './day-of-month.ts';
import type { ProseUnit } from './prose-units.ts';
import { endOfThisWeek, shiftByWeeks } from './relative-weeks.ts';
import type { RequestLanguage } from './schema.ts';

export interface Timed<T> {
  value: T;
  line: number;
  confidence: number;
}

export interface Timing {
  urgent?: Timed<boolean>;
  /** `cued`: said as the date needed ("by 20 Nov"), not as the date of an event it is needed for. */
  dateNeeded?: Timed<string> & { cued?: boolean };
  dateReasoning?: Timed<string>;
}

/** What a date is read against: the mail's date and the sender's UTC offset, its language and date order. */
export interface DateContext {
  reference?: Date;
  /** Minutes east of UTC in the sender's Date header. */
  offset?: number;
  language: RequestLanguage;
  dayFirst?: boolean;
}

const URGENT =
  /\b(?:urgent(?:ly)?|asap|a\.s\.a\.p\.?|as soon as (?:possible|you can)|at the earliest|earliest possible|on (?:a |high )?priority|high priority|top priority|priority basis|time[\s-]critical|time[\s-]sensitive|emergency|dringend|eilig|urgente|au plus vite|lo antes posible)\b|至急|緊急|急ぎ/i;
const NOT_URGENT =
  /\b(?:not\s+(?:urgent|a\s+rush)|no\s+(?:rush|hurry)|nicht\s+dringend|pas\s+urgent|no\s+es\s+urgente)\b/i;
const NEED_CUE =
  /(?:\bby|\bbefore|\buntil|\btill|no later than|not later than|at the latest|\blatest|deadline(?:\s+is)?|\bdue(?:\s+(?:on|by))?|needed(?:\s+(?:on|for))?|required(?:\s+(?:on|for))?|in time for|\bbis(?:\s+spätestens)?|spätestens|\bavant(?:\s+le)?|d'ici|au plus tard|antes\s+del?|para\s+el|hasta\s+el|\bpara|\baté|\bate|\bentro(?:\s+(?:il|la|le|lo))?|\bprima\s+d[ei]l?|までに|まで|(?:delivery|due|target|need(?:ed)?|required|requested)\s+(?:date|by)|date\s+(?:needed|required|requested)|希望日|納期)(?:\W*(?:eod|cob|end\s+of\s+(?:the\s+)?(?:day|business)|close\s+of\s+business|noon|midday)(?:\s+on)?)?\W*(?:the\s+|le\s+|el\s+|o\s+dia\s+|zum\s+|den\s+)?$/i;
/** Cheap checks before chrono, which costs far more than the rest of the reader: a cue and a date-like word. */
const ANY_NEED_CUE =
  /\b(?:by|before|until|till|within|later\s+than|latest|deadline|due|needed|required|requested|delivery\s+date|target\s+date|in\s+time\s+for|expires|expire|runs\s+out|bis|spätestens|avant|d'ici|au\s+plus\s+tard|antes|para|hasta|até|ate|entro|prima|uiterlijk|go-?live|cut-?over)\b|vóór|まで|希望日|納期|間に合/i;
const MAY_HOLD_A_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|tomorrow|today|tonight|week|month|eod|cob|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miércoles|jueves|viernes|luned|marted|mercoled|gioved|venerd|sabato|domenica)|[月日曜]/i;
const REASON_LEAD =
  /^[\s,;:–(-]*(?:(?:if\s+possible|please|at\s+the\s+latest|latest|eod|cob|on\s+(?:a\s+)?priority|end\s+of\s+day)\b[\s,;:–-]*)*(?:when|because(?:\s+of)?|as|since|for|so\s+that|so|due\s+to|ahead\s+of|given|wenn|weil|da|denn|car|parce\s+que|lorsque|puisque|porque|ya\s+que|puesto\s+que|pues|cuando|como|pois|já\s+que|perché|poiché|visto\s+che|per|pour|para|für|fuer|voor)(?![\wà-ÿ])\s*|^[\s,;:–(-]*antes\s+d(?=[aoe]s?\s)/i;
/** Filler after a date that gives no reason ("if possible", "at the latest", "EOD", "please"). */
const FILLER =
  /^[\s,;:–-]*(?:(?:if\s+possible|please|pls|at\s+the\s+latest|latest|eod|cob|end\s+of\s+day|on\s+(?:a\s+)?priority|thanks?|thank\s+you|at\s+the\s+earliest|sorry)\b[\s,;:.!–-]*)*/i;
/** "before the DR test on May 2", "in time for our go-live on the 14th": the date of the event it is needed for. */
/** "Their current license expires on 14 March": needed by then, because it expires. */
const EXPIRES_ON =
  /\b((?:(?:the|their|our|its)\s+)?(?:(?:current|existing|temporary|temp|old|trial|evaluation)\s+)?(?:licen[cs]e|file|key|trial|evaluation)(?:\s+file)?\s+(?:expires|will\s+expire|runs\s+out|ends))\s+(?:on\s+)?(?:the\s+)?$/i;
const EVENT_ON =
  /\b(?:before|ahead\s+of|in\s+time\s+for|prior\s+to)\s+((?:(?:the|our|their|its)\s+)?[^,.;:()\s][^,.;:()]{1,40}?)\s+(?:on|at|scheduled\s+(?:for|on)|planned\s+(?:for|on)|(?:which|that)\s+is\s+on)\s+(?:the\s+)?$/i;
/** "before the POC kicks off next Monday": the event starts on the date. */
const EVENT_STARTS =
  /\b(?:before|ahead\s+of|in\s+time\s+for|prior\s+to)\s+((?:(?:the|our|their|its)\s+)?[^,.;:()\s][^,.;:()]{1,40}?\s+(?:kicks?\s+off|starts?|begins?|opens?|goes\s+live|launch(?:es)?))\s+(?:on\s+)?(?:the\s+)?$/i;
/** "ASAP please - go-live Monday": the event's date, in a sentence that asks for speed. */
const GOES_LIVE_ON =
  /\b(go-?live|cut-?over|switch-?over|launch)\s+(?:is\s+|will\s+be\s+|planned\s+for\s+|scheduled\s+for\s+)?(?:on\s+)?(?:the\s+)?$/i;
const ASKS_FOR_SPEED = /\b(?:asap|urgent\w*|please|pls|need(?:ed|s)?)\b/i;
/**
 * 来週金曜日までに: Japanese says the cue after the date; so does "Thursday at the latest", "tomorrow latest",
 * "vendredi au plus tard", "Freitag spätestens" (round 11).
 */
const CUE_AFTER =
  /^\s*(?:まで|迄)|^\s*,?\s*(?:at\s+the\s+(?:very\s+)?latest|latest|au\s+plus\s+tard|spätestens|como\s+(?:muy\s+)?tarde|al\s+più\s+tardi|no\s+m[áa]ximo|uiterlijk)(?![\p{L}])/iu;
/** 来週水曜日の本番稼働に間に合うよう: in time for the event on the date, the event named after it. */
const EVENT_AFTER_JA = /^\s*の\s*([^、。\s]{1,12}?)に間に合/;
/** "within two weeks": chrono reads the cue as part of the date. */
const CUED_ITSELF = /^(?:within|in\s+the\s+next)\b/i;
/** "Needed for the go-live on 17 March": what it is needed for, when that names an event. */
const NEEDED_FOR_EVENT_ON =
  /\b(?:needed|required|need\s+it|needs?\s+it|want\s+it)\s+for\s+((?:(?:the|our|their|its)\s+)?[^,.;:()\s][^,.;:()]{1,40}?)\s+(?:on|at|scheduled\s+(?:for|on)|planned\s+(?:for|on))\s+(?:the\s+)?$/i;
/** "Go-live is 14 March, so we need the license before then": the date is the sentence's own, named before. */
const BEFORE_THEN = /\b(?:before|by|ahead\s+of|prior\s+to)\s+(?:then|that(?:\s+(?:date|day))?)\b/i;
const THEREFORE = /\b(?:therefore|hence|thus|so|that'?s\s+why|deshalb|daher|donc|por\s+eso|por\s+lo\s+tanto)\b/i;
const PARSERS: Record<RequestLanguage, chrono.Chrono> = {
  en: chrono.en.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  ja: chrono.ja.casual,
  pt: chrono.pt.casual,
  it: chrono.it.casual,
  nl: chrono.nl.casual,
};

/** `tues`, `thurs`, `weds` as chrono knows them. */
const shortDays = (text: string) =>
  /\b(?:tues|thurs?|weds)\b/i.test(text)
    ? text
        .replace(/\btues\b/gi, 'tue')
        .replace(/\bthurs?\b/gi, 'thu')
        .replace(/\bweds\b/gi, 'wed')
    : text;

function parse(text: string, context: DateContext): chrono.ParsedResult[] {
  const parser = context.language === 'en' && context.dayFirst ? chrono.en.GB : PARSERS[context.language];
  const reference = { instant: context.reference ?? new Date(0), timezone: context.offset ?? 0 };
  return parser.parse(shortDays(text), reference, { forwardDate: true });
}

export const isoDay = (date: Date, offset = 0) => new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 10);

/** "end of next week" is a Friday, not chrono's Saturday. */
function businessEnd(result: chrono.ParsedResult): Date {
  const date = result.start.date();
  if (!/end\s+of\s+(?:this|next|the)\s+week/i.test(result.text)) return date;
  const day = date.getUTCDay();
  const back = day === 6 ? 1 : day === 0 ? 2 : 0;
  return new Date(date.getTime() - back * 86_400_000);
}

function confidenceOf(result: chrono.ParsedResult): number {
  if (result.start.isCertain('year') && result.start.isCertain('month') && result.start.isCertain('day')) return 0.85;
  if (result.start.isCertain('month') && result.start.isCertain('day')) return 0.75;
  return 0.65;
}

/** The day a result names; a numeric d/m that would be in the past is read the other way round. */
function dayOf(result: chrono.ParsedResult, context: DateContext): { value: string; confidence: number } {
  const value = isoDay(businessEnd(result), context.offset);
  const numeric = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?$/.exec(result.text.trim());
  if (!numeric || Number(numeric[1]) > 12 || Number(numeric[2]) > 12)
    return { value, confidence: confidenceOf(result) };
  const swapped = `${value.slice(0, 4)}-${value.slice(8, 10)}-${value.slice(5, 7)}`;
  const other = numeric[3] || swapped > value ? swapped : `${Number(value.slice(0, 4)) + 1}${swapped.slice(4)}`;
  const read = plausible(value, other, context.reference);
  return { value: read.value, confidence: read.sure ? confidenceOf(result) : 0.6 };
}

/** A date a labelled value or a sentence gives, resolved against the mail's date. */
export function parseDateInWords(
  text: string,
  context: DateContext,
): { value: string; confidence: number; index: number; end: number } | undefined {
  for (const result of parse(text, context)) {
    if (!context.reference && !/\d{4}/.test(result.text)) continue;
    return { ...dayOf(result, context), index: result.index, end: result.index + result.text.length };
  }
  return undefined;
}

/** "we really need the permanent license file today, please": needed on the mail's own day, and urgent. */
// Round 11: anywhere in the sentence that asks for the file ("we must get … onto the replacement machine today").
const NEEDED_TODAY =
  /\b(?:need(?:ed|s)?|required|must|ha(?:ve|s)\s+to|send|be\s+(?:sent|issued|delivered))\b[^.?!\n]{0,100}\b(?:today|tonight|by\s+end\s+of\s+(?:the\s+)?day)\b/i;

const TODAY = /\b(?:today|tonight|by\s+end\s+of\s+(?:the\s+)?day)\b/i;

export function readTiming(units: ProseUnit[], context: DateContext): Timing {
  const timing: Timing = {};
  const today = context.reference ? units.find((u) => NEEDED_TODAY.test(u.text)) : undefined;
  if (today && context.reference) {
    timing.dateNeeded = { value: isoDay(context.reference, context.offset), line: today.line, confidence: 0.8 };
    timing.urgent = { value: true, line: today.line, confidence: 0.8 };
    // "We need it today so the agents can log in again": why, as after any other date (round 12).
    const k = units.indexOf(today);
    const said = TODAY.exec(today.text)!;
    const reason =
      reasonFor(today, { index: said.index, text: said[0] }, units[k - 1]) ?? reasonAfter(units[k + 1], today);
    if (reason) timing.dateReasoning = { value: reason, line: today.line, confidence: 0.6 };
  }
  units.forEach((unit, k) => {
    if (timing.urgent === undefined) {
      if (NOT_URGENT.test(unit.text)) timing.urgent = { value: false, line: unit.line, confidence: 0.8 };
      else if (URGENT.test(unit.text)) timing.urgent = { value: true, line: unit.line, confidence: 0.8 };
    }
    if (timing.dateNeeded === undefined && MAY_HOLD_A_DATE.test(unit.text) && ANY_NEED_CUE.test(unit.text)) {
      readNeededBy(unit, units[k - 1], units[k + 1], context, timing);
    }
  });
  return timing;
}

/** "ideally by the 10th, at the latest by the 12th": a wish and a limit, two dates that do not contradict. */
const HEDGED = /\b(?:ideally|preferably|if\s+possible|at\s+the\s+latest|latest|or\s+(?:earlier|sooner)|at\s+least)\b/i;

/**
 * A second date needed, said as one ("by 12 December" … "no later than Wednesday the 10th") in another sentence
 * and on another day than the first (issue 25 "Bad input": a field given two values is asked about, not guessed).
 * Dates of events and hedged wishes are no second date.
 */
export function secondNeededDate(units: ProseUnit[], context: DateContext): Timed<string> | undefined {
  const said: { unit: ProseUnit; date: Timed<string> }[] = [];
  units.forEach((unit, k) => {
    if (!MAY_HOLD_A_DATE.test(unit.text) || !ANY_NEED_CUE.test(unit.text)) return;
    const found: Timing = {};
    readNeededBy(unit, units[k - 1], units[k + 1], context, found);
    if (found.dateNeeded?.cued) said.push({ unit, date: found.dateNeeded });
  });
  if (said.some((s) => HEDGED.test(s.unit.text))) return undefined;
  const first = said[0];
  return said.find((s) => s.unit.line !== first?.unit.line && s.date.value !== first?.date.value)?.date;
}

/** "Their go-live is Friday morning.": a short sentence right after the date that names the event. */
const EVENT =
  /\b(?:go-?live|cut-?over|launch|migration|training|test(?:ing)?|audit|upgrade|deadline|expir\w*|maintenance|window|rollout|roll-out|opening|re-?opens?|opens?|kicks?\s+off|starts?|begins?)\b/i;

/**
 * The event in the languages partners write ("Die Umstellung ist am Wochenende geplant", "La bascule est prévue
 * le week-end"), or a sentence that points back to the date ("The old data centre is powered down that day",
 * "Ese día se apaga el servidor antiguo"): why the date (round 12).
 */
const EVENT_IN_OTHER_LANGUAGES =
  /\b(?:umstellung|umgestellt|umzug|migration|migriert|inbetriebnahme|wartungsfenster|schulung|abnahme|bascule|basculement|mise\s+en\s+(?:production|service)|recette|formation|migraci[oó]n|puesta\s+en\s+marcha|arranque|capacitaci[oó]n|formaci[oó]n|migra[cç][ãa]o|virada|janela|treinamento|avvio|collaud\w*|migrazione|passaggio|formazione|manuten[çz]\w*|mantenimiento|wartung)\b/i;
const THAT_DAY =
  /\b(?:that\s+(?:day|date|weekend|night|morning|evening)|on\s+that\s+date|ese\s+(?:d[ií]a|fin\s+de\s+semana)|ce\s+jour(?:-là)?|an\s+diesem\s+(?:Tag|Wochenende)|quel\s+giorno|nesse\s+dia|naquele\s+dia)(?![\p{L}])/iu;

function reasonAfter(next: ProseUnit | undefined, unit: ProseUnit): string | undefined {
  if (!next || next.paragraph !== unit.paragraph || next.row) return undefined;
  const words = next.text.split(/\s+/).length;
  const event = EVENT.test(next.text) || EVENT_IN_OTHER_LANGUAGES.test(next.text) || THAT_DAY.test(next.text);
  return words >= 3 && words <= 12 && event ? next.text.replace(/[.!]+$/, '') : undefined;
}

function readNeededBy(
  unit: ProseUnit,
  previous: ProseUnit | undefined,
  next: ProseUnit | undefined,
  context: DateContext,
  timing: Timing,
): void {
  const weekEnd = context.reference ? endOfThisWeek(unit.text, isoDay(context.reference, context.offset)) : undefined;
  if (weekEnd) {
    timing.dateNeeded = { value: weekEnd.value, line: unit.line, confidence: 0.65, cued: true };
    const reason = reasonFor(unit, weekEnd, previous) ?? reasonAfter(next, unit);
    if (reason) timing.dateReasoning = { value: reason, line: unit.line, confidence: 0.6 };
    return;
  }
  const ordinal = dayOfMonth(unit.text, context.reference, context.offset);
  // "by next Wednesday ahead of their switchover test on the 19th": the day after "by" is the one needed.
  if (ordinal && !ordinal.cued && readCuedDate(unit, previous, next, context, timing)) return;
  if (ordinal) {
    timing.dateNeeded = { value: ordinal.value, line: unit.line, confidence: 0.7, cued: ordinal.cued };
    const reason = reasonFor(unit, ordinal, previous) ?? reasonAfter(next, unit);
    if (reason) timing.dateReasoning = { value: reason, line: unit.line, confidence: 0.6 };
    return;
  }
  readCuedDate(unit, previous, next, context, timing, true);
}

/** The first date the sentence names with a need cue (or, with `events`, as the date of an event it is needed for). */
function readCuedDate(
  unit: ProseUnit,
  previous: ProseUnit | undefined,
  next: ProseUnit | undefined,
  context: DateContext,
  timing: Timing,
  events = false,
): boolean {
  for (const result of parse(unit.text, context)) {
    if (!context.reference && !/\d{4}/.test(result.text)) continue;
    const before = unit.text.slice(Math.max(0, result.index - 30), result.index);
    const after = unit.text.slice(result.index + result.text.length);
    const eventAfter = EVENT_AFTER_JA.exec(after);
    const cued = NEED_CUE.test(before) || CUE_AFTER.test(after) || CUED_ITSELF.test(result.text) || !!eventAfter;
    if (!events && !cued) continue;
    // chrono keeps a leading "on" in the date it read ("on 28th March"): it belongs to the event before it.
    const lead = /^(?:on|at)\s+/i.exec(result.text)?.[0] ?? '';
    const said = unit.text.slice(Math.max(0, result.index - 70), result.index + lead.length);
    const event =
      EVENT_ON.exec(said) ??
      EVENT_STARTS.exec(said) ??
      EXPIRES_ON.exec(said) ??
      eventFor(said) ??
      eventAfter ??
      (ASKS_FOR_SPEED.test(unit.text) ? GOES_LIVE_ON.exec(said) : null);
    const then = BEFORE_THEN.test(unit.text.slice(result.index + result.text.length)) && EVENT.test(said);
    if (!event && !then && !cued && !/^\s*(?:date\s+)?needed\b/i.test(unit.text)) continue;
    // "They go live on the 20th, so the license is needed by the 18th": a later date with a need cue wins.
    if ((event || then) && cuedLater(unit, result, context)) continue;
    const day = dayOf(result, context);
    const today = isoDay(context.reference ?? new Date(0), context.offset);
    timing.dateNeeded = {
      value: shiftByWeeks(day.value, unit.text.slice(0, result.index), after, today),
      line: unit.line,
      confidence: event ? Math.min(0.75, day.confidence) : day.confidence,
      cued: cued && !event,
    };
    const reason =
      event?.[1] ??
      (then ? eventClause(unit.text.slice(0, result.index)) : undefined) ??
      reasonFor(unit, result, previous) ??
      reasonAfter(next, unit);
    if (reason) timing.dateReasoning = { value: reason, line: unit.line, confidence: 0.6 };
    return true;
  }
  return false;
}

function eventFor(said: string): RegExpExecArray | null {
  const match = NEEDED_FOR_EVENT_ON.exec(said);
  return match && EVENT.test(match[1]!) ? match : null;
}

/** Whether a date after this one in the sentence has a need cue before it. */
function cuedLater(unit: ProseUnit, result: chrono.ParsedResult, context: DateContext): boolean {
  const after = result.index + result.text.length;
  return parse(unit.text.slice(after), context).some((r) =>
    NEED_CUE.test(unit.text.slice(Math.max(after, after + r.index - 30), after + r.index)),
  );
}

/** "Go-live is" before the date: the event the date is of. */
function eventClause(head: string): string | undefined {
  const clause = head
    .split(/[;,:]\s|\.\s/)
    .at(-1)!
    .replace(/\s+(?:is|are|was|will\s+be|on|at|scheduled\s+(?:for|on)|planned\s+(?:for|on))\s*$/i, '')
    .trim();
  return EVENT.test(clause) && clause.split(/\s+/).length <= 8 ? clause : undefined;
}

/**
 * 「本番稼働の準備のため、来週金曜日までに」: Japanese says why before the date, in a clause ending in ため, ので,
 * に向けて, に備えて; a date read without its week word (来週 shifts 金曜日) leaves that word after the clause.
 */
const JAPANESE_REASON =
  /([^。！？：:\s]{2,60}?(?:ため|に向けて|に備えて|に間に合うように?|ので))[、，,]?\s*(?:再?来週|今週|翌週|来月|今月)?\s*$/u;

/** The clause that says why the date: after it, in brackets after it, or before a "therefore". */
function reasonFor(
  unit: ProseUnit,
  result: { index: number; text: string },
  previous: ProseUnit | undefined,
): string | undefined {
  // chrono may keep the comma after a weekday ("friday, they cut over sat"): it is the clause's, not the date's.
  const comma = /[,;]\s*$/.exec(result.text)?.[0] ?? '';
  const rest = comma + unit.text.slice(result.index + result.text.length).replace(/[.!)]+\s*$/, '');
  const bracketed = /^\s*\(([^)]{3,80})\)?/.exec(rest);
  if (bracketed) return bracketed[1]!.trim();
  const japanese = JAPANESE_REASON.exec(unit.text.slice(0, result.index));
  if (japanese) return japanese[1]!;
  const led = REASON_LEAD.test(rest);
  const reason = (led ? rest.replace(REASON_LEAD, '') : rest.replace(FILLER, '')).replace(/^[\s,;:–-]+/, '').trim();
  // Without a word that leads a reason, only a clause with its own verb is one ("…, the old license expires then").
  // "…; the permanent file can follow": what comes after a semicolon is another thought.
  const cleaned = reason.replace(/\s*;.*$/, '').replace(/\s+(?:then|by\s+then)$/i, '');
  if (cleaned.split(/\s+/).length >= (led ? 2 : 3) && (led || /,\s|\s[-–—]\s/.test(rest))) return cleaned;
  const head = unit.text.slice(0, result.index);
  const clause = /^(.{12,}?)[;,]\s*(?:and\s+|so\s+)?(?:we|I|it|the\s+(?:licen[cs]e|file))\b[^;,]*$/i.exec(head)?.[1];
  // "The cut-over is scheduled for Saturday 8 March; we need the file by Friday": the clause names the event.
  if (clause && (THEREFORE.test(head) || EVENT.test(clause))) return clause.trim();
  // "…, as the proof of concept kicks off on the 26th": the event the date is of, said before it.
  const event = /\b(?:as|because|since|when)\s+([^,.;]{3,60}?)\s+(?:on|at)\s+(?:the\s+)?$/i.exec(head);
  if (event && EVENT.test(event[1]!)) return event[1]!.trim();
  const greeting = previous && /,\s*$/.test(previous.text) && previous.text.split(/\s+/).length <= 4;
  if (previous && !greeting && THEREFORE.test(head) && previous.text.split(/\s+/).length >= 3)
    return previous.text.replace(/[.;]$/, '');
  // "…, and the contact centre reopens on Monday morning. We need the file by Monday 10am": the sentence before.
  const lastClause = previous?.text
    .replace(/[.!]+$/, '')
    .split(/,\s*(?:and\s+)?|;\s*/)
    .at(-1)
    ?.trim();
  if (
    lastClause &&
    previous?.paragraph === unit.paragraph &&
    EVENT.test(lastClause) &&
    lastClause.split(/\s+/).length <= 12
  )
    return lastClause;
  return undefined;
}
