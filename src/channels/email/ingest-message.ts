/**
 * One raw inbound mail through the whole mail path: parse → noise / bounce → trust → threading → the
 * engine → threading headers and the auto-reply cap. Used by the IMAP channel and `caseline ingest`.
 * Exactly once: the engine dedupes on the Message-ID (or a hash of the raw bytes; a Message-ID another
 * sender, subject or body used first gets a key of its own, reused-message-id.ts), and everything this
 * message changes — the engine's records, its replies and their headers — commits in one transaction.
 */
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { withAttachedMessages } from '../../domain/email/forwarded-message.ts';
import { classifyInbound, type InboundClassification } from '../../domain/email/inbound-classification.ts';
import { verifyMessageId } from '../../domain/email/message-id.ts';
import { evaluateSenderAuthentication, type SenderAuthentication } from '../../domain/email/sender-authentication.ts';
import { utcOffsetOf } from '../../domain/license-request/date-order.ts';
import { type EngineContext, handleInbound, type InboundAttachment } from '../../services/engine/index.ts';
import { resolveThread, type ThreadInput } from '../../services/mail-threading/resolve-thread.ts';
import { appendAudit } from '../../store/audit-log.ts';
import { getCaseById } from '../../store/case-store.ts';
import { findContactByEmail } from '../../store/directory-reader.ts';
import { findInbound, setInboundOutcome } from '../../store/inbound-store.ts';
import { subjectOf } from '../../store/mail-outbox-store.ts';
import type { OutboxRow } from '../../store/outbox-store.ts';
import { inTransaction } from '../../store/transaction.ts';
import { readAttachedMessages } from './attached-messages.ts';
import { AttachmentStorageError } from './attachment-sink.ts';
import type { BatchLookups } from './batch-lookups.ts';
import { hashedSource } from './content-hash.ts';
import { countMailIn } from './count-mail-in.ts';
import { finishReplies, replyThreading } from './finish-replies.ts';
import { toInboundAttachments } from './inbound-attachments.ts';
import type { MailSettings } from './mail-settings.ts';
import { type ParsedMessage, parseMessage } from './parse-message.ts';
import { recordBounce, recordUnanswered, type UnansweredInput } from './record-unanswered.ts';
import {
  bodyDigestOf,
  differenceFrom,
  type MailIdentity,
  type ReuseDifference,
  reusedIdKey,
} from './reused-message-id.ts';

export type IngestDecision = 'new-conversation' | 'case-update' | 'ignored' | 'quarantined';

export interface IngestResult {
  decision: IngestDecision;
  reason: string | null;
  case: string | null;
  replies: Array<{ to: string; subject: string; text: string }>;
  /** The message was seen before: nothing was done again. */
  duplicate: boolean;
}

/**
 * What the asynchronous half learnt about one message: it was parsed (its attachments stored, its
 * noise and trust verdicts taken, which need no database), or it could not be parsed.
 */
export type PreparedMessage =
  | { kind: 'unparseable'; receivedAt: Date; dedupeKey: string; reason: string }
  | {
      kind: 'parsed';
      receivedAt: Date;
      dedupeKey: string;
      parsed: ParsedMessage;
      classification: InboundClassification;
      auth: SenderAuthentication;
      /** As the engine reads them; only for a message it may answer. */
      attachments: InboundAttachment[];
    };

export interface Decided {
  result: IngestResult;
  /** Stored attachment files nobody will read (noise, duplicates): delete them once committed. */
  discard: string[];
}

/** One message, parsed then decided in its own transaction. */
export async function ingestMessage(
  ctx: EngineContext,
  settings: MailSettings,
  raw: Buffer | Readable,
): Promise<IngestResult> {
  const prepared = await prepareMessage(ctx, settings, raw);
  let decided: Decided;
  try {
    decided = await inTransaction(ctx.db, async () => await decideMessage(ctx, settings, prepared));
  } catch (error) {
    await discardFiles(storedFiles(prepared)); // nothing committed refers to them
    throw error;
  }
  await discardFiles(decided.discard);
  return decided.result;
}

/**
 * The half of the path that waits on I/O: parse (attachments streamed to storage), the content hash
 * when there is no Message-ID, the verdicts that need no database. `raw` is the whole message, or a
 * stream of it for a big one (parsed as it arrives, never held whole). Writes nothing to the database.
 */
