/**
 * The scheduler lease (issue 22): one runner at a time per database. The holder renews it on every
 * tick and batch (heartbeat); another process takes it over only once it has expired, so a dead
 * holder is replaced within `leaseMs`. The lease is an economy, not the safety: each job is claimed
 * inside its own IMMEDIATE transaction (scheduler.ts), so even two holders would not run a due twice.
 */
import type { Db } from '../../store/database.ts';
import { readLease, releaseLease, writeLease } from '../../store/schedule-store.ts';
import { inTransaction } from '../../store/transaction.ts';

export const LEASE_NAME = 'scheduler';

export type LeaseOutcome =
  | {
      held: true;
      /** When this holder took the lease: dues before it fell while no runner was up. */
      since: Date;
      /** The previous holder's last heartbeat, when this call took the lease over. */
      tookOverFrom?: { holder: string; heartbeatAt: string };
      /** How far the clock moved back since this holder's last heartbeat (ms), when it did. */
      clockWentBackMs?: number;
    }
  | { held: false; holder: string; expiresAt: string };

export async function acquireLease(db: Db, holder: string, now: Date, leaseMs: number): Promise<LeaseOutcome> {
  const nowIso = now.toISOString();
  const expiresAt = new Date(now.getTime() + leaseMs).toISOString();
  return await inTransaction(db, async (): Promise<LeaseOutcome> => {
    const current = await readLease(db, LEASE_NAME);
    if (current && current.holder === holder) {
      const back = Date.parse(current.heartbeatAt) - now.getTime();
      // The clock moved back (NTP): keep the later heartbeat, so the lease never shortens.
      const heartbeatAt = back > 0 ? current.heartbeatAt : nowIso;
      const expires = back > 0 && current.expiresAt > expiresAt ? current.expiresAt : expiresAt;
      await writeLease(db, LEASE_NAME, { ...current, heartbeatAt, expiresAt: expires });
      return { held: true, since: new Date(current.acquiredAt), ...(back > 1000 ? { clockWentBackMs: back } : {}) };
    }
    if (current && current.expiresAt > nowIso) {
      return { held: false, holder: current.holder, expiresAt: current.expiresAt };
    }
    await writeLease(db, LEASE_NAME, { holder, acquiredAt: nowIso, heartbeatAt: nowIso, expiresAt });
    return {
      held: true,
      since: now,
      ...(current ? { tookOverFrom: { holder: current.holder, heartbeatAt: current.heartbeatAt } } : {}),
    };
  });
}

export async function giveUpLease(db: Db, holder: string): Promise<void> {
  await releaseLease(db, LEASE_NAME, holder);
}

/**
 * Who may run the timed work: by default the lease row of this database, taken on each tick (above);
 * on PostgreSQL a lease kept by its own heartbeat on the database's clock (src/runtime/leased-roles.ts,
 * issue 24 §2), which the tick only asks.
 */
export interface RunnerLease {
  acquire(holder: string, now: Date, leaseMs: number): LeaseOutcome | Promise<LeaseOutcome>;
  release(holder: string): void | Promise<void>;
}

export function tableLease(db: Db): RunnerLease {
  return {
    acquire: (holder, now, leaseMs) => acquireLease(db, holder, now, leaseMs),
    release: (holder) => giveUpLease(db, holder),
  };
}
