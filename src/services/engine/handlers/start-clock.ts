/**
 * The moment a case holds what its clock needs (seed 001 §2.1): state open, dues from the SLA engine,
 * the promise told to the customer, staff notified. Critical severities must also be called in
 * (DOMAIN.md §2): the customer gets the regional number and staff are paged.
 */
import type { RegionId, SeverityId } from '../../../domain/ids.ts';
import { addCaseEvent, type CaseRow, updateCase } from '../../../store/case-store.ts';
import { describeDue, dueColumns, slaFor } from '../case-sla.ts';
import { countCaseOpened } from '../count-case-opened.ts';
import type { Turn } from '../turn.ts';

export async function startClock(turn: Turn, caseRow: CaseRow, severity: SeverityId): Promise<void> {
  const { policy } = turn.ctx;
  const clockStart = turn.message.receivedAt;
  const outcome = slaFor(policy, caseRow, severity, clockStart);
  if (!outcome.ok) {
    await turn.reply('test-cannot-be-critical', { severity: policy.severities[severity].name });
    return;
  }
  const updated = await updateCase(turn.ctx.db, caseRow.id, {
    state: 'open',
    severity,
    ...dueColumns(outcome, clockStart),
    updatedAt: turn.nowIso,
  });
  turn.attachCase(updated);
  await addCaseEvent(turn.ctx.db, {
    caseId: updated.id,
    at: turn.nowIso,
    kind: 'state',
    actor: turn.actor,
    text: 'open: clock started',
    details: { severity, responseDue: updated.responseDue, targetDue: updated.targetDue },
  });
  await turn.audit('case.opened', updated.number, { severity, tier: updated.tier, mustCallIn: outcome.mustCallIn });
  countCaseOpened(turn.ctx, updated);
  turn.decision = 'new-case';

  const zone = updated.timeZone ?? 'UTC';
  const region = (updated.region ?? 'americas') as RegionId;
  const values = {
    number: updated.number,
    severity: policy.severities[severity].name,
    responseDue: describeDue(updated.responseDue, zone, turn.message.receivedAt),
    targetKind: outcome.targetKind === 'restoration' ? 'Restoration' : 'Resolution',
    targetDue: describeDue(updated.targetDue, zone, turn.message.receivedAt),
    commitment: outcome.commitmentPercent ? ` (committed for ${outcome.commitmentPercent}% of cases)` : '',
    processed: outcome.processed === '7x24' ? '7x24' : 'during business hours',
    hotFix: outcome.hotFix.text,
    phone: policy.regions[region].customerCarePhone,
    tier: policy.tiers[updated.tier as keyof typeof policy.tiers]?.name ?? updated.tier ?? '',
  };
  const staffValues = {
    ...values,
    contact: turn.identity.contact?.name ?? turn.actor,
    account: `${updated.soldTo} / ${updated.endUser}`,
    product: `${updated.product ?? '?'} ${updated.version ?? ''}`.trim(),
    system: updated.system ?? '?',
    description: (updated.description ?? '').slice(0, 500),
  };
  if (outcome.mustCallIn) {
    await turn.reply('case-opened-critical', values);
    await turn.notifyStaff('analyst', 'staff-critical-case', staffValues, updated.region);
    await turn.notifyStaff('manager', 'staff-critical-case', staffValues, updated.region);
    return;
  }
  await turn.reply('case-opened', values);
  await turn.notifyStaff('analyst', 'staff-new-case', staffValues, updated.region);
}
