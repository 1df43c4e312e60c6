/**
 * Tracked staff tasks with a due date (issue 22). Seed 000: for a critical production issue caused by
 * licensing, "Customer Care will also follow up with License Management and the Customer to ensure that
 * a normal license file is provided" — that follow-up is a task due `followUpBusinessDays` business days
 * after the temporary file was issued; while open past its due it pages up the escalation ladder.
 */

import type { Policy } from '../../domain/policy/schema.ts';
import { appendAudit } from '../../store/audit-log.ts';
import { addCaseEvent, type CaseRow, getCaseById } from '../../store/case-store.ts';
import type { Db } from '../../store/database.ts';
import { findStaffById } from '../../store/directory-reader.ts';
import { getTask, insertTask, markTaskDone, type TaskRow } from '../../store/task-store.ts';
import { inTransaction } from '../../store/transaction.ts';
import { calendarOfCase } from '../engine/case-sla.ts';
import type { EngineContext } from '../engine/types.ts';
import { requestCaseReplan } from './case-clock-job.ts';

export const taskReference = (id: number) => `T-${String(id).padStart(6, '0')}`;

/** "T-000003", "t3", "3" → 3. */
export function parseTaskReference(raw: string): number | undefined {
  const match = /^\s*(?:t-?)?0*(\d+)\s*$/i.exec(raw);
  return match ? Number(match[1]) : undefined;
}

export async function createLicenseFollowUp(
  db: Db,
  policy: Policy,
  caseRow: CaseRow,
  input: { reference: string; assigneeStaffId: number; at: Date },
): Promise<TaskRow> {
  const calendar = calendarOfCase(policy, caseRow);
  const days = policy.tempLicense.followUpBusinessDays;
  const dueAt = calendar.addBusinessMinutes(input.at, days * (calendar.businessDayMinutes ?? 600));
  const nowIso = input.at.toISOString();
  const task = await insertTask(db, {
    caseId: caseRow.id,
    kind: 'license-follow-up',
    title: `Follow up with License Management and the customer so that a normal (permanent) license file resolves case ${caseRow.number} for good (temporary file ${input.reference}).`,
    dueAt: dueAt.toISOString(),
    assigneeStaffId: input.assigneeStaffId,
    state: 'open',
    createdAt: nowIso,
  });
  await addCaseEvent(db, {
    caseId: caseRow.id,
    at: nowIso,
    kind: 'task',
    actor: 'caseline',
    text: `task ${taskReference(task.id)} due ${task.dueAt}: ${task.title}`,
    details: { task: task.id },
  });
  await requestCaseReplan(db, caseRow.id, nowIso);
  return task;
}

const MAY_COMPLETE = ['analyst', 'manager', 'head', 'licensing'];

export type CompleteTaskResult =
  | { ok: true; task: TaskRow; already: boolean; message: string }
  | { ok: false; reason: 'no-task' | 'not-allowed'; message: string };

export async function completeTask(
  ctx: Pick<EngineContext, 'db' | 'now'>,
  input: { taskId: number; staffId: number; note?: string; at?: Date },
): Promise<CompleteTaskResult> {
  return await inTransaction(ctx.db, async (): Promise<CompleteTaskResult> => {
    const task = await getTask(ctx.db, input.taskId);
    const ref = taskReference(input.taskId);
    if (!task) return { ok: false, reason: 'no-task', message: `there is no task ${ref}` };
    const member = await findStaffById(ctx.db, input.staffId);
    if (!member?.roles.some((r) => MAY_COMPLETE.includes(r))) {
      return { ok: false, reason: 'not-allowed', message: 'only Customer Care or Licensing staff may complete a task' };
    }
    if (task.state === 'done')
      return { ok: true, task, already: true, message: `task ${ref} was already done (${task.doneAt})` };
    const nowIso = (input.at ?? ctx.now()).toISOString();
    await markTaskDone(ctx.db, task.id, member.id, nowIso, input.note ?? null);
    const caseRow = await getCaseById(ctx.db, task.caseId);
    await addCaseEvent(ctx.db, {
      caseId: task.caseId,
      at: nowIso,
      kind: 'task',
      actor: `staff:${member.email}`,
      text: `task ${ref} done by ${member.name}${input.note ? `: ${input.note}` : ''}`,
      details: { task: task.id },
    });
    await appendAudit(ctx.db, {
      at: nowIso,
      actor: `staff:${member.email}`,
      action: 'task.done',
      subject: caseRow?.number ?? String(task.caseId),
      details: { task: task.id, kind: task.kind },
    });
    await requestCaseReplan(ctx.db, task.caseId, nowIso);
    return {
      ok: true,
      task: { ...task, state: 'done', doneBy: member.id, doneAt: nowIso },
      already: false,
      message: `task ${ref} on case ${caseRow?.number ?? task.caseId} done by ${member.name}`,
    };
  });
}
