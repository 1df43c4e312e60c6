/**
 * Mail in a contact's name that fails authentication (DOMAIN.md §8) is not acted on: the contact is
 * told at the registered address (not necessarily the sender's), and staff are notified.
 */
import type { Turn } from '../turn.ts';

export async function handleAuthFailure(turn: Turn): Promise<void> {
  const contact = turn.identity.contact!;
  turn.decision = 'quarantined';
  turn.identity.replyTo = contact.email;
  await turn.reply('auth-failed-contact', { name: contact.name });
  await turn.notifyStaff('analyst', 'staff-auth-failed', {
    contact: contact.email,
    subject: turn.message.subject ?? '(no subject)',
  });
  await turn.audit('mail.auth-failed', `contact:${contact.email}`, { subject: turn.message.subject ?? null });
}
