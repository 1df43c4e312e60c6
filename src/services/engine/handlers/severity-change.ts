/**
 * A contact asks for another severity on an existing case (DOMAIN.md §2; issue 21 §3, §10). The severity
 * of a case is the one the contact requests (seed 001 §2.1), so the change is made at once and its
 * targets restart at the change; Customer Care keeps the final say (the analyst is told and may set it
 * back). A critical level is the critical path: the customer is told to call now on the regional number
 * and staff are paged. A test/lab system cannot be critical: it stays as it is, with the reason.
 */
import type { RegionId } from '../../../domain/ids.ts';
import type { Reading } from '../../../domain/understanding/reading.ts';
import { addCaseEvent, type CaseRow, updateCase } from '../../../store/case-store.ts';
import { describeDue, dueColumns, slaFor } from '../case-sla.ts';
import type { Turn } from '../turn.ts';
import { caseInQuestion, offerNewCaseForClosed } from './case-in-question.ts';
import { reopenIfResolved, reopenRefused } from './reopen-case.ts';
import { startClock } from './start-clock.ts';

export async function requestSeverityChange(turn: Turn, text: string, u: Reading): Promise<void> {
  const asked = await caseInQuestion(turn, u, 'update');
  if (!asked) return;
  if (asked.state === 'closed') return await offerNewCaseForClosed(turn, asked, text);
  // A severity asked for a resolved case is news that the problem is back: it reopens (reopen-case.ts).
  if (await reopenRefused(turn, asked, text)) return;
  const caseRow = await reopenIfResolved(turn, asked);
  const requested = u.slots.severity?.value;
  const policy = turn.ctx.policy;
  await addCaseEvent(turn.ctx.db, {
    caseId: caseRow.id,
    at: turn.nowIso,
    kind: 'severity-request',
    actor: turn.actor,
    text,
    details: { requested },
  });
  turn.decision = 'severity-change-requested';
  const name = requested ? policy.severities[requested].name : 'a different severity';
  const staffValues = { number: caseRow.number, severity: name, text: text.slice(0, 300) };
  if (requested && policy.severities[requested].mustCallIn) {
    if (caseRow.system === 'test') {
      await turn.reply('severity-change-test-system', { number: caseRow.number, severity: name });
      await turn.notifyStaff('analyst', 'staff-severity-request', staffValues, caseRow.region);
      return;
    }
    if (caseRow.state === 'collecting') {
      await startClock(turn, { ...caseRow, system: caseRow.system ?? 'production' }, requested);
      return;
    }
    const raised = await raise(turn, caseRow, requested);
    if (raised) {
      const phone = policy.regions[(caseRow.region ?? 'americas') as RegionId].customerCarePhone;
      turn.decision = 'severity-raised-critical';
      await turn.reply('severity-change-critical', {
        number: caseRow.number,
        severity: name,
        phone,
        responseDue: describeDue(raised.responseDue, raised.timeZone ?? 'UTC', turn.message.receivedAt),
      });
      await turn.notifyStaff('analyst', 'staff-severity-critical', { ...staffValues, phone }, caseRow.region);
      await turn.notifyStaff('manager', 'staff-severity-critical', { ...staffValues, phone }, caseRow.region);
      return;
    }
  }
  if (requested && caseRow.state !== 'closed' && requested !== caseRow.severity) {
    if (caseRow.state === 'collecting') {
      // Still gathering: the draft takes the level; the dialogue asks for the rest.
      const updated = await updateCase(turn.ctx.db, caseRow.id, { severity: requested, updatedAt: turn.nowIso });
      turn.attachCase(updated);
      await turn.reply('severity-change-draft', { number: caseRow.number, severity: name });
      return;
    }
    const changed = await raise(turn, caseRow, requested);
    if (changed) {
      turn.decision = 'severity-changed';
      await turn.reply('severity-changed', {
        number: caseRow.number,
        severity: name,
        responseDue: describeDue(changed.responseDue, changed.timeZone ?? 'UTC', turn.message.receivedAt),
        targetDue: describeDue(changed.targetDue, changed.timeZone ?? 'UTC', turn.message.receivedAt),
      });
      await turn.notifyStaff('analyst', 'staff-severity-request', staffValues, caseRow.region);
      return;
    }
  }
  await turn.reply('severity-change-requested', { number: caseRow.number, severity: name });
  await turn.notifyStaff('analyst', 'staff-severity-request', staffValues, caseRow.region);
}

/** The case at the critical level asked for, its targets restarted at the change (docs/sla.md). */
async function raise(turn: Turn, caseRow: CaseRow, severity: NonNullable<Reading['slots']['severity']>['value']) {
  const at = turn.message.receivedAt;
  const outcome = slaFor(turn.ctx.policy, caseRow, severity, at);
  if (!outcome.ok) return undefined;
  const updated = await updateCase(turn.ctx.db, caseRow.id, {
    severity,
    ...dueColumns(outcome, at),
    updatedAt: turn.nowIso,
  });
  // The new clock start is a new due key: the clock re-plans the case's pages (issue 22).
  await addCaseEvent(turn.ctx.db, {
    caseId: caseRow.id,
    at: turn.nowIso,
    kind: 'severity',
    actor: turn.actor,
    text: `severity ${caseRow.severity ?? 'none'} → ${severity} at the contact's request`,
    details: { from: caseRow.severity, to: severity },
  });
  await turn.audit('case.severity-raised', caseRow.number, { from: caseRow.severity, to: severity });
  turn.attachCase(updated);
  return updated;
}
