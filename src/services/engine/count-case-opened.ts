/** Reports a case that is now open (its clock started, or it was created open) once the turn commits. */
import { afterCommit } from '../../store/transaction.ts';
import type { EngineContext } from './types.ts';

export function countCaseOpened(
  ctx: EngineContext,
  caseRow: { type: string; severity: string | null; tier: string | null },
): void {
  afterCommit(ctx.db, () => ctx.instruments.caseOpened(caseRow.type, caseRow.severity, caseRow.tier));
}
