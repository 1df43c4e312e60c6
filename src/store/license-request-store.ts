/** License requests read from mail (issue 25): stored as read, completed by answers, routed to Licensing. */
import { eq } from 'drizzle-orm';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';

export type LicenseRequestRow = typeof schema.licenseRequests.$inferSelect;
export type NewLicenseRequest = Omit<typeof schema.licenseRequests.$inferInsert, 'id' | 'reference'>;

/** Inserts the request and gives it its reference (`LR-000042`, from the row id: never repeated). */
export async function insertLicenseRequest(db: Db, values: NewLicenseRequest): Promise<LicenseRequestRow> {
  const { licenseRequests } = tablesOf(db);
  const [row] = await db
    .insert(licenseRequests)
    .values({ ...values, reference: `pending-${values.createdAt}-${Math.random()}` })
    .returning();
  const reference = `LR-${String(row!.id).padStart(6, '0')}`;
  await db.update(licenseRequests).set({ reference }).where(eq(licenseRequests.id, row!.id));
  return { ...row!, reference };
}

export async function licenseRequestById(db: Db, id: number): Promise<LicenseRequestRow | undefined> {
  const { licenseRequests } = tablesOf(db);
  return (await db.select().from(licenseRequests).where(eq(licenseRequests.id, id)))[0];
}

export async function updateLicenseRequest(db: Db, id: number, changes: Partial<NewLicenseRequest>): Promise<void> {
  const { licenseRequests } = tablesOf(db);
  await db.update(licenseRequests).set(changes).where(eq(licenseRequests.id, id));
}
