/**
 * A PIN entered in a private form (the Slack modal, DOMAIN.md §8) — never a message, so it is not
 * recorded as inbound text. The outcome is told in the sender's conversation, which then resumes.
 */

import { getCaseById } from '../../store/case-store.ts';
import {
  deliveryThreadOf,
  findLatestConversationOfSender,
  getOrCreateConversationOfSender,
} from '../../store/conversation-store.ts';
import { verifyPinInTurn } from './handlers/verification.ts';
import { identifySender, senderKeyOf } from './identify-sender.ts';
import { Turn } from './turn.ts';
import type { EngineContext, Outbound, Sender } from './types.ts';

export interface PinFormInput {
  channel: 'slack' | 'console';
  sender: Sender;
  email: string;
  pin: string;
  at: Date;
  threadKey?: string;
}

export function handlePinForm(ctx: EngineContext, input: PinFormInput): { verified: boolean; replies: Outbound[] } {
  return ctx.db.transaction(() => {
    const nowIso = input.at.toISOString();
    const senderKey = senderKeyOf(input.sender);
    const conversation =
      (input.threadKey ? undefined : findLatestConversationOfSender(ctx.db, input.channel, senderKey)) ??
      getOrCreateConversationOfSender(
        ctx.db,
        { channel: input.channel, threadKey: input.threadKey ?? `${input.channel}:${senderKey}`, senderKey },
        nowIso,
      );
    const identity = identifySender(ctx, input.channel, input.sender, nowIso);
    const caseRow = conversation.caseId ? getCaseById(ctx.db, conversation.caseId) : undefined;
    const message = {
      channel: input.channel,
      sender: input.sender,
      threadKey: deliveryThreadOf(conversation),
      text: '',
      attachments: [],
      receivedAt: input.at,
    };
    const turn = new Turn(ctx, message, conversation, identity, caseRow ? [caseRow] : []);
    const verified = verifyPinInTurn(turn, input.email, input.pin);
    turn.save();
    return { verified, replies: turn.replies };
  });
}
