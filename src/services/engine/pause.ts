/**
 * Pauses (DOMAIN.md §8): the clock stops while a case waits on the customer and resumes on their
 * reply; the dues are recomputed with the closed pause, from the same clock start.
 */
import type { SeverityId } from '../../domain/ids.ts';
import { addCaseEvent, type CaseRow, updateCase } from '../../store/case-store.ts';
import { dueColumns, slaFor } from './case-sla.ts';

interface PauseContext {
  ctx: { db: import('../../store/database.ts').Db; policy: import('../../domain/policy/schema.ts').Policy };
  nowIso: string;
  actor: string;
}

export async function pauseClock(turn: PauseContext, caseRow: CaseRow): Promise<CaseRow> {
  if (caseRow.pausedAt) return caseRow;
  await addCaseEvent(turn.ctx.db, {
    caseId: caseRow.id,
    at: turn.nowIso,
    kind: 'state',
    actor: turn.actor,
    text: 'waiting-on-customer: clock paused',
  });
  return await updateCase(turn.ctx.db, caseRow.id, {
    state: 'waiting-on-customer',
    pausedAt: turn.nowIso,
    updatedAt: turn.nowIso,
  });
}

export async function resumeClock(turn: PauseContext, caseRow: CaseRow): Promise<CaseRow> {
  if (!caseRow.pausedAt) return await updateCase(turn.ctx.db, caseRow.id, { state: 'open', updatedAt: turn.nowIso });
  const pauses = [...caseRow.pauses, { from: caseRow.pausedAt, to: turn.nowIso }];
  let changes: Parameters<typeof updateCase>[2] = { state: 'open', pausedAt: null, pauses, updatedAt: turn.nowIso };
  if (caseRow.severity && caseRow.clockStartedAt) {
    const start = new Date(caseRow.clockStartedAt);
    const outcome = slaFor(turn.ctx.policy, { ...caseRow, pauses }, caseRow.severity as SeverityId, start);
    if (outcome.ok) changes = { ...changes, ...dueColumns(outcome, start) };
  }
  const updated = await updateCase(turn.ctx.db, caseRow.id, changes);
  await addCaseEvent(turn.ctx.db, {
    caseId: caseRow.id,
    at: turn.nowIso,
    kind: 'state',
    actor: turn.actor,
    text: 'open: clock resumed',
    details: { responseDue: updated.responseDue, targetDue: updated.targetDue },
  });
  return updated;
}
