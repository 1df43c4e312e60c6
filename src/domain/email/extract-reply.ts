import { findPinMentions } from '../pin-text.ts';
import {
  ATTRIBUTION_ADDRESS_AT_END,
  ATTRIBUTION_VERB_AT_END,
  DISCLAIMER_TERMS,
  HEADER_BLOCK_FIELD,
  HEADER_BLOCK_FROM,
  INLINE_IMAGE_PLACEHOLDER,
  MOBILE_SIGNATURE,
  ORIGINAL_MESSAGE_SEPARATOR,
  QUOTED_LINE,
  RULE_LINE,
  SIGNATURE_SEPARATOR,
  VALEDICTION,
} from './reply-patterns.ts';

export interface ExtractedReply {
  /** The new content: quoted history and signatures removed, trailing blanks trimmed per line and overall. */
  text: string;
  /** Quoted history removed, signatures kept, lines untouched (what talon calls the visible reply). */
  withoutQuotes: string;
}

const MAX_HEADER_LINES = 3;
const MAX_HEADER_LENGTH = 400;
const HEADER_BLOCK_REACH = 5;
const MAX_SIGNATURE_LINES = 8;
/**
 * A signature tail is read this far and no further: a disclaimer paragraph's first 40 lines, 6 disclaimers. Each
 * closing line reads the tail below it; unbounded, a body of "Thanks," lines (or of closings between disclaimer
 * paragraphs) was read again from each of them — 200,000 characters held the mail channel 17 s (red team round 15).
 */
const MAX_PARAGRAPH_LINES = 40;
const MAX_DISCLAIMERS = 6;

/**
 * Strip quoted history and signatures from a plain-text mail body.
 *
 * | what is found (first occurrence wins)                         | effect                        |
 * |---------------------------------------------------------------|-------------------------------|
 * | "On … wrote:" / "Am … schrieb …:" / "<date> <name> <addr>:"   | cut there (may span 3 lines)  |
 * | "-----Original Message-----" and translations, forwards       | cut there                     |
 * | "From:" (any language) followed by "Sent:/Date:/To:…"         | cut there                     |
 * | lines starting with ">"                                       | dropped (inline replies kept) |
 * | "-- ", "__", "Sent from my …", a closing "Regards," block     | cut for `text` only           |
 */
export function extractReply(body: string): ExtractedReply {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const { start, span } = findQuoteStart(lines);
  let kept = dropQuotedLines(lines.slice(0, start));
  // Bottom posting: nothing above the attribution, the answer sits below the quote.
  if (kept.every((l) => l.trim() === '') && span > 0) kept = dropQuotedLines(lines.slice(start + span));
  const withoutQuotes = trimRuleLines(kept)
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd();
  const signatureStart = findSignatureStart(kept);
  const unsigned = kept
    .slice(0, signatureStart)
    .filter((line) => !INLINE_IMAGE_PLACEHOLDER.test(line))
    .map((line) => line.trimEnd());
  // A PIN is never signature: many contacts keep theirs under their name, and it is what verifies them.
  const pinLines = kept.slice(signatureStart).filter((line) => findPinMentions(line).length > 0);
  const text = [...trimRuleLines(unsigned), ...pinLines.map((line) => line.trim())]
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd();
  return { text, withoutQuotes };
}

/**
 * Where quoted history starts (the line count when there is none); `span` > 0 only for an attribution
 * line, whose quote may come before the answer. `from`: the line to look from (a later mail of a chain).
 */
export function findQuoteStart(lines: string[], from = 0): { start: number; span: number } {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || QUOTED_LINE.test(line)) continue;
    if (ORIGINAL_MESSAGE_SEPARATOR.test(line) || isHeaderBlockStart(lines, i)) return { start: i, span: 0 };
    const span = attributionSpan(lines, i);
    if (span > 0) return { start: i, span };
  }
  return { start: lines.length, span: 0 };
}

/** How many lines (1..3) the attribution starting at `start` spans, or 0 when there is none. */
function attributionSpan(lines: string[], start: number): number {
  for (let span = 1; span <= MAX_HEADER_LINES && start + span <= lines.length; span++) {
    const window = lines.slice(start, start + span);
    // A lone ">:" is the wrapped end of "<address\n>:", not a quote.
    if (span > 1 && window.some((l) => l.trim() === '' || (QUOTED_LINE.test(l) && !/^\s*>\s*:\s*$/.test(l)))) return 0;
    if (span > 1 && /[.!?]\s*$/.test(window[0]!)) return 0;
    if (isAttribution(window) && (opensBracket(window[0]!) || !laterLinesAloneAreAttribution(window))) return span;
  }
  return precedesQuote(lines, start) ? 1 : 0;
}

function isAttribution(window: string[]): boolean {
  const joined = window
    .map((l) => l.trim())
    .join(' ')
    .replace(/<\s+/g, '<')
    .replace(/\s+>/g, '>');
  if (joined.length > MAX_HEADER_LENGTH || !/\d/.test(joined)) return false;
  if (/^>/.test(joined)) return false;
  return ATTRIBUTION_VERB_AT_END.test(joined) || ATTRIBUTION_ADDRESS_AT_END.test(joined);
}

