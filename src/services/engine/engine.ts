/**
 * The channel-independent core: an inbound message and the stored state in, replies, record changes,
 * staff notifications and audit entries out — all in one synchronous transaction, so a crash never
 * leaves a case without its reply or a reply without its case (the outbox delivers after commit).
 */
import { createHash } from 'node:crypto';
import { redactPins } from '../../domain/pin-text.ts';
import { type CaseRow, findCaseByNumber, getCaseById } from '../../store/case-store.ts';
import { getOrCreateConversationOfSender } from '../../store/conversation-store.ts';
import { repliesToInbound, setInboundOutcome, takeInbound } from '../../store/inbound-store.ts';
import { afterCommit, inTransaction } from '../../store/transaction.ts';
import { prefetchTurnState } from '../../store/turn-state.ts';
import { caseAccessFor } from './case-access.ts';
import { dispatch } from './dispatch.ts';
import { identifySender, senderKeyOf } from './identify-sender.ts';
import { prepareText, withoutPins } from './prepare-text.ts';
import { type Identity, Turn, toOutbound } from './turn.ts';
import type { EngineContext, HandleResult, InboundMessage } from './types.ts';

/**
 * A message without a key of its channel's is keyed by a digest of what it says — the PIN-free text: a
 * digest of a text whose only unknown is a PIN would give the PIN to anyone who tries them all.
 */
function dedupeKeyOf(message: InboundMessage): string {
  if (message.dedupeKey) return message.dedupeKey;
  const hash = createHash('sha256');
  hash.update(
    `${message.channel}\n${senderKeyOf(message.sender)}\n${message.threadKey}\n${message.receivedAt.toISOString()}\n`,
  );
  hash.update(redactPins(message.text));
  return `sha256:${hash.digest('hex')}`;
}

export async function handleInbound(ctx: EngineContext, received: InboundMessage): Promise<HandleResult> {
  const { db } = ctx;
  return await inTransaction(db, async () => {
    const dedupeKey = dedupeKeyOf(received);
    const message = withoutPins(received);
    const nowIso = message.receivedAt.toISOString();
    const senderKey = senderKeyOf(message.sender);
    // PostgreSQL: this turn's conversation, case and directory facts in one query (turn-state.ts), asked
    // with the inbound key so both go in one round trip; a duplicate leaves the facts unused.
    const [{ taken: inbound, seen }] = await Promise.all([
      takeInbound(db, {
        channel: message.channel,
        dedupeKey,
        sender: senderKey,
        subject: message.subject ?? null,
        receivedAt: nowIso,
        decision: 'processing',
        bodyDigest: message.bodyDigest ?? null,
      }),
      prefetchTurnState(db, {
        channel: message.channel,
        senderKey,
        email: message.sender.kind === 'slack' ? null : senderKey,
        threadKey: message.threadKey,
      }),
    ]);
    if (seen) {
      afterCommit(db, () => ctx.instruments.messageIn(message.channel, 'duplicate'));
      return await replayOutcome(ctx, seen.id, seen.decision, seen.caseId);
    }
    const conversation = await getOrCreateConversationOfSender(
      db,
      { channel: message.channel, threadKey: message.threadKey, senderKey },
      nowIso,
    );
    // Hints only (issue 18 §1): the Turn shows a case to the handlers only while the sender may see it.
    const named = message.caseNumber ? await findCaseByNumber(db, message.caseNumber) : undefined;
    const remembered = conversation.caseId ? await getCaseById(db, conversation.caseId) : undefined;
    const hints = [named, remembered].filter((c): c is CaseRow => c !== undefined);
    const identity = scopedToAccount(await identifySender(ctx, message.channel, message.sender, nowIso), message);
    const turn = new Turn(ctx, message, conversation, identity, hints, inbound.id);

    const prepared = await prepareText(turn);
    if (prepared.proceed) await dispatch(turn, prepared.text);
    await turn.save();

    const caseBefore = hints.find((c) => caseAccessFor(turn, c, 'view').allowed);
    await setInboundOutcome(db, inbound.id, turn.decision, null, turn.caseRow?.id ?? null);
    afterCommit(db, () => ctx.instruments.messageIn(message.channel, turn.decision));
    return {
      status: 'processed',
      decision: turn.decision,
      caseNumber: turn.caseRow?.number ?? null,
      replies: turn.replies,
      inboundId: inbound.id,
      caseBefore: caseBefore ? { number: caseBefore.number, state: caseBefore.state } : null,
    };
  });
}

/**
 * In a place shared with one account (InboundMessage.accountScope) everyone there reads the replies, so
 * only that account's Sold To / End User pairs are acted on: another account's case is not discussed there.
 */
function scopedToAccount(identity: Identity, message: InboundMessage): Identity {
  const scope = message.accountScope;
  if (!scope) return identity;
  return { ...identity, grants: identity.grants.filter((g) => g.soldTo === scope || g.endUser === scope) };
}

/** A duplicate delivery: nothing is done again; the replies already written are reported. */
async function replayOutcome(
  ctx: EngineContext,
  inboundId: number,
  decision: string,
  caseId: number | null,
): Promise<HandleResult> {
  const rows = await repliesToInbound(ctx.db, inboundId);
  const caseNumber = caseId ? ((await getCaseById(ctx.db, caseId))?.number ?? null) : null;
  const replies = rows.map((r) => toOutbound(r, caseNumber));
  return { status: 'duplicate', decision, caseNumber, replies, inboundId, caseBefore: null };
}
