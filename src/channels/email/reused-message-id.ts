/**
 * A Message-ID is the sender's word, not a fact: a stranger can send a mail with the Message-ID of a
 * contact's mail already seen (to be taken for a redelivery, or to have the contact's later copy taken
 * for one), and some ticketing systems give every mail the same one. The mail path dedupes on the
 * Message-ID, and takes a second mail under an ID already recorded as a redelivery only when it is the
 * same mail: the same sender, the same subject and the same body (by the digest the row keeps, round
 * 11). Otherwise it is a mail of its own, keyed by the Message-ID and a digest of its sender, subject
 * and body — so a redelivery of *that* mail is recognised too — and the reuse is audited with what
 * differed.
 */
import { createHash } from 'node:crypto';
import { redactPins } from '../../domain/pin-text.ts';
import type { InboundRow } from '../../store/inbound-store.ts';

export interface MailIdentity {
  messageId: string;
  sender: string;
  subject: string | null;
  text: string;
  /** bodyDigestOf the whole body as read. */
  bodyDigest: string;
}

/** What tells a mail from the one recorded under its Message-ID; null when it is that mail again. */
export type ReuseDifference = 'sender' | 'subject' | 'body';

/**
 * What differs between the row recorded under this Message-ID and this mail; null when it is the same
 * mail delivered again. The row holds the sender as the path wrote it and the subject as stored (one
 * line, PINs removed, clipped): both are compared in a form those steps do not change (lower case,
 * letters and digits only, the first 200). A row written before bodies were digested has no digest:
 * its sender and subject decide, as they did then.
 */
export function differenceFrom(
  row: Pick<InboundRow, 'sender' | 'subject' | 'bodyDigest'>,
  mail: MailIdentity,
): ReuseDifference | null {
  if (row.sender.trim().toLowerCase() !== mail.sender.trim().toLowerCase()) return 'sender';
  if (comparable(row.subject) !== comparable(mail.subject)) return 'subject';
  if (row.bodyDigest !== null && row.bodyDigest !== mail.bodyDigest) return 'body';
  return null;
}

/**
 * The digest of a mail's body that the inbound row keeps: the same for every delivery of one mail,
 * however it was encoded (quoted-printable or base64, CRLF or LF, flowed or wrapped lines, an HTML
 * part's markup); bodies that differ only in spacing, punctuation or letter case count as one. Taken
 * over the text with its PINs removed: a digest over a PIN would give it away to anyone trying every
 * PIN against the rest of the text, which is stored.
 */
export function bodyDigestOf(text: string): string {
  const normalised = lettersAndDigits(redactPins(text).normalize('NFKC'));
  return `sha256:${createHash('sha256').update(normalised).digest('hex')}`;
}

function comparable(subject: string | null): string {
  return lettersAndDigits(redactPins(subject ?? '')).slice(0, 200);
}

function lettersAndDigits(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
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
