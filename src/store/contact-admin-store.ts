/**
 * Contact look-ups and PIN changes for the admin tools. The profile says whether a PIN is set,
 * never what it is or its hash.
 */
import { asc, eq } from 'drizzle-orm';
import type { StoredGrant } from '../domain/directory/state.ts';
import type { AccessLevel } from '../domain/ids.ts';
import { type AuditEntry, appendAudit } from './audit-log.ts';
import { type Db, schema } from './database.ts';
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
  const viaExtra = (await db.select().from(schema.contactEmails).where(eq(schema.contactEmails.email, email)))[0];
  const contact = viaExtra
    ? (await db.select().from(schema.contacts).where(eq(schema.contacts.id, viaExtra.contactId)))[0]
    : (await db.select().from(schema.contacts).where(eq(schema.contacts.email, email)))[0];
  if (!contact) return undefined;
  const emails = await db
    .select()
    .from(schema.contactEmails)
    .where(eq(schema.contactEmails.contactId, contact.id))
    .orderBy(asc(schema.contactEmails.email));
  const access = await db
    .select({
      soldTo: schema.accountPairs.soldTo,
      endUser: schema.accountPairs.endUser,
      level: schema.accessGrants.level,
      approvedBy: schema.accessGrants.approvedBy,
    })
    .from(schema.accessGrants)
    .innerJoin(schema.accountPairs, eq(schema.accessGrants.pairId, schema.accountPairs.id))
    .where(eq(schema.accessGrants.contactId, contact.id))
    .orderBy(asc(schema.accountPairs.soldTo), asc(schema.accountPairs.endUser));
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
      .update(schema.contacts)
      .set({ pinHash, failedPinAttempts: 0, lockedUntil: null })
      .where(eq(schema.contacts.id, contactId));
    await appendAudit(tx, audit);
  });
}
