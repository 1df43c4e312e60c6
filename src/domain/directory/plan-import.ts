/**
 * Compares the checked import rows with the stored directory and decides, per record, whether it
 * is created, updated or unchanged. Records absent from the import are left alone. For a record in
 * the import, the file is the truth: a contact's grants and extra addresses, and a contract's
 * products, become exactly the file's.
 */
import type { ContactRow, ContractRow, DirectoryFile, PairRow, StaffRow } from './row-schemas.ts';
import {
  canonicalContact,
  canonicalContract,
  type DirectoryState,
  pairKey,
  relationOf,
  type StoredCompany,
  type StoredContact,
  type StoredContract,
  type StoredPair,
  type StoredStaff,
} from './state.ts';

export type ChangeAction = 'created' | 'updated' | 'unchanged';
export interface Change<T> {
  action: ChangeAction;
  record: T;
}

export interface ImportPlan {
  companies: Change<StoredCompany>[];
  contracts: Change<StoredContract>[];
  pairs: Change<StoredPair>[];
  contacts: Change<StoredContact>[];
  staff: Change<StoredStaff>[];
}

export type ChangeCounts = Record<ChangeAction, number>;
export type ImportCounts = Record<keyof ImportPlan, ChangeCounts>;

/** The PIN hash to store for each contact email: decided by the caller (hashing is slow and async). */
export type PinHashes = ReadonlyMap<string, string | null>;

export function storedContract(row: ContractRow): StoredContract {
  return canonicalContract({
    id: row.id,
    soldTo: row.soldTo,
    tier: row.tier,
    region: row.region,
    timeZone: row.timeZone ?? null,
    holidayCountry: row.holidays ?? null,
    status: row.status,
    start: row.start,
    end: row.end,
    pilot: row.pilot,
    products: row.products.map((p) => ({ name: p.name, versions: p.versions })),
  });
}

/** DOMAIN.md §1: relation follows from the pair; the Support Owner defaults to the Sold To. */
export function storedPair(row: PairRow): StoredPair {
  return {
    soldTo: row.soldTo,
    endUser: row.endUser,
    supportOwner: row.supportOwner ?? row.soldTo,
    relation: relationOf(row.soldTo, row.endUser),
  };
}

export function storedContact(row: ContactRow, pinHash: string | null): StoredContact {
  return canonicalContact({
    email: row.email,
    name: row.name,
    phone: row.phone ?? null,
    slackUserId: row.slackUserId ?? null,
    designated: row.designated,
    pinHash,
    emails: row.emails,
    access: row.access.map((g) => ({
      soldTo: g.soldTo,
      endUser: g.endUser,
      level: g.level,
      approvedBy: g.approvedBy ?? null,
    })),
  });
}

export function storedStaff(row: StaffRow): StoredStaff {
  return {
    email: row.email,
    slackUserId: row.slackUserId ?? null,
    name: row.name,
    roles: row.roles,
    regions: row.regions,
  };
}

/** Deep equality that ignores key order (the store and the file build their objects separately). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function changesFor<T>(
  incoming: T[],
  existing: T[],
  keyOf: (record: T) => string,
  normalise: (record: T) => T,
): Change<T>[] {
  const stored = new Map(existing.map((record) => [keyOf(record), normalise(record)]));
  return incoming.map((record) => {
    const before = stored.get(keyOf(record));
    if (!before) return { action: 'created', record };
    return { action: sameRecord(before, record) ? 'unchanged' : 'updated', record };
  });
}

const same = <T>(record: T) => record;

export function planImport(file: DirectoryFile, existing: DirectoryState, pinHashes: PinHashes): ImportPlan {
  return {
    companies: changesFor(
      file.companies.map((c) => ({ id: c.id, name: c.name })),
      existing.companies,
      (c) => c.id,
      (c) => ({ id: c.id, name: c.name }),
    ),
    contracts: changesFor(file.contracts.map(storedContract), existing.contracts, (c) => c.id, canonicalContract),
    pairs: changesFor(file.pairs.map(storedPair), existing.pairs, pairKey, same),
    contacts: changesFor(
      file.contacts.map((c) => storedContact(c, pinHashes.get(c.email) ?? null)),
      existing.contacts,
      (c) => c.email,
      canonicalContact,
    ),
    staff: changesFor(file.staff.map(storedStaff), existing.staff, (s) => s.email, same),
  };
}

export function countChanges(plan: ImportPlan): ImportCounts {
  const count = (changes: Change<unknown>[]): ChangeCounts => {
    const counts: ChangeCounts = { created: 0, updated: 0, unchanged: 0 };
    for (const change of changes) counts[change.action]++;
    return counts;
  };
  return {
    companies: count(plan.companies),
    contracts: count(plan.contracts),
    pairs: count(plan.pairs),
    contacts: count(plan.contacts),
    staff: count(plan.staff),
  };
}
