/**
 * Whose data is not sensitive in a contact's own message (issue 21 §7): their own phone and address, the
 * directory's and the vendor's addresses, the vendor's own numbers — and the ship-to address a courier
 * order asks for (DOMAIN.md §5 requires its telephone and e-mail), which is order data, not a leak; so are
 * the names, phones and e-mail addresses a license request form asks for (DOMAIN.md §7).
 */

import type { ContactDataOptions } from '../../domain/sensitive-contacts.ts';
import { shipToSpans } from '../../domain/understanding/controlled-release.ts';
import { directoryEmails } from '../../store/directory-reader.ts';
import { readsAsLicenseRequest } from './handlers/license-request.ts';
import { askedSlots } from './read-message.ts';
import type { Turn } from './turn.ts';

export async function sensitiveDataOptions(turn: Turn, text: string): Promise<ContactDataOptions> {
  const contact = turn.identity.contact;
  const { db, policy } = turn.ctx;
  // The directory is only read when the message holds an address at all.
  const own = text.includes('@')
    ? [
        ...(await directoryEmails(db)),
        ...Object.values(policy.regions).map((r) => r.licensingEmail),
        policy.managementAttentionEmail,
      ]
    : [];
  const sender = contact?.email ?? (turn.message.sender.kind === 'email' ? turn.message.sender.address : undefined);
  if (sender) own.push(sender.toLowerCase(), sender.slice(sender.indexOf('@')).toLowerCase());
  const asked = askedSlots(turn.dialogue);
  const exempt: Array<[number, number]> =
    asked.includes('shipTo') || asked.includes('deliveryMethod') || isLicenseOrder(turn, text)
      ? [[0, text.length]]
      : shipToSpans(text);
  return {
    ...(contact?.phone ? { ownPhone: contact.phone } : {}),
    ...(contact ? { sender: { name: contact.name, email: contact.email } } : {}),
    ownAddresses: own,
    publicPhones: Object.values(policy.regions).map((r) => r.customerCarePhone),
    exempt,
  };
}

/** A license request (or an answer to its questions): its contact lines are what the form asks for. */
function isLicenseOrder(turn: Turn, text: string): boolean {
  if (turn.dialogue.kind === 'license-request') return true;
  // Only worth reading when there is contact data to keep or redact.
  if (!text.includes('@') && !/\d[\d\s().+-]{6,}\d/.test(text)) return false;
  return readsAsLicenseRequest(turn, text);
}
