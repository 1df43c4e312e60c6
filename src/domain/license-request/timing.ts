/**
 * Urgency and the date a request is needed by, as partners write them (seed 003 "Urgent", "Date Needed",
 * "Date Reasoning"): "urgent", "ASAP", "by Friday", "before 4 Dec", "by the end of next week", "bis 15.
 * Juli". Dates in words are resolved against the mail's date with chrono-node (forward: "Friday" is the
 * next one); without a mail date only dates that name their year are read.
 * | written                                   | read as                              | confidence |
 * |-------------------------------------------|--------------------------------------|------------|
 * | a full date after a need cue (`by`, `before`) | that date                        | 0.85       |
 * | day and month, no year                    | the next such date after the mail    | 0.75       |
 * | a weekday or "end of next week"            | the next one after the mail (Friday) | 0.65       |
 * | `urgent`, `ASAP`, `dringend`, `至急`         | urgent = true                        | 0.8        |
 * | `not urgent`, `no rush`                   | urgent = false                       | 0.8        |
 */
import * as chrono from 'chrono-node';
import type { ProseUnit } from './prose-units.ts';
import type { RequestLanguage } from './schema.ts';

export interface Timed<T> {
  value: T;
  line: number;
  confidence: number;
}

export interface Timing {
  urgent?: Timed<boolean>;
  dateNeeded?: Timed<string>;
  dateReasoning?: Timed<string>;
}

const URGENT =
  /\b(?:urgent(?:ly)?|asap|a\.s\.a\.p\.?|as soon as (?:possible|you can)|time[\s-]critical|top priority|dringend|eilig|urgente|au plus vite)\b|至急|緊急/i;
const NOT_URGENT =
  /\b(?:not\s+(?:urgent|a\s+rush)|no\s+(?:rush|hurry)|nicht\s+dringend|pas\s+urgent|no\s+es\s+urgente)\b/i;
const NEED_CUE =
  /(?:\bby|\bbefore|\buntil|\btill|no later than|not later than|at the latest|\blatest|deadline|\bdue|needed(?:\s+(?:on|for))?|required(?:\s+(?:on|for))?|in time for|\bbis(?:\s+spätestens)?|spätestens|\bavant(?:\s+le)?|d'ici|au plus tard|antes\s+del?|para\s+el|hasta\s+el|までに|まで)\W*(?:the\s+|le\s+|el\s+)?$/i;
/** Cheap checks before chrono, which costs far more than the rest of the reader: a cue and a date-like word. */
const ANY_NEED_CUE =
  /\b(?:by|before|until|till|later\s+than|latest|deadline|due|needed|required|in\s+time\s+for|bis|spätestens|avant|d'ici|au\s+plus\s+tard|antes|para\s+el|hasta)\b|まで/i;
const MAY_HOLD_A_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|tomorrow|today|tonight|week|month|eod|cob|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miércoles|jueves|viernes)|[月日曜]/i;
const REASON_LEAD =
  /^[\s,;:–-]*(?:when|because|as|since|for|so that|due to|ahead of|wenn|weil|da|car|parce que|lorsque|porque|cuando)\b\s*/i;
const PARSERS: Record<RequestLanguage, chrono.Chrono> = {
  en: chrono.en.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  ja: chrono.ja.casual,
};

/** Days are counted in UTC, as the record's YYYY-MM-DD is. */
function parse(text: string, reference: Date | undefined, language: RequestLanguage): chrono.ParsedResult[] {
  return PARSERS[language].parse(text, { instant: reference ?? new Date(0), timezone: 'UTC' }, { forwardDate: true });
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

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

/** A date a labelled value or a sentence gives, resolved against the mail's date. */
export function parseDateInWords(
  text: string,
  reference: Date | undefined,
  language: RequestLanguage,
): { value: string; confidence: number; index: number; end: number } | undefined {
  for (const result of parse(text, reference, language)) {
    if (!reference && !/\d{4}/.test(result.text)) continue;
    const date = businessEnd(result);
    return {
      value: isoDay(date),
      confidence: confidenceOf(result),
      index: result.index,
      end: result.index + result.text.length,
    };
  }
  return undefined;
}

export function readTiming(units: ProseUnit[], reference: Date | undefined, language: RequestLanguage): Timing {
  const timing: Timing = {};
  for (const unit of units) {
    if (timing.urgent === undefined) {
      if (NOT_URGENT.test(unit.text)) timing.urgent = { value: false, line: unit.line, confidence: 0.8 };
      else if (URGENT.test(unit.text)) timing.urgent = { value: true, line: unit.line, confidence: 0.8 };
    }
    if (timing.dateNeeded === undefined && MAY_HOLD_A_DATE.test(unit.text) && ANY_NEED_CUE.test(unit.text)) {
      readNeededBy(unit, reference, language, timing);
    }
  }
  return timing;
}

function readNeededBy(unit: ProseUnit, reference: Date | undefined, language: RequestLanguage, timing: Timing): void {
  for (const result of parse(unit.text, reference, language)) {
    if (!reference && !/\d{4}/.test(result.text)) continue;
    const before = unit.text.slice(Math.max(0, result.index - 30), result.index);
    if (!NEED_CUE.test(before) && !/^\s*(?:date\s+)?needed\b/i.test(unit.text)) continue;
    timing.dateNeeded = { value: isoDay(businessEnd(result)), line: unit.line, confidence: confidenceOf(result) };
    const rest = unit.text.slice(result.index + result.text.length).replace(/[.!]+\s*$/, '');
    const reason = rest.replace(REASON_LEAD, '').trim();
    if (REASON_LEAD.test(rest) && reason.split(/\s+/).length >= 2) {
      timing.dateReasoning = { value: reason, line: unit.line, confidence: 0.6 };
    }
    return;
  }
}
