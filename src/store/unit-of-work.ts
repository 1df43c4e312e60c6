/**
 * The store as an asynchronous port (issue 24 §1): each unit of work — a message, a button, a timed job —
 * runs in one transaction through `runUnit`, whichever database is behind it. Two adapters: SQLite
 * (sqlite-unit.ts, better-sqlite3 as today) and PostgreSQL (postgres/postgres-unit.ts, drizzle's
 * node-postgres driver). The operations here are the ones several processes must get right on a shared
 * database: exactly-once intake by unique key, the outbox written in the unit and claimed by one sender
 * only, the audit log. The engine's other store calls join this port as it is converted
 * (docs/operations.md, "PostgreSQL: status").
 */
import type { AuditEntry } from './audit-log.ts';
import type { OutboxRow } from './outbox-store.ts';
import type { NewSlackEvent } from './slack-event-store.ts';

export type { AuditEntry, NewSlackEvent, OutboxRow };

export interface NewInbound {
  channel: string;
  /** Message-ID, Slack `(channel, ts)`, or a content hash. */
  dedupeKey: string;
  sender: string;
  subject?: string | null;
  receivedAt: string;
  decision: string;
  reason?: string | null;
}

export interface NewOutboxMessage {
  channel: string;
  recipient: string;
  audience: 'customer' | 'staff';
  subject?: string | null;
  text: string;
  threadKey?: string | null;
  inReplyTo?: string | null;
  references?: string[];
  caseId?: number | null;
  inboundId?: number | null;
}

/** What a unit of work may do, all inside its one transaction. */
export interface UnitStore {
  /** The message's row id, or null when its key was taken before (by this process or another). */
  takeInbound(message: NewInbound): Promise<number | null>;
  /** The event's row id, or null when its `event_id`, or its message's `(channel, ts)`, was taken before. */
  takeSlackEvent(event: NewSlackEvent): Promise<number | null>;
  enqueue(message: NewOutboxMessage, nowIso: string): Promise<number>;
  appendAudit(entry: AuditEntry): Promise<void>;
  /** Runs once the unit has committed; never if it rolls back. */
  afterCommit(callback: () => void): void;
}

/** How long a claimed outbox row stays with its sender before another may take it. */
export const DEFAULT_CLAIM_MS = 120_000;

export interface StorePort {
  readonly dialect: 'sqlite' | 'postgres';
  runUnit<T>(work: (unit: UnitStore) => Promise<T>): Promise<T>;
  /**
   * Due rows of `channel`, oldest first, marked `sending` for this caller alone until `claimForMs` from
   * now: a row claimed by one sender (process) is handed to no other while its claim runs. A claim whose
   * sender died before marking the row sent runs out, and the row is claimed again (sent again, under
   * the same Message-ID, so the rare duplicate after a crash folds in the reader's mail client).
   */
  claimOutbox(channel: string, nowIso: string, limit: number, claimForMs?: number): Promise<OutboxRow[]>;
  markOutboxSent(id: number, sentAtIso: string): Promise<void>;
  close(): Promise<void>;
}
