/**
 * Events from Bolt, after Bolt has acknowledged them (Events API: Bolt acks before any listener runs;
 * no Web API call happens here). Each event is read (read-event.ts), checked to be for the bot, taken in
 * exactly once (slack_events: `event_id` and the message's `(channel, ts)` — a retry, or the same
 * message as `message` and `app_mention`, is one row), and queued for processing per channel.
 */
import { redactPins } from '../../domain/pin-text.ts';
import { findSensitiveData, redactSensitiveData } from '../../domain/sensitive-data.ts';
import type { EngineContext } from '../../services/engine/index.ts';
import { findStaffBySlackId } from '../../store/directory-reader.ts';
import { type NewSlackEvent, recordSlackEvent } from '../../store/slack-event-store.ts';
import { conversationKeyOfThread, slackConversationExists, slackThreadKey } from '../../store/slack-thread-store.ts';
import { inTransaction } from '../../store/transaction.ts';
import type { KeyedQueue } from './keyed-queue.ts';
import type { EventProcessor } from './process-events.ts';
import { readSlackEvent, type SlackMessageIn } from './read-event.ts';
import type { SlackSettings } from './slack-settings.ts';
import { takeApprovalThreadFile } from './staff/approval-thread-files.ts';
import { takeCardNote } from './staff/card-notes.ts';

export interface ReceiverDeps {
  ctx: EngineContext;
  settings: SlackSettings;
  queue: KeyedQueue;
  processor: EventProcessor;
  /** The bot's own user id, once known (auth.test or SLACK_BOT_USER_ID). */
  botUserId: () => string | undefined;
  logger: { debug(details: object, message: string): void; info(details: object, message: string): void };
}

/** Text kept until processed (for a restart): no PIN and no sensitive data, as the engine would keep it. */
function keptText(text: string): string {
  const withoutPin = redactPins(text);
  return redactSensitiveData(withoutPin, findSensitiveData(withoutPin));
}

export function createEventReceiver(deps: ReceiverDeps) {
  const { ctx, settings, queue } = deps;
  const { db } = ctx;

  /** Why a message is not for the bot, or null when it is. Chatter nobody addressed is not even recorded. */
  async function notForUs(message: SlackMessageIn): Promise<{ reason: string; record: boolean } | null> {
    if (message.channel === settings.staffChannel) return { reason: 'staff channel', record: false };
    const direct = message.channelType === 'im';
    if (!direct && settings.teamId && message.teamId === settings.teamId) {
      // The vendor's own people in a shared channel are staff talking with the customer (issue 20). A
      // member of the vendor's workspace who is not staff and asks the bot is a customer invited as a
      // guest (many vendors invite customers so, not by Slack Connect): asked, they are answered.
      const guestAsking = message.addressed && !(await findStaffBySlackId(db, message.userId));
      if (!guestAsking) return { reason: 'vendor staff in a shared channel', record: message.addressed };
      return null;
    }
    if (direct || message.addressed || message.channel in settings.supportChannels) return null;
    if (message.threadTs) {
      const known =
        (await conversationKeyOfThread(db, message.channel, message.threadTs)) !== undefined ||
        (await slackConversationExists(db, slackThreadKey(message.channel, message.threadTs)));
      if (known) return null;
    }
    return { reason: 'not addressed to the bot', record: false };
  }

  /**
   * Events are recorded in one transaction per turn of the event loop (a group commit): under load many
   * arrive together, and one commit each would cost more than their processing. Duplicates are found by
   * the table's unique indexes, in the order the events arrived; each recorded one then goes to the queue.
   */
  const batch: Array<{ event: NewSlackEvent; then?: (id: number | null) => void }> = [];
  const flush = async () => {
    const taken = batch.splice(0);
    const ids = await inTransaction(db, async () => {
      const out: Array<number | null> = [];
      for (const { event } of taken) out.push(await recordSlackEvent(db, event));
      return out;
    });
    for (const [i, { then }] of taken.entries()) then?.(ids[i]!);
  };
  const record = (event: NewSlackEvent, then?: (id: number | null) => void) => {
    if (batch.length === 0) setImmediate(flush);
    batch.push({ event, ...(then ? { then } : {}) });
  };

  async function takeEvent(body: unknown, retryNum: number | undefined): Promise<void> {
    const reading = readSlackEvent(body, deps.botUserId());
    const receivedAt = ctx.now().toISOString();
    const base = { receivedAt, retryNum: retryNum ?? null };
    if (reading.kind === 'ignore') {
      record({
        ...base,
        eventId: reading.eventId,
        kind: 'ignored',
        channel: reading.channel,
        messageTs: null,
        state: 'ignored',
        reason: reading.reason,
        summary: {},
      });
      deps.logger.debug({ event: reading.eventId, reason: reading.reason }, 'Slack event ignored');
      return;
    }
    if (reading.kind === 'revision') {
      const revision = reading.revision;
      record(
        {
          ...base,
          eventId: revision.eventId,
          kind: `message-${revision.kind}`,
          channel: revision.channel,
          messageTs: null,
          state: 'received',
          reason: null,
          summary: { ...revision, ...(revision.text !== undefined ? { text: keptText(revision.text) } : {}) },
        },
        (id) => {
          if (id !== null) queue.push(revision.channel, () => deps.processor.processRevision(id, revision));
        },
      );
      return;
    }
    const message = reading.message;
    // Issue 20 §2: a reply in a case card's thread is an internal note, whoever's channel it is in.
    if (await takeCardNote(ctx, settings.teamId, message)) return;
    if (await takeApprovalThreadFile(ctx, settings, message, deps.logger)) return;
    const skip = await notForUs(message);
    if (skip) {
      if (skip.record) {
        record({
          ...base,
          eventId: message.eventId,
          kind: 'ignored',
          channel: message.channel,
          messageTs: null,
          state: 'ignored',
          reason: skip.reason,
          summary: {},
        });
      }
      deps.logger.debug({ event: message.eventId, reason: skip.reason }, 'Slack message not for the bot');
      return;
    }
    record(
      {
        ...base,
        eventId: message.eventId,
        kind: 'message',
        channel: message.channel,
        messageTs: message.ts,
        state: 'received',
        reason: null,
        // What a restart needs to process it, with any PIN already out: never the raw payload.
        summary: { ...message, text: keptText(message.text) },
      },
      (id) => {
        if (id === null) {
          deps.logger.info({ event: message.eventId, retryNum }, 'Slack message already taken in (retry or mention)');
          return;
        }
        queue.push(message.channel, () => deps.processor.processMessage(id, message));
      },
    );
  }

  return { takeEvent };
}

export type EventReceiver = ReturnType<typeof createEventReceiver>;
