/** Reads the whole directory into its stored form (src/domain/directory/state.ts), in canonical order. */
import { asc } from 'drizzle-orm';
import {
  canonicalContact,
  canonicalContract,
  type DirectoryState,
  type StoredContact,
  type StoredContract,
} from '../domain/directory/state.ts';
import type { AccessLevel } from '../domain/ids.ts';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';

type Reader = Pick<Db, 'select'>;

function groupBy<T, K>(rows: T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

async function readContracts(db: Reader): Promise<StoredContract[]> {
  const products = groupBy(
    await db
      .select()
      .from(tablesOf(db).contractProducts)
      .orderBy(asc(tablesOf(db).contractProducts.id)),
    (p) => p.contractId,
  );
  return (
    await db
      .select()
      .from(tablesOf(db).contracts)
      .orderBy(asc(tablesOf(db).contracts.id))
  ).map((c) =>
    canonicalContract({
      id: c.id,
      soldTo: c.soldTo,
      tier: c.tier,
      region: c.region,
      timeZone: c.timeZone,
      holidayCountry: c.holidayCountry,
      status: c.status,
      start: c.startDate,
      end: c.endDate,
      pilot: c.pilot,
      products: (products.get(c.id) ?? []).map((p) => ({ name: p.name, versions: p.versions })),
    }),
  );
}

async function readContacts(db: Reader): Promise<StoredContact[]> {
  const pairs = new Map((await db.select().from(tablesOf(db).accountPairs)).map((p) => [p.id, p]));
  const grants = groupBy(await db.select().from(tablesOf(db).accessGrants), (g) => g.contactId);
  const emails = groupBy(await db.select().from(tablesOf(db).contactEmails), (e) => e.contactId);
  return (
    await db
      .select()
      .from(tablesOf(db).contacts)
      .orderBy(asc(tablesOf(db).contacts.email))
  ).map((c) =>
    canonicalContact({
      email: c.email,
      name: c.name,
      phone: c.phone,
      slackUserId: c.slackUserId,
      designated: c.designated,
      pinHash: c.pinHash,
      emails: (emails.get(c.id) ?? []).map((e) => e.email),
      access: (grants.get(c.id) ?? []).flatMap((g) => {
        const pair = pairs.get(g.pairId);
        if (!pair) return [];
        return [
          { soldTo: pair.soldTo, endUser: pair.endUser, level: g.level as AccessLevel, approvedBy: g.approvedBy },
        ];
      }),
    }),
  );
}

export async function readDirectoryState(db: Reader): Promise<DirectoryState> {
  return {
    companies: await db
      .select()
      .from(tablesOf(db).companies)
      .orderBy(asc(tablesOf(db).companies.id)),
    contracts: await readContracts(db),
    pairs: (
      await db
        .select()
        .from(tablesOf(db).accountPairs)
        .orderBy(asc(tablesOf(db).accountPairs.soldTo), asc(tablesOf(db).accountPairs.endUser))
    ).map((p) => ({ soldTo: p.soldTo, endUser: p.endUser, supportOwner: p.supportOwner, relation: p.relation })),
    contacts: await readContacts(db),
    staff: (
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
    })),
  };
}
