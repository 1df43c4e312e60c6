/**
 * The work after the acknowledgement (issue 19 §6): a customer message, an edit or deletion, or a button
 * answer — each turned into the engine's channel-neutral input and handled in one transaction with its
 * records (the event's state, the attachments, the thread it continues), so a crash never leaves half
 * of it. The replies wait in the outbox for the Slack sender.
 */
import { rm } from 'node:fs/promises';
import { choiceLabel } from '../../domain/reply-actions.ts';
import {
  type EngineContext,
  handleInbound,
  type InboundAttachment,
  type Outbound,
  recordMessageRevision,
} from '../../services/engine/index.ts';
import { findCaseByNumber } from '../../store/case-store.ts';
import { recordAttachments } from '../../store/channel-records.ts';
import { findStaffBySlackId } from '../../store/directory-reader.ts';
import { enqueue } from '../../store/outbox-store.ts';
import { finishSlackEvent } from '../../store/slack-event-store.ts';
import { slackThreadKey } from '../../store/slack-thread-store.ts';
import { inTransaction } from '../../store/transaction.ts';
import type { StoredAttachment } from '../email/attachment-sink.ts';
import { toInboundAttachments } from '../email/inbound-attachments.ts';
import { type Downloaded, downloadSlackFiles } from './download-files.ts';
import type { SlackMessageIn, SlackRevisionIn } from './read-event.ts';
import { conversationOfThread, resolveSlackThread } from './resolve-thread.ts';
import type { SlackSettings } from './slack-settings.ts';

export interface ChoiceIn {
  eventId: string;
  channel: string;
  threadTs: string;
  userId: string;
  teamId: string | null;
  value: string;
}

export interface ProcessorDeps {
  ctx: EngineContext;
  settings: SlackSettings;
  /** New rows are in the outbox: send them now rather than at the next tick. */
  wakeSender: () => void;
  /** One synchronous engine turn at a time, one per turn of the event loop (keyed-queue.ts). */
  turn: () => Promise<void>;
  logger: { warn(details: object, message: string): void; error(details: object, message: string): void };
}

const sender = (userId: string, teamId: string | null) =>
  ({ kind: 'slack', userId, ...(teamId ? { teamId } : {}) }) as const;

