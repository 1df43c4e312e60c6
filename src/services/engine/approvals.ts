/** Approvals: what staff must confirm before the bot acts (temporary license files, DOMAIN.md §6). */
import { eq } from 'drizzle-orm';
import type { TempLicenseOutcome } from '../../domain/temp-license.ts';
import { type Db, schema } from '../../store/database.ts';

export type ApprovalRow = typeof schema.approvals.$inferSelect;

export function createApproval(
  turn: {
    ctx: { db: Db };
    nowIso: string;
    identity: { contact?: { id: number } };
    audit: (a: string, s: string, d?: Record<string, unknown>) => void;
  },
  caseId: number,
  outcome: TempLicenseOutcome,
  inputs: Record<string, unknown>,
): ApprovalRow {
  const row = turn.ctx.db
    .insert(schema.approvals)
    .values({
      reference: `pending-${Math.random()}`,
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
    })
    .returning()
    .get();
  const reference = `AP-${String(row.id).padStart(6, '0')}`;
  turn.ctx.db.update(schema.approvals).set({ reference }).where(eq(schema.approvals.id, row.id)).run();
  turn.audit('approval.requested', reference, { decision: outcome.decision, caseId });
  return { ...row, reference };
}

export function pendingApprovalForCase(db: Db, caseId: number): ApprovalRow | undefined {
  return db
    .select()
    .from(schema.approvals)
    .where(eq(schema.approvals.caseId, caseId))
    .all()
    .find((a) => a.state === 'pending');
}
