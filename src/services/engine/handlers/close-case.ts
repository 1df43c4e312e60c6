/**
 * A read-write Designated Contact closes their own case ("you can close case N", "ok to close from our side"
 * in its thread; docs/rules.md "Cases"): the case is `closed` at once, the analysts are told, and the contact
 * is told that a new message opens a new case if the problem comes back. The access check is the one every
 * update passes (case-access.ts): a read-only contact is refused and told who can, a partner closes only
 * cases of an End User they hold read-write, and a case the sender cannot see is answered as no case at all.
 */
import type { Reading } from '../../../domain/understanding/reading.ts';
import { addCaseEvent, updateCase } from '../../../store/case-store.ts';
import type { Turn } from '../turn.ts';
import { caseInQuestion } from './case-in-question.ts';

export async function closeOwnCase(turn: Turn, text: string, u: Reading): Promise<void> {
  const caseRow = await caseInQuestion(turn, u, 'update', 'read-only-cannot-close');
  if (!caseRow) return;
  if (caseRow.state === 'closed') {
    turn.decision = 'case-already-closed';
    await turn.reply('case-already-closed', { number: caseRow.number });
    return;
  }
  const contact = turn.identity.contact?.name ?? '';
  // A paused clock stops with the case: nothing is due on a closed case.
  await updateCase(turn.ctx.db, caseRow.id, { state: 'closed', pausedAt: null, updatedAt: turn.nowIso });
  await addCaseEvent(turn.ctx.db, {
    caseId: caseRow.id,
    at: turn.nowIso,
    kind: 'state',
    actor: turn.actor,
    text: `closed by ${contact}`,
    details: { from: caseRow.state, words: text.slice(0, 300) },
  });
  turn.attachCase({ ...caseRow, state: 'closed' });
  turn.decision = 'case-closed-by-contact';
  await turn.reply('case-closed-by-contact', { number: caseRow.number });
  await turn.notifyStaff(
    'analyst',
    'staff-case-closed-by-contact',
    { number: caseRow.number, contact, text: text.slice(0, 300) },
    caseRow.region,
  );
}
