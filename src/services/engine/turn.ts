/**
 * One turn of a conversation: everything a handler needs, and the only way it writes replies,
 * staff notifications and audit entries — all inside the engine's transaction.
 */

import { caseTag } from '../../domain/cases/case-number.ts';
import { redactPinLines } from '../../domain/pin.ts';
import { findSensitiveData, redactSensitiveData } from '../../domain/sensitive-data.ts';
import { appendAudit } from '../../store/audit-log.ts';
import { addCaseEvent, type CaseRow } from '../../store/case-store.ts';
import type { ConversationRow } from '../../store/conversation-store.ts';
import { saveConversation } from '../../store/conversation-store.ts';
import type { ContactRow, PairGrant } from '../../store/directory-reader.ts';
import { staffWithRole } from '../../store/directory-reader.ts';
import { enqueue } from '../../store/outbox-store.ts';
import type { Dialogue } from './dialogue.ts';
import type { EngineContext, InboundMessage, Outbound } from './types.ts';

/** A chain longer than this is read no further. */
const MAX_CHAIN_CHARS = 200_000;

export interface Identity {
  senderKey: string;
  /** Where replies go: Slack user id, email address or console user. */
  replyTo: string;
  contact?: ContactRow;
  verified: boolean;
  /** A message in the name of a known contact whose email failed authentication (DOMAIN.md §8). */
  authFailed: boolean;
  grants: PairGrant[];
}

/** The slots a reply asks for, and which of them are asked again (issue 21: no question asked twice). */
export interface AskedSlots {
  asks: readonly string[];
  reasked?: readonly string[];
}

export class Turn {
  readonly replies: Outbound[] = [];
  readonly nowIso: string;
  dialogue: Dialogue;
  caseRow: CaseRow | undefined;
  decision = 'conversation';
  #chain: string | undefined | null = null;

  constructor(
    readonly ctx: EngineContext,
    readonly message: InboundMessage,
    readonly conversation: ConversationRow,
    readonly identity: Identity,
    caseRow: CaseRow | undefined,
    /** The inbound message row this turn answers; its replies point back to it (exactly-once). */
    readonly inboundId: number | null = null,
  ) {
    this.nowIso = message.receivedAt.toISOString();
    this.dialogue = conversation.dialogue as unknown as Dialogue;
    this.caseRow = caseRow;
  }

  /**
   * The whole body as sent (InboundMessage.fullText), for readers of whole chains; undefined when the
   * channel gave none. It is only read, never answered line by line: every PIN in it is removed (one in
   * the new text is handled by prepareText) and sensitive data redacted. Prepared on first use: most
   * turns never read it.
   */
  chain(): string | undefined {
    if (this.#chain === null) {
      const body = this.message.fullText?.slice(0, MAX_CHAIN_CHARS);
      const redacted = body === undefined ? undefined : redactPinLines(body);
      this.#chain = redacted === undefined ? undefined : redactSensitiveData(redacted, findSensitiveData(redacted));
    }
    return this.#chain;
  }

  get actor(): string {
    return this.identity.contact
      ? `contact:${this.identity.contact.email}`
      : `${this.message.channel}:${this.identity.senderKey}`;
  }

  /** A reply to the customer in this thread, rendered from prompts/<template>.txt. */
  reply(template: string, values: Record<string, string | number> = {}, questions?: AskedSlots): void {
    this.send(this.ctx.templates.render(template, values), questions);
  }

  send(text: string, questions?: AskedSlots): void {
    const caseRow = this.caseRow;
    const subject = caseRow
      ? `${caseTag(caseRow.number)} ${this.message.subject?.replace(/\[case \d{8}\]\s*/i, '') ?? 'Your Customer Care case'}`.trim()
      : (this.message.subject ?? null);
    const row = enqueue(
      this.ctx.db,
      {
        channel: this.message.channel,
        recipient: this.identity.replyTo,
        audience: 'customer',
        subject,
        text,
        threadKey: this.message.threadKey,
        caseId: caseRow?.id ?? null,
        inboundId: this.inboundId,
        ...(this.message.replyThreading ?? {}),
      },
      this.nowIso,
    );
    if (caseRow) {
      addCaseEvent(this.ctx.db, { caseId: caseRow.id, at: this.nowIso, kind: 'message-out', actor: 'caseline', text });
    }
    const outbound = toOutbound(row, caseRow?.number ?? null);
    if (questions?.asks.length) {
      outbound.asks = [...questions.asks];
      if (questions.reasked?.length) outbound.reasked = [...questions.reasked];
    }
    this.replies.push(outbound);
  }

  /** A notification to staff with a role (preferring the case's region). Text is already safe for staff. */
  notifyStaff(role: string, template: string, values: Record<string, string | number>, region?: string | null): void {
    const text = this.ctx.templates.render(template, values);
    for (const member of staffWithRole(this.ctx.db, role, region)) {
      const row = enqueue(
        this.ctx.db,
        {
          channel: this.ctx.staffChannel,
          recipient: this.ctx.staffChannel === 'slack' ? (member.slackUserId ?? member.email) : member.email,
          audience: 'staff',
          subject: this.caseRow ? `${caseTag(this.caseRow.number)} ${role} notification` : `${role} notification`,
          text,
          threadKey: null,
          caseId: this.caseRow?.id ?? null,
          inboundId: this.inboundId,
        },
        this.nowIso,
      );
      this.replies.push(toOutbound(row, this.caseRow?.number ?? null));
    }
  }

  audit(action: string, subject: string, details: Record<string, unknown> = {}): void {
    appendAudit(this.ctx.db, { at: this.nowIso, actor: this.actor, action, subject, details });
  }

  setDialogue(dialogue: Dialogue): void {
    this.dialogue = dialogue;
  }

  attachCase(caseRow: CaseRow): void {
    this.caseRow = caseRow;
  }

  save(): void {
    saveConversation(
      this.ctx.db,
      this.conversation.id,
      {
        dialogue: this.dialogue as unknown as Record<string, unknown>,
        caseId: this.caseRow?.id ?? this.conversation.caseId,
        contactId: this.identity.contact?.id ?? this.conversation.contactId,
      },
      this.nowIso,
    );
  }
}

export function toOutbound(row: Omit<Outbound, 'caseNumber'>, caseNumber: string | null): Outbound {
  return {
    id: row.id,
    channel: row.channel,
    audience: row.audience,
    recipient: row.recipient,
    subject: row.subject,
    text: row.text,
    threadKey: row.threadKey,
    caseNumber,
  };
}
