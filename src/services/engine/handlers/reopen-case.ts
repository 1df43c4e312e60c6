/**
 * A resolved case reopens when its contact writes that the problem is back (red team round 13). The
 * resolution notice says "reply in this thread if the problem comes back", and the reply used to be added
 * to a case that stayed `resolved`: no clock, no page, and a "production down again, critical" read by
 * nobody until an analyst happened to look. The case is `open` again and its targets restart at the
 * reply, at its severity, as after a severity change (docs/sla.md): a first response is due again and the
 * clock pages if it is missed. A closed case is not reopened (a new case is offered, rules "Cases").
 */
import type { SeverityId } from '../../../domain/ids.ts';
import type { Reading } from '../../../domain/understanding/reading.ts';
import { addCaseEvent, type CaseRow, updateCase } from '../../../store/case-store.ts';
import { describeDue, dueColumns, slaFor } from '../case-sla.ts';
import type { Turn } from '../turn.ts';
import { requestSeverityChange } from './severity-change.ts';

/** The case, reopened when it was resolved; any other case as it is. */
export async function reopenIfResolved(turn: Turn, caseRow: CaseRow): Promise<CaseRow> {
  if (caseRow.state !== 'resolved') return caseRow;
  const at = turn.message.receivedAt;
  const outcome = caseRow.severity ? slaFor(turn.ctx.policy, caseRow, caseRow.severity as SeverityId, at) : undefined;
  const updated = await updateCase(turn.ctx.db, caseRow.id, {
    state: 'open',
    respondedAt: null,
    targetMetAt: null,
    pausedAt: null,
    ...(outcome?.ok ? dueColumns(outcome, at) : {}),
    updatedAt: turn.nowIso,
  });
  await addCaseEvent(turn.ctx.db, {
    caseId: caseRow.id,
    at: turn.nowIso,
    kind: 'state',
    actor: turn.actor,
    text: `reopened by ${turn.identity.contact?.name ?? 'its contact'}`,
    details: { from: 'resolved', to: 'open' },
  });
  await turn.audit('case.reopened', caseRow.number, {});
  turn.attachCase(updated);
  return updated;
}

/**
 * News in a resolved case's thread, once the case is reopened and the words added to it: the analysts are
 * told it is open again, the contact its new dues — or, when the news asks for a severity ("back, and now
 * critical"), the severity change answers as any does (the critical path: call now, staff paged).
 */
export async function tellReopened(turn: Turn, reopened: CaseRow, text: string, u: Reading): Promise<void> {
  turn.decision = 'case-reopened';
  await turn.notifyStaff(
    'analyst',
    'staff-case-reopened',
    { number: reopened.number, contact: turn.identity.contact?.name ?? '', text: text.slice(0, 500) },
    reopened.region,
  );
  // The severity change answers with the dues it sets; one answer, not two with different dues.
  const asked = u.slots.severity?.value;
  if (asked && asked !== reopened.severity) return await requestSeverityChange(turn, text, u);
  const zone = reopened.timeZone ?? 'UTC';
  await turn.reply('case-reopened', {
    number: reopened.number,
    responseDue: describeDue(reopened.responseDue, zone, turn.message.receivedAt),
    targetDue: describeDue(reopened.targetDue, zone, turn.message.receivedAt),
  });
}
