/** Staff records for the admin tools (`staff add`, `staff list`). */
import { asc, eq, or } from 'drizzle-orm';
import type { StoredStaff } from '../domain/directory/state.ts';
import { type AuditEntry, appendAudit } from './audit-log.ts';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import { inTransaction } from './transaction.ts';

export async function listStaffMembers(db: Db): Promise<StoredStaff[]> {
  return (
    await db
      .select()
      .from(tablesOf(db).staff)
      .orderBy(asc(tablesOf(db).staff.email))
  ).map((s) => ({
    email: s.email,
    slackUserId: s.slackUserId,
    name: s.name,
    roles: s.roles,
    regions: s.regions,
  }));
}

/** The staff member already holding this email or Slack id, if any. */
export async function findStaffClash(
  db: Db,
  email: string,
  slackUserId: string | null,
): Promise<StoredStaff | undefined> {
  const condition = slackUserId
    ? or(eq(tablesOf(db).staff.email, email), eq(tablesOf(db).staff.slackUserId, slackUserId))
    : eq(tablesOf(db).staff.email, email);
  const row = (await db.select().from(tablesOf(db).staff).where(condition))[0];
  return (
    row && { email: row.email, slackUserId: row.slackUserId, name: row.name, roles: row.roles, regions: row.regions }
  );
}

export async function insertStaffMember(db: Db, member: StoredStaff, audit: AuditEntry): Promise<void> {
  await inTransaction(db, async () => {
    const tx = db;
    await tx.insert(tablesOf(db).staff).values(member);
    await appendAudit(tx, audit);
  });
}
