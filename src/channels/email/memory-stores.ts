import type { CheckpointStore, MailboxCheckpoint, OutboundMail, OutboxStore, SentInfo } from './ports.ts';

export function createMemoryCheckpointStore(): CheckpointStore & { snapshot(): Map<string, MailboxCheckpoint> } {
  const checkpoints = new Map<string, MailboxCheckpoint>();
  return {
    get: async (mailbox) => checkpoints.get(mailbox) ?? null,
    set: async (mailbox, value) => {
      checkpoints.set(mailbox, { ...value });
    },
    snapshot: () => new Map(checkpoints),
  };
}

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxRow {
  mail: OutboundMail;
  state: OutboxState;
  nextAttemptAt: Date;
  lastError?: string;
  sent?: SentInfo;
}

export interface MemoryOutboxStore extends OutboxStore {
  enqueue(mail: Omit<OutboundMail, 'attempts'>, dueAt?: Date): void;
  rows(): OutboxRow[];
}

export function createMemoryOutboxStore(): MemoryOutboxStore {
  const rows = new Map<string, OutboxRow>();
  const row = (id: string) => {
    const found = rows.get(id);
    if (!found) throw new Error(`no outbox row ${id}`);
    return found;
  };
  return {
    enqueue(mail, dueAt = new Date(0)) {
      rows.set(mail.id, { mail: { ...mail, attempts: 0 }, state: 'pending', nextAttemptAt: dueAt });
    },
    async claimDue(now, limit) {
      const due = [...rows.values()]
        .filter((r) => r.state === 'pending' && r.nextAttemptAt <= now)
        .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime())
        .slice(0, limit);
      for (const r of due) r.state = 'sending';
      return due.map((r) => ({ ...r.mail }));
    },
    async markSent(id, info) {
      const r = row(id);
      r.state = 'sent';
      r.sent = info;
      r.mail.attempts++;
    },
    async markFailed(id, error, nextAttemptAt) {
      const r = row(id);
      r.mail.attempts++;
      r.lastError = error;
      if (nextAttemptAt) {
        r.state = 'pending';
        r.nextAttemptAt = nextAttemptAt;
      } else r.state = 'failed';
    },
    rows: () => [...rows.values()],
  };
}
