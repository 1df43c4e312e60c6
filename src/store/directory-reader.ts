/** Read side of the directory for the engine: contacts, grants with their pairs, contracts, staff. */
import { eq, inArray, or, sql } from 'drizzle-orm';
import type { ContractView, Grant } from '../domain/access.ts';
import type { AccessLevel } from '../domain/ids.ts';
import { type Db, schema } from './database.ts';
import { prepared } from './prepared.ts';

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
  const direct = await prepared(db, 'contact-by-email', () =>
    db
      .select()
      .from(schema.contacts)
      .where(eq(schema.contacts.email, sql.placeholder('email'))),
  ).get({ email: address });
  if (direct) return direct;
  // Most mail comes from addresses that are no contact at all, so this lookup is as hot as the first.
  const alias = await prepared(db, 'contact-alias-by-email', () =>
    db
      .select()
      .from(schema.contactEmails)
      .where(eq(schema.contactEmails.email, sql.placeholder('email'))),
  ).get({ email: address });
  return alias ? await findContactById(db, alias.contactId) : undefined;
}

export async function findContactById(db: Db, id: number): Promise<ContactRow | undefined> {
  return await prepared(db, 'contact-by-id', () =>
    db
      .select()
      .from(schema.contacts)
      .where(eq(schema.contacts.id, sql.placeholder('id'))),
  ).get({ id });
}

export async function grantsOf(db: Db, contactId: number): Promise<PairGrant[]> {
  const rows = await prepared(db, 'grants-of-contact', () =>
    db
      .select({ grant: schema.accessGrants, pair: schema.accountPairs })
      .from(schema.accessGrants)
      .innerJoin(schema.accountPairs, eq(schema.accessGrants.pairId, schema.accountPairs.id))
      .where(eq(schema.accessGrants.contactId, sql.placeholder('contactId'))),
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
      .select({ id: schema.accessGrants.pairId })
      .from(schema.accessGrants)
      .where(eq(schema.accessGrants.contactId, sql.placeholder('contactId')));
    const side = (column: typeof schema.accountPairs.soldTo | typeof schema.accountPairs.endUser) =>
      db.select({ id: column }).from(schema.accountPairs).where(inArray(schema.accountPairs.id, pairs));
    return db
      .select({ id: schema.companies.id, name: schema.companies.name })
      .from(schema.companies)
      .where(
        or(
          inArray(schema.companies.id, side(schema.accountPairs.soldTo)),
          inArray(schema.companies.id, side(schema.accountPairs.endUser)),
        ),
      );
  }).all({ contactId });
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function companyNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(schema.companies)
    .where(inArray(schema.companies.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function contractsOf(db: Db, soldTo: string): Promise<ContractView[]> {
  const contracts = await prepared(db, 'contracts-of-sold-to', () =>
    db
      .select()
      .from(schema.contracts)
      .where(eq(schema.contracts.soldTo, sql.placeholder('soldTo'))),
  ).all({ soldTo });
  if (contracts.length === 0) return [];
  // One prepared query by the Sold To (an IN list of ids is built anew each time: two per engine turn).
  const products = await prepared(db, 'contract-products-of-sold-to', () =>
    db
      .select({
        contractId: schema.contractProducts.contractId,
        name: schema.contractProducts.name,
        versions: schema.contractProducts.versions,
      })
      .from(schema.contractProducts)
      .innerJoin(schema.contracts, eq(schema.contractProducts.contractId, schema.contracts.id))
      .where(eq(schema.contracts.soldTo, sql.placeholder('soldTo')))
      .orderBy(schema.contractProducts.id),
  ).all({ soldTo });
  return contracts.map((c) => ({
    ...c,
    products: products.filter((p) => p.contractId === c.id).map((p) => ({ name: p.name, versions: p.versions })),
  }));
}

/** Every product name under contract, for recognising products in free text. */
export async function knownProductNames(db: Db): Promise<string[]> {
  return (
    await prepared(db, 'product-names', () =>
      db.selectDistinct({ name: schema.contractProducts.name }).from(schema.contractProducts),
    ).all()
  ).map((r) => r.name);
}

export async function findStaffBySlackId(db: Db, slackUserId: string): Promise<StaffRow | undefined> {
  return (await db.select().from(schema.staff).where(eq(schema.staff.slackUserId, slackUserId)))[0];
}

export async function findStaffByEmail(db: Db, email: string): Promise<StaffRow | undefined> {
  return (await db.select().from(schema.staff).where(eq(schema.staff.email, email.toLowerCase())))[0];
}

/** Staff with a role, preferring those who cover the region; everyone with the role when none does. */
export async function staffWithRole(db: Db, role: string, region?: string | null): Promise<StaffRow[]> {
  const all = (await prepared(db, 'all-staff', () => db.select().from(schema.staff)).all()).filter((s) =>
    s.roles.includes(role),
  );
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
    .update(schema.contacts)
    .set({ failedPinAttempts: failedAttempts, lockedUntil })
    .where(eq(schema.contacts.id, contactId));
}
