/**
 * A Message-ID is the sender's word, not a fact: a stranger can send a mail with the Message-ID of a
 * contact's mail already seen (to be taken for a redelivery, or to have the contact's later copy taken
 * for one), and some ticketing systems give every mail the same one. The mail path dedupes on the
 * Message-ID, and takes a second mail under an ID already recorded as a redelivery only when it is the
 * same mail: the same sender and the same subject. Otherwise it is a mail of its own, keyed by the
 * Message-ID and a digest of its sender, subject and body — so a redelivery of *that* mail is
 * recognised too — and the reuse is audited.
 */
import { createHash } from 'node:crypto';
import { redactPins } from '../../domain/pin-text.ts';
import type { InboundRow } from '../../store/inbound-store.ts';

export interface MailIdentity {
  messageId: string;
  sender: string;
  subject: string | null;
  text: string;
}

/**
 * The row recorded under this Message-ID is this same mail delivered again. The row holds the sender
 * as the path wrote it and the subject as stored (one line, PINs removed, clipped): both are compared
 * in a form those steps do not change (lower case, letters and digits only, the first 200).
 */
export function sameMailAs(row: Pick<InboundRow, 'sender' | 'subject'>, mail: MailIdentity): boolean {
  return (
    row.sender.trim().toLowerCase() === mail.sender.trim().toLowerCase() &&
    comparable(row.subject) === comparable(mail.subject)
  );
}

function comparable(subject: string | null): string {
  return redactPins(subject ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .slice(0, 200);
}

/**
 * The key of a mail reusing another mail's Message-ID: the same for every delivery of it. Digested
 * without its PINs: the rest of the text is stored, so a digest over a PIN would give it away to anyone
 * trying every PIN.
 */
export function reusedIdKey(mail: MailIdentity): string {
  const digest = createHash('sha256')
    .update(`${mail.sender.trim().toLowerCase()}\n${redactPins(mail.subject ?? '')}\n${redactPins(mail.text)}`)
    .digest('hex')
    .slice(0, 32);
  return `${mail.messageId}#reused:${digest}`;
}
