import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ImapInbound,
  type InboundOutcome,
  type MessageSource,
  startImapInbound,
} from '../../../src/channels/email/imap-inbound.ts';
import { createMemoryCheckpointStore } from '../../../src/channels/email/memory-stores.ts';
import type { CheckpointStore } from '../../../src/channels/email/ports.ts';
import { type DovecotServer, imapClient, imapOptions, startDovecot } from '../support/dovecot.ts';
import { waitFor } from '../support/wait-for.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const mail = (n: number, body = `body ${n}`) =>
  Buffer.from(
    `From: ann@customer.example\r\nTo: support@caseline.example\r\nMessage-ID: <m${n}@customer.example>\r\nSubject: ${n}\r\n\r\n${body}\r\n`,
  );
const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const idOf = (raw: string) => /^Message-ID: (<[^>]+>)/im.exec(raw)?.[1] ?? '?';
/** What each handled message looked like: its id, how it arrived and its size. */
const seen: Array<{ id: string; streamed: boolean; bytes: number }> = [];
/** The ids handed over by each call of the handler: one call per batch. */
const calls: string[][] = [];
const read = async (source: MessageSource) => (Buffer.isBuffer(source) ? source.toString() : await text(source));

let dovecot: DovecotServer;
let inbound: ImapInbound | null = null;

async function append(...numbers: number[]) {
  await appendRaw(...numbers.map((n) => mail(n)));
}

async function appendRaw(...mails: Buffer[]) {
  const client = imapClient(dovecot);
  await client.connect();
  try {
    for (const raw of mails) await client.append('INBOX', raw);
  } finally {
    await client.logout();
  }
}

async function count(folder: string): Promise<number> {
  const client = imapClient(dovecot);
  await client.connect();
  try {
    const status = await client.status(folder, { messages: true });
    return status ? (status.messages ?? 0) : 0;
  } catch {
    return 0; // the poller has not created the folder yet
  } finally {
    await client.logout();
  }
}

/** A checkpoint store that runs `before` ahead of every write: it may wait, or throw to fail the write. */
function beforeEachWrite(store: CheckpointStore, before: (lastUid: number) => Promise<void>): CheckpointStore {
  return {
    get: store.get,
    set: async (mailbox, value) => {
      await before(value.lastUid);
      await store.set(mailbox, value);
    },
  };
}

function start(
  handled: string[],
  checkpoints: CheckpointStore,
  mode: 'move' | 'flag' = 'move',
  decide: (id: string) => InboundOutcome = () => ({ outcome: 'processed' }),
  streamAboveBytes?: number,
  pollIntervalMs = 5_000,
) {
  inbound = startImapInbound({
    client: imapOptions(dovecot),
    mailbox: 'INBOX',
    processedFolder: 'Processed',
    quarantineFolder: 'Quarantine',
    mode,
    checkpoints,
    handle: async (messages) => {
      const outcomes: InboundOutcome[] = [];
      calls.push([]);
      for (const { source } of messages) {
        const raw = await read(source);
        seen.push({ id: idOf(raw), streamed: source instanceof Readable, bytes: Buffer.byteLength(raw) });
        handled.push(idOf(raw));
        calls.at(-1)?.push(idOf(raw));
        outcomes.push(decide(idOf(raw)));
      }
      return outcomes;
    },
    ...(streamAboveBytes ? { streamAboveBytes } : {}),
    logger: silent,
    backoff: { initialMs: 100, maxMs: 1000 },
    pollIntervalMs,
  });
  return inbound;
}

beforeEach(async () => {
  seen.length = 0;
  calls.length = 0;
  dovecot = await startDovecot();
});
afterEach(async () => {
  await inbound?.stop();
  inbound = null;
  await dovecot.stop();
});

