/**
 * `contact set-pin`: a new PIN for a contact (DOMAIN.md §1). The PIN must meet the PIN policy; it
 * is stored only as a hash, and the audit entry records that it changed, never the PIN.
 */
import { hashPinAsync, pinPolicyProblem } from '../domain/pin.ts';
import type { PinPolicy } from '../domain/policy/schema.ts';
import { findContactProfile, replaceContactPinHash } from '../store/contact-admin-store.ts';
import type { Db } from '../store/database.ts';

export interface SetContactPinInput {
  email: string;
  pin: string;
  pinPolicy: PinPolicy;
  actor: string;
  /** Whether the PIN was generated (recorded in the audit entry). */
  generated?: boolean;
  now?: Date;
}

export type SetContactPinResult =
  | { ok: true; email: string }
  | { ok: false; reason: 'unknown-contact' | 'pin-policy'; message: string };

export async function setContactPin(db: Db, input: SetContactPinInput): Promise<SetContactPinResult> {
  const contact = await findContactProfile(db, input.email);
  if (!contact) return { ok: false, reason: 'unknown-contact', message: `no contact with the address ${input.email}` };
  const problem = pinPolicyProblem(input.pin, input.pinPolicy);
  if (problem) return { ok: false, reason: 'pin-policy', message: problem };
  const pinHash = await hashPinAsync(input.pin);
  await replaceContactPinHash(db, contact.id, pinHash, {
    at: input.now ?? new Date(),
    actor: input.actor,
    action: 'contact.set-pin',
    subject: contact.email,
    details: { generated: input.generated ?? false, hadPin: contact.hasPin },
  });
  return { ok: true, email: contact.email };
}
