/**
 * Keeps trying a lease and, once held, renews it every heartbeat (issue 24 §2). `isHeld()` is what the
 * work it guards asks before each step: it turns false on its own when the last renewal is older than the
 * lease minus one heartbeat, so a holder cut off from the database stops before a peer can take over.
 */
import {
  DEFAULT_HEARTBEAT_MS,
  DEFAULT_LEASE_MS,
  type LeaseClaim,
  type LeaseName,
  type PostgresLeases,
} from './leases.ts';

export interface LeaseKeeperOptions {
  name: LeaseName;
  holder: string;
  leaseMs?: number;
  heartbeatMs?: number;
  /** Told when this process gains or loses the lease (and whom it took over from). */
  onChange?: (held: boolean, claim: LeaseClaim | null) => void;
  onError?: (error: Error) => void;
}

export interface LeaseKeeper {
  isHeld(): boolean;
  /** Stops the heartbeat; `release` gives the lease up at once (a clean stop) instead of letting it run out. */
  stop(options?: { release?: boolean }): Promise<void>;
}

export function keepLease(leases: PostgresLeases, options: LeaseKeeperOptions): LeaseKeeper {
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  if (heartbeatMs * 2 > leaseMs) throw new Error('the heartbeat must be at most half the lease');
  let validUntil = 0;
  let held = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let beating: Promise<void> = Promise.resolve();

  const setHeld = (now: boolean, claim: LeaseClaim | null) => {
    if (now !== held) {
      held = now;
      options.onChange?.(now, claim);
    }
  };
  const beat = async () => {
    const sentAt = performance.now();
    try {
      const claim = await leases.claim(options.name, options.holder, leaseMs);
      if (stopped) return;
      if (claim.held) validUntil = sentAt + leaseMs - heartbeatMs;
      setHeld(claim.held, claim);
    } catch (error) {
      options.onError?.(error as Error);
      if (performance.now() >= validUntil) setHeld(false, null);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      beating = beat().finally(schedule);
    }, heartbeatMs);
  };
  beating = beat().finally(schedule);

  return {
    isHeld: () => held && performance.now() < validUntil,
    stop: async ({ release = true } = {}) => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await beating;
      const had = held;
      held = false;
      if (release && had) await leases.release(options.name, options.holder);
    },
  };
}
