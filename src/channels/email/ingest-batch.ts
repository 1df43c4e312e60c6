/**
 * The messages of one IMAP batch through the ingest path with a single commit. Each is parsed first
 * (attachments stored); then all are decided in order in one transaction (each in its own savepoint
 * when one of them fails: decideAll), and only then are messages moved and replies sent. One commit per batch instead of one per message:
 * a commit writes every page a message touched, and most of those pages are shared by the batch.
 * Exactly once still holds: a crash before the commit leaves the whole batch unprocessed and in the
 * mailbox, to be handled again (the dedupe keys are committed with the decisions).
 */
import type { Readable } from 'node:stream';
import type { EngineContext } from '../../services/engine/index.ts';
import { inOptimisticTransaction, inTransaction } from '../../store/transaction.ts';
import { AttachmentStorageError } from './attachment-sink.ts';
import { readBatchLookups } from './batch-lookups.ts';
import { countMailIn } from './count-mail-in.ts';
import type { InboundMeta, InboundOutcome } from './imap-inbound.ts';
import {
  type Decided,
  decideMessage,
  discardFiles,
  type PreparedMessage,
  prepareMessage,
  storedFiles,
  threadInput,
} from './ingest-message.ts';
import type { MailSettings } from './mail-settings.ts';
import type { ChannelLogger } from './ports.ts';
import { recordUnanswered } from './record-unanswered.ts';

export interface BatchMessage {
  source: Buffer | Readable;
  meta: InboundMeta;
}

export interface BatchOutcome extends InboundOutcome {
  /** Replies queued in the outbox for this message. */
  replies: number;
}

type Prepared = PreparedMessage | { kind: 'failed'; reason: string };

/**
 * Decoded spreadsheet cells a batch may hold before the messages read so far are decided and let go
 * (issue 18 §4): a batch of 50 messages each with a large sheet must not hold every parsed sheet at once.
 */
export const BATCH_DECODED_CELLS = 100_000;

/**
 * Runs inside each transaction that decides messages of the batch, after they are decided, with their
 * outcomes: the shared intake marks its rows decided there, so the mark commits with the decisions.
 */
export type WithinDecision = (decided: Array<{ meta: InboundMeta; outcome: BatchOutcome }>) => Promise<void>;

export async function ingestBatch(
  ctx: EngineContext,
  settings: MailSettings,
  messages: BatchMessage[],
  logger: ChannelLogger,
  within?: WithinDecision,
): Promise<BatchOutcome[]> {
  const decided: Decided[] = [];
  let held: Array<{ message: Prepared; meta: InboundMeta }> = [];
  let heldCells = 0;
  // Decides what is held in one transaction and lets it go; usually once, for the whole batch.
  const decideHeld = async () => {
    const now = await decideAll(ctx, settings, held, logger, within);
    held = [];
    heldCells = 0;
    decided.push(...now);
    await discardFiles(now.flatMap((d) => d.discard));
  };
  try {
    for (const { source, meta } of messages) {
      let message: Prepared;
      try {
        message = await prepareMessage(ctx, settings, source);
      } catch (error) {
        // A download that broke is a lost connection, and a file that cannot be written is our storage
        // failing, not a bad message: the session reconnects and fetches the batch again.
        if (error instanceof AttachmentStorageError) throw error;
        if (!Buffer.isBuffer(source) && source.errored) throw error;
        message = { kind: 'failed', reason: failureReason(error) };
      }
      held.push({ message, meta });
      heldCells += decodedCells(message);
      if (heldCells > BATCH_DECODED_CELLS) await decideHeld();
    }
    await decideHeld();
  } catch (error) {
    // Nothing of what is held was committed and the batch will be fetched again: the files stored for
    // it now would only be orphans (what was decided already is recognised as a duplicate then).
    await discardFiles(held.flatMap(({ message }) => storedFiles(message)));
    throw error;
  }
  return decided.map(outcomeOf);
}

