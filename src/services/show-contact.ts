/**
 * `contact show`: a contact's profile for an admin. Shows whether a PIN is set and whether it is
 * locked (DOMAIN.md §8), never the PIN or its hash.
 */
import type { StoredGrant } from '../domain/directory/state.ts';
import { findContactProfile } from '../store/contact-admin-store.ts';
import type { Db } from '../store/database.ts';

export interface ContactView {
  email: string;
  name: string;
  phone: string | null;
  slackUserId: string | null;
  designated: boolean;
  emails: string[];
  pin: 'set' | 'empty';
  lock: { locked: boolean; failedAttempts: number; lockedUntil: string | null };
  access: StoredGrant[];
}

export async function showContact(db: Db, email: string, now: Date = new Date()): Promise<ContactView | undefined> {
  const contact = await findContactProfile(db, email);
  if (!contact) return undefined;
  const locked = contact.lockedUntil !== null && new Date(contact.lockedUntil) > now;
  return {
    email: contact.email,
    name: contact.name,
    phone: contact.phone,
    slackUserId: contact.slackUserId,
    designated: contact.designated,
    emails: contact.emails,
    pin: contact.hasPin ? 'set' : 'empty',
    lock: { locked, failedAttempts: contact.failedPinAttempts, lockedUntil: locked ? contact.lockedUntil : null },
    access: contact.access,
  };
}
