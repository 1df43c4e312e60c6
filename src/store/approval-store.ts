/**
 * Approvals: what staff must confirm before the bot acts (temporary license files, DOMAIN.md §6).
 * Written once for both databases (dialect.ts).
 */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';

export type ApprovalRow = typeof schema.approvals.$inferSelect;
export type NewApproval = Omit<typeof schema.approvals.$inferInsert, 'id' | 'reference'>;

/** Inserts the approval and gives it its reference (`AP-000042`, from the row id: never repeated). */
export async function insertApproval(db: Db, values: NewApproval): Promise<ApprovalRow> {
  const { approvals } = tablesOf(db);
  const [row] = await db
    .insert(approvals)
    .values({ ...values, reference: `pending-${Math.random()}` })
    .returning();
  const reference = `AP-${String(row!.id).padStart(6, '0')}`;
  await db.update(approvals).set({ reference }).where(eq(approvals.id, row!.id));
  return { ...row!, reference };
}

export async function approvalById(db: Db, id: number): Promise<ApprovalRow | undefined> {
  const { approvals } = tablesOf(db);
  return (await db.select().from(approvals).where(eq(approvals.id, id)))[0];
}

export async function approvalByReference(db: Db, reference: string): Promise<ApprovalRow | undefined> {
  const { approvals } = tablesOf(db);
  return (await db.select().from(approvals).where(eq(approvals.reference, reference)))[0];
}

export async function approvalsOfCase(db: Db, caseId: number): Promise<ApprovalRow[]> {
  const { approvals } = tablesOf(db);
  return await db.select().from(approvals).where(eq(approvals.caseId, caseId)).orderBy(asc(approvals.id));
}

export async function decideApproval(
  db: Db,
  id: number,
  decision: Pick<ApprovalRow, 'state' | 'decidedBy' | 'decidedAt'> & { expiresOn?: string },
): Promise<void> {
  const { approvals } = tablesOf(db);
  await db.update(approvals).set(decision).where(eq(approvals.id, id));
}

/** Whether Customer Care approved a temporary-license request for this Sold To / End User before. */
export async function approvedForPair(db: Db, soldTo: string, endUser: string): Promise<boolean> {
  const { approvals, cases } = tablesOf(db);
  const rows = await db
    .select({ id: approvals.id })
    .from(approvals)
    .innerJoin(cases, eq(cases.id, approvals.caseId))
    .where(and(eq(approvals.state, 'approved'), eq(cases.soldTo, soldTo), eq(cases.endUser, endUser)))
    .limit(1);
  return rows.length > 0;
}

/**
 * The expiry dates (`YYYY-MM-DD`) of the temporary license files Customer Care issued for this Sold To /
 * End User (approved temp-license approvals): a file the customer sends back is recognised by its date.
 */
export async function issuedTempExpiriesForPair(db: Db, soldTo: string, endUser: string): Promise<string[]> {
  const { approvals, cases } = tablesOf(db);
  const rows = await db
    .select({ expiresOn: approvals.expiresOn })
    .from(approvals)
    .innerJoin(cases, eq(cases.id, approvals.caseId))
    .where(
      and(
        eq(approvals.state, 'approved'),
        eq(approvals.kind, 'temp-license'),
        isNotNull(approvals.expiresOn),
        eq(cases.soldTo, soldTo),
        eq(cases.endUser, endUser),
      ),
    );
  return rows.flatMap((r) => (r.expiresOn ? [r.expiresOn] : []));
}

/** Temporary license files Customer Care issued on this case (approved temp-license approvals). */
export async function issuedTempLicenses(
  db: Db,
  caseId: number,
): Promise<Array<{ id: number; decidedAt: string | null; createdAt: string; expiresOn: string }>> {
  return (await prepared(db, 'issued-temp-licenses', () => {
    const { approvals } = tablesOf(db);
    return db
      .select({
        id: approvals.id,
        decidedAt: approvals.decidedAt,
        createdAt: approvals.createdAt,
        expiresOn: approvals.expiresOn,
      })
      .from(approvals)
      .where(
        and(
          eq(approvals.caseId, sql.placeholder('caseId')),
          eq(approvals.state, 'approved'),
          eq(approvals.kind, 'temp-license'),
          isNotNull(approvals.expiresOn),
        ),
      );
  }).all({ caseId })) as Array<{ id: number; decidedAt: string | null; createdAt: string; expiresOn: string }>;
}
