/**
 * What the mail channel adds to a turn, inside the same transaction as the engine's work (so a crash
 * can never leave a reply without its threading headers or past the cap): In-Reply-To/References on
 * the customer replies, the polite "attachment too large" reply, the attachment records, and the
 * per-recipient cap on automatic replies (RFC 3834 §2: limit automatic responses to one address).
 */
import { and, eq, gte, inArray, isNull, ne, notInArray } from 'drizzle-orm';
import type { EngineContext } from '../../services/engine/index.ts';
import { findCaseByNumber } from '../../store/case-store.ts';
import { schema } from '../../store/database.ts';
import { enqueue, type OutboxRow } from '../../store/outbox-store.ts';
import type { OversizedAttachment, StoredAttachment } from './attachment-sink.ts';

export const CAP_REACHED = 'auto-reply cap reached';
const HOUR_MS = 3_600_000;
/** Long reference chains are trimmed to the root and the newest ids, as mail clients do. */
const MAX_REFERENCES = 20;

export interface FinishInput {
  inboundId: number;
  /** The inbound Message-ID; null when it had none (then nothing can point back at it). */
  messageId: string | null;
  references: string[];
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

/** Returns this inbound's customer email replies after threading and capping. */
export function finishReplies(ctx: EngineContext, input: FinishInput): OutboxRow[] {
  const { db } = ctx;
  const { outbox } = schema;
  const caseId = input.caseNumber ? (findCaseByNumber(db, input.caseNumber)?.id ?? null) : null;
  const nowIso = input.receivedAt.toISOString();
  const mine = () =>
    db
      .select()
      .from(outbox)
      .where(and(eq(outbox.inboundId, input.inboundId), eq(outbox.channel, 'email'), eq(outbox.audience, 'customer')))
      .all();

  const first = mine()[0];
  if (input.oversized.length > 0 && first) {
    enqueue(
      db,
      {
        channel: 'email',
        recipient: first.recipient,
        audience: 'customer',
        subject: first.subject ?? input.subject,
        text: ctx.templates.render('attachment-too-large', {
          files: input.oversized.map((a) => `"${a.filename}" (${megabytes(a.size)})`).join(', '),
          limit: megabytes(input.maxAttachmentBytes),
        }),
        threadKey: input.threadKey,
        caseId,
        inboundId: input.inboundId,
      },
      nowIso,
    );
  }
  for (const a of input.stored) {
    db.insert(schema.attachments)
      .values({ inboundId: input.inboundId, caseId, ...pick(a) })
      .run();
  }
  if (input.reason) {
    db.update(schema.inboundMessages)
      .set({ reason: input.reason })
      .where(eq(schema.inboundMessages.id, input.inboundId))
      .run();
  }

  // A reply written before the turn opened its case (e.g. "you are verified") still belongs to it.
  if (caseId) {
    db.update(outbox)
      .set({ caseId })
      .where(and(eq(outbox.inboundId, input.inboundId), isNull(outbox.caseId), eq(outbox.audience, 'customer')))
      .run();
  }
  const rows = mine();
  if (input.messageId && rows.length > 0) {
    const references = trimReferences([...input.references.filter((r) => r !== input.messageId), input.messageId]);
    db.update(outbox)
      .set({ inReplyTo: input.messageId, references })
      .where(
        inArray(
          outbox.id,
          rows.map((r) => r.id),
        ),
      )
      .run();
  }
  applyCap(ctx, rows, input.capPerHour, input.receivedAt);
  return mine();
}

function applyCap(ctx: EngineContext, rows: OutboxRow[], cap: number, now: Date): void {
  const { outbox } = schema;
  const since = new Date(now.getTime() - HOUR_MS).toISOString();
  const ids = rows.map((r) => r.id);
  for (const recipient of new Set(rows.map((r) => r.recipient))) {
    const earlier = ctx.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          eq(outbox.channel, 'email'),
          eq(outbox.audience, 'customer'),
          eq(outbox.recipient, recipient),
          gte(outbox.createdAt, since),
          ne(outbox.state, 'failed'),
          notInArray(outbox.id, ids),
        ),
      )
      .all().length;
    const over = rows.filter((r) => r.recipient === recipient).slice(Math.max(0, cap - earlier));
    if (over.length === 0) continue;
    ctx.db
      .update(outbox)
      .set({ state: 'failed', lastError: CAP_REACHED })
      .where(
        inArray(
          outbox.id,
          over.map((r) => r.id),
        ),
      )
      .run();
  }
}

function trimReferences(ids: string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length <= MAX_REFERENCES) return unique;
  return [unique[0]!, ...unique.slice(unique.length - (MAX_REFERENCES - 1))];
}

function pick(a: StoredAttachment) {
  return {
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    storagePath: a.storagePath,
    sha256: a.sha256,
  };
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
