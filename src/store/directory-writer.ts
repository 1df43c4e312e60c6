/**
 * Writes an import plan in one synchronous transaction (with better-sqlite3 an async callback would
 * not roll back), together with its audit entry: all of it lands, or none of it.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Change, ImportPlan } from '../domain/directory/plan-import.ts';
import { pairKey, type StoredContact, type StoredContract } from '../domain/directory/state.ts';
import { type AuditEntry, appendAudit } from './audit-log.ts';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import { inTransaction } from './transaction.ts';

type Tx = Db;

const changed = <T>(changes: Change<T>[]): Change<T>[] => changes.filter((c) => c.action !== 'unchanged');

async function writeContract(tx: Tx, contract: StoredContract, action: string): Promise<void> {
  const row = {
    soldTo: contract.soldTo,
    tier: contract.tier,
    region: contract.region,
    timeZone: contract.timeZone,
    holidayCountry: contract.holidayCountry,
    status: contract.status,
    startDate: contract.start,
    endDate: contract.end,
    pilot: contract.pilot,
  };
  if (action === 'created') await tx.insert(tablesOf(tx).contracts).values({ id: contract.id, ...row });
  else
    await tx
      .update(tablesOf(tx).contracts)
      .set(row)
      .where(eq(tablesOf(tx).contracts.id, contract.id));
  await tx.delete(tablesOf(tx).contractProducts).where(eq(tablesOf(tx).contractProducts.contractId, contract.id));
  for (const product of contract.products) {
    await tx
      .insert(tablesOf(tx).contractProducts)
      .values({ contractId: contract.id, name: product.name, versions: product.versions });
  }
}

/**
 * Frees the unique values (extra addresses, Slack ids) of the contacts and staff about to change,
 * so that two records may swap them within one import.
 */
async function releaseUniqueValues(tx: Tx, plan: ImportPlan): Promise<void> {
  const contactEmails = plan.contacts.filter((c) => c.action === 'updated').map((c) => c.record.email);
  if (contactEmails.length > 0) {
    const ids = await tx
      .select({ id: tablesOf(tx).contacts.id })
      .from(tablesOf(tx).contacts)
      .where(inArray(tablesOf(tx).contacts.email, contactEmails));
    const contactIds = ids.map((r) => r.id);
    await tx.delete(tablesOf(tx).contactEmails).where(inArray(tablesOf(tx).contactEmails.contactId, contactIds));
    await tx
      .update(tablesOf(tx).contacts)
      .set({ slackUserId: null })
      .where(inArray(tablesOf(tx).contacts.id, contactIds));
  }
  const staffEmails = plan.staff.filter((s) => s.action === 'updated').map((s) => s.record.email);
  if (staffEmails.length > 0) {
    await tx
      .update(tablesOf(tx).staff)
      .set({ slackUserId: null })
      .where(inArray(tablesOf(tx).staff.email, staffEmails));
  }
}

async function writeContact(
  tx: Tx,
  contact: StoredContact,
  action: string,
  pairIds: Map<string, number>,
): Promise<void> {
  const row = {
    name: contact.name,
    phone: contact.phone,
    slackUserId: contact.slackUserId,
    designated: contact.designated,
    pinHash: contact.pinHash,
  };
  let id: number;
  if (action === 'created') {
    id = (
      await tx
        .insert(tablesOf(tx).contacts)
        .values({ email: contact.email, ...row })
        .returning({ id: tablesOf(tx).contacts.id })
    )[0]!.id;
  } else {
    const before = (
      await tx
        .select()
        .from(tablesOf(tx).contacts)
        .where(eq(tablesOf(tx).contacts.email, contact.email))
    )[0];
    if (!before) throw new Error(`contact ${contact.email} vanished during the import`);
    id = before.id;
    // A new PIN starts with a clean slate: the old lock was about the old PIN (DOMAIN.md §8).
    const pinChanged = before.pinHash !== contact.pinHash;
    await tx
      .update(tablesOf(tx).contacts)
      .set(pinChanged ? { ...row, failedPinAttempts: 0, lockedUntil: null } : row)
      .where(eq(tablesOf(tx).contacts.id, id));
    await tx.delete(tablesOf(tx).accessGrants).where(eq(tablesOf(tx).accessGrants.contactId, id));
  }
  for (const email of contact.emails) await tx.insert(tablesOf(tx).contactEmails).values({ email, contactId: id });
  for (const grant of contact.access) {
    const pairId = pairIds.get(pairKey(grant));
    if (pairId === undefined) throw new Error(`no account pair ${pairKey(grant)}`);
    await tx
      .insert(tablesOf(tx).accessGrants)
      .values({ contactId: id, pairId, level: grant.level, approvedBy: grant.approvedBy });
  }
}

export async function applyImportPlan(db: Db, plan: ImportPlan, audit: AuditEntry): Promise<void> {
  await inTransaction(db, async () => {
    const tx = db;
    await releaseUniqueValues(tx, plan);
    for (const { action, record } of changed(plan.companies)) {
      if (action === 'created') await tx.insert(tablesOf(tx).companies).values(record);
      else
        await tx
          .update(tablesOf(tx).companies)
          .set({ name: record.name })
          .where(eq(tablesOf(tx).companies.id, record.id));
    }
    for (const { action, record } of changed(plan.contracts)) await writeContract(tx, record, action);
    for (const { action, record } of changed(plan.pairs)) {
      if (action === 'created') await tx.insert(tablesOf(tx).accountPairs).values(record);
      else
        await tx
          .update(tablesOf(tx).accountPairs)
          .set({ supportOwner: record.supportOwner, relation: record.relation })
          .where(
            and(
              eq(tablesOf(tx).accountPairs.soldTo, record.soldTo),
              eq(tablesOf(tx).accountPairs.endUser, record.endUser),
            ),
          );
    }
    const pairIds = new Map((await tx.select().from(tablesOf(tx).accountPairs)).map((p) => [pairKey(p), p.id]));
    for (const { action, record } of changed(plan.contacts)) await writeContact(tx, record, action, pairIds);
    for (const { action, record } of changed(plan.staff)) {
      const row = { slackUserId: record.slackUserId, name: record.name, roles: record.roles, regions: record.regions };
      if (action === 'created') await tx.insert(tablesOf(tx).staff).values({ email: record.email, ...row });
      else
        await tx
          .update(tablesOf(tx).staff)
          .set(row)
          .where(eq(tablesOf(tx).staff.email, record.email));
    }
    await appendAudit(tx, audit);
  });
}
