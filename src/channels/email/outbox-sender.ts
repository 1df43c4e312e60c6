import { type Instruments, noopInstruments } from '../../services/instruments.ts';
import { composeMail } from './compose-mail.ts';
import { type Backoff, backoffDelay, type ChannelLogger, type OutboundMail, type OutboxStore } from './ports.ts';
import type { MailTransport } from './smtp-transport.ts';

export interface OutboxSenderOptions {
  store: OutboxStore;
  /** The SMTP connection (smtp-transport.ts), built by the composition root from config. */
  transport: MailTransport;
  logger: ChannelLogger;
  maxAttempts: number;
  backoff: Backoff;
  /** How often the sender looks for due mail while it finds some (and at first). */
  intervalMs: number;
  /**
   * While its looks find nothing, the pause between them doubles up to this (default 8 × intervalMs):
   * a process whose mail another process sends — a peer of the mailbox's reader on PostgreSQL — costs
   * the database next to nothing (issue 24, two processes). A wake, or a look that claims mail, brings
   * the pause back to intervalMs.
   */
  idleMaxMs?: number;
  batchSize?: number;
  now?: () => Date;
  instruments?: Instruments;
}

export interface OutboxSender {
  /** Send what is due now; resolves with how many were sent. */
  runOnce(): Promise<number>;
  /** Look for due mail now instead of at the next tick (new rows were just committed). */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * Sends pending outbound mail: pending → sending (claimDue) → sent, or back to pending with an
 * exponential delay, or failed after maxAttempts. A crash between send and markSent can send a
 * mail twice; the stable Message-ID lets the recipient's client fold the duplicate.
 */
export function startOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const now = options.now ?? (() => new Date());
  const instruments = options.instruments ?? noopInstruments;
  let stopped = false;
  let running: Promise<number> | null = null;

  const sendOne = async (mail: OutboundMail): Promise<boolean> => {
    try {
      const { envelope, message } = composeMail(mail, now());
      const response = await options.transport.send(envelope, message);
      await options.store.markSent(mail.id, { messageId: mail.messageId, response, sentAt: now() });
      instruments.messageOut('email', mail.audience ?? 'customer');
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const attempt = mail.attempts + 1;
      const retryAt =
        attempt >= options.maxAttempts ? null : new Date(now().getTime() + backoffDelay(options.backoff, attempt - 1));
      await options.store.markFailed(mail.id, message, retryAt);
      instruments.sendFailed('email', retryAt ? 'retry' : 'gave-up');
      options.logger.warn({ outboxId: mail.id, attempt, retryAt, err: message }, 'outbound mail not sent');
      return false;
    }
  };

  const batchSize = options.batchSize ?? 10;
  const runOnceCounting = async (): Promise<{ sent: number; claimed: number }> => {
    const batch = await options.store.claimDue(now(), batchSize);
    // One at a time: the transport has one mail in flight, and a crash can then re-send at most one.
    let sent = 0;
    for (const mail of batch) {
      if (options.store.stillHeld && !options.store.stillHeld(mail.id, now())) continue;
      if (await sendOne(mail)) sent++;
    }
    return { sent, claimed: batch.length };
  };

  const runOnce = async (): Promise<number> => (await runOnceCounting()).sent;

  /** Keeps claiming while batches come back full, so a backlog does not wait for the next look. */
  const drain = async (): Promise<number> => {
    let claimedInAll = 0;
    for (;;) {
      const { sent, claimed } = await runOnceCounting();
      claimedInAll += claimed;
      if (stopped || claimed < batchSize || sent === 0) return claimedInAll;
    }
  };

  const idleMaxMs = Math.max(options.intervalMs, options.idleMaxMs ?? 8 * options.intervalMs);
  let pauseMs = options.intervalMs;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let again = false;
  const look = (): void => {
    timer = null;
    if (stopped) return;
    again = false;
    running = drain()
      .catch((error) => {
        options.logger.error({ err: error }, 'outbox run failed');
        return 0;
      })
      .then((claimed) => {
        // Found nothing: look again later and later (up to idleMaxMs); found some: soon again.
        pauseMs = claimed > 0 ? options.intervalMs : Math.min(2 * pauseMs, idleMaxMs);
        return claimed;
      })
      .finally(() => {
        running = null;
        if (stopped) return;
        if (again) look();
        else timer = setTimeout(look, pauseMs);
      });
  };
  const wake = (): void => {
    if (stopped) return;
    pauseMs = options.intervalMs;
    // Rows committed after the running claim would otherwise wait for the next look.
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    look();
  };
  timer = setTimeout(look, options.intervalMs);

  return {
    runOnce,
    wake,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
