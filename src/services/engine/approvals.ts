/** Approvals: what staff must confirm before the bot acts (temporary license files, DOMAIN.md §6). */
import type { TempLicenseOutcome } from '../../domain/temp-license.ts';
import { type ApprovalRow, approvalsOfCase, insertApproval } from '../../store/approval-store.ts';
import type { Db } from '../../store/database.ts';

export type { ApprovalRow };

export async function createApproval(
  turn: {
    ctx: { db: Db };
    nowIso: string;
    identity: { contact?: { id: number } };
    audit: (a: string, s: string, d?: Record<string, unknown>) => unknown;
  },
  caseId: number,
  outcome: TempLicenseOutcome,
  inputs: Record<string, unknown>,
): Promise<ApprovalRow> {
  const approval = await insertApproval(turn.ctx.db, {
    kind: 'temp-license',
    decision: outcome.decision,
    state: 'pending',
    caseId,
    contactId: turn.identity.contact?.id ?? null,
    details: {
      ...inputs,
      reasons: outcome.reasons,
      expiresInDays: outcome.expiresInDays,
      followUpWithLicenseManagement: outcome.followUpWithLicenseManagement,
      referToLicensingToo: outcome.referToLicensingToo,
      licensingEmail: outcome.licensingEmail,
    },
    createdAt: turn.nowIso,
  });
  await turn.audit('approval.requested', approval.reference, { decision: outcome.decision, caseId });
  return approval;
}

export async function pendingApprovalForCase(db: Db, caseId: number): Promise<ApprovalRow | undefined> {
  return (await approvalsOfCase(db, caseId)).find((a) => a.state === 'pending');
}
