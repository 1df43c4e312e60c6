/**
 * One raw inbound mail through the whole mail path: parse → noise / bounce → trust → threading → the
 * engine → threading headers and the auto-reply cap. Used by the IMAP channel and `caseline ingest`.
 * Exactly once: the engine dedupes on the Message-ID (or a hash of the raw bytes), and everything this
 * message changes — the engine's records, its replies and their headers — commits in one transaction.
 */
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { classifyInbound } from '../../domain/email/inbound-classification.ts';
import { verifyMessageId } from '../../domain/email/message-id.ts';
import { evaluateSenderAuthentication, type SenderAuthentication } from '../../domain/email/sender-authentication.ts';
import { type EngineContext, handleInbound } from '../../services/engine/index.ts';
import { getCaseById } from '../../store/case-store.ts';
import { findInbound } from '../../store/inbound-store.ts';
import { subjectOf } from '../../store/mail-outbox-store.ts';
import type { OutboxRow } from '../../store/outbox-store.ts';
import { hashedSource } from './content-hash.ts';
import { finishReplies } from './finish-replies.ts';
import { toInboundAttachments } from './inbound-attachments.ts';
import type { MailSettings } from './mail-settings.ts';
import { type ParsedMessage, parseMessage } from './parse-message.ts';
import { recordBounce, recordUnanswered } from './record-unanswered.ts';
import { openCaseOf, resolveThread } from './resolve-thread.ts';

export type IngestDecision = 'new-conversation' | 'case-update' | 'ignored' | 'quarantined';

export interface IngestResult {
  decision: IngestDecision;
  reason: string | null;
  case: string | null;
  replies: Array<{ to: string; subject: string; text: string }>;
  /** The message was seen before: nothing was done again. */
  duplicate: boolean;
}

/** `raw` is the whole message, or a stream of it for a big one (parsed as it arrives, never held whole). */
export async function ingestMessage(
  ctx: EngineContext,
  settings: MailSettings,
  raw: Buffer | Readable,
): Promise<IngestResult> {
  const receivedAt = ctx.now();
  const content = hashedSource(raw);
  let parsed: ParsedMessage;
  try {
    parsed = await parseMessage(content.source, {
      storageDir: settings.attachmentDir,
      maxAttachmentBytes: settings.maxAttachmentBytes,
    });
  } catch (error) {
    const reason = `unparseable: ${error instanceof Error ? error.message : String(error)}`;
    // Rejects when the stream itself broke (a lost connection): then the message is fetched again.
    const dedupeKey = await content.key();
    return quarantine(ctx, { dedupeKey, sender: 'unknown', subject: null, receivedAt, reason });
  }
  const dedupeKey = parsed.messageId ?? (await content.key());
  const sender = parsed.from?.address ?? '';
  const subject = parsed.subject || null;
  const discardFiles = () => Promise.all(parsed.attachments.map((a) => rm(a.storagePath, { force: true })));

  const seen = findInbound(ctx.db, 'email', dedupeKey);
  if (seen) {
    await discardFiles();
    return duplicateOutcome(ctx, seen);
  }

  const classification = classifyInbound({
    headers: parsed.headers,
    ownAddresses: [settings.ownAddress],
    isOwnMessageId: (id) => verifyMessageId(id, settings.messageIdSecret) !== null,
    subject: parsed.subject,
    deliveryReport: parsed.deliveryReport,
  });
  if (classification.kind !== 'answerable') {
    await discardFiles();
    const base = { dedupeKey, sender: sender || 'unknown', subject, receivedAt, reason: classification.reason };
    if (classification.kind === 'bounce') {
      const bounce = recordBounce(ctx.db, {
        ...base,
        originalMessageId: classification.originalMessageId,
        failedRecipients: classification.failedRecipients,
        secret: settings.messageIdSecret,
      });
      const caseNumber = bounce.caseId ? (getCaseById(ctx.db, bounce.caseId)?.number ?? null) : null;
      return outcome('ignored', `bounce: ${classification.reason}`, caseNumber, [], bounce.duplicate);
    }
    const { duplicate } = recordUnanswered(ctx.db, { ...base, decision: 'ignored' });
    return outcome('ignored', classification.reason, null, [], duplicate);
  }
  if (!sender) {
    await discardFiles();
    return quarantine(ctx, { dedupeKey, sender: 'unknown', subject, receivedAt, reason: 'no From address' });
  }

  const auth: SenderAuthentication = settings.trustedAuthservId
    ? evaluateSenderAuthentication({
        authenticationResults: parsed.headers['authentication-results'] ?? [],
        fromAddress: sender,
        trustedAuthservId: settings.trustedAuthservId,
      })
    : { verdict: 'none', reason: 'no trusted authserv-id configured' };
  const thread = resolveThread(
    ctx.db,
    {
      messageKey: dedupeKey,
      inReplyTo: parsed.inReplyTo,
      references: parsed.references,
      subject: parsed.subject,
      sender,
    },
    settings.messageIdSecret,
  );
  const attachments = await toInboundAttachments(parsed.attachments);

  const { result, rows, openBefore } = ctx.db.$client.transaction(() => {
    const openBefore = openCaseOf(ctx.db, thread);
    const result = handleInbound(ctx, {
      channel: 'email',
      sender: { kind: 'email', address: sender, auth: auth.verdict },
      threadKey: thread.threadKey,
      ...(thread.caseNumber ? { caseNumber: thread.caseNumber } : {}),
      ...(subject ? { subject } : {}),
      text: parsed.text,
      attachments,
      receivedAt,
      dedupeKey,
    });
    const inbound = findInbound(ctx.db, 'email', dedupeKey);
    if (result.status === 'duplicate' || !inbound) return { result, rows: [] as OutboxRow[], openBefore };
    const rows = finishReplies(ctx, {
      inboundId: inbound.id,
      messageId: parsed.messageId,
      references: parsed.references,
      subject,
      threadKey: thread.threadKey,
      caseNumber: result.caseNumber,
      receivedAt,
      stored: parsed.attachments,
      oversized: parsed.oversized,
      maxAttachmentBytes: settings.maxAttachmentBytes,
      capPerHour: settings.autoReplyCapPerHour,
      reason: result.decision === 'quarantined' ? `authentication: ${auth.reason}` : null,
    });
    return { result, rows, openBefore };
  })();

  const joined = openBefore !== null && openBefore === result.caseNumber;
  const decision = mapDecision(result.decision, joined);
  const capped = rows.some((r) => r.lastError === 'auto-reply cap reached');
  const reason =
    result.decision === 'quarantined'
      ? `authentication: ${auth.reason}`
      : capped
        ? `${result.decision}; auto-reply cap reached`
        : result.decision;
  return outcome(decision, reason, result.caseNumber, sendable(rows, result.caseNumber), result.status === 'duplicate');
}

