import type { Readable } from 'node:stream';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import { batchesOf, DOWNLOAD_CHUNK_BYTES, fetchSources, listBacklog } from './imap-batches.ts';
import { type Backoff, backoffDelay, type ChannelLogger, type CheckpointStore } from './ports.ts';

export interface InboundMeta {
  uid: number;
  uidValidity: number;
}

/**
 * A message's raw bytes: a Buffer for an ordinary message, a stream for one above the streaming
 * threshold (read it to the end or let it go; the connection waits for nothing else meanwhile).
 */
export type MessageSource = Buffer | Readable;

export interface InboundMessage {
  source: MessageSource;
  meta: InboundMeta;
}

export interface InboundOutcome {
  outcome: 'processed' | 'quarantined';
  reason?: string;
}

export interface ImapInboundOptions {
  /** Connection options (host, port, secure, auth, …); the logger is ours. */
  client: Omit<ImapFlowOptions, 'logger'>;
  mailbox: string;
  processedFolder: string;
  quarantineFolder: string;
  /** move: processed mail leaves the mailbox; flag: it stays, marked \Seen and $CaselineProcessed. */
  mode: 'move' | 'flag';
  checkpoints: CheckpointStore;
  /**
   * Handles a batch of messages, in UID order, answering one outcome per message in the same order. Must
   * be idempotent by Message-ID: a message can be delivered again after a crash or UIDVALIDITY change.
   * A streamed (big) message comes alone.
   */
  handle: (messages: InboundMessage[]) => Promise<InboundOutcome[]>;
  /** Messages bigger than this reach `handle` as a stream (default 4 MB). */
  streamAboveBytes?: number;
  logger: ChannelLogger;
  backoff: Backoff;
  /** How often to look for mail when the server has no IDLE, and the longest IDLE before a safety check. */
  pollIntervalMs?: number;
  observer?: ImapObserver;
  /** After each pass over the mailbox, on its connection: the shared intake files quarantined mail. */
  afterDrain?: (client: ImapFlow) => Promise<void>;
}

export interface ImapInbound {
  stop(): Promise<void>;
}

/** What the loop reports for health and metrics (start-mail-channel.ts wires it to both). */
export interface ImapObserver {
  /** Logged in, folders ready. */
  connected(): void;
  /** The session ended; the loop reconnects after a backoff. */
  disconnected(reason: string): void;
  /** The mailbox was read to its end: a completed poll. */
  polled(): void;
  /** Messages after the checkpoint still to be handled. */
  backlog(messages: number): void;
  /** Messages moved to the quarantine folder, with their reasons. */
  quarantined(reasons: string[]): void;
}

const unobserved: ImapObserver = {
  connected: () => undefined,
  disconnected: () => undefined,
  polled: () => undefined,
  backlog: () => undefined,
  quarantined: () => undefined,
};

const PROCESSED_KEYWORD = '$CaselineProcessed';
/** Above this a message would cost several times its size in memory as one Buffer (imapflow, then parsing). */
const STREAM_ABOVE_BYTES = 4 * 1024 * 1024;

/**
 * Reads a mailbox for the bot: the backlog after the checkpoint in UID order, then new mail as IDLE
 * reports it (or by polling). Any connection failure closes the client and reconnects with
 * exponential backoff; the checkpoint makes the restart resume where it stopped.
 */
export function startImapInbound(options: ImapInboundOptions): ImapInbound {
  const pollIntervalMs = options.pollIntervalMs ?? 60_000;
  const observer = options.observer ?? unobserved;
  let stopped = false;
  let failures = 0;
  let current: ImapFlow | null = null;
  let wake: () => void = () => undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const session = async (client: ImapFlow) => {
    await client.connect();
    for (const folder of [options.processedFolder, options.quarantineFolder]) await ensureFolder(client, folder);
    failures = 0;
    observer.connected();
    while (!stopped) {
      await drain(client, options, observer);
      await options.afterDrain?.(client);
      if (stopped) return;
      observer.polled();
      await waitForNews(client, pollIntervalMs, (cancel) => {
        wake = cancel;
      });
    }
  };

  const loop = async () => {
    while (!stopped) {
      const client = new ImapFlow({ ...options.client, logger: false, disableAutoIdle: true });
      current = client;
      client.on('error', (error: Error) => options.logger.warn({ err: error.message }, 'IMAP connection error'));
      try {
        await session(client);
      } catch (error) {
        if (stopped) break;
        observer.disconnected((error as Error).message);
        const delay = backoffDelay(options.backoff, failures++);
        options.logger.warn({ err: (error as Error).message, retryInMs: delay }, 'IMAP session ended, reconnecting');
        client.close();
        await pause(delay);
        continue;
      }
      client.close();
    }
  };

  const running = loop();
  return {
    stop: async () => {
      stopped = true;
      wake();
      if (current?.usable) await current.logout().catch(() => current?.close());
      else current?.close();
      await running;
    },
  };
}

/**
 * Handle every message after the checkpoint, in UID order. Small messages are fetched in batches and
 * handed over together (the handler commits a batch at once), then moved (or flagged) together, and the
 * checkpoint records the batch. The server and the socket work while we parse and run the engine: the
 * next batch is fetched while this one is handled, and is handled while this one is moved and
 * checkpointed (one batch at most is settling, and checkpoints follow their moves in order). A crash or
 * a failed move hands the batches after the checkpoint over again after restart (`handle` is
 * idempotent by Message-ID). A big message is streamed alone: imapflow's download() cannot run while a
 * FETCH iterator is open on the connection, so nothing is prefetched or settling around it.
 */
