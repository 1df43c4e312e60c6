/**
 * A read-write Designated Contact closes their own case ("you can close case N", "ok to close from our side"
 * in its thread; docs/rules.md "Cases"): the case is `closed` at once, the analysts are told, and the contact
 * is told that a new message opens a new case if the problem comes back. The access check is the one every
 * update passes (case-access.ts): a read-only contact is refused and told who can, a partner closes only
 * cases of an End User they hold read-write, and a case the sender cannot see is answered as no case at all.
 */
import { SEVERAL_CLOSED } from '../../../domain/understanding/close-asked.ts';
import type { Reading } from '../../../domain/understanding/reading.ts';
import { addCaseEvent, casesForPairs, updateCase } from '../../../store/case-store.ts';
import { caseAccessFor } from '../case-access.ts';
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

/** States of an opened case its contact may still close. */
const CLOSABLE = new Set(['open', 'waiting-on-customer', 'restored']);

/**
 * "Both issues are fixed, please close both cases." while a second case is still being gathered: the draft
 * is withdrawn (open-case.ts), and "both" names one more case — the contact's other live case, closed as a
 * close in its own thread would close it. When the words name more cases than one other (or several are
 * live), none is guessed: the contact is told which are still open and asked to name them.
 */
export async function closeTheOthersNamed(
  turn: Turn,
  text: string,
  u: Reading,
  draftNumber: string | undefined,
): Promise<void> {
  if (!SEVERAL_CLOSED.test(text)) return;
  const contactId = turn.identity.contact?.id;
  const others = (await casesForPairs(turn.ctx.db, turn.identity.grants)).filter(
    (c) =>
      c.number !== draftNumber &&
      c.contactId === contactId &&
      CLOSABLE.has(c.state) &&
      caseAccessFor(turn, c, 'update').allowed,
  );
  if (others.length === 0) return;
  if (others.length === 1 && ONE_MORE.test(text)) {
    await closeOwnCase(turn, text, {
      ...u,
      slots: { ...u.slots, caseNumbers: { value: [others[0]!.number], confidence: 1, source: 'text' } },
    });
    return;
  }
  turn.decision = 'close-which-others';
  await turn.reply('close-which-others', {
    cases: others.map((c) => `• Case ${c.number} — ${c.state}`).join('\n'),
    first: others[0]!.number,
  });
}

/** "both", "the two cases": the draft and exactly one more. */
const ONE_MORE = /\bboth\b|\b(?:the\s+)?(?:two|2)\s+(?:cases|tickets)\b/i;
