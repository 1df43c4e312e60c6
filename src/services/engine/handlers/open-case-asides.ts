/**
 * What happens inside a case dialogue that is not an answer (issue 21 §2, §11): a policy question, the
 * status of another case, a manager for another case — handled on its own, after which the dialogue
 * resumes; an answer that is not plausible for the question is said so, and the question asked again.
 */
import type { DraftField } from '../../../domain/cases/required-info.ts';
import { hasIntent, type Intent, mainIntent, type Reading } from '../../../domain/understanding/reading.ts';
import type { Turn } from '../turn.ts';
import { routeIntent } from './route.ts';

/** Requests answered in passing; the dialogue goes on afterwards. */
const ASIDES: ReadonlySet<Intent> = new Set([
  'question',
  'release-type',
  'download',
  'case-status',
  'my-cases',
  'management-attention',
  'close-case',
  'pin',
]);

/**
 * "It works again, please close the case" while the case is still being gathered: the contact no longer
 * wants it. Read as the answer to "what led to the problem?" it started the clock and told staff of a
 * case its contact had asked to close (red team round 12); it is withdrawn as on "cancel" instead. Only a
 * request to close no case but this one: "close case N" of another case stays an aside.
 */
export function closesTheDraft(reading: Reading, draftNumber: string | undefined): boolean {
  if (!hasIntent(reading, 'close-case')) return false;
  return (reading.slots.caseNumbers?.value ?? []).every((n) => n === draftNumber);
}

export function isAside(reading: Reading): boolean {
  const main = mainIntent(reading);
  if (hasIntent(reading, 'answer')) return false;
  if (main === 'severity-change') return reading.slots.caseNumbers !== undefined;
  return ASIDES.has(main);
}

/**
 * "Do you mean what changed? We ran a failover test on Sunday. Also, how fast do you answer a Medium?": an
 * answer to our question with a question about the rules beside it. Both are taken: the question is
 * answered in passing, and the answer goes into the draft.
 */
export function asksBesideAnswer(reading: Reading): boolean {
  const main = mainIntent(reading);
  return hasIntent(reading, 'answer') && (main === 'question' || main === 'release-type');
}

export async function handleAside(turn: Turn, text: string, reading: Reading): Promise<void> {
  const draftCase = turn.caseRow;
  const dialogue = turn.dialogue;
  await routeIntent(turn, mainIntent(reading), text, reading);
  // The aside may have looked at another case; the dialogue is about the draft.
  turn.caseRow = draftCase;
  turn.setDialogue(dialogue);
}

const FIELD_NAMES: Record<DraftField, string> = {
  description: 'description of the problem',
  product: 'product',
  version: 'version',
  system: 'system',
  severity: 'severity',
  circumstances: 'circumstances (what led to the problem)',
  businessImpact: 'business impact',
};

/** "I could not take "yes" as the circumstances." — said before the question is asked again. */
export function notPlausiblePreface(
  turn: Turn,
  text: string,
  _reading: Reading,
  unanswered: readonly DraftField[],
): string | undefined {
  const field = unanswered[0];
  if (!field || !text.trim()) return undefined;
  return turn.ctx.templates.render('answer-not-plausible', {
    answer: text.trim().slice(0, 60),
    field: FIELD_NAMES[field],
  });
}

/** The product chosen among those offered: its name, its number, or "yes" to a single choice. */
export function choiceFrom(text: string, choices: readonly string[]): string | undefined {
  const t = text.trim().toLowerCase();
  const index = Number.parseInt(t, 10);
  if (Number.isInteger(index) && index >= 1 && index <= choices.length) return choices[index - 1];
  const named = choices.filter((c) => t.includes(c.toLowerCase()));
  if (named.length === 1) return named[0];
  if (choices.length === 1 && /^(?:y|yes|yeah|yep|correct|right|exactly|that'?s\s+it|that\s+one)\b/.test(t))
    return choices[0];
  return undefined;
}
