/** The engine's contract with every channel: what comes in, what goes out. */

import type { Policy } from '../../domain/policy/schema.ts';
import type { ReplyAction } from '../../domain/reply-actions.ts';
import type { MessageReader } from '../../domain/understanding/port.ts';
import type { Db } from '../../store/database.ts';
import type { Templates } from '../../store/templates.ts';
import type { Instruments } from '../instruments.ts';

export type Channel = 'slack' | 'email' | 'console';

/** The sender as the channel proves it. */
export type Sender =
  | { kind: 'slack'; teamId?: string; userId: string }
  | { kind: 'email'; address: string; auth: 'pass' | 'fail' | 'none' }
  | { kind: 'console'; email: string };

export interface InboundAttachment {
  filename: string;
  contentType: string;
  size: number;
  /** Text content when small and textual (license files, CSV); binaries stay in storage. */
  text?: string;
  /** Spreadsheet rows (a license request sent as .xlsx), decoded by the channel. */
  rows?: string[][];
  storagePath?: string;
  /** Why the channel would not read it (a spreadsheet past its bounds, issue 18 §4): told to the sender. */
  unreadable?: string;
}

export interface InboundMessage {
  channel: Channel;
  sender: Sender;
  /** The thread: a Slack thread, an email thread root, or a console session. */
  threadKey: string;
  /** A case the channel already tied the message to (email In-Reply-To of our Message-IDs, subject tag). */
  caseNumber?: string;
  subject?: string;
  /** The new text only: quoted history already removed by the channel (what a forward passes on is kept). */
  text: string;
  /**
   * The whole body as sent, quoted and forwarded history included (email): for readers of whole chains,
   * such as a partner's license request forwarded or quoted below a short note.
   */
  fullText?: string;
  attachments: InboundAttachment[];
  /**
   * Why the channel could not read the body (a charset it cannot decode, a text sent only as TNEF): the
   * sender is asked to send it again as plain text, and nothing of the message is acted on.
   */
  unreadableBody?: string;
  receivedAt: Date;
  /** When the sender says the message was written (an email's Date header): "by Friday" is read against it. */
  sentAt?: Date;
  /** The sender's UTC offset in minutes, as the Date header writes it: "Friday" and "03/04" are the sender's. */
  sentOffset?: number;
  /** Message-ID or a content hash: a message seen twice is processed once. */
  dedupeKey?: string;
  /** Email: the digest of the PIN-free body kept on the inbound row (a reused Message-ID, reused-message-id.ts). */
  bodyDigest?: string;
  /**
   * Threading the customer's replies carry (email In-Reply-To/References), written with each reply so
   * the channel need not update the rows afterwards.
   */
  replyThreading?: { inReplyTo: string; references: string[] };
  /**
   * Where this message's replies go when it is not `threadKey` (Slack: a top-level message that goes on
   * with a conversation begun in another thread is answered in its own thread).
   */
  replyThreadKey?: string;
  /**
   * The channel cannot tell which case a new message is about (Slack: a top-level message): a verified
   * contact with open cases is asked "about Case N, or a new case?" instead of the engine guessing.
   */
  askWhichCase?: boolean;
  /** An answer given by pressing one of a reply's buttons (ReplyAction option value), not typed. */
  choice?: string;
  /**
   * The conversation is seen by everyone in a place shared with one account (a Slack support channel
   * mapped to a company id): only that account's Sold To / End User pairs are acted on there.
   */
  accountScope?: string;
}

export interface Outbound {
  id: number;
  channel: string;
  audience: 'customer' | 'staff';
  recipient: string;
  subject: string | null;
  text: string;
  threadKey: string | null;
  caseNumber: string | null;
  /** What the reply asks the customer for (slot names, issue 21); not stored, so a duplicate delivery has none. */
  asks?: string[];
  /** Slots of `asks` asked again because the answer given was missing or not plausible. */
  reasked?: string[];
  /** Buttons a channel may show with the text (the text alone always says how to answer). */
  actions: ReplyAction[];
}

export interface EngineContext {
  db: Db;
  policy: Policy;
  templates: Templates;
  /** Understands what customers write (issue 21): one port, the rule reader by default. */
  reader: MessageReader;
  now: () => Date;
  /** Where staff notifications go: the staff channel of the deployment (Slack, email or console). */
  staffChannel: Channel;
  /** One shared staff room on that channel (a Slack channel id): notifications go there once. */
  staffRoom?: string;
  /** Where counts of what the engine did go (metrics); a no-op unless the bot runs with metrics. */
  instruments: Instruments;
}

export interface HandleResult {
  status: 'processed' | 'duplicate';
  decision: string;
  /** The case the turn ended on, if any. */
  caseNumber: string | null;
  replies: Outbound[];
  /** The inbound message row (the first delivery's, for a duplicate). */
  inboundId: number;
  /** The case the message was about when it arrived (its thread's or the one it named); null for a duplicate. */
  caseBefore: { number: string; state: string } | null;
}
