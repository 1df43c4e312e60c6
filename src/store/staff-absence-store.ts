/** Staff absences (db/schema/directory.ts `staff_absences`): one per staff member, the current or the next. */
import { eq } from 'drizzle-orm';
import type { Absence } from '../domain/staff-absence/absence.ts';
import { type AuditEntry, appendAudit } from './audit-log.ts';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';
import { inTransaction } from './transaction.ts';
import { copyList, readOncePerUnit } from './unit-batch.ts';
import { memoKeys } from './unit-memo-keys.ts';

export interface StoredAbsence extends Absence {
  setBy: string;
  setAt: string;
}

/** Every absence on record (a small table; the clock reads it once per tick with the staff). */
export async function allAbsences(db: Db): Promise<StoredAbsence[]> {
  return readOncePerUnit(
    db,
    memoKeys.allAbsences,
    async () => {
      const { staffAbsences } = tablesOf(db);
      const rows = await prepared(db, 'all-absences', () => db.select().from(staffAbsences)).all();
      return rows.map(({ id: _id, ...absence }) => absence);
    },
    copyList,
  );
}

export async function absenceOf(db: Db, staffId: number): Promise<StoredAbsence | undefined> {
  return (await allAbsences(db)).find((a) => a.staffId === staffId);
}

/** Records an absence, replacing the member's earlier one, with its audit line, in one transaction. */
export async function saveAbsence(db: Db, absence: StoredAbsence, audit: AuditEntry): Promise<void> {
  const { staffAbsences } = tablesOf(db);
  await inTransaction(db, async () => {
    await db.delete(staffAbsences).where(eq(staffAbsences.staffId, absence.staffId));
    await db.insert(staffAbsences).values(absence);
    await appendAudit(db, audit);
  });
}

/** Removes the member's absence (they are back, or will not go); false when there was none. */
export async function removeAbsence(db: Db, staffId: number, audit: AuditEntry): Promise<boolean> {
  const { staffAbsences } = tablesOf(db);
  return await inTransaction(db, async () => {
    const removed = await db
      .delete(staffAbsences)
      .where(eq(staffAbsences.staffId, staffId))
      .returning({ staffId: staffAbsences.staffId });
    if (removed.length > 0) await appendAudit(db, audit);
    return removed.length > 0;
  });
}
