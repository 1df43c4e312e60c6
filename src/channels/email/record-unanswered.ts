/**
 * Mail the bot must not answer still leaves a trace: one inbound_messages row per message (so a second
 * delivery is recognised), and for a bounce one `bounces` row per failed recipient against the outbox
 * row its original Message-ID names. Each write takes the message's dedupe key in the same statement.
 */
import { verifyMessageId } from '../../domain/email/message-id.ts';
import { findOutboxById, recordBounces, setInboundCase } from '../../store/channel-records.ts';
import type { Db } from '../../store/database.ts';
import { type InboundRow, takeInbound } from '../../store/inbound-store.ts';
import { inTransaction } from '../../store/transaction.ts';

export interface UnansweredInput {
  dedupeKey: string;
  sender: string;
  subject: string | null;
  receivedAt: Date;
  decision: 'ignored' | 'bounce' | 'quarantined';
  reason: string;
  /** The body's digest (reused-message-id.ts); absent for a mail that could not be parsed. */
  bodyDigest?: string;
}

/** Records the message unless it was seen before; returns the row that decides it (new or earlier). */
export async function recordUnanswered(
  db: Db,
  input: UnansweredInput,
): Promise<{ row: InboundRow; duplicate: boolean }> {
  // One statement when the message is new (INSERT … ON CONFLICT DO NOTHING RETURNING), and the same
  // message recorded by two processes at once is recorded once (issue 24 §2).
  const { taken, seen } = await takeInbound(db, {
    channel: 'email',
    dedupeKey: input.dedupeKey,
    sender: input.sender,
    subject: input.subject,
    receivedAt: input.receivedAt.toISOString(),
    decision: input.decision,
    reason: input.reason,
    bodyDigest: input.bodyDigest ?? null,
  });
  return seen ? { row: seen, duplicate: true } : { row: taken, duplicate: false };
}

export interface BounceInput extends Omit<UnansweredInput, 'decision'> {
  originalMessageId: string | null;
  failedRecipients: string[];
  secret: string;
}

/** A bounce of one of our mails: recorded against that outbox row and its case, never answered. */
export async function recordBounce(
  db: Db,
  input: BounceInput,
): Promise<{ duplicate: boolean; outboxId: number | null; caseId: number | null }> {
  return await inTransaction(db, async () => {
    const parts = input.originalMessageId ? verifyMessageId(input.originalMessageId, input.secret) : null;
    const original = parts ? await findOutboxById(db, Number(parts.outboxId)) : undefined;
    const reason = original
      ? `${input.reason}; outbound #${original.id}`
      : `${input.reason}; not one of our messages (${input.originalMessageId ?? 'no original Message-ID'})`;
    const { row, duplicate } = await recordUnanswered(db, { ...input, decision: 'bounce', reason });
    if (duplicate) return { duplicate, outboxId: original?.id ?? null, caseId: original?.caseId ?? null };
    if (original) {
      if (original.caseId) await setInboundCase(db, row.id, original.caseId);
      const recipients = input.failedRecipients.length > 0 ? input.failedRecipients : [original.recipient];
      await recordBounces(
        db,
        recipients.map((recipient) => ({
          outboxId: original.id,
          caseId: original.caseId,
          recipient,
          status: input.failedRecipients.length > 0 ? 'failed' : 'unknown',
          at: input.receivedAt.toISOString(),
        })),
      );
    }
    return { duplicate: false, outboxId: original?.id ?? null, caseId: original?.caseId ?? null };
  });
}
