/**
 * The directory as stored (DOMAIN.md §1): what the store reads back and the import compares with.
 * Lists are in a canonical order so that equal directories compare equal.
 */
import type { AccessLevel } from '../ids.ts';

export interface StoredCompany {
  id: string;
  name: string;
}

export interface StoredProduct {
  name: string;
  /** Empty = every version is covered. */
  versions: string[];
}

export interface StoredContract {
  id: string;
  soldTo: string;
  tier: string;
  region: string;
  timeZone: string | null;
  holidayCountry: string | null;
  status: string;
  start: string;
  end: string;
  pilot: boolean;
  products: StoredProduct[];
}

export type PairRelation = 'direct' | 'indirect';

export interface StoredPair {
  soldTo: string;
  endUser: string;
  supportOwner: string;
  relation: PairRelation;
}

export interface StoredGrant {
  soldTo: string;
  endUser: string;
  level: AccessLevel;
  approvedBy: string | null;
}

export interface StoredContact {
  email: string;
  name: string;
  phone: string | null;
  slackUserId: string | null;
  designated: boolean;
  /** Never leaves the store except to be compared or kept; never printed. */
  pinHash: string | null;
  emails: string[];
  access: StoredGrant[];
}

export interface StoredStaff {
  email: string;
  slackUserId: string | null;
  name: string;
  roles: string[];
  regions: string[];
}

export interface DirectoryState {
  companies: StoredCompany[];
  contracts: StoredContract[];
  pairs: StoredPair[];
  contacts: StoredContact[];
  staff: StoredStaff[];
}

/** DOMAIN.md §1: a direct customer is its own End User (Sold To = End User). */
export function relationOf(soldTo: string, endUser: string): PairRelation {
  return soldTo === endUser ? 'direct' : 'indirect';
}

export function pairKey(pair: { soldTo: string; endUser: string }): string {
  return `${pair.soldTo}/${pair.endUser}`;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts every list the same way the store and the import do, so equality is plain deep equality. */
export function canonicalContact(contact: StoredContact): StoredContact {
  return {
    ...contact,
    emails: [...contact.emails].sort(byText),
    access: [...contact.access].sort((a, b) => byText(pairKey(a), pairKey(b))),
  };
}

export function canonicalContract(contract: StoredContract): StoredContract {
  return { ...contract, products: [...contract.products].sort((a, b) => byText(a.name, b.name)) };
}

export function sortByKey<T>(rows: T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => byText(key(a), key(b)));
}
