/**
 * The shared mail intake (issue 24: two processes on one PostgreSQL add mail throughput). The process
 * holding the `imap` lease fetches and checkpoints as before, but stores each batch in `mail_intake`
 * (src/store/postgres/mail-intake.ts) and moves it in IMAP once stored; every process, the holder
 * included, claims stored mails and decides them through the same ingest path (ingestBatch), whose
 * transaction also marks the intake rows decided. So a second process decides part of the backlog
 * instead of standing by. Exactly once: a mail's decision commits with its Message-ID key and its
 * intake mark; a decider killed before its commit leaves its mails stored, taken again when the claim
 * runs out. A mail decided `quarantined` is filed in the quarantine folder by the holder (the only one
 * on the mailbox), from the source its row keeps until then.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { ImapFlow } from 'imapflow';
import type pg from 'pg';
import type { EngineContext } from '../../services/engine/index.ts';
import {
  claimIntake,
  listenForIntake,
  markIntakeDecided,
  pruneIntake,
  quarantinedIntake,
  quarantineFiled,
  storeIntake,
} from '../../store/postgres/mail-intake.ts';
import type { InboundMessage, InboundOutcome } from './imap-inbound.ts';
import { type BatchOutcome, ingestBatch } from './ingest-batch.ts';
import type { MailSettings } from './mail-settings.ts';
import type { ChannelLogger } from './ports.ts';

export interface SharedIntakeOptions {
  pool: pg.Pool;
  ctx: EngineContext;
  settings: MailSettings;
  logger: ChannelLogger;
  mailbox: string;
  quarantineFolder: string;
  /** How long a claim holds its mails (MAIL_INTAKE_CLAIM_SECONDS). */
  claimMs: number;
  /** A decided batch queued replies: the process's sender looks at once. */
  repliesQueued: () => void;
  /** Mails this process decided `quarantined`, with their reasons (metrics). */
  quarantined: (reasons: string[]) => void;
  /** Mails per claim (the decide's batch). */
  batchSize?: number;
  /** The idle poll's bounds: it finds a dead decider's mails and anything a lost LISTEN missed. */
  idleMinMs?: number;
  idleMaxMs?: number;
  /** How long a decided row is kept (KEEP_DECIDED_MS); the imap holder deletes older ones. */
  keepDecidedMs?: number;
}

export interface SharedIntake {
  /** The imap holder's handler: stores a batch (a streamed big mail is decided here, as before). */
  handle(messages: InboundMessage[]): Promise<InboundOutcome[]>;
  /** After each pass over the mailbox: files the mails deciders quarantined. */
  afterDrain(client: ImapFlow): Promise<void>;
  /** Mails this process decided since it started (the benches print it). */
  decided(): number;
  stop(): Promise<void>;
}

const BATCH = 50;

/**
 * Decided intake rows are kept 7 days (who decided a mail, and when, for an operator), then deleted by
 * the imap holder after a pass over the mailbox, at most once an hour and PRUNE_ROWS at a time (a full
 * delete looks again at the next pass): without it the table grew by a row per mail for ever.
 */
export const KEEP_DECIDED_MS = 7 * 24 * 3600 * 1000;
const PRUNE_EVERY_MS = 3600 * 1000;
const PRUNE_ROWS = 5_000;

