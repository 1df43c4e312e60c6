/**
 * The mailbox channel assembled from configuration: IMAP in (startImapInbound with the database
 * checkpoint and the ingest path) and SMTP out (startOutboxSender over the outbox table).
 */
import { mkdirSync } from 'node:fs';
import type pg from 'pg';
import type { Config } from '../../config.ts';
import { createMailboxHealth } from '../../health/mailbox-health.ts';
import { type PartStatus, up } from '../../health/readiness.ts';
import type { EngineContext } from '../../services/engine/index.ts';
import { createMailCheckpointStore } from '../../store/mail-checkpoint-store.ts';
import { createMailOutboxStore } from '../../store/mail-outbox-store.ts';
import { type ImapInbound, type ImapInboundOptions, type ImapObserver, startImapInbound } from './imap-inbound.ts';
import { ingestBatch } from './ingest-batch.ts';
import { mailSettingsFrom } from './mail-settings.ts';
import { startOutboxSender } from './outbox-sender.ts';
import type { Backoff, ChannelLogger } from './ports.ts';
import { type SharedIntake, startSharedIntake } from './shared-intake.ts';
import { createSmtpTransport, smtpSettingsFrom } from './smtp-transport.ts';

export interface MailChannel {
  /** Readiness: connected to IMAP, and the mailbox read recently. */
  health(): PartStatus;
  stop(): Promise<void>;
}

export interface MailChannelTuning {
  /** How often the sender looks for due mail. */
  sendIntervalMs?: number;
  pollIntervalMs?: number;
  /** Retry delays for SMTP failures (tests shorten them). */
  sendBackoff?: Backoff;
  /** Messages bigger than this are streamed from IMAP into the parser (tests lower it). */
  streamAboveBytes?: number;
}

/** Where the IMAP reader runs: here, at once (the default), or only while this process holds a lease. */
export interface MailPlacement {
  /** Several processes on PostgreSQL (src/runtime/leased-roles.ts): one reads the mailbox at a time. */
  runInbound?: (start: () => ImapInbound) => ImapInbound & { standby(): string | null };
  /**
   * The PostgreSQL pool the processes share: with MAIL_SHARED_INTAKE on, the reader stores mail in the
   * shared intake and every process decides from it (shared-intake.ts).
   */
  sharedPool?: pg.Pool;
}

export async function startMailChannel(
  config: Config,
  ctx: EngineContext,
  logger: ChannelLogger,
  tuning: MailChannelTuning = {},
  placement: MailPlacement = {},
): Promise<MailChannel> {
  if (!config.IMAP_HOST || !config.IMAP_USER || !config.IMAP_PASSWORD || !config.SMTP_HOST || !config.MAIL_FROM) {
    throw new Error('the mailbox channel needs IMAP_*, SMTP_HOST and MAIL_FROM');
  }
  const settings = mailSettingsFrom(config);
  mkdirSync(settings.attachmentDir, { recursive: true });
  const outbox = createMailOutboxStore(ctx.db, { from: config.MAIL_FROM, messageIdSecret: settings.messageIdSecret });
  const recovered = await outbox.recoverInFlight();
  // A crash between SMTP acceptance and markSent leaves a row in `sending`: it is sent again with
  // the same Message-ID, so the recipient's client folds the duplicate (docs/mail.md, exactly once).
  if (recovered > 0) logger.warn({ rows: recovered }, 'outbound mail left in sending by a crash: queued again');

  const transport = createSmtpTransport(smtpSettingsFrom(config));
  const { instruments } = ctx;
  const sender = startOutboxSender({
    instruments,
    store: outbox,
    transport,
    logger,
    maxAttempts: 8,
    backoff: tuning.sendBackoff ?? { initialMs: 5_000, maxMs: 15 * 60_000 },
    intervalMs: tuning.sendIntervalMs ?? 250,
    batchSize: 50,
  });

  const pollIntervalMs = tuning.pollIntervalMs ?? 60_000;
  // Read at least once per poll interval (IDLE or not): three missed reads and the mailbox is not ready.
  const health = createMailboxHealth({ staleAfterMs: 3 * pollIntervalMs + 30_000 });
  const observer: ImapObserver = {
    connected: () => health.connected(),
    disconnected: (reason) => health.disconnected(reason),
    polled: () => health.active(),
    backlog: (messages) => {
      health.active();
      instruments.imapBacklog(messages);
    },
    quarantined: (reasons) => {
      for (const reason of reasons) instruments.mailQuarantined(reason);
    },
  };
  const intake: SharedIntake | null =
    placement.sharedPool && config.MAIL_SHARED_INTAKE
      ? startSharedIntake({
          pool: placement.sharedPool,
          ctx,
          settings,
          logger,
          mailbox: config.IMAP_MAILBOX,
          quarantineFolder: config.IMAP_QUARANTINE_FOLDER,
          claimMs: config.MAIL_INTAKE_CLAIM_SECONDS * 1000,
          repliesQueued: () => sender.wake(),
          quarantined: (reasons) => observer.quarantined(reasons),
        })
      : null;
  const imapOptions: ImapInboundOptions = {
    observer,
    client: {
      host: config.IMAP_HOST,
      port: config.IMAP_PORT,
      secure: config.IMAP_TLS,
      // Plaintext only when the configuration says so (a loopback test server); never unverified TLS.
      ...(config.IMAP_TLS ? {} : { doSTARTTLS: false }),
      auth: { user: config.IMAP_USER, pass: config.IMAP_PASSWORD },
    },
    mailbox: config.IMAP_MAILBOX,
    processedFolder: config.IMAP_PROCESSED_FOLDER,
    quarantineFolder: config.IMAP_QUARANTINE_FOLDER,
    mode: config.IMAP_AFTER_PROCESSING,
    checkpoints: createMailCheckpointStore(ctx.db),
    ...(intake ? { afterDrain: intake.afterDrain } : {}),
    handle: async (messages) => {
      if (intake) return await intake.handle(messages);
      const outcomes = await ingestBatch(ctx, settings, messages, logger);
      if (outcomes.some((o) => o.replies > 0)) sender.wake();
      return outcomes;
    },
    logger,
    backoff: { initialMs: 1_000, maxMs: 60_000 },
    pollIntervalMs,
    ...(tuning.streamAboveBytes ? { streamAboveBytes: tuning.streamAboveBytes } : {}),
  };
  const inbound = placement.runInbound
    ? placement.runInbound(() => startImapInbound(imapOptions))
    : alone(startImapInbound(imapOptions));
  logger.info(
    { mailbox: config.IMAP_MAILBOX, host: config.IMAP_HOST, sharedIntake: Boolean(intake) },
    'mailbox channel started',
  );

  return {
    health: () => {
      const standby = inbound.standby();
      return standby ? up(standby) : health.status();
    },
    stop: async () => {
      await inbound.stop();
      await intake?.stop();
      await sender.stop();
      transport.close();
    },
  };
}

/** The only process on its database (SQLite): it always reads the mailbox itself. */
function alone(reader: ImapInbound): ImapInbound & { standby(): string | null } {
  return { stop: () => reader.stop(), standby: () => null };
}
