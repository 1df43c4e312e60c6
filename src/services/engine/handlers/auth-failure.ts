/**
 * Mail in a contact's name that fails authentication (DOMAIN.md §8) is not acted on: the contact is
 * told at the registered address (not necessarily the sender's), and staff are notified.
 */
import type { Turn } from '../turn.ts';

export function handleAuthFailure(turn: Turn): void {
  const contact = turn.identity.contact!;
  turn.decision = 'quarantined';
  turn.identity.replyTo = contact.email;
  turn.reply('auth-failed-contact', { name: contact.name });
  turn.notifyStaff('analyst', 'staff-auth-failed', {
    contact: contact.email,
    subject: turn.message.subject ?? '(no subject)',
  });
  turn.audit('mail.auth-failed', `contact:${contact.email}`, { subject: turn.message.subject ?? null });
}
