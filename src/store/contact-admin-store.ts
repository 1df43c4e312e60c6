/**
 * Contact look-ups and PIN changes for the admin tools. The profile says whether a PIN is set,
 * never what it is or its hash.
 */
import { asc, eq } from 'drizzle-orm';
import type { StoredGrant } from '../domain/directory/state.ts';
import type { AccessLevel } from '../domain/ids.ts';
import { type AuditEntry, appendAudit } from './audit-log.ts';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import { inTransaction } from './transaction.ts';

export interface ContactProfile {
  id: number;
  email: string;
  name: string;
  phone: string | null;
  slackUserId: string | null;
  designated: boolean;
  hasPin: boolean;
  failedPinAttempts: number;
  lockedUntil: string | null;
  emails: string[];
  access: StoredGrant[];
}

/** By the primary address or any further address of the contact (case-insensitive). */
export async function findContactProfile(db: Db, address: string): Promise<ContactProfile | undefined> {
  const email = address.trim().toLowerCase();
  const viaExtra = (
    await db
      .select()
      .from(tablesOf(db).contactEmails)
      .where(eq(tablesOf(db).contactEmails.email, email))
  )[0];
  const contact = viaExtra
    ? (
        await db
          .select()
          .from(tablesOf(db).contacts)
          .where(eq(tablesOf(db).contacts.id, viaExtra.contactId))
      )[0]
    : (
        await db
          .select()
          .from(tablesOf(db).contacts)
          .where(eq(tablesOf(db).contacts.email, email))
      )[0];
  if (!contact) return undefined;
  const emails = await db
    .select()
    .from(tablesOf(db).contactEmails)
    .where(eq(tablesOf(db).contactEmails.contactId, contact.id))
    .orderBy(asc(tablesOf(db).contactEmails.email));
  const access = await db
    .select({
      soldTo: tablesOf(db).accountPairs.soldTo,
      endUser: tablesOf(db).accountPairs.endUser,
      level: tablesOf(db).accessGrants.level,
      approvedBy: tablesOf(db).accessGrants.approvedBy,
    })
    .from(tablesOf(db).accessGrants)
    .innerJoin(tablesOf(db).accountPairs, eq(tablesOf(db).accessGrants.pairId, tablesOf(db).accountPairs.id))
    .where(eq(tablesOf(db).accessGrants.contactId, contact.id))
    .orderBy(asc(tablesOf(db).accountPairs.soldTo), asc(tablesOf(db).accountPairs.endUser));
  return {
    id: contact.id,
    email: contact.email,
    name: contact.name,
    phone: contact.phone,
    slackUserId: contact.slackUserId,
    designated: contact.designated,
    hasPin: contact.pinHash !== null,
    failedPinAttempts: contact.failedPinAttempts,
    lockedUntil: contact.lockedUntil,
    emails: emails.map((e) => e.email),
    access: access.map((a) => ({ ...a, level: a.level as AccessLevel })),
  };
}

/** Stores a new PIN hash and clears the wrong-PIN counter and lock, with its audit entry, atomically. */
export async function replaceContactPinHash(
  db: Db,
  contactId: number,
  pinHash: string,
  audit: AuditEntry,
): Promise<void> {
  await inTransaction(db, async () => {
    const tx = db;
    await tx
      .update(tablesOf(db).contacts)
      .set({ pinHash, failedPinAttempts: 0, lockedUntil: null })
      .where(eq(tablesOf(db).contacts.id, contactId));
    await appendAudit(tx, audit);
  });
}
