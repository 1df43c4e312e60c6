/**
 * The slot models measured across writers (issue 21): for each blind writer group, both models are trained
 * without it and the reader's businessImpact and questions are scored on it — the rules alone, with the
 * veto, with the veto and the additions — per threshold. The honest estimate of a writer never seen.
 */

import type { MessageReader } from '../../src/domain/understanding/port.ts';
import type { Reading } from '../../src/domain/understanding/reading.ts';
import type { IntentModel } from '../../src/domain/understanding/statistical/classifier.ts';
import { trainIntentModel } from '../../src/domain/understanding/statistical/classifier.ts';
import { type SlotOpinionOptions, secondOpinion } from '../../src/domain/understanding/statistical/slot-opinion.ts';
import { contextFor, loadPart } from '../eval/understanding/understanding-corpus.ts';
import { type Counts, type LabelledMessage, slotMatches } from '../eval/understanding/understanding-messages.ts';
import { WRITER_GROUPS } from '../intent-model/writers.ts';
import { SLOT_TRAINING } from './build.ts';
import { impactExamples, questionExamples } from './examples.ts';

export const SLOTS = ['businessImpact', 'questions'] as const;
export type ModelSlot = (typeof SLOTS)[number];

export interface HeldOutGroup {
  name: string;
  messages: LabelledMessage[];
  readings: Reading[];
  impactModel: IntentModel;
  questionModel: IntentModel;
}

/** Every blind group with its messages read by the reader and both models trained without it. */
export function heldOutGroups(reader: MessageReader, classWeighting: number): HeldOutGroup[] {
  const dev = loadPart('dev')!.messages;
  const options = { ...SLOT_TRAINING, classWeighting };
  return WRITER_GROUPS.filter((g) => g.blind).map((g) => {
    const messages = dev.filter((m) => g.holds(m.id));
    const training = dev.filter((m) => !g.holds(m.id));
    return {
      name: g.name,
      messages,
      readings: messages.map((m) => reader.read(m.text, contextFor(m))),
      impactModel: trainIntentModel(impactExamples(training), options),
      questionModel: trainIntentModel(questionExamples(training), options),
    };
  });
}

/** One slot's counts on a group's messages with the second opinion's thresholds (none set: the reader alone). */
export function countSlot(
  group: HeldOutGroup,
  slot: ModelSlot,
  thresholds: Omit<SlotOpinionOptions, 'impactModel' | 'questionModel'>,
): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  group.messages.forEach((m, i) => {
    const reading = secondOpinion(group.readings[i]!, m.text, contextFor(m), {
      ...thresholds,
      impactModel: group.impactModel,
      questionModel: group.questionModel,
    });
    const read = reading.slots[slot]?.value;
    const want = m.expect.slots[slot];
    if (want === undefined && read === undefined) return;
    if (want !== undefined && read !== undefined && slotMatches(slot, read, want)) c.tp++;
    else {
      if (read !== undefined) c.fp++;
      if (want !== undefined) c.fn++;
    }
  });
  return c;
}