async function drain(client: ImapFlow, options: ImapInboundOptions, observer: ImapObserver): Promise<void> {
  const lock = await client.getMailboxLock(options.mailbox);
  let prefetch: Promise<Map<number, Buffer>> | null = null;
  let settling: Promise<void> = Promise.resolve();
  try {
    const mailbox = client.mailbox;
    if (!mailbox) throw new Error(`mailbox ${options.mailbox} is not open`);
    const uidValidity = Number(mailbox.uidValidity);
    let checkpoint = await options.checkpoints.get(options.mailbox);
    if (checkpoint && checkpoint.uidValidity !== uidValidity) {
      options.logger.warn(
        { mailbox: options.mailbox, was: checkpoint.uidValidity, now: uidValidity },
        'UIDVALIDITY changed, starting over',
      );
      checkpoint = null;
    }
    const streamAboveBytes = options.streamAboveBytes ?? STREAM_ABOVE_BYTES;
    const backlog = await listBacklog(client, checkpoint?.lastUid ?? 0, streamAboveBytes);
    const batches = batchesOf(backlog, streamAboveBytes);
    let waiting = backlog.uids.length;
    observer.backlog(waiting);
    for (const [index, batch] of batches.entries()) {
      const settled: Array<{ uid: number; result: InboundOutcome }> = [];
      const meta = (uid: number) => ({ uid, uidValidity });
      if (batch.streamed) {
        await settling;
        const uid = batch.uids[0]!;
        const result = await handleStreamed(client, uid, async (content) => {
          const [outcome] = await options.handle([{ source: content, meta: meta(uid) }]);
          if (!outcome) throw new Error('no outcome for a streamed message');
          return outcome;
        });
        if (result) settled.push({ uid, result });
      } else {
        const sources = await (prefetch ?? fetchSources(client, batch.uids));
        prefetch = null;
        const following = batches[index + 1];
        if (following && !following.streamed) {
          prefetch = fetchSources(client, following.uids);
          // Awaited with the next batch; a failure meanwhile (lost connection) also fails this batch's MOVE.
          prefetch.catch(() => undefined);
        }
        // A message expunged meanwhile by another client is simply skipped.
        const present = batch.uids.filter((uid) => sources.has(uid));
        const outcomes = await options.handle(present.map((uid) => ({ source: sources.get(uid)!, meta: meta(uid) })));
        sources.clear();
        if (outcomes.length !== present.length) throw new Error('the handler answered a different number of outcomes');
        present.forEach((uid, i) => {
          settled.push({ uid, result: outcomes[i]! });
        });
      }
      await settling;
      const checkpoint = { uidValidity, lastUid: batch.uids[batch.uids.length - 1]! };
      waiting -= batch.uids.length;
      const left = waiting;
      settling = settle(client, settled, options, observer)
        .then(() => options.checkpoints.set(options.mailbox, checkpoint))
        .then(() => observer.backlog(left));
      // Awaited before the next batch settles; a failure fails the session, which resumes at the checkpoint.
      settling.catch(() => undefined);
    }
    await settling;
  } finally {
    // Leave no FETCH or MOVE of ours running into the next holder of the connection.
    await prefetch?.catch(() => undefined);
    await settling.catch(() => undefined);
    lock.release();
  }
}

/** Downloads one message as a stream for `handle`; null when it was expunged meanwhile. */
async function handleStreamed(
  client: ImapFlow,
  uid: number,
  handle: (content: Readable) => Promise<InboundOutcome>,
): Promise<InboundOutcome | null> {
  const download = await client.download(String(uid), undefined, { uid: true, chunkSize: DOWNLOAD_CHUNK_BYTES });
  if (!('content' in download) || !download.content) return null;
  const content = download.content;
  try {
    return await handle(content);
  } finally {
    // A handler that stopped reading must not leave the download waiting on the connection.
    if (!content.readableEnded) content.destroy();
  }
}

async function settle(
  client: ImapFlow,
  settled: Array<{ uid: number; result: InboundOutcome }>,
  options: ImapInboundOptions,
  observer: ImapObserver,
): Promise<void> {
  const quarantined = settled.filter((s) => s.result.outcome === 'quarantined');
  for (const { uid, result } of quarantined)
    options.logger.warn({ uid, reason: result.reason }, 'inbound mail quarantined');
  if (quarantined.length > 0) {
    const range = quarantined.map((s) => s.uid).join(',');
    await client.messageFlagsAdd(range, ['$CaselineQuarantined'], { uid: true });
    await client.messageMove(range, options.quarantineFolder, { uid: true });
    observer.quarantined(quarantined.map((s) => s.result.reason ?? 'quarantined'));
  }
  const processed = settled.filter((s) => s.result.outcome !== 'quarantined').map((s) => s.uid);
  if (processed.length === 0) return;
  const range = processed.join(',');
  if (options.mode === 'move') await client.messageMove(range, options.processedFolder, { uid: true });
  else await client.messageFlagsAdd(range, ['\\Seen', PROCESSED_KEYWORD], { uid: true });
}

/** Resolve on new mail (IDLE "exists"), after the poll interval, on stop, or reject when the connection closes. */
function waitForNews(client: ImapFlow, pollIntervalMs: number, onCancel: (cancel: () => void) => void) {
  return new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      client.off('exists', onExists);
      client.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onExists = () => done();
    const onClose = () => done(new Error('IMAP connection closed'));
    const timer = setTimeout(() => done(), pollIntervalMs);
    client.on('exists', onExists);
    client.on('close', onClose);
    onCancel(() => done());
    if (client.capabilities.has('IDLE')) client.idle().catch(() => undefined);
  });
}

async function ensureFolder(client: ImapFlow, path: string): Promise<void> {
  const existing = await client.list();
  if (!existing.some((folder) => folder.path === path)) await client.mailboxCreate(path);
}
