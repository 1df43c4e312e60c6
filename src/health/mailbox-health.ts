/**
 * The mailbox's part of readiness: connected, and read recently. With IDLE the loop still reads the
 * mailbox at least once per poll interval, so a last read older than a few intervals means the
 * session is stuck even if the socket looks open. Progress through a long backlog counts as reading.
 */
import { describeAge, down, type PartStatus, up } from './readiness.ts';

export interface MailboxHealth {
  connected(): void;
  disconnected(reason: string): void;
  /** A completed read of the mailbox, or progress through its backlog. */
  active(): void;
  status(): PartStatus;
}

export function createMailboxHealth(options: { staleAfterMs: number; now?: () => number }): MailboxHealth {
  const now = options.now ?? Date.now;
  const startedAt = now();
  let connected = false;
  let lastActive: number | null = null;
  let lastError: string | null = null;
  let since = startedAt;

  return {
    connected: () => {
      connected = true;
      lastError = null;
      since = now();
      lastActive = since;
    },
    disconnected: (reason) => {
      connected = false;
      lastError = reason;
      since = now();
    },
    active: () => {
      lastActive = now();
    },
    status: () => {
      const at = now();
      if (!connected) {
        const why = lastError ? `: ${lastError}` : '';
        return down(`not connected (${describeAge(at - since)})${why}`, { connected: false });
      }
      const age = at - (lastActive ?? since);
      const lastPollSecondsAgo = Math.round(age / 1000);
      if (age > options.staleAfterMs) {
        return down(`connected, but the mailbox was last read ${describeAge(age)} ago`, {
          connected: true,
          lastPollSecondsAgo,
        });
      }
      return up(`connected; last read ${describeAge(age)} ago`, { connected: true, lastPollSecondsAgo });
    },
  };
}
