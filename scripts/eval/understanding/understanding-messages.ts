/**
 * The message half of the understanding evaluation (issue 21): every labelled message of the corpus read
 * by the reader, compared slot by slot and intent by intent. Free-text slots match when the value read
 * contains the labelled phrase; the others match exactly (lists as sets).
 */
import type { MessageReader, ReadContext } from '../../../src/domain/understanding/port.ts';
import { INTENTS, SLOT_NAMES, type SlotName } from '../../../src/domain/understanding/reading.ts';

export interface LabelledMessage {
  id: string;
  style?: string;
  channel: 'slack' | 'email';
  from: string;
  context: { caseThread: string | null; asked: string | null };
  subject: string | null;
  text: string;
  expect: { intents: string[]; slots: Record<string, unknown> };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface MessageReport {
  intents: Record<string, Counts>;
  slots: Record<string, Counts>;
  mainIntentRight: number;
  total: number;
  failures: Array<{ id: string; text: string; problems: string[] }>;
}

const CONTAINS: ReadonlySet<string> = new Set([
  'description',
  'circumstances',
  'businessImpact',
  'shipTo',
  'reason',
  'release',
  'os',
]);

/** Lower case, quotes and runs of spaces as one space: how a free-text label is found in what was read. */
export const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u2019'"`]+/g, ' ')
    .trim();

export function slotMatches(name: string, read: unknown, expected: unknown): boolean {
  if (CONTAINS.has(name)) return typeof read === 'string' && squash(read).includes(squash(String(expected)));
  if (Array.isArray(expected)) {
    const key = (v: unknown) => JSON.stringify(v);
    const a = new Set((Array.isArray(read) ? read : []).map(key));
    const b = new Set(expected.map(key));
    return a.size === b.size && [...b].every((v) => a.has(v));
  }
  if (typeof expected === 'string' && typeof read === 'string') return read.toLowerCase() === expected.toLowerCase();
  return read === expected;
}

export type ContextFor = (m: LabelledMessage) => ReadContext;

export function evaluateMessages(
  messages: readonly LabelledMessage[],
  reader: MessageReader,
  contextFor: ContextFor,
): MessageReport {
  const intents = Object.fromEntries(INTENTS.map((i) => [i, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Counts>;
  const slots = Object.fromEntries(SLOT_NAMES.map((s) => [s, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Counts>;
  const report: MessageReport = { intents, slots, mainIntentRight: 0, total: messages.length, failures: [] };
  for (const m of messages) {
    const reading = reader.read(m.text, contextFor(m));
    const problems: string[] = [];
    const predicted = new Set(reading.intents.filter((i) => i.confidence >= 0.5).map((i) => i.intent as string));
    const expected = new Set(m.expect.intents);
    if (reading.intents[0]?.intent === m.expect.intents[0]) report.mainIntentRight++;
    else problems.push(`main intent ${reading.intents[0]?.intent} ≠ ${m.expect.intents[0]}`);
    for (const intent of new Set([...predicted, ...expected])) {
      intents[intent] ??= { tp: 0, fp: 0, fn: 0 };
      const c = intents[intent];
      if (predicted.has(intent) && expected.has(intent)) c.tp++;
      else if (predicted.has(intent)) {
        c.fp++;
        problems.push(`intent ${intent} read, not labelled`);
      } else {
        c.fn++;
        problems.push(`intent ${intent} labelled, not read`);
      }
    }
    for (const name of SLOT_NAMES) {
      if (name === 'licenseFields') continue;
      const read = reading.slots[name as SlotName]?.value;
      const want = m.expect.slots[name];
      const c = slots[name]!;
      if (want === undefined && read === undefined) continue;
      if (want !== undefined && read !== undefined && slotMatches(name, read, want)) {
        c.tp++;
        continue;
      }
      if (read !== undefined) c.fp++;
      if (want !== undefined) c.fn++;
      problems.push(`${name}: read ${JSON.stringify(read)}, labelled ${JSON.stringify(want)}`);
    }
    if (problems.length > 0) report.failures.push({ id: m.id, text: m.text, problems });
  }
  return report;
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
