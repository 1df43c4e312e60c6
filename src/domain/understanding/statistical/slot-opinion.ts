/**
 * A statistical second opinion on two slots the rules over-read on writers they never saw (issue 21): the
 * business impact (a symptom, a severity word or a measure read as what the problem costs) and the policy
 * questions (a rhetorical aside or a polite opening read as a question). Two sentence classifiers trained
 * on the labelled corpus (npm run build:slot-model) score every sentence of the message:
 * - a **veto** drops a reading of the rules' prose the model finds very unlikely;
 * - an **addition** takes a reading the rules missed where the model is very sure.
 * What a labelled line ("Impact: …") or an answer to our question says is the contact's own word and is
 * never second-guessed. Thresholds are chosen across writers (npm run eval:slot-model).
 */
import { measuresCost } from '../impact.ts';
import type { MessageReader, ReadContext } from '../port.ts';
import { readTopics } from '../questions.ts';
import { QUESTION_TOPICS, type QuestionTopic, type Reading } from '../reading.ts';
import { tidy } from '../text.ts';
import { classify, type IntentModel } from './classifier.ts';
import { type SlotSentence, slotSentences } from './slot-sentences.ts';

export interface SlotOpinionOptions {
  /** Classes `impact` and `other`: is this sentence what the problem costs? */
  impactModel: IntentModel;
  /** Classes the question topics and `none`: which policy question does this sentence ask, if any? */
  questionModel: IntentModel;
  /** A rules' impact read from prose whose clause scores below this is dropped (none: never). */
  impactVeto?: number;
  /** With no impact read, a sentence of a problem report scoring this or more is taken (none: never). */
  impactAdd?: number;
  /** A topic the rules read from prose that no sentence gives this probability is dropped. */
  questionVeto?: number;
  /** A topic some sentence gives this probability, missed by the rules, is added. */
  questionAdd?: number;
}

/** Below what the rules give an impact or a topic they read (0.6 and up): a reading by the model. */
export const MODEL_SLOT_CONFIDENCE = 0.55;

export const IMPACT_CLASS = 'impact';

/** No question model: every sentence asks nothing, and without questionVeto/questionAdd it is never consulted. */
export const NO_QUESTION_MODEL: IntentModel = { classes: ['none'], bias: [0], weights: {} };
export const NO_TOPIC = 'none';

export function withSlotOpinion(reader: MessageReader, options: SlotOpinionOptions): MessageReader {
  return { read: (text, context) => secondOpinion(reader.read(text, context), text, context, options) };
}

export function secondOpinion(
  reading: Reading,
  text: string,
  context: ReadContext,
  options: SlotOpinionOptions,
): Reading {
  const pieces = slotSentences(text, context.asked?.length ? undefined : context.subject);
  if (pieces.length === 0) return reading;
  const slots = { ...reading.slots };
  reviewImpact(slots, reading, pieces, context, options);
  reviewQuestions(slots, pieces, options);
  return { ...reading, slots };
}

function reviewImpact(
  slots: Reading['slots'],
  reading: Reading,
  pieces: readonly SlotSentence[],
  context: ReadContext,
  options: SlotOpinionOptions,
): void {
  const impact = slots.businessImpact;
  if (impact) {
    if (impact.source !== 'text' || options.impactVeto === undefined) return;
    // The clause read, not its whole sentence: "please escalate N — the end user is threatening to leave
    // us" is an escalation sentence holding an impact clause. Across writers, scoring the clause vetoed
    // fewer true impacts than scoring the sentence (npm run eval:slot-model).
    if (impactProbability(options.impactModel, slotSentences(impact.value, undefined)) < options.impactVeto)
      delete slots.businessImpact;
    return;
  }
  if (options.impactAdd === undefined || !tellsProblem(reading, context)) return;
  let best: { piece: SlotSentence; p: number } | undefined;
  const symptom = reading.slots.description?.value;
  for (const piece of pieces) {
    // The sentence that tells the problem is its symptom, not its cost, unless it counts or prices one:
    // taken as the impact, it would also keep the real one, said next, out of the case.
    if (symptom && piece.text.includes(symptom) && !measuresCost(piece.text)) continue;
    const p = impactProbability(options.impactModel, [piece]);
    if (!best || p > best.p) best = { piece, p };
  }
  if (best && best.p >= options.impactAdd)
    slots.businessImpact = { value: tidy(best.piece.text), confidence: MODEL_SLOT_CONFIDENCE, source: 'text' };
}

/** A problem told in a message standing on its own: where an impact belongs and the rules may have missed it. */
function tellsProblem(reading: Reading, context: ReadContext): boolean {
  if ((context.asked?.length ?? 0) > 0) return false;
  return reading.slots.description !== undefined;
}

function impactProbability(model: IntentModel, pieces: readonly SlotSentence[]): number {
  let best = 0;
  for (const piece of pieces) {
    const p = classify(model, piece.features).find((x) => x.label === IMPACT_CLASS)?.probability ?? 0;
    best = Math.max(best, p);
  }
  return best;
}

function reviewQuestions(slots: Reading['slots'], pieces: readonly SlotSentence[], options: SlotOpinionOptions): void {
  if (options.questionVeto === undefined && options.questionAdd === undefined) return;
  const asked = slots.questions;
  if (asked && asked.source !== 'text') return;
  const scored = pieces.map((piece) => ({ piece, predictions: classify(options.questionModel, piece.features) }));
  const kept = (asked?.value ?? []).filter(
    (t) => options.questionVeto === undefined || askingProbability(scored, t) >= options.questionVeto,
  );
  const added =
    options.questionAdd === undefined
      ? []
      : QUESTION_TOPICS.filter((t) => !asked?.value.includes(t) && topicProbability(scored, t) >= options.questionAdd!);
  const value = [...kept, ...added];
  if (value.length === 0) delete slots.questions;
  else if (asked) slots.questions = { ...asked, value };
  else slots.questions = { value, confidence: MODEL_SLOT_CONFIDENCE, source: 'text' };
}

type Scored = ReadonlyArray<{ piece: SlotSentence; predictions: ReturnType<typeof classify> }>;

/**
 * How likely the sentence the rules read a topic from asks a policy question at all (1 − P(none)): the
 * veto is on a question that is none (a rhetorical aside, a polite opening), not on which topic — telling
 * topics apart is what the rules do well (every sentence when the topic's sentence is not found).
 */
function askingProbability(scored: Scored, topic: QuestionTopic): number {
  const own = scored.filter((s) =>
    readTopics([{ text: s.piece.text, start: 0, end: s.piece.text.length }]).includes(topic),
  );
  let best = 0;
  for (const s of own.length > 0 ? own : scored)
    best = Math.max(best, 1 - (s.predictions.find((p) => p.label === NO_TOPIC)?.probability ?? 0));
  return best;
}

/** A topic's probability in the sentence that asks it likeliest. */
function topicProbability(scored: Scored, topic: QuestionTopic): number {
  let best = 0;
  for (const s of scored) best = Math.max(best, s.predictions.find((p) => p.label === topic)?.probability ?? 0);
  return best;
}
