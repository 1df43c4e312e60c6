/**
 * What the statistical fallback sees of a message (issue 21): stemmed words and word pairs, character
 * n-grams inside words (so "status" and a typo like "staus" share something), numbers by their shape (a
 * case number, a version), the fact of the context that changes what the same words ask for (written
 * in a case's thread), and what carries to a writer whose words it never saw: the form of a question and
 * each word's cluster of near meaning (word-senses.ts; measured across writers, npm run eval:intent-model
 * -- --by-writer).
 */
import { stemmer } from 'stemmer';
import { clusterFeatures, questionForm } from './word-senses.ts';

/** Quoted history ("> …") and the "On … wrote:" line above it: not what the contact says now. */
const QUOTED = /^\s*>.*$|^\s*on\s.{0,120}\bwrote:\s*$/gim;

/** Numbers by their shape: the words around them matter, the digits do not. */
function shapeNumbers(text: string): string {
  return text
    .replace(/\b\d{8}\b/g, ' casenumber ')
    .replace(/\b\d+(?:\.\d+)+\b/g, ' versionnumber ')
    .replace(/\b\d+\b/g, ' anumber ');
}

export function words(text: string): string[] {
  const plain = shapeNumbers(text.replace(QUOTED, ' ').toLowerCase()).replace(/[’`]/g, "'");
  return plain.match(/[\p{L}][\p{L}']*/gu)?.map((w) => w.replace(/'s?$/, '')) ?? [];
}

export interface FeatureContext {
  inCaseThread: boolean;
}

/** A new mail's subject says what it is about ("Status of case 01000004?"); a reply's subject is the thread's. */
export function withSubject(text: string, subject: string | undefined): string {
  return subject && !/^\s*(?:re|aw|sv|fw|fwd|wg|tr|antw)\s*:/i.test(subject) ? `${subject}\n\n${text}` : text;
}

const CHAR_GRAMS = [4] as const;

/** Every feature of one message, each once (presence, not counts: short and long messages weigh alike). */
export function featuresOf(text: string, context: FeatureContext): string[] {
  const own = text.replace(QUOTED, ' ');
  return [...wordFeatures(text, context), ...questionForm(own, words), ...clusterFeatures(words(own))];
}

/** The features of the first fallback (round 11): words, pairs, character 4-grams and the context. */
export function wordFeatures(text: string, context: FeatureContext): string[] {
  const ws = words(text);
  const stems = ws.map((w) => stemmer(w));
  const out = new Set<string>();
  for (const s of stems) out.add(`w:${s}`);
  for (let i = 1; i < stems.length; i++) out.add(`b:${stems[i - 1]}_${stems[i]}`);
  for (const w of ws) {
    const padded = `<${w}>`;
    for (const n of CHAR_GRAMS) for (let i = 0; i + n <= padded.length; i++) out.add(`c:${padded.slice(i, i + n)}`);
  }
  if (context.inCaseThread) out.add('x:thread');
  if (/\?\s*$/.test(text.trim())) out.add('x:question');
  out.add(`x:len${Math.min(4, Math.floor(Math.log2(1 + ws.length)))}`);
  return [...out];
}
