/** Read side of the directory for the engine: contacts, grants with their pairs, contracts, staff. */
import { eq, inArray, or, sql } from 'drizzle-orm';
import type { ContractView, Grant } from '../domain/access.ts';
import type { AccessLevel } from '../domain/ids.ts';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';
import { copyList, copyRow, readOncePerUnit } from './unit-batch.ts';
import { memoKeys } from './unit-memo-keys.ts';

export type ContactRow = typeof schema.contacts.$inferSelect;
export type StaffRow = typeof schema.staff.$inferSelect;

export interface PairGrant extends Grant {
  relation: 'direct' | 'indirect';
  supportOwner: string;
  soldToName: string;
  endUserName: string;
}

export async function findContactByEmail(db: Db, email: string): Promise<ContactRow | undefined> {
  const address = email.trim().toLowerCase();
  return readOncePerUnit(db, memoKeys.contactByEmail(address), () => readContactByEmail(db, address), copyRow);
}

async function readContactByEmail(db: Db, address: string): Promise<ContactRow | undefined> {
  const direct = await prepared(db, 'contact-by-email', () =>
    db
      .select()
      .from(tablesOf(db).contacts)
      .where(eq(tablesOf(db).contacts.email, sql.placeholder('email'))),
  ).get({ email: address });
  if (direct) return direct;
  // Most mail comes from addresses that are no contact at all, so this lookup is as hot as the first.
  const alias = await prepared(db, 'contact-alias-by-email', () =>
    db
      .select()
      .from(tablesOf(db).contactEmails)
      .where(eq(tablesOf(db).contactEmails.email, sql.placeholder('email'))),
  ).get({ email: address });
  return alias ? await findContactById(db, alias.contactId) : undefined;
}

export async function findContactById(db: Db, id: number): Promise<ContactRow | undefined> {
  return readOncePerUnit(db, memoKeys.contactById(id), () => readContactById(db, id), copyRow);
}

async function readContactById(db: Db, id: number): Promise<ContactRow | undefined> {
  return await prepared(db, 'contact-by-id', () =>
    db
      .select()
      .from(tablesOf(db).contacts)
      .where(eq(tablesOf(db).contacts.id, sql.placeholder('id'))),
  ).get({ id });
}

export async function grantsOf(db: Db, contactId: number): Promise<PairGrant[]> {
  return readOncePerUnit(db, memoKeys.grantsOf(contactId), () => readGrantsOf(db, contactId), copyList);
}

async function readGrantsOf(db: Db, contactId: number): Promise<PairGrant[]> {
  const rows = await prepared(db, 'grants-of-contact', () =>
    db
      .select({ grant: tablesOf(db).accessGrants, pair: tablesOf(db).accountPairs })
      .from(tablesOf(db).accessGrants)
      .innerJoin(tablesOf(db).accountPairs, eq(tablesOf(db).accessGrants.pairId, tablesOf(db).accountPairs.id))
      .where(eq(tablesOf(db).accessGrants.contactId, sql.placeholder('contactId'))),
  ).all({ contactId });
  const names = await companyNamesOfContact(db, contactId);
  return rows
    .map(({ grant, pair }) => ({
      pairId: pair.id,
      soldTo: pair.soldTo,
      endUser: pair.endUser,
      supportOwner: pair.supportOwner,
      relation: pair.relation,
      level: grant.level as AccessLevel,
      soldToName: names.get(pair.soldTo) ?? pair.soldTo,
      endUserName: names.get(pair.endUser) ?? pair.endUser,
    }))
    .sort((a, b) => a.pairId - b.pairId);
}