/** A two-line window only counts when the attribution really starts on its first line. */
function laterLinesAloneAreAttribution(window: string[]): boolean {
  for (let from = 1; from < window.length; from++) {
    if (isAttribution(window.slice(from))) return true;
  }
  return false;
}

/** "… The Hiring Engine <" continues on the next line, whatever that line looks like alone. */
function opensBracket(line: string): boolean {
  const count = (c: string) => line.split(c).length - 1;
  return count('<') > count('>') || count('(') > count(')');
}

/** A line naming an address, directly above a ">" block, is an attribution even when truncated ("… wro"). */
function precedesQuote(lines: string[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && QUOTED_LINE.test(next) && /@/.test(lines[i]!) && /\d/.test(lines[i]!);
}

function isHeaderBlockStart(lines: string[], i: number): boolean {
  if (!HEADER_BLOCK_FROM.test(lines[i]!)) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + HEADER_BLOCK_REACH); j++) {
    if (HEADER_BLOCK_FIELD.test(lines[j]!)) return true;
  }
  return false;
}

function dropQuotedLines(lines: string[]): string[] {
  return lines.filter((line) => !QUOTED_LINE.test(line));
}

/**
 * Where the signature starts (the line count when there is none). `names`: the sender's names as the
 * directory knows them ("Ana Ruiz", "Ana"); a line that is one of them, with only short lines under it,
 * starts the signature even without a closing above it.
 */
export function findSignatureStart(lines: string[], names: readonly string[] = []): number {
  // A closing or a disclaimer is a signature only below something said: "Thanks!" alone is the message.
  let said = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (i > 0 && SIGNATURE_SEPARATOR.test(line)) return i;
    if (MOBILE_SIGNATURE.test(line)) return i;
    if (said && VALEDICTION.test(line.trim()) && isSignatureTail(lines, i + 1, { named: true })) return i;
    if (said && isNameLine(line, names) && isSignatureTail(lines, i + 1)) return i;
    if (said && startsParagraph(lines, i, 0) && isDisclaimer(paragraphAt(lines, i)) && isSignatureTail(lines, i))
      return i;
    said ||= line.trim() !== '';
  }
  return lines.length;
}

/**
 * What may follow a closing: a name block (a few short lines: name, title, company, phones, address) and
 * legal disclaimers, nothing else — no question, no "P.S.". `named`: the block must be there (a closing
 * with nothing under it, "Thanks!", is part of the message).
 */
function isSignatureTail(lines: string[], from: number, options: { named?: boolean } = {}): boolean {
  let blockLines = 0;
  let disclaimers = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (startsParagraph(lines, i, from) && isDisclaimer(paragraphAt(lines, i))) {
      if (++disclaimers > MAX_DISCLAIMERS) return false;
      const last = Math.min(lines.length, i + MAX_PARAGRAPH_LINES) - 1;
      while (i < last && lines[i + 1]!.trim() !== '') i++;
      continue;
    }
    if (line.length > 60 || /[?？]$/u.test(line) || /^p\.?\s?s\b\.?/iu.test(line)) return false;
    if (++blockLines > MAX_SIGNATURE_LINES) return false;
  }
  return blockLines > 0 || !options.named;
}

/** "Ana Ruiz", "Ana", "Ana Ruiz | Telephony Platform Owner", "- Ana": the sender signing with their name. */
function isNameLine(line: string, names: readonly string[]): boolean {
  const signed = line
    .split(/[|,·•–—]/u)[0]!
    .replace(/^[\s\-–—~*]+|[\s.!]+$/gu, '')
    .toLowerCase();
  return signed !== '' && names.some((name) => name.toLowerCase() === signed);
}

/** A paragraph starts at `i` when its line follows a blank one, or opens what is read (`from`). */
function startsParagraph(lines: string[], i: number, from: number): boolean {
  return lines[i]!.trim() !== '' && (i === from || lines[i - 1]!.trim() === '');
}

/** The paragraph from line `i`, its first MAX_PARAGRAPH_LINES lines at most. */
function paragraphAt(lines: string[], i: number): string {
  let end = i + 1;
  while (end < lines.length && end < i + MAX_PARAGRAPH_LINES && lines[end]!.trim() !== '') end++;
  return lines.slice(i, end).join(' ');
}

/** A paragraph with two different disclaimer terms ("confidential … intended recipient"). */
function isDisclaimer(paragraph: string): boolean {
  return DISCLAIMER_TERMS.filter((term) => term.test(paragraph)).length >= 2;
}

/** Drop blank and rule-only lines left dangling at the end (the "____" above an Outlook header). */
function trimRuleLines(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1]!.trim() === '' || RULE_LINE.test(lines[end - 1]!.trim()))) end--;
  return lines.slice(0, end);
}
