/**
 * Which conversation a Slack message belongs to (issue 19 §4: a thread per case).
 * 1. A thread already known — begun there, or continued there — is that conversation (and its case).
 * 2. Any other message in a thread begins the conversation of that thread.
 * 3. A top-level message answers the sender's question still open in this channel (asked in the last
 *    two hours), if there is one: the conversation goes on, and is answered in the new message's thread.
 * 4. Otherwise it begins a conversation in its own thread; the engine may ask which case it is about.
 */
import { senderKeyOf } from '../../services/engine/identify-sender.ts';
import { getCaseById } from '../../store/case-store.ts';
import { findConversation } from '../../store/conversation-store.ts';
import type { Db } from '../../store/database.ts';
import {
  continueConversationInThread,
  conversationKeyOfThread,
  slackConversationExists,
  slackThreadKey,
  waitingSlackConversation,
} from '../../store/slack-thread-store.ts';

const ANSWER_WINDOW_MS = 2 * 3_600_000;

export interface SlackThread {
  /** The conversation. */
  threadKey: string;
  /**
   * The case the thread is about, when it has one: a hint for anyone writing there (a colleague in a
   * shared channel's case thread too), which the engine uses only for whoever may see that case.
   */
  caseNumber?: string;
  /** Where the replies go, when not the conversation's own thread. */
  replyThreadKey?: string;
  askWhichCase: boolean;
}

export async function resolveSlackThread(
  db: Db,
  message: { channel: string; ts: string; threadTs: string | null; userId: string; teamId: string | null },
  now: Date,
): Promise<SlackThread> {
  const root = message.threadTs ?? message.ts;
  const own = slackThreadKey(message.channel, root);
  const continued = await conversationKeyOfThread(db, message.channel, root);
  if (continued)
    return { threadKey: continued, replyThreadKey: own, askWhichCase: false, ...(await caseOf(db, continued)) };
  if (message.threadTs || (await slackConversationExists(db, own)))
    return { threadKey: own, askWhichCase: false, ...(await caseOf(db, own)) };
  const senderKey = senderKeyOf({
    kind: 'slack',
    userId: message.userId,
    ...(message.teamId ? { teamId: message.teamId } : {}),
  });
  const since = new Date(now.getTime() - ANSWER_WINDOW_MS).toISOString();
  const waiting = await waitingSlackConversation(db, { channel: message.channel, senderKey, since });
  if (waiting) {
    await continueConversationInThread(db, {
      channel: message.channel,
      threadTs: root,
      conversationKey: waiting.threadKey,
      at: now.toISOString(),
    });
    return { threadKey: waiting.threadKey, replyThreadKey: own, askWhichCase: false };
  }
  return { threadKey: own, askWhichCase: true };
}

/** The conversation of a thread named by a button or a form (it may have been continued elsewhere). */
export async function conversationOfThread(db: Db, channel: string, threadTs: string): Promise<string> {
  return (await conversationKeyOfThread(db, channel, threadTs)) ?? slackThreadKey(channel, threadTs);
}

/** The case of the conversation a thread began, if any. */
async function caseOf(db: Db, threadKey: string): Promise<{ caseNumber?: string }> {
  const conversation = await findConversation(db, 'slack', threadKey);
  const caseRow = conversation?.caseId ? await getCaseById(db, conversation.caseId) : undefined;
  return caseRow ? { caseNumber: caseRow.number } : {};
}
