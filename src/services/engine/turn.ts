/**
 * One turn of a conversation: everything a handler needs, and the only way it writes replies,
 * staff notifications and audit entries — all inside the engine's transaction.
 */

import { caseTag } from '../../domain/cases/case-number.ts';
import { redactPins } from '../../domain/pin-text.ts';
import type { ReplyAction } from '../../domain/reply-actions.ts';
import { findSensitiveData, redactSensitiveData, type SensitiveKind } from '../../domain/sensitive-data.ts';
import { escapeSlackText, truncateSlackText } from '../../domain/slack-text.ts';
import { appendAudit } from '../../store/audit-log.ts';
import { addCaseEvent, type CaseRow, STAFF_TOLD } from '../../store/case-store.ts';
import type { ConversationRow } from '../../store/conversation-store.ts';
import { saveConversation } from '../../store/conversation-store.ts';
import type { ContactRow, PairGrant } from '../../store/directory-reader.ts';
import { enqueue } from '../../store/outbox-store.ts';
import { awayNotesFor } from '../staff-absence/present-recipients.ts';
import { caseAccessFor } from './case-access.ts';
import type { Dialogue } from './dialogue.ts';
import { staffRecipients } from './staff-recipients.ts';
import type { EngineContext, InboundMessage, Outbound } from './types.ts';

/** Contact data a whole chain is read for (license request forms), kept from the chain's redaction. */
const ORDER_DATA: ReadonlySet<SensitiveKind> = new Set(['phone', 'email']);

