import type { CaseAction } from '../../../domain/access.ts';
import type { Reading } from '../../../domain/understanding/reading.ts';
import { type CaseRow, findCaseByNumber, WITHDRAWN } from '../../../store/case-store.ts';
import { caseAccessFor } from '../case-access.ts';
import type { Turn } from '../turn.ts';

/**
 * The case a request is about: named by number, or the one this thread belongs to — checked by the one
 * access rule (case-access.ts). A case the sender may not see is answered exactly as a number that
 * names no case (issue 18 §2); a read-only contact who may see it is told they cannot change it, and who
 * can (issue 21 §6). A case withdrawn before it opened is no case to act on: the contact is told so.
 */
export async function caseInQuestion(
  turn: Turn,
  u: Reading,
  action: CaseAction,
  readOnlyTemplate = 'read-only-cannot-update',
): Promise<CaseRow | undefined> {
  const number = u.slots.caseNumbers?.value[0];
  const candidate = number ? await findCaseByNumber(turn.ctx.db, number) : turn.caseRow;
  const access = candidate ? caseAccessFor(turn, candidate, action) : undefined;
  if (candidate?.state === WITHDRAWN && access?.allowed) {
    // Withdrawn before it opened: no case to act on, said so (its number is not used again).
    turn.decision = 'case-withdrawn';
    await turn.reply('case-was-withdrawn', { number: candidate.number });
    return undefined;
  }
  if (candidate && access?.allowed) {
    turn.attachCase(candidate);
    return candidate;
  }
  if (candidate && access && !access.allowed)
    await turn.audit('case.access-refused', candidate.number, { reason: access.reason });
  if (access?.allowed === false && access.reason === 'read-only') {
    const grant = turn.identity.grants.find((g) => g.soldTo === candidate!.soldTo && g.endUser === candidate!.endUser);
    turn.decision = 'read-only';
    await turn.reply(readOnlyTemplate, { number: candidate!.number, account: grant?.soldToName ?? '' });
  } else if (number) {
    turn.decision = 'case-not-found';
    await turn.reply('case-not-found', { number });
  } else {
    turn.decision = 'which-case';
    await turn.reply('which-case');
  }
  return undefined;
}

/**
 * A request that would change a closed case (a severity, management attention, news): nothing of the case
 * changes — a closed case has no clock, no pages, no analyst working it — and a new case is offered with the
 * message, on the same pair when the sender holds it read-write (red team round 14: "raise case N to
 * critical" on a closed case set its severity and told managers and the contact "staff have been paged").
 */
export async function offerNewCaseForClosed(turn: Turn, caseRow: CaseRow, text: string): Promise<void> {
  const grant = turn.identity.grants.find(
    (g) => g.soldTo === caseRow.soldTo && g.endUser === caseRow.endUser && g.level === 'read-write',
  );
  turn.decision = 'case-closed';
  await turn.reply('case-closed-offer-new', { number: caseRow.number });
  turn.setDialogue({ kind: 'offer-new-case', text, ...(grant ? { pairId: grant.pairId } : {}) });
}