/** The names of the companies in a contact's pairs, by one prepared query (grantsOf runs every turn). */
async function companyNamesOfContact(db: Db, contactId: number): Promise<Map<string, string>> {
  const rows = await prepared(db, 'company-names-of-contact', () => {
    const pairs = db
      .select({ id: tablesOf(db).accessGrants.pairId })
      .from(tablesOf(db).accessGrants)
      .where(eq(tablesOf(db).accessGrants.contactId, sql.placeholder('contactId')));
    const side = (column: typeof schema.accountPairs.soldTo | typeof schema.accountPairs.endUser) =>
      db
        .select({ id: column })
        .from(tablesOf(db).accountPairs)
        .where(inArray(tablesOf(db).accountPairs.id, pairs));
    return db
      .select({ id: tablesOf(db).companies.id, name: tablesOf(db).companies.name })
      .from(tablesOf(db).companies)
      .where(
        or(
          inArray(tablesOf(db).companies.id, side(tablesOf(db).accountPairs.soldTo)),
          inArray(tablesOf(db).companies.id, side(tablesOf(db).accountPairs.endUser)),
        ),
      );
  }).all({ contactId });
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function companyNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(tablesOf(db).companies)
    .where(inArray(tablesOf(db).companies.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every company of the directory: a license request may name one its writer holds no access to. */
export async function allCompanies(db: Db): Promise<Array<{ id: string; name: string }>> {
  // Prepared (round 10): asked on a turn that opens a case; built and planned per call on PostgreSQL.
  return await prepared(db, 'all-companies', () => db.select().from(tablesOf(db).companies)).all();
}

export async function contractsOf(db: Db, soldTo: string): Promise<ContractView[]> {
  // A turn asks for a Sold To's contracts from several steps: read once per unit (unit-batch.ts).
  return readOncePerUnit(db, memoKeys.contractsOf(soldTo), () => readContractsOf(db, soldTo), copyList);
}

async function readContractsOf(db: Db, soldTo: string): Promise<ContractView[]> {
  const contracts = await prepared(db, 'contracts-of-sold-to', () =>
    db
      .select()
      .from(tablesOf(db).contracts)
      .where(eq(tablesOf(db).contracts.soldTo, sql.placeholder('soldTo'))),
  ).all({ soldTo });
  if (contracts.length === 0) return [];
  // One prepared query by the Sold To (an IN list of ids is built anew each time: two per engine turn).
  const products = await prepared(db, 'contract-products-of-sold-to', () =>
    db
      .select({
        contractId: tablesOf(db).contractProducts.contractId,
        name: tablesOf(db).contractProducts.name,
        versions: tablesOf(db).contractProducts.versions,
      })
      .from(tablesOf(db).contractProducts)
      .innerJoin(tablesOf(db).contracts, eq(tablesOf(db).contractProducts.contractId, tablesOf(db).contracts.id))
      .where(eq(tablesOf(db).contracts.soldTo, sql.placeholder('soldTo')))
      .orderBy(tablesOf(db).contractProducts.id),
  ).all({ soldTo });
  return contracts.map((c) => ({
    ...c,
    products: products.filter((p) => p.contractId === c.id).map((p) => ({ name: p.name, versions: p.versions })),
  }));
}

/** Every product name under contract, for recognising products in free text. */
export async function knownProductNames(db: Db): Promise<string[]> {
  return readOncePerUnit(
    db,
    memoKeys.productNames,
    async () =>
      (
        await prepared(db, 'product-names', () =>
          db.selectDistinct({ name: tablesOf(db).contractProducts.name }).from(tablesOf(db).contractProducts),
        ).all()
      ).map((r) => r.name),
    copyList,
  );
}

export async function findStaffBySlackId(db: Db, slackUserId: string): Promise<StaffRow | undefined> {
  return (
    await db
      .select()
      .from(tablesOf(db).staff)
      .where(eq(tablesOf(db).staff.slackUserId, slackUserId))
  )[0];
}

export async function findStaffByEmail(db: Db, email: string): Promise<StaffRow | undefined> {
  return (
    await db
      .select()
      .from(tablesOf(db).staff)
      .where(eq(tablesOf(db).staff.email, email.toLowerCase()))
  )[0];
}

/** Staff with a role, preferring those who cover the region; everyone with the role when none does. */
export async function staffWithRole(db: Db, role: string, region?: string | null): Promise<StaffRow[]> {
  const all = (await allStaffRows(db)).filter((s) => s.roles.includes(role));
  const inRegion = region ? all.filter((s) => s.regions.includes(region)) : [];
  return inRegion.length > 0 ? inRegion : all;
}

export async function updatePinState(
  db: Db,
  contactId: number,
  failedAttempts: number,
  lockedUntil: string | null,
): Promise<void> {
  await db
    .update(tablesOf(db).contacts)
    .set({ failedPinAttempts: failedAttempts, lockedUntil })
    .where(eq(tablesOf(db).contacts.id, contactId));
}

export async function findStaffById(db: Db, id: number): Promise<StaffRow | undefined> {
  const { staff } = tablesOf(db);
  return (await db.select().from(staff).where(eq(staff.id, id)))[0];
}

/** Every address the directory knows: contacts' and staff's (their own data is no leak, issue 21 §7). */
export async function directoryEmails(db: Db): Promise<string[]> {
  const { contacts, staff } = tablesOf(db);
  const [fromContacts, fromStaff] = [
    await db.select({ email: contacts.email }).from(contacts),
    await db.select({ email: staff.email }).from(staff),
  ];
  return [...fromContacts, ...fromStaff].map((r) => r.email);
}

/** Every staff member (a small table; the scheduler reads it once per tick). */
export async function allStaffRows(db: Db): Promise<StaffRow[]> {
  return readOncePerUnit(
    db,
    memoKeys.allStaff,
    () => prepared(db, 'all-staff', () => db.select().from(tablesOf(db).staff)).all(),
    copyList,
  );
}

/** A staff member's name, if the id is known. */
export async function staffNameById(db: Db, id: number): Promise<string | undefined> {
  return (await findStaffById(db, id))?.name;
}