export async function prepareMessage(
  ctx: EngineContext,
  settings: MailSettings,
  raw: Buffer | Readable,
): Promise<PreparedMessage> {
  const receivedAt = ctx.now();
  const content = hashedSource(raw);
  let parsed: ParsedMessage;
  try {
    parsed = await parseMessage(content.source, {
      storageDir: settings.attachmentDir,
      maxAttachmentBytes: settings.maxAttachmentBytes,
    });
  } catch (error) {
    // Our storage failing is not the message's fault: it is fetched again, not quarantined.
    if (error instanceof AttachmentStorageError) throw error;
    const reason = `unparseable: ${error instanceof Error ? error.message : String(error)}`;
    // Rejects when the stream itself broke (a lost connection): then the message is fetched again.
    return { kind: 'unparseable', receivedAt, dedupeKey: await content.key(), reason };
  }
  // A mail the parser gave up on (too many parts) is read to its end: a streamed one would stall its fetch.
  if (parsed.setAside) await content.key();
  const dedupeKey = parsed.messageId ?? (await content.key());
  const sender = parsed.from?.address ?? '';
  const classification = classifyInbound({
    headers: parsed.headers,
    ownAddresses: [settings.ownAddress],
    isOwnMessageId: (id) => verifyMessageId(id, settings.messageIdSecret) !== null,
    subject: parsed.subject,
    body: parsed.text,
    deliveryReport: parsed.deliveryReport,
    calendarMethod: parsed.calendarMethod,
  });
  const auth: SenderAuthentication = settings.trustedAuthservId
    ? evaluateSenderAuthentication({
        authenticationResults: parsed.headers['authentication-results'] ?? [],
        fromAddress: sender,
        fromAddresses: parsed.fromAddresses,
        trustedAuthservId: settings.trustedAuthservId,
      })
    : { verdict: 'none', reason: 'no trusted authserv-id configured' };
  const answerable = classification.kind === 'answerable' && sender !== '';
  if (!answerable) return { kind: 'parsed', receivedAt, dedupeKey, parsed, classification, auth, attachments: [] };
  // Only a Designated Contact's attachments are opened (issue 18 §4): a stranger's spreadsheet is never
  // parsed, and costs what storing it cost.
  const identified = auth.verdict === 'pass' && (await findContactByEmail(ctx.db, sender))?.designated === true;
  const attachments = await toInboundAttachments(parsed.attachments, identified);
  const forwarded = identified ? await readAttachedMessages(parsed.attachments) : [];
  const understood = { ...parsed, ...withAttachedMessages(parsed, forwarded) };
  return { kind: 'parsed', receivedAt, dedupeKey, parsed: understood, classification, auth, attachments };
}

/**
 * The half that reads and writes the database, synchronously: run it inside a transaction (the caller's,
 * so a batch of messages can share one commit). A message seen before changes nothing. Decisions depend
 * on what earlier messages committed or wrote in the same transaction (a reply to a case opened one
 * message earlier joins it), so messages are decided in the order they arrived.
 */
