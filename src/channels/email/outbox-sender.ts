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
  intervalMs: number;
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
  const runOnceCounting = async (): Promise<{ sent: number; full: boolean }> => {
    const batch = await options.store.claimDue(now(), batchSize);
    // One at a time: the transport has one mail in flight, and a crash can then re-send at most one.
    let sent = 0;
    for (const mail of batch) {
      if (options.store.stillHeld && !options.store.stillHeld(mail.id, now())) continue;
      if (await sendOne(mail)) sent++;
    }
    return { sent, full: batch.length === batchSize };
  };

  const runOnce = async (): Promise<number> => (await runOnceCounting()).sent;

  /** Keeps claiming while batches come back full, so a backlog does not wait for the next tick. */
  const drain = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const { sent, full } = await runOnceCounting();
      total += sent;
      if (stopped || !full || sent === 0) return total;
    }
  };

  let again = false;
  const kick = (): void => {
    if (stopped) return;
    if (running) {
      // Rows committed after the running claim would otherwise wait for the next tick.
      again = true;
      return;
    }
    again = false;
    running = drain()
      .catch((error) => {
        options.logger.error({ err: error }, 'outbox run failed');
        return 0;
      })
      .finally(() => {
        running = null;
        if (again) kick();
      });
  };
  const timer = setInterval(kick, options.intervalMs);

  return {
    runOnce,
    wake: kick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
