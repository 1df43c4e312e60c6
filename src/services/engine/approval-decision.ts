/**
 * Staff approve or reject a temporary-license approval (DOMAIN.md §6). On approval the customer is told
 * the new file has the same feature set and when it expires, and the file staff attach is delivered;
 * for a critical production issue a follow-up with License Management is recorded.
 */
import { contractInForce } from '../../domain/access.ts';
import type { RegionId } from '../../domain/ids.ts';
import { decideApproval as recordDecision } from '../../store/approval-store.ts';
import { appendAudit } from '../../store/audit-log.ts';
import type { CaseRow } from '../../store/case-store.ts';
import type { Db } from '../../store/database.ts';
import { contractsOf, type StaffRow } from '../../store/directory-reader.ts';
import { requestCaseReplan } from '../schedule/case-clock-job.ts';
import { createLicenseFollowUp } from '../schedule/tasks.ts';
import { pendingApprovalForCase } from './approvals.ts';
import { caseContactRoute } from './case-thread.ts';
import type { StaffActionInput } from './staff-action-input.ts';
import type { EngineContext } from './types.ts';

export function expiryDate(at: Date, days: number, timeZone: string): string {
  const date = new Date(at.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** Staff text quoted mid-message ends as a sentence, so the next sentence does not run on. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export async function decideApproval(
  ctx: EngineContext,
  caseRow: CaseRow,
  member: StaffRow,
  input: StaffActionInput,
  tell: (text: string, attachments?: string[]) => void,
  event: (kind: string, text: string | null, details?: Record<string, unknown>) => void,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const approval = await pendingApprovalForCase(ctx.db, caseRow.id);
  if (!approval) return { ok: false, error: `Case ${caseRow.number} has no pending approval` };
  const nowIso = input.at.toISOString();
  const details = approval.details as {
    expiresInDays?: number;
    followUpWithLicenseManagement?: boolean;
    licensingEmail?: string;
    region?: RegionId;
    referToLicensingToo?: boolean;
  };
  if (input.action === 'reject') {
    await recordDecision(ctx.db, approval.id, { state: 'rejected', decidedBy: member.id, decidedAt: nowIso });
    event('approval', `temporary license rejected by ${member.name}`, {
      reference: approval.reference,
      why: input.text ?? null,
    });
    tell(
      `Customer Care cannot issue the temporary license file for Case ${caseRow.number}${input.text ? `: ${sentence(input.text)}` : '.'} Please contact the regional Licensing team: ${details.licensingEmail ?? ''}.`,
    );
    await appendAudit(ctx.db, {
      at: nowIso,
      actor: `staff:${member.email}`,
      action: 'approval.rejected',
      subject: approval.reference,
      details: { case: caseRow.number },
    });
    return { ok: true };
  }
  if (!input.attachment) return { ok: false, error: 'attach the temporary license file to approve' };
  const stale = await noLongerIssuable(ctx.db, caseRow, nowIso);
  if (stale) return { ok: false, error: stale };
  const days = details.expiresInDays ?? ctx.policy.tempLicense.emergencyDays;
  const expiresOn = expiryDate(input.at, days, caseRow.timeZone ?? 'UTC');
  await recordDecision(ctx.db, approval.id, { state: 'approved', decidedBy: member.id, decidedAt: nowIso, expiresOn });
  event('approval', `temporary license approved by ${member.name}`, {
    reference: approval.reference,
    expiresOn,
    file: input.attachment.filename,
  });
  const referral = details.referToLicensingToo
    ? ` Please contact the regional Licensing team (${details.licensingEmail}) for a lasting file.`
    : '';
  tell(
    `Your temporary license file for Case ${caseRow.number} is attached (${input.attachment.filename}). It has exactly the same feature set as your original file and expires in ${days} days, on ${expiresOn}.${referral}`,
    [input.attachment.storagePath],
  );
  if (details.followUpWithLicenseManagement) {
    event(
      'follow-up',
      'follow up with License Management and the customer so that a normal license file resolves this for good',
      { reference: approval.reference },
    );
    // Issue 22: a tracked task with a due date, paging up the escalation ladder while it is overdue.
    const task = await createLicenseFollowUp(ctx.db, ctx.policy, caseRow, {
      reference: approval.reference,
      assigneeStaffId: member.id,
      at: input.at,
    });
    await appendAudit(ctx.db, {
      at: nowIso,
      actor: `staff:${member.email}`,
      action: 'license.follow-up-recorded',
      subject: caseRow.number,
      details: { reference: approval.reference, task: task.id, due: task.dueAt },
    });
  }
  // The expiry reminders (issue 22) are planned by the case's clock job.
  await requestCaseReplan(ctx.db, caseRow.id, nowIso);
  await appendAudit(ctx.db, {
    at: nowIso,
    actor: `staff:${member.email}`,
    action: 'approval.approved',
    subject: approval.reference,
    details: { case: caseRow.number, expiresOn },
  });
  return { ok: true };
}

/**
 * What changed since the customer asked, checked again when staff approve (DOMAIN.md §1, §6): a file
 * goes only to a case still open, of a Sold To with a contract in force, whose contact still has access
 * to its pair. Otherwise the approval stays pending (Reject closes it) and nothing is sent.
 *
 * | case       | Sold To's contracts             | contact's access to the pair | approve                      |
 * |------------|---------------------------------|------------------------------|------------------------------|
 * | closed     | —                               | —                            | refused: the case is closed  |
 * | not closed | none in force                   | —                            | refused: the contract lapsed |
 * | not closed | one in force (or none recorded) | gone                         | refused: the contact lost it |
 * | not closed | one in force (or none recorded) | kept                         | the file is sent             |
 */
/** Why an approval of this case can no longer be issued, if so: asked on Approve and by its Slack card. */
export async function noLongerIssuable(db: Db, caseRow: CaseRow, nowIso: string): Promise<string | undefined> {
  const nothingSent = 'nothing was sent; reject the approval to close it';
  if (caseRow.state === 'closed') return `Case ${caseRow.number} is closed: ${nothingSent}`;
  const contracts = caseRow.soldTo ? await contractsOf(db, caseRow.soldTo) : [];
  const today = nowIso.slice(0, 10);
  if (contracts.length > 0 && !contracts.some((c) => contractInForce(c, today))) {
    return `the Service Contract of ${caseRow.soldTo} is no longer in force: ${nothingSent}`;
  }
  if (!(await caseContactRoute(db, caseRow))) {
    return `the contact of Case ${caseRow.number} no longer has access to its account: ${nothingSent}`;
  }
  return undefined;
}