export function createEventProcessor(deps: ProcessorDeps) {
  const { ctx, settings } = deps;
  const { db } = ctx;

  const failed = async (eventRow: number, error: unknown, apology?: { recipient: string; threadKey: string }) => {
    const reason = error instanceof Error ? error.message : String(error);
    deps.logger.error({ err: error, slackEvent: eventRow }, 'Slack event not processed');
    await inTransaction(db, async () => {
      await finishSlackEvent(db, eventRow, { state: 'failed', reason: reason.slice(0, 500) });
      // The customer is not left without an answer; staff find the reason on the event.
      if (apology)
        await enqueue(
          db,
          {
            channel: 'slack',
            audience: 'customer',
            text: ctx.templates.render('processing-failed'),
            subject: null,
            caseId: null,
            ...apology,
          },
          ctx.now().toISOString(),
        );
    });
    deps.wakeSender();
  };

  async function processMessage(eventRow: number, message: SlackMessageIn): Promise<void> {
    let files: Downloaded = { stored: [], oversized: [], failed: [] };
    try {
      if (await staffInDirectMessage(eventRow, message)) return;
      files = await downloadSlackFiles(message.files, {
        token: settings.botToken,
        apiUrl: settings.apiUrl,
        directory: settings.attachmentDir,
        maxBytes: settings.maxAttachmentBytes,
      });
      const attachments: InboundAttachment[] = await toInboundAttachments(files.stored);
      await deps.turn();
      const now = ctx.now();
      await inTransaction(db, async () => {
        const thread = await resolveSlackThread(db, message, now);
        const scope = settings.supportChannels[message.channel];
        const result = await handleInbound(ctx, {
          channel: 'slack',
          sender: sender(message.userId, message.teamId),
          threadKey: thread.threadKey,
          ...(thread.replyThreadKey ? { replyThreadKey: thread.replyThreadKey } : {}),
          ...(thread.askWhichCase ? { askWhichCase: true } : {}),
          ...(thread.caseNumber ? { caseNumber: thread.caseNumber } : {}),
          ...(scope ? { accountScope: scope } : {}),
          text: message.text,
          attachments,
          receivedAt: now,
          dedupeKey: `slack:${message.channel}:${message.ts}`,
        });
        const replyThread = thread.replyThreadKey ?? thread.threadKey;
        if (result.status === 'processed') {
          await recordFiles(result.inboundId, result.caseNumber, files.stored);
          await tellAboutFiles(message.userId, replyThread, result.caseNumber, result.inboundId, files, now);
        }
        await finishSlackEvent(db, eventRow, {
          state: 'processed',
          reason: result.decision,
          inboundId: result.inboundId,
        });
      });
      deps.wakeSender();
    } catch (error) {
      await Promise.all(files.stored.map((f) => rm(f.storagePath, { force: true })));
      const root = message.threadTs ?? message.ts;
      await failed(eventRow, error, { recipient: message.userId, threadKey: slackThreadKey(message.channel, root) });
    }
  }

  /**
   * Vendor staff writing to the bot directly are not customers (the engine would ask them for a PIN):
   * they are told where their tools are, in the message's thread, and nothing else happens.
   */
  async function staffInDirectMessage(eventRow: number, message: SlackMessageIn): Promise<boolean> {
    if (message.channelType !== 'im' || !settings.teamId || message.teamId !== settings.teamId) return false;
    if (!(await findStaffBySlackId(db, message.userId))) return false;
    await inTransaction(db, async () => {
      await enqueue(
        db,
        {
          channel: 'slack',
          audience: 'staff',
          recipient: message.userId,
          text: ctx.templates.render('staff-dm'),
          subject: null,
          threadKey: slackThreadKey(message.channel, message.threadTs ?? message.ts),
          caseId: null,
        },
        ctx.now().toISOString(),
      );
      await finishSlackEvent(db, eventRow, { state: 'ignored', reason: 'staff in a direct message' });
    });
    deps.wakeSender();
    return true;
  }

  async function recordFiles(inboundId: number, caseNumber: string | null, stored: StoredAttachment[]): Promise<void> {
    if (stored.length === 0) return;
    const caseId = caseNumber ? ((await findCaseByNumber(db, caseNumber))?.id ?? null) : null;
    await recordAttachments(
      db,
      stored.map((a) => ({
        inboundId,
        caseId,
        filename: a.filename,
        contentType: a.contentType,
        size: a.size,
        storagePath: a.storagePath,
        sha256: a.sha256,
      })),
    );
  }

  /** Files that could not be taken are answered for, in the thread: none is silently dropped. */
  async function tellAboutFiles(
    recipient: string,
    threadKey: string,
    caseNumber: string | null,
    inboundId: number,
    files: Downloaded,
    now: Date,
  ): Promise<void> {
    if (files.oversized.length === 0 && files.failed.length === 0) return;
    const caseId = caseNumber ? ((await findCaseByNumber(db, caseNumber))?.id ?? null) : null;
    const base = {
      channel: 'slack',
      audience: 'customer' as const,
      recipient,
      subject: null,
      threadKey,
      caseId,
      inboundId,
    };
    if (files.oversized.length > 0) {
      const text = ctx.templates.render('attachment-too-large', {
        files: files.oversized.map((a) => `"${a.filename}" (${megabytes(a.size)})`).join(', '),
        limit: megabytes(settings.maxAttachmentBytes),
      });
      await enqueue(db, { ...base, text }, now.toISOString());
    }
    if (files.failed.length > 0) {
      deps.logger.warn({ files: files.failed }, 'Slack files not downloaded');
      const text = ctx.templates.render('attachment-not-read', {
        files: files.failed.map((f) => `"${f.filename}"`).join(', '),
      });
      await enqueue(db, { ...base, text }, now.toISOString());
    }
  }

  async function processRevision(eventRow: number, revision: SlackRevisionIn): Promise<void> {
    try {
      await deps.turn();
      await inTransaction(db, async () => {
        const threadKey = await conversationOfThread(db, revision.channel, revision.threadTs ?? revision.ts);
        const outcome = await recordMessageRevision(ctx, {
          channel: 'slack',
          sender: sender(revision.userId, revision.teamId),
          threadKey,
          kind: revision.kind,
          ...(revision.text !== undefined ? { text: revision.text } : {}),
          messageRef: revision.ts,
          at: ctx.now(),
        });
        let reason = outcome.recorded ? `recorded on Case ${outcome.caseNumber}` : outcome.reason;
        if (outcome.stillGathering && revision.text) {
          // Corrected before the request was complete ("severity high" made "critical", a product added):
          // the bot goes on from the words as they now stand, answering in the message's thread.
          const result = await handleInbound(ctx, {
            channel: 'slack',
            sender: sender(revision.userId, revision.teamId),
            threadKey,
            replyThreadKey: slackThreadKey(revision.channel, revision.threadTs ?? revision.ts),
            text: revision.text,
            attachments: [],
            receivedAt: ctx.now(),
            dedupeKey: `slack:${revision.channel}:${revision.ts}:${revision.eventId}`,
          });
          reason = `edit taken as the request: ${result.decision}`;
        }
        await finishSlackEvent(db, eventRow, {
          state: outcome.recorded || outcome.stillGathering ? 'processed' : 'ignored',
          reason,
        });
      });
      deps.wakeSender();
    } catch (error) {
      await failed(eventRow, error);
    }
  }

  async function processChoice(eventRow: number, choice: ChoiceIn): Promise<Outbound[]> {
    try {
      await deps.turn();
      const replies = await inTransaction(db, async () => {
        const result = await handleInbound(ctx, {
          channel: 'slack',
          sender: sender(choice.userId, choice.teamId),
          threadKey: await conversationOfThread(db, choice.channel, choice.threadTs),
          replyThreadKey: slackThreadKey(choice.channel, choice.threadTs),
          text: choiceLabel(choice.value),
          choice: choice.value,
          attachments: [],
          receivedAt: ctx.now(),
          dedupeKey: choice.eventId,
        });
        await finishSlackEvent(db, eventRow, {
          state: 'processed',
          reason: result.decision,
          inboundId: result.inboundId,
        });
        return result.replies;
      });
      deps.wakeSender();
      return replies;
    } catch (error) {
      await failed(eventRow, error);
      return [];
    }
  }

  return { processMessage, processRevision, processChoice };
}

export type EventProcessor = ReturnType<typeof createEventProcessor>;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
