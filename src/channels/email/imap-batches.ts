/**
 * How the backlog is read: small messages in batches (one FETCH and one MOVE per ≤ 50 messages / 4 MB),
 * a message above the streaming threshold alone and as a stream, so its bytes never sit in memory whole.
 */
import type { ImapFlow } from 'imapflow';
import { packMessageRange } from 'imapflow/lib/tools.js';

/** The backlog after a checkpoint: its UIDs in order, and the sizes of those that may be large. */
export interface Backlog {
  uids: number[];
  /** Known for every message bigger than `sizedAbove`; any other message is at most that big. */
  sizes: Map<number, number>;
  sizedAbove: number;
}

export interface Batch {
  uids: number[];
  /** One message too big to hold in memory: downloaded as a stream when it is handled. */
  streamed: boolean;
}

const BATCH_MESSAGES = 50;
const BATCH_BYTES = 4 * 1024 * 1024;
/** A streamed message is asked for in chunks this big: fewer round trips than imapflow's 64 kB. */
export const DOWNLOAD_CHUNK_BYTES = 65536;

/**
 * Lists the backlog after `lastUid` with two SEARCHes (one line each from the server) and asks the size
 * only of messages above what 50 to a batch may weigh, or above the streaming threshold if lower. A
 * FETCH of every size cost the bot's main thread ~0.1 ms per message (imapflow parses each answer).
 */
export async function listBacklog(client: ImapFlow, lastUid: number, streamAboveBytes: number): Promise<Backlog> {
  const sizedAbove = Math.min(Math.floor(BATCH_BYTES / BATCH_MESSAGES), streamAboveBytes);
  // "n:*" always matches the highest UID, even below n: filter again.
  const range = `${lastUid + 1}:*`;
  const after = (uids: number[]) => uids.filter((uid) => uid > lastUid);
  const uids = after(searched(await client.search({ uid: range }, { uid: true }))).sort((a, b) => a - b);
  const sizes = new Map<number, number>();
  if (uids.length === 0) return { uids, sizes, sizedAbove };
  const large = after(searched(await client.search({ uid: range, larger: sizedAbove }, { uid: true })));
  for (const set of uidSets(large)) {
    for await (const message of client.fetch(set, { uid: true, size: true }, { uid: true })) {
      sizes.set(message.uid, message.size ?? 0);
    }
  }
  return { uids, sizes, sizedAbove };
}

/** Runs of UIDs per command: a mailbox of thousands of large messages must not exceed a command line. */
const RUNS_PER_COMMAND = 500;

/**
 * UIDs as IMAP sequence sets ("3:7,9,12:13", packed in order by imapflow's own helper), at most
 * RUNS_PER_COMMAND runs each, so every command stays far below the server's line limit (Dovecot's is 64 kB).
 */
export function uidSets(uids: number[]): string[] {
  if (uids.length === 0) return [];
  const runs = packMessageRange(uids).split(',');
  const sets: string[] = [];
  for (let k = 0; k < runs.length; k += RUNS_PER_COMMAND) sets.push(runs.slice(k, k + RUNS_PER_COMMAND).join(','));
  return sets;
}

/** imapflow answers `false` when the server refuses a SEARCH: that must not read as an empty mailbox. */
function searched(result: number[] | false | undefined): number[] {
  if (!Array.isArray(result)) throw new Error('the IMAP server refused to search the mailbox');
  return result;
}

export function batchesOf({ uids, sizes, sizedAbove }: Backlog, streamAboveBytes: number): Batch[] {
  const batches: Batch[] = [];
  let current: number[] = [];
  let bytes = 0;
  const close = () => {
    if (current.length > 0) batches.push({ uids: current, streamed: false });
    current = [];
    bytes = 0;
  };
  for (const uid of uids) {
    // A message whose size was not asked is at most `sizedAbove`: count it as that big.
    const size = sizes.get(uid) ?? sizedAbove;
    if (size > streamAboveBytes) {
      close();
      batches.push({ uids: [uid], streamed: true });
      continue;
    }
    if (current.length >= BATCH_MESSAGES || bytes + size > BATCH_BYTES) close();
    current.push(uid);
    bytes += size;
  }
  close();
  return batches;
}

/** The raw bytes of a batch of small messages, by UID (one FETCH; a message expunged meanwhile is absent). */
export async function fetchSources(client: ImapFlow, uids: number[]): Promise<Map<number, Buffer>> {
  const sources = new Map<number, Buffer>();
  for await (const message of client.fetch(uids.join(','), { uid: true, source: true }, { uid: true })) {
    if (message.source) sources.set(message.uid, message.source);
  }
  return sources;
}
