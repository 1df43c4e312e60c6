/**
 * Text helpers shared by the slot readers: one normal form (same length as the input, so spans hold),
 * sentences by the built-in Intl.Segmenter, and clause boundaries.
 */

import { overlappingMatchesOf } from '../regexp-matches.ts';

/** Curly quotes and odd spaces to plain ones, one character for one, so every span stays valid. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\r/g, '\n');
}

export interface Piece {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATION =
  /\b(?:ver|vers|v|approx|appr|ca|no|nr|e\.g|i\.e|incl|av|ave|st|rd|inc|ltd|corp|dept|ref|tel|ph|mr|mrs|ms|dr)\.$/i;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Sentences, and lines as sentences of their own (labelled forms, lists). Intl.Segmenter splits after
 * "ver. 8.5"-like abbreviations now and then; a piece of fewer than three characters joins its neighbour.
 */
export function sentences(text: string): Piece[] {
  // One message's sentences are asked for several times by one reading (issues, description, questions):
  // split once, a copy of the pieces to each caller.
  if (lastSplit?.text !== text) lastSplit = { text, pieces: splitSentences(text) };
  return lastSplit.pieces.map((p) => ({ ...p }));
}

let lastSplit: { text: string; pieces: readonly Piece[] } | undefined;

function splitSentences(text: string): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const s of casualSentences(line)) {
      const trimmed = s.segment.trim();
      if (!trimmed) continue;
      const start = offset + s.index + s.segment.indexOf(trimmed);
      const previous = pieces.at(-1);
      // "ver. 8.5.1", "approx. 40 agents", "Av. Paulista": a sentence does not end at an abbreviation.
      const afterAbbreviation = previous !== undefined && ABBREVIATION.test(previous.text) && previous.end >= start - 1;
      if (previous && (trimmed.length < 3 || afterAbbreviation) && previous.end >= start - 1) {
        previous.text += ` ${trimmed}`;
        previous.end = start + trimmed.length;
        continue;
      }
      pieces.push({ text: trimmed, start, end: start + trimmed.length });
    }
    offset += line.length + 1;
  }
  return pieces;
}

/**
 * Intl.Segmenter's sentences, split again where a casual writer starts the next one in lower case
 * ("… since the migration. what is your response time …?"), but not after an abbreviation ("e.g. the").
 */
function casualSentences(line: string): Array<{ segment: string; index: number }> {
  const out: Array<{ segment: string; index: number }> = [];
  for (const s of segmenter.segment(line)) {
    let from = 0;
    for (const m of s.segment.matchAll(/(?=\s)(?<=[a-z0-9)'"][.!?]+)\s+(?=[a-z])|(?<=\?)\s+(?=[-–—]+\s+[a-z])/g)) {
      const head = s.segment.slice(from, m.index);
      if (ABBREVIATION.test(head) || /(?:^|\s)(?:\w|etc|vs|cf|resp|\w\.\w)\.$/i.test(head)) continue;
      out.push({ segment: head, index: s.index + from });
      from = m.index + m[0].length;
    }
    out.push({ segment: s.segment.slice(from), index: s.index + from });
  }
  return out;
}

/** Where a clause that starts at `from` ends: a sentence stop, a semicolon, a dash aside, or "but". */
export function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const stop =
    /(?:[.!?](?=\s|$)|;|\n|\s[-–—]\s|,\s*(?:but|and\s+(?:now|also|it|we|the|this|about|around|so)|severity|sev|priority|prio|impact|about|around|approx\w*|roughly|nearly|over|all|half|\d+\s+\w+\s+(?:are|is|can|cannot|can't|affected)|(?:on\s+|in\s+)?(?:production|prod|test|lab)\b|please|pls|thanks)\b|\s(?:but|so\s+that|which\s+means)\s|\s[|/]\s)/i.exec(
      rest,
    );
  return stop ? from + stop.index : text.length;
}

/** Trims a phrase of leading/trailing punctuation and connectives. */
export function tidy(phrase: string): string {
  return phrase
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/[\s,;:–—-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [];
}

/** Every match of a global pattern, overlapping ones included (a match may start inside another). */
export function allMatches(text: string, re: RegExp): Generator<RegExpExecArray> {
  // Searched with a copy of the pattern made once, not on every call (regexp-matches.ts).
  return overlappingMatchesOf(text, re);
}
