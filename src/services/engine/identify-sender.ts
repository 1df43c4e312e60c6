/**
 * Who is writing, as far as the channel proves it (DOMAIN.md §8):
 * - email: the From address matches a contact AND the trusted Authentication-Results pass;
 * - Slack: the user is linked to a contact only after a PIN entered in a modal;
 * - console: the local demo user named with --as.
 * "Verified" additionally needs a PIN check on this channel within the link time.
 */

import { findContactByEmail, findContactById, grantsOf } from '../../store/directory-reader.ts';
import { prefetchTurnState } from '../../store/turn-state.ts';
import { activeVerification } from '../../store/verification-store.ts';
import type { Identity } from './turn.ts';
import type { EngineContext, Sender } from './types.ts';

export function senderKeyOf(sender: Sender): string {
  switch (sender.kind) {
    case 'slack':
      return sender.teamId ? `${sender.teamId}:${sender.userId}` : sender.userId;
    case 'email':
      return sender.address.trim().toLowerCase();
    case 'console':
      return sender.email.trim().toLowerCase();
  }
}

export function replyAddressOf(sender: Sender): string {
  return sender.kind === 'slack'
    ? sender.userId
    : sender.kind === 'email'
      ? sender.address.trim().toLowerCase()
      : sender.email;
}

export async function identifySender(
  ctx: EngineContext,
  channel: string,
  sender: Sender,
  nowIso: string,
): Promise<Identity> {
  const senderKey = senderKeyOf(sender);
  const base = { senderKey, replyTo: replyAddressOf(sender), verified: false, authFailed: false, grants: [] };
  // PostgreSQL: the reads below, and the turn's contracts and staff, in one round trip (turn-state.ts).
  await prefetchTurnState(ctx.db, { channel, senderKey, email: sender.kind === 'slack' ? null : senderKey });
  const verification = await activeVerification(ctx.db, channel, senderKey, nowIso);
  if (sender.kind === 'slack') {
    const contact = verification ? await findContactById(ctx.db, verification.contactId) : undefined;
    if (!contact) return base;
    return { ...base, contact, verified: true, grants: await grantsOf(ctx.db, contact.id) };
  }
  const contact = await findContactByEmail(ctx.db, senderKeyOf(sender));
  if (!contact) return base;
  if (sender.kind === 'email' && sender.auth !== 'pass') {
    // Not acted on as the contact; the engine tells the contact at the registered address.
    return { ...base, contact, authFailed: true };
  }
  const verified = verification?.contactId === contact.id;
  return { ...base, contact, verified, grants: await grantsOf(ctx.db, contact.id) };
}
