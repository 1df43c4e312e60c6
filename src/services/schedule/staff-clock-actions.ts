/**
 * The staff actions of the clock (issue 22), as every channel's staff verbs reach them:
 * `acknowledge P-000012` (one page) or `acknowledge CASE|last` (the case's open pages), and
 * `task-done T-000003` (one task) or `task-done CASE|last` (the case's open tasks).
 */
import type { CaseRow } from '../../store/case-store.ts';
import { getCaseById } from '../../store/case-store.ts';
import type { StaffRow } from '../../store/directory-reader.ts';
import { openTasksOfCase } from '../../store/task-store.ts';
import type { EngineContext, Outbound } from '../engine/types.ts';
import { acknowledgeCasePages, acknowledgePage } from './acknowledge-page.ts';
import { parsePageReference } from './page-sender.ts';
import { completeTask, parseTaskReference } from './tasks.ts';

/** The shape of performStaffAction's result (declared here so the engine's staff actions can call this file). */
export type ClockStaffActionResult =
  | { ok: true; caseNumber: string; replies: Outbound[]; note?: string }
  | { ok: false; error: string };

export async function clockStaffAction(
  ctx: EngineContext,
  member: StaffRow,
  action: 'acknowledge' | 'task-done',
  target: string,
  findCase: (target: string) => Promise<CaseRow | undefined>,
  input: { text?: string; at: Date },
): Promise<ClockStaffActionResult> {
  const byReference = action === 'acknowledge' ? /^\s*p-?\d+\s*$/i.test(target) : /^\s*t-?\d+\s*$/i.test(target);
  if (action === 'acknowledge') {
    if (byReference) {
      const result = await acknowledgePage(ctx, parsePageReference(target)!, member.id, input.at);
      if (!result.ok) return { ok: false, error: result.message };
      return { ok: true, caseNumber: await caseNumberOf(ctx, result.page.caseId), replies: [], note: result.message };
    }
    const caseRow = await findCase(target);
    if (!caseRow) return { ok: false, error: `no case ${target}` };
    const results = await acknowledgeCasePages(ctx, caseRow.id, member.id, input.at);
    if (results.length === 0) return { ok: false, error: `case ${caseRow.number} has no open page` };
    const notes = results.map((r) => r.message);
    return { ok: true, caseNumber: caseRow.number, replies: [], note: notes.join('; ') };
  }
  const taskIds = byReference
    ? [parseTaskReference(target)!]
    : await (async () => {
        const caseRow = await findCase(target);
        return caseRow ? (await openTasksOfCase(ctx.db, caseRow.id)).map((t) => t.id) : undefined;
      })();
  if (!taskIds) return { ok: false, error: `no case ${target}` };
  if (taskIds.length === 0) return { ok: false, error: `case ${target} has no open task` };
  const notes: string[] = [];
  let caseNumber = '';
  for (const taskId of taskIds) {
    const result = await completeTask(ctx, {
      taskId,
      staffId: member.id,
      at: input.at,
      ...(input.text ? { note: input.text } : {}),
    });
    if (!result.ok) return { ok: false, error: result.message };
    notes.push(result.message);
    caseNumber = await caseNumberOf(ctx, result.task.caseId);
  }
  return { ok: true, caseNumber, replies: [], note: notes.join('; ') };
}

async function caseNumberOf(ctx: EngineContext, caseId: number): Promise<string> {
  return (await getCaseById(ctx.db, caseId))?.number ?? String(caseId);
}
