/**
 * Which conversation and case an inbound mail belongs to (issue 6, threading), strongest evidence first:
 * 1. one of our signed Message-IDs in In-Reply-To or References (forged ids fail the HMAC and are ignored)
 *    → the thread of the outbox row it names, and its case;
 * 2. a `[Case 01234567]` tag in the subject (a hint: the engine still checks the sender may see the case)
 *    → the sender's latest conversation about that case (it may be waiting for their answer), else a
 *    new conversation rooted at this message, as for a tag that names no case;
 * 3. otherwise a new conversation rooted at this message.
 */
import { caseNumberFromSubject, verifyMessageId } from '../../domain/email/message-id.ts';
import { findCaseByNumber, getCaseById } from '../../store/case-store.ts';
import { findConversationOfCase } from '../../store/conversation-store.ts';
import type { Db } from '../../store/database.ts';
import { findOutboxRow } from '../../store/mail-reply-store.ts';

export interface ThreadResolution {
  threadKey: string;
  /** A case that exists and the mail names: it joins that case. */
  caseNumber: string | null;
  via: 'references' | 'subject' | 'new';
}

const NO_CASE = '00000000';

export async function resolveThread(
  db: Db,
  input: { messageKey: string; inReplyTo: string | null; references: string[]; subject: string; sender: string },
  secret: string,
): Promise<ThreadResolution> {
  // In-Reply-To first, then References newest first (RFC 5322 §3.6.4 lists them oldest first).
  const ids = [...(input.inReplyTo ? [input.inReplyTo] : []), ...[...input.references].reverse()];
  for (const id of ids) {
    const parts = verifyMessageId(id, secret);
    if (!parts) continue;
    const row = await findOutboxRow(db, Number(parts.outboxId));
    const fromRow = row?.caseId ? (await getCaseById(db, row.caseId))?.number : undefined;
    const signed =
      parts.caseNumber !== NO_CASE && (await findCaseByNumber(db, parts.caseNumber)) ? parts.caseNumber : null;
    const caseNumber = fromRow ?? signed;
    const threadKey = row?.threadKey ?? (caseNumber ? caseThreadKey(caseNumber, input.sender) : null);
    if (threadKey) return { threadKey, caseNumber, via: 'references' };
  }
  const fresh = `email:${input.messageKey}`;
  const tagged = caseNumberFromSubject(input.subject);
  const taggedCase = tagged ? await findCaseByNumber(db, tagged) : undefined;
  if (tagged && taggedCase) {
    // A fresh mail (or a client that drops In-Reply-To) answering our question about the case goes on
    // with the sender's own dialogue about it: the case may still be waiting for that answer to open.
    // Anyone else starts afresh, exactly as under a number that names no case, so the tag tells a sender
    // nothing about a case they cannot see (the engine decides whether they can, issue 18 §1).
    const senderKey = input.sender.trim().toLowerCase();
    const own = await findConversationOfCase(db, { channel: 'email', caseId: taggedCase.id, senderKey });
    return { threadKey: own?.threadKey ?? fresh, caseNumber: tagged, via: 'subject' };
  }
  return { threadKey: fresh, caseNumber: null, via: 'new' };
}

/** Per sender: two people writing about one case through a signed reference do not share a dialogue. */
function caseThreadKey(caseNumber: string, sender: string): string {
  return `email:case:${caseNumber}:${sender}`;
}
