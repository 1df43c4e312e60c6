/**
 * Which conversation and case an inbound mail belongs to (issue 6, threading), strongest evidence first:
 * 1. one of our signed Message-IDs in In-Reply-To or References (forged ids fail the HMAC and are ignored)
 *    → the thread of the outbox row it names, and its case;
 * 2. a `[Case 01234567]` tag in the subject (a hint: the engine still checks the sender may see the case)
 *    → the sender's latest conversation about that case (it may be waiting for their answer), else a
 *    new conversation rooted at this message, as for a tag that names no case;
 * 3. a reply ("Re: <subject>") whose client dropped In-Reply-To, from the address we last wrote to under
 *    that subject, while that conversation still waits for their answers (an order, a case or a request
 *    being gathered) → that conversation: the answer goes on with the questions it answers;
 * 4. otherwise a new conversation rooted at this message.
 */
import { caseNumberFromSubject, verifyMessageId } from '../../domain/email/message-id.ts';
import { findConversation, findConversationOfCase } from '../../store/conversation-store.ts';
import type { Db } from '../../store/database.ts';
import { caseIdsByNumber, latestRepliesTo, outboxThreads } from '../../store/mail-reply-store.ts';

export interface ThreadResolution {
  threadKey: string;
  /** A case that exists and the mail names: it joins that case. */
  caseNumber: string | null;
  via: 'references' | 'subject' | 'new';
}

export interface ThreadInput {
  messageKey: string;
  inReplyTo: string | null;
  references: string[];
  subject: string;
  sender: string;
}

/**
 * What threading reads: the thread and case number of one of our outbox rows, the id of a case by its
 * number. One statement each (threadReadsOf), or answered from a batch's one read (batch-lookups.ts).
 */
export interface ThreadReads {
  outboxThread(id: number): Promise<{ threadKey: string | null; caseNumber: string | null } | undefined>;
  caseId(number: string): Promise<number | undefined>;
  /** Our latest customer mails to these addresses, newest first: their subject and thread. */
  repliesTo(recipients: string[]): Promise<Array<{ subject: string | null; threadKey: string | null }>>;
}

export function threadReadsOf(db: Db): ThreadReads {
  return {
    outboxThread: async (id) => (await outboxThreads(db, [id])).get(id),
    caseId: async (number) => (await caseIdsByNumber(db, [number])).get(number),
    repliesTo: async (recipients) => await latestRepliesTo(db, recipients),
  };
}

const NO_CASE = '00000000';

/** The outbox rows and case numbers a mail's threading may read: its signed ids' and its subject tag's. */
export function threadReferences(input: ThreadInput, secret: string): { outboxIds: number[]; caseNumbers: string[] } {
  const signed = signedIds(input).flatMap((id) => verifyMessageId(id, secret) ?? []);
  const tagged = caseNumberFromSubject(input.subject);
  return {
    outboxIds: signed.map((parts) => Number(parts.outboxId)),
    caseNumbers: [...signed.map((parts) => parts.caseNumber).filter((n) => n !== NO_CASE), ...(tagged ? [tagged] : [])],
  };
}

/** In-Reply-To first, then References newest first (RFC 5322 §3.6.4 lists them oldest first). */
function signedIds(input: ThreadInput): string[] {
  return [...(input.inReplyTo ? [input.inReplyTo] : []), ...[...input.references].reverse()];
}

export async function resolveThread(
  db: Db,
  input: ThreadInput,
  secret: string,
  reads: ThreadReads = threadReadsOf(db),
): Promise<ThreadResolution> {
  for (const id of signedIds(input)) {
    const parts = verifyMessageId(id, secret);
    if (!parts) continue;
    const row = await reads.outboxThread(Number(parts.outboxId));
    const fromRow = row?.caseNumber ?? undefined;
    const signed =
      parts.caseNumber !== NO_CASE && (await reads.caseId(parts.caseNumber)) !== undefined ? parts.caseNumber : null;
    const caseNumber = fromRow ?? signed;
    const threadKey = row?.threadKey ?? (caseNumber ? caseThreadKey(caseNumber, input.sender) : null);
    if (threadKey) return { threadKey, caseNumber, via: 'references' };
  }
  const fresh = `email:${input.messageKey}`;
  const tagged = caseNumberFromSubject(input.subject);
  const taggedCaseId = tagged ? await reads.caseId(tagged) : undefined;
  if (tagged && taggedCaseId !== undefined) {
    // A fresh mail (or a client that drops In-Reply-To) answering our question about the case goes on
    // with the sender's own dialogue about it: the case may still be waiting for that answer to open.
    // Anyone else starts afresh, exactly as under a number that names no case, so the tag tells a sender
    // nothing about a case they cannot see (the engine decides whether they can, issue 18 §1).
    const senderKey = input.sender.trim().toLowerCase();
    const own = await findConversationOfCase(db, { channel: 'email', caseId: taggedCaseId, senderKey });
    return { threadKey: own?.threadKey ?? fresh, caseNumber: tagged, via: 'subject' };
  }
  const answered = await awaitedReplyThread(db, input, reads);
  if (answered) return { threadKey: answered, caseNumber: null, via: 'subject' };
  return { threadKey: fresh, caseNumber: null, via: 'new' };
}

/** "Re:", "RE:", "AW:", "SV:", "Antw:", "RV:", "Réf :" — a reply's prefixes, repeated or numbered ("Re[2]:"). */
const REPLY_PREFIX = /^\s*(?:(?:re|aw|sv|vs|antw|rv|r[ée]f?)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** The subject as a thread names it: no reply prefixes, no case tag, spacing and case ignored. */
function bareSubject(subject: string): string {
  return subject
    .replace(REPLY_PREFIX, '')
    .replace(/\[\s*case\s+\d{8}\s*\]/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Dialogues that wait for the facts their questions asked: an answer to them may come without a signed
 * reference. A yes/no question (an offer, a guess to confirm, a choice) is not resumed this way: a bare
 * "ok" written in a new mail must not accept it.
 */
const ANSWERS_AWAITED: ReadonlySet<string> = new Set([
  'controlled-software',
  'open-case',
  'case-details',
  'temp-license',
  'license-request',
]);

/** The thread a reply without references answers, by its subject and its sender (step 3 above). */
async function awaitedReplyThread(db: Db, input: ThreadInput, reads: ThreadReads): Promise<string | undefined> {
  if (!REPLY_PREFIX.test(input.subject)) return undefined;
  const bare = bareSubject(input.subject);
  if (!bare) return undefined;
  const sender = input.sender.trim();
  const replies = await reads.repliesTo([sender, sender.toLowerCase()]);
  const row = replies.find((r) => r.threadKey && r.subject && bareSubject(r.subject) === bare);
  if (!row?.threadKey) return undefined;
  const conversation = await findConversation(db, 'email', row.threadKey);
  const sameSender = conversation?.senderKey === sender.toLowerCase();
  const kind = (conversation?.dialogue as { kind?: string } | undefined)?.kind;
  return sameSender && kind && ANSWERS_AWAITED.has(kind) ? row.threadKey : undefined;
}

/** Per sender: two people writing about one case through a signed reference do not share a dialogue. */
function caseThreadKey(caseNumber: string, sender: string): string {
  return `email:case:${caseNumber}:${sender}`;
}