/**
 * Engine decisions as the channel reports them: an auth failure is quarantined; a message about a case
 * that was already open before it arrived is an update; everything else answered starts or continues
 * a conversation (including the questions that lead to a new case).
 */
function mapDecision(engineDecision: string, joinedOpenCase: boolean): IngestDecision {
  if (engineDecision === 'quarantined') return 'quarantined';
  if (engineDecision === 'case-update' || joinedOpenCase) return 'case-update';
  return 'new-conversation';
}

function quarantine(
  ctx: EngineContext,
  input: { dedupeKey: string; sender: string; subject: string | null; receivedAt: Date; reason: string },
): IngestResult {
  const { row, duplicate } = recordUnanswered(ctx.db, { ...input, decision: 'quarantined' });
  return outcome('quarantined', row.reason ?? input.reason, null, [], duplicate);
}

function duplicateOutcome(ctx: EngineContext, seen: NonNullable<ReturnType<typeof findInbound>>): IngestResult {
  const caseNumber = seen.caseId ? (getCaseById(ctx.db, seen.caseId)?.number ?? null) : null;
  const decision: IngestDecision =
    seen.decision === 'ignored' || seen.decision === 'bounce'
      ? 'ignored'
      : seen.decision === 'quarantined'
        ? 'quarantined'
        : mapDecision(seen.decision, false);
  return outcome(decision, seen.reason ?? seen.decision, caseNumber, [], true);
}

/** The replies that will go out, with the subject they will carry (capped ones are recorded, not sent). */
function sendable(rows: OutboxRow[], caseNumber: string | null): IngestResult['replies'] {
  return rows
    .filter((r) => r.state !== 'failed')
    .map((r) => ({ to: r.recipient, subject: subjectOf(r.subject, caseNumber, r.inReplyTo), text: r.text }));
}

function outcome(
  decision: IngestDecision,
  reason: string | null,
  caseNumber: string | null,
  replies: IngestResult['replies'],
  duplicate: boolean,
): IngestResult {
  return { decision, reason, case: caseNumber, replies, duplicate };
}
