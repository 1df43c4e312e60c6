/**
 * What the mail channel adds to a turn, inside the same transaction as the engine's work (so a crash
 * can never leave a reply without its threading headers or past the cap): In-Reply-To/References on
 * the customer replies, the polite "attachment too large" reply, the attachment records, and the
 * per-recipient cap on automatic replies (RFC 3834 §2: limit automatic responses to one address).
 */
import { redactPins } from '../../domain/pin-text.ts';
import type { EngineContext } from '../../services/engine/index.ts';
import { findCaseByNumber } from '../../store/case-store.ts';
import { recordAttachments, setInboundReason } from '../../store/channel-records.ts';
import { customerEmailRepliesCounted, linkRepliesToCase, markReplyFailed } from '../../store/mail-reply-store.ts';
import { enqueue, type OutboxRow } from '../../store/outbox-store.ts';
import type { OversizedAttachment, StoredAttachment } from './attachment-sink.ts';

export const CAP_REACHED = 'auto-reply cap reached';
const HOUR_MS = 3_600_000;
/** Long reference chains are trimmed to the root and the newest ids, as mail clients do. */
const MAX_REFERENCES = 20;

export interface FinishInput {
  inboundId: number;
  /** What the replies point back to; none when the inbound mail had no Message-ID. */
  threading: ReplyThreading | undefined;
  subject: string | null;
  threadKey: string;
  caseNumber: string | null;
  receivedAt: Date;
  stored: StoredAttachment[];
  oversized: OversizedAttachment[];
  maxAttachmentBytes: number;
  capPerHour: number;
  /** Why the engine did not act (auth failure), kept on the inbound row. */
  reason: string | null;
}

export interface ReplyThreading {
  inReplyTo: string;
  references: string[];
}

/**
 * The In-Reply-To and References of a reply to a mail with this Message-ID: its references (trimmed
 * to the root and the newest, as mail clients do) followed by the mail itself.
 */
export function replyThreading(messageId: string, references: string[]): ReplyThreading {
  return {
    inReplyTo: messageId,
    references: trimReferences([...references.filter((r) => r !== messageId), messageId]),
  };
}

/**
 * Returns this inbound's customer email replies after capping; the engine wrote them with their
 * threading. The rows are read once; every change made here is written and mirrored on them, so they
 * need not be read back.
 */
export async function finishReplies(ctx: EngineContext, input: FinishInput): Promise<OutboxRow[]> {
  const { db } = ctx;
  const caseId = input.caseNumber ? ((await findCaseByNumber(db, input.caseNumber))?.id ?? null) : null;
  const nowIso = input.receivedAt.toISOString();
  const since = new Date(input.receivedAt.getTime() - HOUR_MS).toISOString();
  const counted = await customerEmailRepliesCounted(db, input.inboundId, since);
  // Replies to each recipient that count against the cap, written for other messages in the last hour.
  const earlier = new Map(counted.map((r) => [r.recipient, r.earlier]));
  let rows: OutboxRow[] = counted;

  const first = rows[0];
  if (input.oversized.length > 0 && first) {
    const notice = await enqueue(
      db,
      {
        channel: 'email',
        recipient: first.recipient,
        audience: 'customer',
        subject: first.subject ?? (input.subject === null ? null : redactPins(input.subject)),
        text: ctx.templates.render('attachment-too-large', {
          files: input.oversized.map((a) => `"${redactPins(a.filename)}" (${megabytes(a.size)})`).join(', '),
          limit: megabytes(input.maxAttachmentBytes),
        }),
        threadKey: input.threadKey,
        caseId,
        inboundId: input.inboundId,
        ...input.threading,
      },
      nowIso,
    );
    rows = [...rows, notice];
  }
  await recordAttachments(
    db,
    input.stored.map((a) => ({ inboundId: input.inboundId, caseId, ...pick(a) })),
  );
  if (input.reason) await setInboundReason(db, input.inboundId, input.reason);

  if (caseId && rows.some((r) => r.caseId === null)) {
    await linkRepliesToCase(db, input.inboundId, caseId);
    rows = rows.map((r) => (r.caseId === null ? { ...r, caseId } : r));
  }
  return await applyCap(ctx, rows, earlier, input.capPerHour);
}

/** Marks the replies past the cap `failed` (recorded, never sent) and returns the rows as they now are. */
async function applyCap(
  ctx: EngineContext,
  rows: OutboxRow[],
  earlierTo: Map<string, number>,
  cap: number,
): Promise<OutboxRow[]> {
  const capped = new Set<number>();
  for (const recipient of new Set(rows.map((r) => r.recipient))) {
    const earlier = earlierTo.get(recipient) ?? 0;
    const over = rows.filter((r) => r.recipient === recipient).slice(Math.max(0, cap - earlier));
    for (const row of over) {
      await markReplyFailed(ctx.db, row.id, CAP_REACHED);
      capped.add(row.id);
    }
  }
  if (capped.size === 0) return rows;
  return rows.map((r) => (capped.has(r.id) ? { ...r, state: 'failed' as const, lastError: CAP_REACHED } : r));
}

function trimReferences(ids: string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length <= MAX_REFERENCES) return unique;
  return [unique[0]!, ...unique.slice(unique.length - (MAX_REFERENCES - 1))];
}

function pick(a: StoredAttachment) {
  return {
    // A file named after a PIN keeps no PIN in its record (issue 18 §3).
    filename: redactPins(a.filename),
    contentType: a.contentType,
    size: a.size,
    storagePath: a.storagePath,
    sha256: a.sha256,
  };
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
