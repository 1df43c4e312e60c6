/**
 * After the clock started (issue 21): the helpful fields — version, production or test/lab, business
 * impact — were asked once in the opening reply; an answer that comes later is added to the case, and the
 * analyst told. Anything else in the message is handled as usual.
 */
import { mergeIntoDraft } from '../../../domain/cases/merge-draft.ts';
import type { CaseDraft, DraftField } from '../../../domain/cases/required-info.ts';
import { announcesAnotherProblem } from '../../../domain/understanding/cues.ts';
import { hasIntent, mainIntent, type Reading } from '../../../domain/understanding/reading.ts';
import { getCaseById, updateCase } from '../../../store/case-store.ts';
import { caseAccessFor } from '../case-access.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { answerQuestions } from './answer-question.ts';
import { requestSeverityChange } from './severity-change.ts';

type DetailsDialogue = Extract<Dialogue, { kind: 'case-details' }>;

const LABEL: Record<DraftField, string> = {
  description: 'description',
  product: 'product',
  version: 'version',
  system: 'system',
  severity: 'severity',
  circumstances: 'circumstances',
  businessImpact: 'business impact',
};

/**
 * Our helpful questions lapse once the analyst has asked since (the case waits on the customer): the
 * contact's next message answers the analyst, is read as answering nothing of ours — logs sent on request
 * are no business impact — and goes to the case as news, which resumes its clock. They lapse too for a
 * message that announces another problem ("Separate issue while I have you: WFM 8.5 …"): its version is
 * the new problem's, not this case's answer.
 */
export async function lapseDetailsQuestions(turn: Turn, text: string): Promise<void> {
  const dialogue = turn.dialogue;
  if (dialogue.kind !== 'case-details') return;
  const caseRow = await getCaseById(turn.ctx.db, dialogue.caseId);
  if (caseRow?.state === 'waiting-on-customer' || announcesAnotherProblem(text)) turn.setDialogue(IDLE);
}

/** True when the message only answered the questions (nothing else to do with it). */
export async function takeCaseDetails(
  turn: Turn,
  dialogue: DetailsDialogue,
  text: string,
  reading: Reading,
): Promise<boolean> {
  turn.setDialogue(IDLE);
  const caseRow = await getCaseById(turn.ctx.db, dialogue.caseId);
  // Only a sender who may change the case adds to it, whoever's dialogue this is (issue 18 §2).
  if (!caseRow || caseRow.state === 'closed' || !caseAccessFor(turn, caseRow, 'update').allowed) return false;
  const current: CaseDraft = {
    ...(caseRow.version ? { version: caseRow.version } : {}),
    ...(caseRow.system ? { system: caseRow.system as 'production' } : {}),
    ...(caseRow.businessImpact ? { businessImpact: caseRow.businessImpact } : {}),
    ...(caseRow.description ? { description: caseRow.description } : {}),
    ...(caseRow.circumstances ? { circumstances: caseRow.circumstances } : {}),
    severity: (caseRow.severity ?? undefined) as CaseDraft['severity'],
    product: caseRow.product ?? undefined,
  };
  const { draft, changed } = mergeIntoDraft(current, reading, text, dialogue.asked);
  // A correction of the system ("it is production, not test") is taken too; a new severity goes through
  // the severity change (targets restart, the analyst told).
  // An account of what led to the problem completes a circumstance that only said when it began.
  const added = changed.filter((f) => dialogue.asked.includes(f) || f === 'system' || f === 'circumstances');
  const severityChanged = changed.includes('severity') && draft.severity !== caseRow.severity;
  if (severityChanged) {
    turn.attachCase(caseRow);
    await requestSeverityChange(turn, text, reading);
    // "please make that High … And how fast is your response on High for us?": the question beside the
    // new level is answered too (issue 21 §11), not dropped with the message.
    if (asksBesideTheChange(reading)) await answerQuestions(turn, text, reading);
  }
  if (added.length === 0) return severityChanged;
  const values = Object.fromEntries(added.map((f) => [f, draft[f] ?? null]));
  const updated = await updateCase(turn.ctx.db, caseRow.id, { ...values, updatedAt: turn.nowIso });
  turn.attachCase(updated);
  const summary = added.map((f) => `${LABEL[f]}: ${String(draft[f])}`).join('; ');
  await turn.recordMessageIn(caseRow.id, text, { added });
  // Nothing else asked: the message is done with (a correction is its own severity change, handled above).
  const only =
    (hasIntent(reading, 'answer') || added.includes('system') || severityChanged) &&
    ['answer', 'add-to-case', 'not-understood', 'severity-change'].includes(mainIntent(reading));
  if (!severityChanged) turn.decision = 'case-details';
  // What was asked and is still missing stays asked: "version is 8.5.011.14" in the next message is taken.
  const remaining = dialogue.asked.filter((f) => !draft[f]);
  if (remaining.length > 0) turn.setDialogue({ kind: 'case-details', caseId: caseRow.id, asked: remaining });
  await turn.reply('case-details-added', { number: updated.number, summary });
  await turn.notifyStaff(
    'analyst',
    'staff-case-updated',
    { number: updated.number, contact: turn.identity.contact?.name ?? '', text: summary },
    updated.region,
  );
  return only;
}

/** A policy question read beside a severity change: answered after it. */
function asksBesideTheChange(reading: Reading): boolean {
  return reading.intents.some((i) => (i.intent === 'question' || i.intent === 'release-type') && i.confidence >= 0.8);
}
