/**
 * The port through which the engine and the channels report what they did, for metrics. Services call
 * it; only the adapter (src/metrics/prometheus-instruments.ts) knows prom-client. Calls happen after the
 * work is committed (store/transaction.ts afterCommit), so a rolled-back turn counts nothing.
 * Label values must come from small fixed sets (channels, decisions, severities, tiers, levels).
 */
export interface Instruments {
  /** One inbound message decided (engine decision, or the channel's when it never reached the engine). */
  messageIn(channel: string, decision: string): void;
  /** One reply or notification handed to its channel (SMTP accepted it, Slack posted it, printed). */
  messageOut(channel: string, audience: 'customer' | 'staff'): void;
  /** A case now open (a support case whose clock started, or an admin / license case created open). */
  caseOpened(type: string, severity: string | null, tier: string | null): void;
  /** An escalation page (at-risk, breached, overdue) sent to staff: its first send, a repeat, or a climb up the ladder. */
  page(level: string, send: 'first' | 'repeat' | 'climbed'): void;
  /** A send that failed: `retry` when it will be tried again, `gave-up` when it will not. */
  sendFailed(channel: string, outcome: 'retry' | 'gave-up'): void;
  /** A mail moved to the quarantine folder, by a coarse reason (quarantineReasonOf). */
  mailQuarantined(reason: string): void;
  /** Messages waiting in the mailbox after the checkpoint, as last listed. */
  imapBacklog(messages: number): void;
  /** Time spent waiting for Slack's rate limit (Retry-After) before a call. */
  slackRateLimitWait(seconds: number): void;
}

/** The twin for commands and tests that measure nothing. */
export const noopInstruments: Instruments = {
  messageIn: () => undefined,
  messageOut: () => undefined,
  caseOpened: () => undefined,
  page: () => undefined,
  sendFailed: () => undefined,
  mailQuarantined: () => undefined,
  imapBacklog: () => undefined,
  slackRateLimitWait: () => undefined,
};

const QUARANTINE_REASONS = ['authentication', 'processing-failed', 'no-from', 'unreadable'] as const;

/**
 * A quarantine reason as a label: the free text (`authentication: dmarc=fail …`) names the sender and
 * would make one time series per message, so only its kind is kept.
 */
export function quarantineReasonOf(reason: string | undefined): string {
  const text = (reason ?? '').toLowerCase();
  if (text.startsWith('authentication')) return 'authentication';
  if (text.startsWith('processing failed')) return 'processing-failed';
  if (text.includes('no from')) return 'no-from';
  if (/unparseable|unreadable|cannot parse|malformed/.test(text)) return 'unreadable';
  return QUARANTINE_REASONS.includes(text as never) ? text : 'other';
}