describe('startImapInbound against Dovecot', () => {
  it('works through the backlog in UID order, moves each message and records the checkpoint', async () => {
    await append(1, 2, 3);
    const handled: string[] = [];
    const checkpoints = createMemoryCheckpointStore();
    start(handled, checkpoints);
    await waitFor(() => handled.length === 3, 'three messages');
    // One batch, handed over in one call (the handler commits it at once).
    expect(calls).toEqual([['<m1@customer.example>', '<m2@customer.example>', '<m3@customer.example>']]);
    await waitFor(async () => (await checkpoints.get('INBOX'))?.lastUid === 3, 'checkpoint at UID 3');
    await waitFor(async () => (await count('Processed')) === 3, 'three in Processed');
    expect(await count('INBOX')).toBe(0);
  });

  it('resumes after a restart without handling anything twice (flag mode keeps the mail)', async () => {
    await append(1, 2);
    const handled: string[] = [];
    const checkpoints = createMemoryCheckpointStore();
    await start(handled, checkpoints, 'flag');
    await waitFor(async () => (await checkpoints.get('INBOX'))?.lastUid === 2, 'checkpoint at UID 2');
    await inbound?.stop();
    await append(3);
    start(handled, checkpoints, 'flag');
    await waitFor(() => handled.length === 3, 'the new message');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(handled).toEqual(['<m1@customer.example>', '<m2@customer.example>', '<m3@customer.example>']);
    expect(await count('INBOX')).toBe(3);
  });

  it('handles the next batch while the previous one is still being checkpointed, and checkpoints in order', async () => {
    await append(...numbers(1, 60)); // two batches: 50 and 10
    const handled: string[] = [];
    const memory = createMemoryCheckpointStore();
    const written: number[] = [];
    // The first batch's checkpoint completes only once the second batch is in the handler's hands:
    // if the bot waited for it before handling the next batch, this would never complete.
    const checkpoints = beforeEachWrite(memory, async (lastUid) => {
      if (lastUid === 50) await waitFor(() => calls.length === 2, 'the second batch handed over');
      written.push(lastUid);
    });
    start(handled, checkpoints);
    await waitFor(async () => (await memory.get('INBOX'))?.lastUid === 60, 'checkpoint at UID 60');
    expect(calls.map((ids) => ids.length)).toEqual([50, 10]);
    expect(written).toEqual([50, 60]);
    await waitFor(async () => (await count('Processed')) === 60, 'sixty in Processed');
  });

  it('resumes at the last checkpoint when settling a batch fails, losing nothing', async () => {
    await append(...numbers(1, 60));
    const handled: string[] = [];
    const memory = createMemoryCheckpointStore();
    const attempted: number[] = [];
    const checkpoints = beforeEachWrite(memory, async (lastUid) => {
      attempted.push(lastUid);
      if (attempted.length === 1) throw new Error('disk full');
    });
    start(handled, checkpoints);
    await waitFor(async () => (await memory.get('INBOX'))?.lastUid === 60, 'checkpoint at UID 60 after the retry');
    // The first batch was moved before its checkpoint failed; what the handler may see again is the
    // second batch, which it handles idempotently by Message-ID.
    expect(new Set(handled)).toEqual(new Set(numbers(1, 60).map((n) => `<m${n}@customer.example>`)));
    expect(handled.slice(0, 50)).toEqual(numbers(1, 50).map((n) => `<m${n}@customer.example>`));
    // The failed checkpoint (50) ended the session before the second batch settled; after the restart
    // only the second batch was left in the inbox.
    expect(attempted).toEqual([50, 60]);
    await waitFor(async () => (await count('Processed')) === 60, 'sixty in Processed');
    expect(await count('INBOX')).toBe(0);
  });

  it('starts over when UIDVALIDITY changed (the idempotent handler sees the mail again)', async () => {
    await append(1);
    const handled: string[] = [];
    const checkpoints = createMemoryCheckpointStore();
    await checkpoints.set('INBOX', { uidValidity: 1, lastUid: 99 });
    start(handled, checkpoints, 'flag');
    await waitFor(() => handled.length === 1, 'the message after a UIDVALIDITY change');
    // The checkpoint is written once the batch is flagged, a moment after the handler returned.
    await waitFor(async () => (await checkpoints.get('INBOX'))?.uidValidity !== 1, 'the new UIDVALIDITY recorded');
    expect(handled).toEqual(['<m1@customer.example>']);
  });

  it('picks up new mail by IDLE, and again after Dovecot restarts underneath it', async () => {
    const handled: string[] = [];
    start(handled, createMemoryCheckpointStore());
    await new Promise((resolve) => setTimeout(resolve, 500));
    await append(1);
    await waitFor(() => handled.length === 1, 'mail announced by IDLE', 4_000);

    await dovecot.restart();
    await append(2);
    await waitFor(() => handled.length === 2, 'mail after the restart');
    expect(handled).toEqual(['<m1@customer.example>', '<m2@customer.example>']);
  });

  it('polls for new mail when the server offers no IDLE', async () => {
    await dovecot.stop();
    // Dovecot's own list after login, less IDLE.
    dovecot = await startDovecot({
      capabilities:
        'IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE SORT THREAD=REFERENCES MULTIAPPEND UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE LITERAL+ SPECIAL-USE',
    });
    const handled: string[] = [];
    start(handled, createMemoryCheckpointStore(), 'move', undefined, undefined, 700);
    await append(1);
    await waitFor(() => handled.length === 1, 'the backlog');
    // Nothing announces the next mail: the poll finds it.
    await append(2);
    await waitFor(() => handled.length === 2, 'mail found by polling', 4_000);
    expect(handled).toEqual(['<m1@customer.example>', '<m2@customer.example>']);
    expect(await count('Processed')).toBe(2);
  });

  it('moves what the handler quarantines to the quarantine folder', async () => {
    await append(1, 2);
    const handled: string[] = [];
    start(handled, createMemoryCheckpointStore(), 'move', (id) =>
      id === '<m2@customer.example>' ? { outcome: 'quarantined', reason: 'unparseable' } : { outcome: 'processed' },
    );
    await waitFor(async () => (await count('Quarantine')) === 1 && (await count('Processed')) === 1, 'both moved');
  });

  it('asks the size of the larger messages only, and keeps every batch within 4 MB of them', async () => {
    // 1.5 MB each: under the streaming threshold, far over the 1/50 of a batch a small message may weigh.
    const medium = (n: number) => mail(n, `${'y'.repeat(98)}\r\n`.repeat(15_000));
    await appendRaw(mail(1), medium(2), medium(3), medium(4), medium(5), mail(6));
    const handled: string[] = [];
    const checkpoints = createMemoryCheckpointStore();
    start(handled, checkpoints);
    await waitFor(async () => (await checkpoints.get('INBOX'))?.lastUid === 6, 'checkpoint at UID 6');
    const ids = (...n: number[]) => n.map((i) => `<m${i}@customer.example>`);
    expect(calls).toEqual([ids(1, 2, 3), ids(4, 5, 6)]);
    expect(seen.every((s) => !s.streamed)).toBe(true);
  });

  it('hands a message above the threshold over as a stream, alone, between batches of buffers', async () => {
    const big = mail(2, 'x'.repeat(75).concat('\r\n').repeat(3_000)); // ~230 kB, over 4 chunks of 64 kB
    await appendRaw(mail(1), big, mail(3));
    const handled: string[] = [];
    const checkpoints = createMemoryCheckpointStore();
    start(handled, checkpoints, 'move', undefined, 64 * 1024);
    await waitFor(async () => (await checkpoints.get('INBOX'))?.lastUid === 3, 'checkpoint at UID 3');
    expect(seen).toEqual([
      { id: '<m1@customer.example>', streamed: false, bytes: mail(1).length },
      { id: '<m2@customer.example>', streamed: true, bytes: big.length },
      { id: '<m3@customer.example>', streamed: false, bytes: mail(3).length },
    ]);
    expect(calls).toEqual([['<m1@customer.example>'], ['<m2@customer.example>'], ['<m3@customer.example>']]);
    await waitFor(async () => (await count('Processed')) === 3, 'three in Processed');
  });
});
