/** Ports of the mail channel: the core implements them on its database; the twins below serve tests. */

export interface MailboxCheckpoint {
  uidValidity: number;
  lastUid: number;
}

/** The last UID handled per mailbox, so a restart resumes after it instead of re-reading everything. */
export interface CheckpointStore {
  get(mailbox: string): Promise<MailboxCheckpoint | null>;
  set(mailbox: string, value: MailboxCheckpoint): Promise<void>;
}

export interface OutboundMail {
  id: string;
  from: string;
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html?: string;
  /** Our signed Message-ID (message-id.ts), stored at the first claim so a retry reuses it. */
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  /** Files on disk (stored inbound attachments, license files), sent under their original names. */
  attachments?: Array<{ filename: string; path: string }>;
  /** Attempts made before this claim. */
  attempts: number;
  /** A reply to a customer or a notification to staff (for metrics). */
  audience?: 'customer' | 'staff';
}

export interface SentInfo {
  messageId: string;
  response: string;
  sentAt: Date;
}

/**
 * Outbound mail written by the core in the same transaction as the case change (outbox pattern).
 * claimDue moves due rows from pending to sending atomically, so two workers never send one row.
 */
export interface OutboxStore {
  claimDue(now: Date, limit: number): Promise<OutboundMail[]>;
  markSent(id: string, info: SentInfo): Promise<void>;
  /** nextAttemptAt null: give up (failed); otherwise back to pending until then. */
  markFailed(id: string, error: string, nextAttemptAt: Date | null): Promise<void>;
  /**
   * Whether a claimed mail may still be started at `now` (its claim is far from running out); a mail
   * not started is left to run out and be claimed again (issue 24 §2). Absent: always.
   */
  stillHeld?(id: string, now: Date): boolean;
}

/** pino-compatible subset. */
export interface ChannelLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface Backoff {
  initialMs: number;
  maxMs: number;
}

/** initial · 2^attempt, capped: attempt 0 → initial. */
export function backoffDelay(backoff: Backoff, attempt: number): number {
  return Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(attempt, 30));
}
