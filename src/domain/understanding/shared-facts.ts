/**
 * Issue 21 §4: a message that reports two problems often says the severity or the system once for all of
 * them — "high for both", "both medium", "medium both, production", "… - both medium", "first is high",
 * "etl one high, lab one low". Such a fact is the first problem's too when its own text does not say it.
 */
import { readSeverity } from './severity.ts';
import { readSystem, systemAnswer } from './system.ts';

const LEVEL = String.raw`(?:(?:sev(?:erity)?|prio(?:rity)?)\s*:?\s*)?(?:critical|high|medium|low)(?:\s+(?:severity|priority|prio))?`;

const SHARED_SEVERITY: RegExp[] = [
  new RegExp(String.raw`\b(?:both|all|each)\s+(?:of\s+them\s+|two\s+)?(?:are\s+|is\s+)?(${LEVEL})\b`, 'i'),
  new RegExp(String.raw`\b(${LEVEL})\s+(?:for\s+)?(?:both|all\s+of\s+them|all|each|the\s+two)\b`, 'i'),
  new RegExp(String.raw`\b(?:the\s+)?first(?:\s+one)?\s+(?:is\s+)?(${LEVEL})\b`, 'i'),
  new RegExp(String.raw`(?:,|\s[-–—])\s*(${LEVEL})\s*[.!]?\s*$`, 'i'),
];

export interface SharedFact<T> {
  value: T;
  start: number;
  end: number;
}

/** "etl one high, lab one low": the level said of the one whose word this problem uses. */
export function severityByName(text: string, issue: string) {
  for (const m of text.matchAll(/\b([a-z][\w-]{1,20})\s+one\s+(?:is\s+)?(critical|high|medium|low)\b/gi)) {
    const word = m[1]!.replace(/[^\w-]/g, '');
    if (
      !/^(?:the|this|that|first|second|last|other|each|every)$/i.test(word) &&
      new RegExp(`\\b${word}\\b`, 'i').test(issue.replace(m[0], ''))
    )
      return found(m, m[2]!);
  }
  return undefined;
}

export function sharedSeverity(text: string, firstIssue: string) {
  const named = severityByName(text, firstIssue);
  if (named) return named;
  for (const re of SHARED_SEVERITY) {
    const m = re.exec(text);
    if (m) return found(m, m[1]!);
  }
  return undefined;
}

function found(m: RegExpExecArray | RegExpMatchArray, word: string) {
  const value = readSeverity(word).value ?? readSeverity(`severity ${word}`).value;
  return value ? { value, start: m.index!, end: m.index! + m[0].length } : undefined;
}

/**
 * "…, production" or "… - both in prod" at the very end of the message, or said of all of them anywhere
 * ("two unrelated problems, both production:" above a list).
 */
export function sharedSystem(text: string): SharedFact<'production' | 'test'> | undefined {
  const m =
    /(?:,|\s[-–—])\s*(?:both\s+(?:in\s+|on\s+)?|all\s+(?:in\s+|on\s+)?)?(prod(?:uction)?|test|lab|staging)\s*[.!]?\s*$/i.exec(
      text,
    ) ??
    /\b(?:both|all(?:\s+of\s+them)?|each)\s+(?:are\s+|is\s+)?(?:in\s+|on\s+)?(prod(?:uction)?|test|lab|staging)\b(?!\s*(?:and|&|\/|or)\b)/i.exec(
      text,
    );
  const value = m ? systemAnswer(m[1]!) : undefined;
  return m && value ? { value, start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * Issue 21 §4: "SIP Server 9.0 prod drops calls and also WDE 8.5 freezes": the second problem, offered as a
 * case of its own, is on the system the message named, unless it names its own. "Two things, both Medium:
 * 1) … 2) …": a level said of all of them is the second one's too, unless it says its own ("the first one is
 * high" is said of the first alone).
 */
export function withFactsCarried(issue: string, text: string, system: string | undefined): string {
  // Each on a line of its own, so a level said last ("…, low") stays the last thing of its line.
  const withSystem =
    !system || readSystem(issue).value
      ? issue
      : `${issue}\n(${system === 'production' ? 'production' : 'test system'})`;
  if (readSeverity(issue).value) return withSystem;
  const level = severityByName(text, issue) ?? severitySaidOfAll(text);
  return level ? `${withSystem}\n(severity ${level.value.replace(/-/g, ' ')})` : withSystem;
}

/** "both Medium", "high for all of them": a level said of every problem of the message. */
function severitySaidOfAll(text: string) {
  for (const re of SHARED_SEVERITY.slice(0, 2)) {
    const m = re.exec(text);
    if (m) return found(m, m[1]!);
  }
  return undefined;
}