function outcomeOf({ result }: Decided): BatchOutcome {
  return {
    ...(result.decision === 'quarantined'
      ? { outcome: 'quarantined', reason: result.reason ?? 'quarantined' }
      : { outcome: 'processed' }),
    replies: result.replies.length,
  };
}

/**
 * The messages in one transaction, first all at once: no savepoint per message (nor for the engine's
 * unit inside it), their duplicate checks in one query. When any of them fails, all of it is rolled
 * back and the batch decided again the safe way, each message in its own savepoint, so the one that
 * fails is set aside alone and the others go through once (issue 24, Speed: round trips per mail).
 */
async function decideAll(
  ctx: EngineContext,
  settings: MailSettings,
  held: Array<{ message: Prepared; meta: InboundMeta }>,
  logger: ChannelLogger,
  within: WithinDecision | undefined,
): Promise<Decided[]> {
  const finish = async (out: Decided[]) => {
    await within?.(out.map((d, i) => ({ meta: held[i]!.meta, outcome: outcomeOf(d) })));
    return out;
  };
  const optimistic = await inOptimisticTransaction(ctx.db, async () => {
    const lookups = await readBatchLookups(
      ctx.db,
      held.flatMap(({ message }) => {
        if (message.kind !== 'parsed') return [];
        const thread = threadInput(message);
        return [{ dedupeKey: message.dedupeKey, ...(thread ? { thread } : {}) }];
      }),
      settings.messageIdSecret,
    );
    const out: Decided[] = [];
    for (const { message, meta } of held) {
      out.push(
        message.kind === 'failed'
          ? await setAside(ctx, meta, message.reason, logger)
          : await decideMessage(ctx, settings, message, lookups),
      );
    }
    return await finish(out);
  });
  if (optimistic.committed) return optimistic.value;
  logger.warn(
    { messages: held.length, err: failureReason(optimistic.error) },
    'a message of the batch failed: deciding the batch again one message at a time',
  );
  return await inTransaction(ctx.db, async () => {
    const out: Decided[] = [];
    for (const { message, meta } of held) out.push(await decideOne(ctx, settings, message, meta, logger));
    return await finish(out);
  });
}

function decodedCells(message: Prepared): number {
  if (message.kind !== 'parsed') return 0;
  return message.attachments.reduce((sum, a) => sum + (a.rows?.reduce((n, row) => n + row.length, 0) ?? 0), 0);
}

/**
 * One message in its own savepoint: a message that breaks the path is rolled back alone and set aside,
 * recorded under its UID, instead of failing (and forever retrying) the whole batch.
 */
async function decideOne(
  ctx: EngineContext,
  settings: MailSettings,
  message: Prepared,
  meta: InboundMeta,
  logger: ChannelLogger,
): Promise<Decided> {
  if (message.kind !== 'failed') {
    try {
      return await inTransaction(ctx.db, async () => await decideMessage(ctx, settings, message));
    } catch (error) {
      // Its rows are gone with the savepoint; the raw mail, attachments included, waits in quarantine.
      return { ...(await setAside(ctx, meta, failureReason(error), logger)), discard: storedFiles(message) };
    }
  }
  return await setAside(ctx, meta, message.reason, logger);
}

async function setAside(
  ctx: EngineContext,
  meta: InboundMeta,
  reason: string,
  logger: ChannelLogger,
): Promise<Decided> {
  logger.error({ uid: meta.uid, err: reason }, 'inbound mail could not be processed');
  const { duplicate } = await recordUnanswered(ctx.db, {
    dedupeKey: `uid:${meta.uidValidity}:${meta.uid}`,
    sender: 'unknown',
    subject: null,
    receivedAt: ctx.now(),
    decision: 'quarantined',
    reason,
  });
  countMailIn(ctx, 'quarantined', duplicate);
  return {
    result: { decision: 'quarantined', reason, case: null, replies: [], duplicate: false },
    discard: [],
  };
}

const failureReason = (error: unknown) =>
  `processing failed: ${error instanceof Error ? error.message : String(error)}`;