export async function decideMessage(
  ctx: EngineContext,
  settings: MailSettings,
  prepared: PreparedMessage,
  batch?: BatchLookups,
): Promise<Decided> {
  const { receivedAt } = prepared;
  let { dedupeKey } = prepared;
  const seenBefore = () => batch?.seenBefore(ctx.db, dedupeKey) ?? findInbound(ctx.db, 'email', dedupeKey);
  if (prepared.kind === 'unparseable') {
    batch?.taken(dedupeKey);
    return kept(
      await quarantine(ctx, { dedupeKey, sender: 'unknown', subject: null, receivedAt, reason: prepared.reason }),
    );
  }
  const { parsed, classification, auth, attachments } = prepared;
  const sender = parsed.from?.address ?? '';
  const subject = parsed.subject || null;
  const files = storedFiles(prepared);
  const bodyDigest = bodyDigestOf(parsed.fullText);

  let seen = await seenBefore();
  if (seen && parsed.messageId) {
    const mail = { messageId: parsed.messageId, sender: sender || 'unknown', subject, text: parsed.text, bodyDigest };
    const difference = differenceFrom(seen, mail);
    if (difference) {
      dedupeKey = reusedIdKey(mail);
      seen = await findInbound(ctx.db, 'email', dedupeKey);
      if (!seen) await auditReusedId(ctx, mail, difference, receivedAt);
    }
  }
  if (seen) {
    countMailIn(ctx, 'duplicate');
    return { result: await duplicateOutcome(ctx, seen), discard: files };
  }

  if (classification.kind !== 'answerable') {
    const base = {
      dedupeKey,
      sender: sender || 'unknown',
      subject,
      receivedAt,
      reason: classification.reason,
      bodyDigest,
    };
    if (classification.kind === 'bounce') {
      const bounce = await recordBounce(ctx.db, {
        ...base,
        originalMessageId: classification.originalMessageId,
        failedRecipients: classification.failedRecipients,
        secret: settings.messageIdSecret,
      });
      const caseNumber = bounce.caseId ? ((await getCaseById(ctx.db, bounce.caseId))?.number ?? null) : null;
      const result = outcome('ignored', `bounce: ${classification.reason}`, caseNumber, [], bounce.duplicate);
      countMailIn(ctx, 'bounce', bounce.duplicate);
      return { result, discard: files };
    }
    const { duplicate } = await recordUnanswered(ctx.db, { ...base, decision: 'ignored' });
    countMailIn(ctx, 'ignored', duplicate);
    return { result: outcome('ignored', classification.reason, null, [], duplicate), discard: files };
  }
  if (!sender) {
    const result = await quarantine(ctx, {
      dedupeKey,
      sender: 'unknown',
      subject,
      receivedAt,
      reason: 'no From address',
      bodyDigest,
    });
    return { result, discard: files };
  }

  const thread = await resolveThread(
    ctx.db,
    {
      messageKey: dedupeKey,
      inReplyTo: parsed.inReplyTo,
      references: parsed.references,
      subject: parsed.subject,
      sender,
    },
    settings.messageIdSecret,
    batch?.threads(ctx.db),
  );
  const threading = parsed.messageId ? replyThreading(parsed.messageId, parsed.references) : undefined;
  const sentOffset = utcOffsetOf(parsed.headers['date']?.[0] ?? '');
  const result = await handleInbound(ctx, {
    channel: 'email',
    sender: { kind: 'email', address: sender, auth: auth.verdict },
    threadKey: thread.threadKey,
    ...(thread.caseNumber ? { caseNumber: thread.caseNumber } : {}),
    ...(subject ? { subject } : {}),
    text: parsed.text,
    fullText: parsed.fullText,
    ...(parsed.unreadableBody ? { unreadableBody: parsed.unreadableBody } : {}),
    attachments,
    receivedAt,
    ...(parsed.date ? { sentAt: parsed.date } : {}),
    ...(sentOffset !== undefined ? { sentOffset } : {}),
    dedupeKey,
    bodyDigest,
    ...(threading ? { replyThreading: threading } : {}),
  });
  const rows =
    result.status === 'duplicate'
      ? []
      : await finishReplies(ctx, {
          inboundId: result.inboundId,
          threading,
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

  // A mail whose body was not read at all (too many parts) was answered why, and is set aside whole.
  const { setAside } = parsed;
  if (setAside && result.status !== 'duplicate') {
    await setInboundOutcome(ctx.db, result.inboundId, 'quarantined', setAside, null);
  }
  // A case still collecting its details when the message arrived was not yet open.
  const openBefore = result.caseBefore?.state === 'collecting' ? null : (result.caseBefore?.number ?? null);
  const joined = openBefore !== null && openBefore === result.caseNumber;
  const decision = setAside ? 'quarantined' : mapDecision(result.decision, joined);
  const capped = rows.some((r) => r.lastError === 'auto-reply cap reached');
  const reason =
    setAside ??
    (result.decision === 'quarantined'
      ? `authentication: ${auth.reason}`
      : capped
        ? `${result.decision}; auto-reply cap reached`
        : result.decision);
  return kept(
    outcome(decision, reason, result.caseNumber, sendable(rows, result.caseNumber), result.status === 'duplicate'),
  );
}

/** What threading reads of a message the engine will see (answerable, with a sender); undefined otherwise. */
export function threadInput(prepared: PreparedMessage): ThreadInput | undefined {
  if (prepared.kind !== 'parsed' || prepared.classification.kind !== 'answerable') return undefined;
  const { parsed } = prepared;
  const sender = parsed.from?.address ?? '';
  if (!sender) return undefined;
  return {
    messageKey: prepared.dedupeKey,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    subject: parsed.subject,
    sender,
  };
}

/** The attachment files prepareMessage stored for a message. */
export function storedFiles(prepared: { kind: string; parsed?: ParsedMessage }): string[] {
  return prepared.parsed?.attachments.map((a) => a.storagePath) ?? [];
}

export async function discardFiles(paths: string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { force: true })));
}

const kept = (result: IngestResult): Decided => ({ result, discard: [] });

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

/**
 * A Message-ID seen before on another mail: said in the audit log (who reused it, and what differed
 * from the mail recorded first — its sender, subject or body), never as a reply.
 */
async function auditReusedId(
  ctx: EngineContext,
  mail: MailIdentity,
  difference: ReuseDifference,
  at: Date,
): Promise<void> {
  await appendAudit(ctx.db, {
    at,
    actor: 'mail',
    action: 'mail.message-id-reused',
    subject: mail.messageId,
    details: {
      sender: mail.sender,
      differs: difference,
      note: `another mail was recorded under this Message-ID with another ${difference}; both are processed`,
    },
  });
}

async function quarantine(ctx: EngineContext, input: Omit<UnansweredInput, 'decision'>): Promise<IngestResult> {
  const { row, duplicate } = await recordUnanswered(ctx.db, { ...input, decision: 'quarantined' });
  countMailIn(ctx, 'quarantined', duplicate);
  return outcome('quarantined', row.reason ?? input.reason, null, [], duplicate);
}

async function duplicateOutcome(
  ctx: EngineContext,
  seen: NonNullable<Awaited<ReturnType<typeof findInbound>>>,
): Promise<IngestResult> {
  const caseNumber = seen.caseId ? ((await getCaseById(ctx.db, seen.caseId))?.number ?? null) : null;
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
