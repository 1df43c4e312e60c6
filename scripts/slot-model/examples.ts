/**
 * The slot models' training examples (issue 21): every sentence of the labelled development corpus, told
 * by the labels which sentence carries the slot. The business impact label is a phrase of the message: the
 * sentences it overlaps are `impact`, the others `other`. The questions label is a set of topics for the
 * whole message: a sentence where the rules read one of them carries it; a topic left over goes to the
 * message's questions by form when it is the only one left; a sentence that cannot be told is left out.
 */

import { isQuestion, readTopics } from '../../src/domain/understanding/questions.ts';
import type { Example } from '../../src/domain/understanding/statistical/classifier.ts';
import { IMPACT_CLASS, NO_TOPIC } from '../../src/domain/understanding/statistical/slot-opinion.ts';
import { type SlotSentence, slotSentences } from '../../src/domain/understanding/statistical/slot-sentences.ts';
import { type LabelledMessage, squash } from '../eval/understanding/understanding-messages.ts';

function sentencesOf(m: LabelledMessage): SlotSentence[] {
  return slotSentences(m.text, m.context.asked ? undefined : (m.subject ?? undefined));
}

/** Whether a sentence holds part of the labelled phrase (its start or its end at least). */
export function overlaps(sentence: string, phrase: string): boolean {
  const s = squash(sentence);
  const p = squash(phrase);
  if (s.length < 3 || p.length < 3) return false;
  const edge = Math.min(20, p.length);
  return s.includes(p) || p.includes(s) || s.includes(p.slice(0, edge)) || s.includes(p.slice(-edge));
}

export function impactExamples(messages: readonly LabelledMessage[]): Example[] {
  const out: Example[] = [];
  for (const m of messages) {
    const pieces = sentencesOf(m);
    const label = m.expect.slots.businessImpact;
    if (typeof label !== 'string') {
      for (const p of pieces) out.push({ features: p.features, label: 'other' });
      continue;
    }
    const carrying = pieces.map((p) => overlaps(p.text, label));
    // A label the sentences cannot be matched to (a typo corrected in the label) teaches nothing.
    if (!carrying.some(Boolean)) continue;
    pieces.forEach((p, i) => {
      out.push({ features: p.features, label: carrying[i] ? IMPACT_CLASS : 'other' });
    });
  }
  return out;
}

export function questionExamples(messages: readonly LabelledMessage[]): Example[] {
  const out: Example[] = [];
  for (const m of messages) {
    const pieces = sentencesOf(m);
    const topics = (m.expect.slots.questions as string[] | undefined) ?? [];
    const labels: Array<string | undefined> = pieces.map(() => (topics.length === 0 ? NO_TOPIC : undefined));
    const left = new Set(topics);
    pieces.forEach((p, i) => {
      const found = readTopics([{ text: p.text, start: 0, end: p.text.length }]).find((t) => topics.includes(t));
      if (found) {
        labels[i] = found;
        left.delete(found);
      }
    });
    if (left.size === 1) {
      const [topic] = left;
      pieces.forEach((p, i) => {
        if (labels[i] === undefined && (isQuestion(p.text) || p.text.includes('?'))) labels[i] = topic;
      });
    }
    // Every topic placed: the sentences left ask nothing. Otherwise they cannot be told apart: left out.
    const placed = topics.every((t) => labels.includes(t));
    pieces.forEach((p, i) => {
      const label = labels[i] ?? (placed ? NO_TOPIC : undefined);
      if (label) out.push({ features: p.features, label });
    });
  }
  return out;
}