export function startSharedIntake(options: SharedIntakeOptions): SharedIntake {
  const { pool, ctx, settings, logger, mailbox } = options;
  const idleMinMs = options.idleMinMs ?? 500;
  const idleMaxMs = options.idleMaxMs ?? 5_000;
  let stopped = false;
  let news = false;
  let decidedHere = 0;
  let wake: () => void = () => undefined;
  const onNews = () => {
    news = true;
    wake();
  };
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      if (news || stopped) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = () => undefined;
        resolve();
      }
      wake = done;
    });

  const decide = async (token: string): Promise<number> => {
    const claimed = await claimIntake(pool, {
      mailbox,
      token,
      now: new Date(),
      claimMs: options.claimMs,
      limit: options.batchSize ?? BATCH,
    });
    if (claimed.length === 0) return 0;
    const idOf = new Map(claimed.map((c) => [`${c.uidValidity}:${c.uid}`, c.id]));
    const outcomes = await ingestBatch(
      ctx,
      settings,
      claimed.map((c) => ({ source: c.source, meta: { uid: c.uid, uidValidity: c.uidValidity } })),
      logger,
      async (decided) => {
        const decisions = decided.map(({ meta, outcome }) => ({
          id: idOf.get(`${meta.uidValidity}:${meta.uid}`)!,
          outcome: outcome.outcome,
          ...(outcome.reason ? { reason: outcome.reason } : {}),
        }));
        await markIntakeDecided(ctx.db, decisions, new Date());
      },
    );
    decidedHere += claimed.length;
    settled(outcomes, claimed, logger, options);
    return claimed.length;
  };

  const loop = async () => {
    let idle = 0;
    while (!stopped) {
      news = false;
      let taken = 0;
      try {
        // The claim's token names the process (host and pid) for an operator reading the intake.
        taken = await decide(`${hostname()}:${process.pid}:${randomUUID()}`);
      } catch (error) {
        // Nothing of the batch committed: its mails stay stored and are claimed again when the claim
        // runs out (by this process or another).
        logger.warn({ err: (error as Error).message }, 'deciding mail from the shared intake failed');
        await pause(idleMaxMs);
        continue;
      }
      if (taken > 0) {
        idle = 0;
        continue;
      }
      await pause(Math.min(idleMaxMs, idleMinMs * 2 ** idle));
      idle = Math.min(idle + 1, 16);
    }
  };

  let pruneAt = 0;
  const prune = async () => {
    const now = Date.now();
    if (now < pruneAt) return;
    const gone = await pruneIntake(
      pool,
      mailbox,
      new Date(now - (options.keepDecidedMs ?? KEEP_DECIDED_MS)),
      PRUNE_ROWS,
    );
    pruneAt = gone === PRUNE_ROWS ? now : now + PRUNE_EVERY_MS;
    if (gone > 0) logger.info({ rows: gone }, 'decided mail intake rows past their retention deleted');
  };

  const listening = listenForIntake(pool, onNews);
  const running = loop();

  return {
    handle: async (messages) => {
      // A streamed mail (above the streaming size) is not copied into the database: decided here.
      if (messages.some((m) => !Buffer.isBuffer(m.source))) {
        const outcomes = await ingestBatch(ctx, settings, messages, logger);
        if (outcomes.some((o) => o.replies > 0)) options.repliesQueued();
        return outcomes;
      }
      const uidValidity = messages[0]?.meta.uidValidity ?? 0;
      await storeIntake(
        pool,
        mailbox,
        uidValidity,
        messages.map((m) => ({ uid: m.meta.uid, source: m.source as Buffer, ...headerFacts(m.source as Buffer) })),
        new Date(),
      );
      onNews();
      return messages.map(() => ({ outcome: 'processed' as const }));
    },
    afterDrain: async (client) => {
      const waiting = await quarantinedIntake(pool, mailbox, BATCH);
      for (const mail of waiting) await client.append(options.quarantineFolder, mail.source, ['$CaselineQuarantined']);
      await quarantineFiled(
        pool,
        waiting.map((m) => m.id),
      );
      await prune();
    },
    decided: () => decidedHere,
    stop: async () => {
      stopped = true;
      wake();
      await running;
      await listening.stop();
    },
  };
}

function settled(
  outcomes: BatchOutcome[],
  claimed: Array<{ uid: number }>,
  logger: ChannelLogger,
  options: SharedIntakeOptions,
): void {
  if (outcomes.some((o) => o.replies > 0)) options.repliesQueued();
  const quarantined = outcomes.flatMap((o, i) => (o.outcome === 'quarantined' ? [{ o, uid: claimed[i]!.uid }] : []));
  for (const { o, uid } of quarantined) logger.warn({ uid, reason: o.reason }, 'inbound mail quarantined');
  if (quarantined.length > 0) options.quarantined(quarantined.map(({ o }) => o.reason ?? 'quarantined'));
}

/** The header block's Message-ID and From address, read without parsing the mail (for the row only). */
export function headerFacts(source: Buffer): { messageId: string | null; sender: string | null } {
  const head = source.subarray(0, 64 * 1024).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const unfolded = (end >= 0 ? head.slice(0, end) : head).replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? null;
  const from = header('from');
  const address = from
    ? (/<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? /([^\s<>"(),;:]+@[^\s<>"(),;:]+)/.exec(from)?.[1])
    : null;
  return { messageId: header('message-id'), sender: address ? address.toLowerCase() : null };
}
