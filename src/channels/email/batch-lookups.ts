/**
 * What the messages of one IMAP batch would each ask the database before the engine, asked once for the
 * whole batch (issue 24, Speed: round trips per mail): whether each message was seen before (one query),
 * and what threading reads — the outbox rows their signed Message-IDs name and the cases their ids and
 * subject tags name (one more query, only when a message of the batch names one).
 *
 * The answers are read in the transaction that decides the batch, so they hold until the batch itself
 * changes them. A message's dedupe key is taken only by that message: each key's answer is used once,
 * and a later message with the same key (the same mail twice in one batch) asks the database, finding
 * the first one's row. An outbox row's thread and case, and a case's number, never change once written;
 * only that a case or row exists can, when a message of the batch creates it — so an answer "none"
 * is asked again of the database.
 */

import {
  type ThreadInput,
  type ThreadReads,
  threadReadsOf,
  threadReferences,
} from '../../services/mail-threading/resolve-thread.ts';
import type { Db } from '../../store/database.ts';
import { findInbound, findInbounds, type InboundRow } from '../../store/inbound-store.ts';
import { caseIdsByNumber, outboxThreads } from '../../store/mail-reply-store.ts';

export interface BatchLookups {
  /** The message `key` was seen before: its row, or undefined — read now when the batch's answer is used. */
  seenBefore(db: Db, key: string): Promise<InboundRow | undefined>;
  /** A message of the batch records `key` without asking (an unparseable one): the batch's answer is stale. */
  taken(key: string): void;
  /** Threading's reads, answered from the batch's read where it found the row. */
  threads(db: Db): ThreadReads;
}

/** The batch's reads, in the transaction that decides it: its messages' dedupe keys and threading. */
export async function readBatchLookups(
  db: Db,
  messages: Array<{ dedupeKey: string; thread?: ThreadInput }>,
  secret: string,
): Promise<BatchLookups> {
  const keys = new Set(messages.map((m) => m.dedupeKey));
  const named = messages.flatMap((m) => (m.thread ? [threadReferences(m.thread, secret)] : []));
  // One after the other: a unit's statements share its connection (and none is sent for an empty list).
  const rows = await findInbounds(db, 'email', [...keys]);
  const outbox = await outboxThreads(
    db,
    named.flatMap((n) => n.outboxIds),
  );
  const cases = await caseIdsByNumber(
    db,
    named.flatMap((n) => n.caseNumbers),
  );
  return {
    seenBefore: async (db, key) => {
      if (!keys.delete(key)) return await findInbound(db, 'email', key);
      return rows.get(key);
    },
    taken: (key) => {
      keys.delete(key);
    },
    threads: (db) => {
      const fromDb = threadReadsOf(db);
      return {
        outboxThread: async (id) => outbox.get(id) ?? (await fromDb.outboxThread(id)),
        caseId: async (number) => cases.get(number) ?? (await fromDb.caseId(number)),
        repliesTo: fromDb.repliesTo,
      };
    },
  };
}
