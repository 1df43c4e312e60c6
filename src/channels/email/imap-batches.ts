/**
 * How the backlog is read: small messages in batches (one FETCH and one MOVE per ≤ 50 messages / 4 MB),
 * a message above the streaming threshold alone and as a stream, so its bytes never sit in memory whole.
 */
import type { ImapFlow } from 'imapflow';

export interface Batch {
  uids: number[];
  /** One message too big to hold in memory: downloaded as a stream when it is handled. */
  streamed: boolean;
}

const BATCH_MESSAGES = 50;
const BATCH_BYTES = 4 * 1024 * 1024;
/** A streamed message is asked for in chunks this big: fewer round trips than imapflow's 64 kB. */
export const DOWNLOAD_CHUNK_BYTES = 65536;

export function batchesOf(uids: number[], sizes: Map<number, number>, streamAboveBytes: number): Batch[] {
  const batches: Batch[] = [];
  let current: number[] = [];
  let bytes = 0;
  const close = () => {
    if (current.length > 0) batches.push({ uids: current, streamed: false });
    current = [];
    bytes = 0;
  };
  for (const uid of uids) {
    const size = sizes.get(uid) ?? 0;
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
