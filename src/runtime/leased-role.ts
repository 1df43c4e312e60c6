/**
 * Work only one process of several may do at a time (issue 24 §2: the IMAP reader, the scheduler), run
 * while this process holds its lease on PostgreSQL and stopped when it loses it. The lease keeper renews
 * the lease every heartbeat; a watch compares "held" with "running" every second, because a holder cut
 * off from the database stops being held by the clock alone (lease-keeper.ts), with no event to say so.
 * A start or stop waits for the one before it, so the work never runs twice in one process.
 */
import { keepLease } from '../store/postgres/lease-keeper.ts';
import type { LeaseClaim, LeaseName, PostgresLeases } from '../store/postgres/leases.ts';

export interface RoleHandle {
  stop(): Promise<void> | void;
}

export interface RoleLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface LeasedRoleOptions {
  name: LeaseName;
  holder: string;
  logger: RoleLogger;
  /** Starts the guarded work; called each time this process gains the lease. */
  start: (claim: Extract<LeaseClaim, { held: true }> | null) => RoleHandle | Promise<RoleHandle>;
  leaseMs?: number;
  heartbeatMs?: number;
  /** How often "held" and "running" are compared (default 1 s). */
  watchMs?: number;
}

export interface LeasedRole {
  readonly name: LeaseName;
  readonly holder: string;
  /** This process holds the lease (renewed recently enough to act on it). */
  isHeld(): boolean;
  /** When this process last took the lease (the database's clock), while it holds it. */
  since(): Date | null;
  /** Stops the work and gives the lease up, so a peer takes it at its next heartbeat. */
  stop(): Promise<void>;
}

export function startLeasedRole(leases: PostgresLeases, options: LeasedRoleOptions): LeasedRole {
  const { name, holder, logger } = options;
  let running: RoleHandle | null = null;
  let lastClaim: Extract<LeaseClaim, { held: true }> | null = null;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();

  const reconcile = () => {
    queue = queue.then(async () => {
      const want = !stopped && keeper.isHeld();
      if (want && !running) {
        try {
          running = await options.start(lastClaim);
          logger.info({ lease: name, holder }, `${name} lease held: this process runs it`);
        } catch (error) {
          logger.error({ lease: name, err: error }, `could not start the ${name} work; trying again`);
        }
      } else if (!want && running) {
        const handle = running;
        running = null;
        if (!stopped) logger.warn({ lease: name, holder }, `${name} lease lost: this process stops running it`);
        try {
          await handle.stop();
        } catch (error) {
          logger.error({ lease: name, err: error }, `stopping the ${name} work failed`);
        }
      }
    });
    return queue;
  };

  const keeper = keepLease(leases, {
    name,
    holder,
    ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
    ...(options.heartbeatMs !== undefined ? { heartbeatMs: options.heartbeatMs } : {}),
    onChange: (held, claim) => {
      if (held && claim?.held) {
        lastClaim = claim;
        if (claim.tookOverFrom) {
          logger.warn(
            { lease: name, from: claim.tookOverFrom.holder, lastHeartbeat: claim.tookOverFrom.heartbeatAt },
            `${name} lease taken over from a process that stopped renewing it`,
          );
        }
      }
      void reconcile();
    },
    onError: (error) => logger.warn({ lease: name, err: error }, `could not renew the ${name} lease`),
  });
  const watch = setInterval(() => void reconcile(), options.watchMs ?? 1_000);
  watch.unref();

  return {
    name,
    holder,
    isHeld: () => keeper.isHeld(),
    since: () => (keeper.isHeld() && lastClaim ? new Date(lastClaim.since) : null),
    stop: async () => {
      stopped = true;
      clearInterval(watch);
      await reconcile();
      await keeper.stop({ release: true });
    },
  };
}
