/**
 * A customer edited or deleted a message the channel already delivered (Slack `message_changed`,
 * `message_deleted`). It is not a new request: it is recorded on the case of its conversation, so the
 * case keeps what the customer said and unsaid (issue 19 §4), with any PIN and sensitive data taken
 * out first. An edit that adds a PIN is answered as a PIN typed in a message; any other edit of a case's
 * message is answered once: it is not acted on, and what changed is to be sent as a new message.
 */
import { withoutControls } from '../../domain/display-text.ts';
import { redactPins } from '../../domain/pin-text.ts';
import { findSensitiveData, redactSensitiveData } from '../../domain/sensitive-data.ts';
import { addCaseEvent, getCaseById, hasCaseEventSince } from '../../store/case-store.ts';
import { findConversation } from '../../store/conversation-store.ts';
import { inTransaction } from '../../store/transaction.ts';
import { caseAccessFor } from './case-access.ts';
import { identifySender, senderKeyOf } from './identify-sender.ts';
import { Turn } from './turn.ts';
import type { Channel, EngineContext, Outbound, Sender } from './types.ts';

/** Edits of a case's messages within this time of a recorded one are not told about again. */
const EDIT_NOTICE_EVERY_MS = 60 * 60 * 1000;

export interface MessageRevision {
  channel: Channel;
  sender: Sender;
  threadKey: string;
  kind: 'edited' | 'deleted';
  /** The new text of an edit. */
  text?: string;
  /** The channel's id of the message (Slack: its ts). */
  messageRef: string;
  at: Date;
}

export type RevisionOutcome = (
  | { recorded: true; caseNumber: string; replies: Outbound[] }
  | { recorded: false; reason: string; replies: Outbound[] }
) & {
  /**
   * The edit is the sender's own, in a conversation still gathering its request (no case yet, or a case
   * still collecting), and carries no PIN: its words are the request as the customer now means it.
   */
  stillGathering?: boolean;
};

export async function recordMessageRevision(ctx: EngineContext, revision: MessageRevision): Promise<RevisionOutcome> {
  return await inTransaction(ctx.db, async () => {
    const conversation = await findConversation(ctx.db, revision.channel, revision.threadKey);
    if (!conversation) return { recorded: false, reason: 'not a conversation of ours', replies: [] };
    // Only the conversation's own sender's edits are its record (anyone else in a thread has their own).
    // A Slack user id is unique across workspaces, and a deletion may not name the user's team.
    const sameSender =
      revision.sender.kind === 'slack'
        ? conversation.senderKey.split(':').pop() === revision.sender.userId
        : conversation.senderKey === senderKeyOf(revision.sender);
    if (!sameSender) {
      return { recorded: false, reason: 'not the conversation’s sender', replies: [] };
    }
    const nowIso = revision.at.toISOString();
    // The conversation's own sender is who it is: a deletion names the envelope's team, not always the user's.
    const sender =
      revision.sender.kind === 'slack' && conversation.senderKey.includes(':')
        ? { ...revision.sender, teamId: conversation.senderKey.split(':')[0]! }
        : revision.sender;
    const identity = await identifySender(ctx, revision.channel, sender, nowIso);
    const caseRow = conversation.caseId ? await getCaseById(ctx.db, conversation.caseId) : undefined;
    const message = {
      channel: revision.channel,
      sender: revision.sender,
      threadKey: conversation.threadKey,
      text: '',
      attachments: [],
      receivedAt: revision.at,
    };
    const turn = new Turn(ctx, message, conversation, identity, caseRow ? [caseRow] : []);
    const raw = revision.text ?? '';
    const withoutPin = redactPins(raw);
    if (withoutPin !== raw) {
      await turn.reply('pin-not-in-messages', { portal: ctx.policy.supportPortalName });
      await turn.audit('pin.exposed', turn.actor, { channel: revision.channel, in: 'edit' });
      await turn.notifyStaff('analyst', 'staff-pin-exposed', {
        who: identity.contact ? `${identity.contact.name} (${identity.contact.email})` : 'a Slack user',
        sender: identity.senderKey,
      });
    }
    const gathering = !caseRow || caseRow.state === 'collecting';
    const stillGathering = revision.kind === 'edited' && withoutPin === raw && gathering;
    if (!caseRow)
      return { recorded: false, reason: 'no case in this conversation yet', replies: turn.replies, stillGathering };
    // An edit changes the case's record like a new message: only while its sender may still change the case
    // (verified, designated, read-write on its pair) — a contact whose grant was removed, or whose link
    // lapsed, no longer writes into it (issue 18 §2, red team round 8); nor is the edit read again.
    const access = caseAccessFor(turn, caseRow, 'update');
    if (!access.allowed) {
      return {
        recorded: false,
        reason: `the sender may not change the case (${access.reason})`,
        replies: turn.replies,
      };
    }
    // Controls and bidi overrides go, as from any message's text (display-text.ts, red team round 6).
    const printable = withoutControls(withoutPin);
    const text = redactSensitiveData(printable, findSensitiveData(printable));
    // An edit of a message already answered changes nothing (red team round 13): the contact is told so once,
    // and not again for the edits that follow within the hour (an edit storm gets one notice). An edit that
    // added a PIN has had its own answer.
    const since = new Date(revision.at.getTime() - EDIT_NOTICE_EVERY_MS).toISOString();
    const told =
      revision.kind !== 'edited' ||
      gathering ||
      withoutPin !== raw ||
      (await hasCaseEventSince(ctx.db, caseRow.id, 'message-edited', since));
    if (!told) await turn.reply('edit-not-acted-on', { number: caseRow.number });
    await addCaseEvent(ctx.db, {
      caseId: caseRow.id,
      at: nowIso,
      kind: revision.kind === 'edited' ? 'message-edited' : 'message-deleted',
      actor: turn.actor,
      text: revision.kind === 'edited' ? text : null,
      details: { channel: revision.channel, message: revision.messageRef },
    });
    // Once the case is open an analyst works from what was said: a changed or withdrawn message is news.
    if (!gathering) {
      await turn.notifyStaff(
        'analyst',
        'staff-case-updated',
        {
          number: caseRow.number,
          contact: identity.contact?.name ?? 'the customer',
          text: revision.kind === 'edited' ? `edited a message, now: ${text}` : 'deleted a message',
        },
        caseRow.region,
      );
    }
    return { recorded: true, caseNumber: caseRow.number, replies: turn.replies, stillGathering };
  });
}
