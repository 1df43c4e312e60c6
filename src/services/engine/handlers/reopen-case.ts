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
import { contractInForce } from '../../../domain/access.ts';
import type { SeverityId } from '../../../domain/ids.ts';
import { readableDate } from '../../../domain/readable-time.ts';
import { addCaseEvent, type CaseRow, updateCase } from '../../../store/case-store.ts';
import { contractsOf } from '../../../store/directory-reader.ts';
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

/**
 * A resolved case of a Sold To with no Service Contract in force is not reopened (red team round 14: the
 * news reopened it with new targets, and "back, now critical" paged managers, for a contract lapsed since —
 * service a new case would be refused, DOMAIN.md §1). The words are added to the case, the analysts told,
 * and the contact told why it stays resolved. True when so refused.
 */
export async function reopenRefused(turn: Turn, caseRow: CaseRow, text: string): Promise<boolean> {
  if (caseRow.state !== 'resolved' || !caseRow.soldTo) return false;
  const contracts = await contractsOf(turn.ctx.db, caseRow.soldTo);
  const today = turn.nowIso.slice(0, 10);
  if (contracts.length === 0 || contracts.some((c) => contractInForce(c, today))) return false;
  const latest = [...contracts].sort((a, b) => b.endDate.localeCompare(a.endDate))[0]!;
  await turn.recordMessageIn(caseRow.id, text, {
    attachments: turn.message.attachments.map((a) => a.filename),
    notReopened: 'contract-lapsed',
  });
  await turn.audit('case.reopen-refused', caseRow.number, { reason: 'contract-lapsed', contract: latest.id });
  turn.attachCase(caseRow);
  turn.decision = 'case-not-reopened-contract';
  await turn.reply('case-not-reopened-contract', {
    number: caseRow.number,
    status: latest.status === 'active' ? 'is outside its term' : `is ${latest.status}`,
    endDate: readableDate(latest.endDate),
  });
  await turn.notifyStaff(
    'analyst',
    'staff-case-updated',
    { number: caseRow.number, contact: turn.identity.contact?.name ?? '', text: text.slice(0, 500) },
    caseRow.region,
  );
  return true;
}
