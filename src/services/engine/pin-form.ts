/**
 * A PIN entered in a private form (the Slack modal, DOMAIN.md §8) — never a message, so it is not
 * recorded as inbound text. The outcome is told in the sender's conversation, which then resumes. A PIN
 * typed in groups or in another script's digits is read as its digits (pinFromFormEntry).
 */

import { pinFromFormEntry } from '../../domain/pin-text.ts';
import { getCaseById } from '../../store/case-store.ts';
import {
  deliveryThreadOf,
  findLatestConversationOfSender,
  getOrCreateConversationOfSender,
} from '../../store/conversation-store.ts';
import { inTransaction } from '../../store/transaction.ts';
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

export async function handlePinForm(
  ctx: EngineContext,
  input: PinFormInput,
): Promise<{ verified: boolean; replies: Outbound[] }> {
  return await inTransaction(ctx.db, async () => {
    const nowIso = input.at.toISOString();
    const senderKey = senderKeyOf(input.sender);
    const conversation =
      (input.threadKey ? undefined : await findLatestConversationOfSender(ctx.db, input.channel, senderKey)) ??
      (await getOrCreateConversationOfSender(
        ctx.db,
        { channel: input.channel, threadKey: input.threadKey ?? `${input.channel}:${senderKey}`, senderKey },
        nowIso,
      ));
    const identity = await identifySender(ctx, input.channel, input.sender, nowIso);
    const caseRow = conversation.caseId ? await getCaseById(ctx.db, conversation.caseId) : undefined;
    const message = {
      channel: input.channel,
      sender: input.sender,
      threadKey: deliveryThreadOf(conversation),
      text: '',
      attachments: [],
      receivedAt: input.at,
    };
    const turn = new Turn(ctx, message, conversation, identity, caseRow ? [caseRow] : []);
    const verified = await verifyPinInTurn(turn, input.email, pinFromFormEntry(input.pin));
    await turn.save();
    return { verified, replies: turn.replies };
  });
}