/** Slack takes up to 40,000 characters of message text; ours stay well below. */
const SLACK_TEXT_MAX = 39_000;

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
  decision = 'conversation';
  #chain: string | undefined | null = null;
  /** What this turn has told the customer (text and buttons): the same answer is not sent twice. */
  readonly #sent = new Set<string>();
  /** The cases the message named and its thread remembers, in that order: hints until the sender may see one. */
  #caseHints: CaseRow[];
  /** A case this turn opened, or whose access a handler checked. */
  #case: CaseRow | undefined;

  constructor(
    readonly ctx: EngineContext,
    readonly message: InboundMessage,
    readonly conversation: ConversationRow,
    readonly identity: Identity,
    caseHints: CaseRow[],
    /** The inbound message row this turn answers; its replies point back to it (exactly-once). */
    readonly inboundId: number | null = null,
  ) {
    this.nowIso = message.receivedAt.toISOString();
    this.dialogue = conversation.dialogue as unknown as Dialogue;
    this.#caseHints = caseHints;
  }

  /**
   * The case this turn is about: one it opened or checked, or the hint it arrived with — while, and
   * only while, the sender may see that case (issue 18 §1). Asked again at every use: a PIN given in
   * this very message may have verified the sender since.
   */
  get caseRow(): CaseRow | undefined {
    return this.#case ?? this.#caseHints.find((hint) => caseAccessFor(this, hint, 'view').allowed);
  }

  set caseRow(caseRow: CaseRow | undefined) {
    this.#case = caseRow;
    this.#caseHints = [];
  }

  /** The first hinted case, seen or not: kept with a request that waits for the sender's PIN. */
  get caseHint(): CaseRow | undefined {
    return this.#case ?? this.#caseHints[0];
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
      const redacted = body === undefined ? undefined : redactPins(body);
      // Names, phones and addresses are what a license form asks for (DOMAIN.md §7): only secrets go.
      const findings = redacted === undefined ? [] : findSensitiveData(redacted).filter((f) => !ORDER_DATA.has(f.kind));
      this.#chain = redacted === undefined ? undefined : redactSensitiveData(redacted, findings);
    }
    return this.#chain;
  }

  get actor(): string {
    return this.identity.contact
      ? `contact:${this.identity.contact.email}`
      : `${this.message.channel}:${this.identity.senderKey}`;
  }

  /** A reply to the customer in this thread, rendered from prompts/<template>.txt. */
  async reply(
    template: string,
    values: Record<string, string | number> = {},
    actions: ReplyAction[] = [],
    questions?: AskedSlots,
  ): Promise<void> {
    await this.send(this.render(this.message.channel, template, values), actions, questions);
  }

  /**
   * A template with its values, for the channel it goes to: bound for Slack, the values — customer
   * text among them — are escaped so they cannot mention or link (issue 18 §8).
   */
  render(channel: string, template: string, values: Record<string, string | number>): string {
    if (channel !== 'slack') return this.ctx.templates.render(template, values);
    const escaped = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? escapeSlackText(value) : value]),
    );
    return truncateSlackText(this.ctx.templates.render(template, escaped), SLACK_TEXT_MAX);
  }

  async send(text: string, actions: ReplyAction[] = [], questions?: AskedSlots): Promise<void> {
    // One message, one answer of each kind: two requests refused alike ("close it, and its status" on a
    // case the sender cannot see) are told once (red team round 11).
    const sent = `${text}\u0000${JSON.stringify(actions)}`;
    if (this.#sent.has(sent)) return;
    this.#sent.add(sent);
    const caseRow = this.caseRow;
    const subject = caseRow
      ? `${caseTag(caseRow.number)} ${this.message.subject?.replace(/\[\s*case\s+\d{8}\s*\]\s*/gi, '') ?? 'Your Customer Care case'}`.trim()
      : (this.message.subject ?? null);
    const row = await enqueue(
      this.ctx.db,
      {
        channel: this.message.channel,
        recipient: this.identity.replyTo,
        audience: 'customer',
        subject,
        text,
        threadKey: this.message.replyThreadKey ?? this.message.threadKey,
        caseId: caseRow?.id ?? null,
        inboundId: this.inboundId,
        actions,
        ...(this.message.replyThreading ?? {}),
      },
      this.nowIso,
    );
    if (caseRow) {
      await addCaseEvent(this.ctx.db, {
        caseId: caseRow.id,
        at: this.nowIso,
        kind: 'message-out',
        actor: 'caseline',
        text,
      });
    }
    const outbound = toOutbound(row, caseRow?.number ?? null);
    if (questions?.asks.length) {
      outbound.asks = [...questions.asks];
      if (questions.reasked?.length) outbound.reasked = [...questions.reasked];
    }
    this.replies.push(outbound);
  }

  /** A notification to staff with a role (preferring the case's region). Text is already safe for staff. */
  async notifyStaff(
    role: string,
    template: string,
    values: Record<string, string | number>,
    region?: string | null,
  ): Promise<void> {
    const { recipients, awayNotes } = await staffRecipients(this.ctx, role, region, new Date(this.nowIso));
    const notes = awayNotesFor(this.ctx.staffChannel, awayNotes);
    const text = [this.render(this.ctx.staffChannel, template, values), ...notes].join('\n');
    // Staff told of a case still collecting: "cancel" can no longer withdraw it (case-store.ts, WITHDRAWN).
    if (this.caseRow?.state === 'collecting' && recipients.length > 0)
      await addCaseEvent(this.ctx.db, {
        caseId: this.caseRow.id,
        at: this.nowIso,
        kind: STAFF_TOLD,
        actor: this.actor,
        details: { template },
      });
    for (const recipient of recipients) {
      const row = await enqueue(
        this.ctx.db,
        {
          channel: this.ctx.staffChannel,
          recipient,
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

  /** What the contact wrote, kept in the case's history as theirs, at this turn's time. */
  async recordMessageIn(caseId: number, text: string | null, details?: Record<string, unknown>): Promise<void> {
    await addCaseEvent(this.ctx.db, { caseId, at: this.nowIso, kind: 'message-in', actor: this.actor, text, details });
  }

  async audit(action: string, subject: string, details: Record<string, unknown> = {}): Promise<void> {
    await appendAudit(this.ctx.db, { at: this.nowIso, actor: this.actor, action, subject, details });
  }

  setDialogue(dialogue: Dialogue): void {
    this.dialogue = dialogue;
  }

  /** A case this turn opened, or one whose access the caller checked (case-access.ts). */
  attachCase(caseRow: CaseRow): void {
    this.caseRow = caseRow;
  }

  async save(): Promise<void> {
    await saveConversation(
      this.ctx.db,
      this.conversation.id,
      {
        dialogue: this.dialogue as unknown as Record<string, unknown>,
        // Only a case the sender may see is remembered: a hint they had no access to is not.
        caseId: this.caseRow?.id ?? this.conversation.caseId,
        contactId: this.identity.contact?.id ?? this.conversation.contactId,
      },
      this.nowIso,
    );
  }
}

export function toOutbound(
  row: Omit<Outbound, 'caseNumber' | 'actions'> & { actions?: ReplyAction[] },
  caseNumber: string | null,
): Outbound {
  return {
    actions: row.actions ?? [],
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
