/**
 * The scheduler's part of readiness. Two shapes: the in-process loop of today (main.ts runs the
 * escalation check every minute: alive while it ran recently), and a lease (issue 22: one runner at a
 * time holds it and renews it) — ready when this process holds it, or a live peer does.
 */
import { describeAge, down, type PartStatus, up } from './readiness.ts';

export interface LoopHealth {
  ran(): void;
  failed(reason: string): void;
  status(): PartStatus;
}

/** A loop that should run every `intervalMs`: down after three intervals without a successful run. */
export function createLoopHealth(options: { name: string; intervalMs: number; now?: () => number }): LoopHealth {
  const now = options.now ?? Date.now;
  let lastRun = now();
  let everRan = false;
  let lastError: string | null = null;
  return {
    ran: () => {
      lastRun = now();
      everRan = true;
      lastError = null;
    },
    failed: (reason) => {
      lastError = reason;
    },
    status: () => {
      const age = now() - lastRun;
      const when = everRan ? `last ran ${describeAge(age)} ago` : `started ${describeAge(age)} ago, not run yet`;
      const facts = { lastRunSecondsAgo: Math.round(age / 1000), ...(lastError ? { lastError } : {}) };
      if (age > options.intervalMs * 3) {
        return down(`${options.name} ${when}${lastError ? `; last error: ${lastError}` : ''}`, facts);
      }
      return up(`${options.name} ${when}`, facts);
    },
  };
}

export interface Lease {
  holder: string;
  expiresAt: Date;
}

/** A lease-based runner: held by us, held by a live peer (fine: it runs the work), or by nobody. */
export function leaseStatus(lease: Lease | null, me: string, now: Date): PartStatus {
  if (!lease) return down('no runner holds the scheduler lease');
  const left = lease.expiresAt.getTime() - now.getTime();
  if (left <= 0) {
    return down(`the lease of ${lease.holder} expired ${describeAge(-left)} ago`, { holder: lease.holder });
  }
  const who = lease.holder === me ? 'held by this process' : `held by a live peer, ${lease.holder}`;
  return up(`lease ${who}`, { holder: lease.holder, expiresInSeconds: Math.round(left / 1000) });
}
