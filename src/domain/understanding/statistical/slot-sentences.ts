/**
 * What the slot models (issue 21) see: the message's own sentences, one at a time — a business impact or
 * a policy question is told in one sentence, and the other sentences of a long mail would only drown it.
 * The same function cuts the training corpus and the message read, so both see the same pieces.
 */
import { extractReply } from '../../email/extract-reply.ts';
import { normalise, sentences } from '../text.ts';
import { featuresOf, withSubject } from './features.ts';

export interface SlotSentence {
  text: string;
  /** Its features: the intent model's (words, pairs, character 4-grams, question form, word clusters) and its place. */
  features: string[];
}

/** The sentences the contact writes now: a new mail's subject first, quoted history left out. */
export function slotSentences(text: string, subject: string | undefined): SlotSentence[] {
  const own = extractReply(text).withoutQuotes.trim() || text;
  const pieces = sentences(normalise(withSubject(own, subject)));
  return pieces.map((p, i) => ({
    text: p.text,
    features: [...featuresOf(p.text, { inCaseThread: false }), ...placeOf(i, pieces.length)],
  }));
}

/** The first sentence opens a mail (a greeting, a subject), the last often closes it (thanks, a question). */
function placeOf(index: number, count: number): string[] {
  const out: string[] = [];
  if (index === 0) out.push('p:first');
  if (index === count - 1) out.push('p:last');
  if (count === 1) out.push('p:only');
  return out;
}
