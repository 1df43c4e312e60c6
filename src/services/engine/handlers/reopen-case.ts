/**
 * A resolved case reopens when its contact writes that the problem is back (red team round 13). The
 * resolution notice says "reply in this thread if the problem comes back", and the reply used to be added
 * to a case that stayed `resolved`: no clock, no page, and a "production down again, critical" read by
 * nobody until an analyst happened to look. The case is `open` again and its targets restart at the
 * reply, at its severity, as after a severity change (docs/sla.md): a first response is due again and the
 * clock pages if it is missed. A closed case is not reopened (a new case is offered, rules "Cases"). What the
 * contact and the analysts are told is tell-reopened.ts's (a severity asked with the news goes through
 * severity-change.ts, which reopens with this).
 */
import type { SeverityId } from '../../../domain/ids.ts';
import { addCaseEvent, type CaseRow, updateCase } from '../../../store/case-store.ts';
import { dueColumns, slaFor } from '../case-sla.ts';
import type { Turn } from '../turn.ts';

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
