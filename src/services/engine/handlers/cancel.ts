/**
 * "cancel", "sorry, cancel that", "never mind" (issue 21 §10): the dialogue in progress ends and nothing of
 * it is inherited. A case still being gathered — its clock not started, staff never told of it — is
 * withdrawn: no case any more, its number not used again, the withdrawal on record. A case whose clock has
 * started, or that staff were told of, is no longer the contact's to withdraw: they are told so, and that
 * "close N" closes it.
 */
import { type CaseRow, getCaseById } from '../../../store/case-store.ts';
import { caseAccessFor } from '../case-access.ts';
import { IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { abandonDraftCase } from './draft-case.ts';

/** States of an opened case still live for its contact: cancelling it means closing it. */
const LIVE = new Set(['open', 'waiting-on-customer', 'restored']);

export async function cancel(turn: Turn): Promise<void> {
  const dialogue = turn.dialogue;
  const draft = dialogue.kind === 'open-case' ? await abandonDraftCase(turn, dialogue) : {};
  const kept = draft.kept ?? (await caseBeingCancelled(turn));
  const active = dialogue.kind !== 'idle' && dialogue.kind !== 'case-details';
  turn.setDialogue(IDLE);
  if (draft.withdrawn) {
    turn.decision = 'withdrawn';
    await turn.reply('case-withdrawn', { number: draft.withdrawn.number });
  } else if (kept) {
    turn.decision = 'cancel-case-kept';
    await turn.reply('cancel-case-kept', {
      number: kept.number,
      why: kept.clockStartedAt ? 'its clock has started and Customer Care has it' : 'Customer Care has been told of it',
    });
  } else {
    turn.decision = active ? 'cancelled' : 'nothing-to-cancel';
    await turn.reply(active ? 'cancelled' : 'nothing-to-cancel');
  }
}

/**
 * The open case a "cancel" is about when no draft is: the one whose details are being asked, or the one
 * whose thread it is written in — while it is live and the sender may change it.
 */
async function caseBeingCancelled(turn: Turn): Promise<CaseRow | undefined> {
  const dialogue = turn.dialogue;
  const caseRow = dialogue.kind === 'case-details' ? await getCaseById(turn.ctx.db, dialogue.caseId) : turn.caseRow;
  if (!caseRow || !LIVE.has(caseRow.state)) return undefined;
  if (dialogue.kind !== 'case-details' && dialogue.kind !== 'idle') return undefined;
  return caseAccessFor(turn, caseRow, 'update').allowed ? caseRow : undefined;
}
