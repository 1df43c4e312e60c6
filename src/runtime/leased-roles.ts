/**
 * Several bot processes on one PostgreSQL (issue 24 §2): the IMAP reader and the scheduler each run in
 * one process at a time, under the `imap` and `scheduler` leases (leased-role.ts); a peer takes a role
 * over within 30 s of its holder's death (20 s lease, a try every 5 s). The scheduler's holder also keeps
 * the staff Slack cards. Slack events and the outbox senders run in every process (exactly-once keys and
 * outbox claims make that safe). Readiness on
 * PostgreSQL: the database part is postgres-health.ts (connection, migrations, lease holders), and a
 * role is ready when this process holds it or a live peer does.
 * On SQLite none of this is used: one process holds the database (the running lock), and the scheduler
 * takes its lease row on each tick as before.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import type { ImapInbound } from '../channels/email/imap-inbound.ts';
import { createPostgresHealth, type PostgresHealth } from '../health/postgres-health.ts';
import { down, type PartStatus, up } from '../health/readiness.ts';
import type { RunnerLease } from '../services/schedule/lease.ts';
import { type LeaseName, PostgresLeases } from '../store/postgres/leases.ts';
import { type LeasedRole, type RoleLogger, startLeasedRole } from './leased-role.ts';

/** The IMAP reader under the lease: stopped and started as the lease comes and goes. */
export interface GatedInbound extends ImapInbound {
  /** While a peer reads the mailbox: the line readiness shows instead of "not connected". */
  standby(): string | null;
}

export interface LeasedRoles {
  readonly holder: string;
  /** The pool the processes share (the mail channel's shared intake claims and listens on it). */
  readonly pool: pg.Pool;
  /** The scheduler asks this on each tick instead of taking the lease row itself. */
  schedulerLease: RunnerLease;
  /** Called when this process gains the scheduler lease (the clock loop wakes at once). */
  onSchedulerGained(wake: () => void): void;
  /**
   * This process holds the scheduler lease: it also keeps the staff Slack cards (page DMs included),
   * which one process at a time must post, or a card would be posted twice.
   */
  holdsScheduler(): boolean;
  /** Runs the IMAP reader while this process holds the `imap` lease. */
  runInbound(start: () => ImapInbound): GatedInbound;
  database(): PartStatus;
  scheduler(): PartStatus;
  stop(): Promise<void>;
}

export interface LeasedRolesOptions {
  pool: pg.Pool;
  /** This process in the lease rows (default: host, pid and a random part, as the scheduler names itself). */
  holder?: string;
  logger: RoleLogger;
  leaseMs?: number;
  heartbeatMs?: number;
}

export function startLeasedRoles(options: LeasedRolesOptions): LeasedRoles {
  const { pool, logger } = options;
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leases = new PostgresLeases(pool);
  const health = createPostgresHealth(pool);
  void health.refresh();
  const timing = {
    ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
    ...(options.heartbeatMs !== undefined ? { heartbeatMs: options.heartbeatMs } : {}),
  };
  let wake: () => void = () => undefined;
  const scheduler = startLeasedRole(leases, {
    name: 'scheduler',
    holder,
    logger,
    ...timing,
    start: () => {
      wake();
      return { stop: () => undefined };
    },
  });
  const roles: LeasedRole[] = [scheduler];

  return {
    holder,
    pool,
    schedulerLease: {
      acquire: (_holder, now) => {
        if (scheduler.isHeld()) return { held: true, since: scheduler.since() ?? now };
        const peer = peerOf(health, 'scheduler');
        return { held: false, holder: peer ?? '(nobody yet)', expiresAt: '' };
      },
      // The role gives the lease up when the process stops (stop below).
      release: () => undefined,
    },
    onSchedulerGained: (fn) => {
      wake = fn;
    },
    holdsScheduler: () => scheduler.isHeld(),
    runInbound: (start) => {
      const imap = startLeasedRole(leases, { name: 'imap', holder, logger, ...timing, start: () => start() });
      roles.push(imap);
      return {
        stop: () => imap.stop(),
        standby: () => {
          if (imap.isHeld()) return null;
          const peer = peerOf(health, 'imap');
          return peer && peer !== holder ? `standby: ${peer} reads the mailbox (imap lease)` : null;
        },
      };
    },
    database: () => health.status(),
    scheduler: () => roleStatus(scheduler, health),
    stop: async () => {
      await Promise.all(roles.map((role) => role.stop()));
      health.stop();
    },
  };
}

/** The live holder of `name` other than this process, from the last probe of the database. */
function peerOf(health: PostgresHealth, name: LeaseName): string | null {
  const shown = health.status()['leases'] as Array<{ name: string; holder: string; live: boolean }> | undefined;
  return shown?.find((lease) => lease.name === name && lease.live)?.holder ?? null;
}

function roleStatus(role: LeasedRole, health: PostgresHealth): PartStatus {
  if (role.isHeld()) return up(`${role.name} lease held by this process`, { holder: role.holder });
  const peer = peerOf(health, role.name);
  if (peer && peer !== role.holder) return up(`${role.name} lease held by a live peer, ${peer}`, { holder: peer });
  return down(`no process holds the ${role.name} lease (a peer takes it over within 30 s of its holder's end)`);
}

/** How often a process looks for Slack events a dead peer recorded but never processed. */
const STRANDED_EVERY_MS = 15_000;

/**
 * What `caseline start` hands each part on PostgreSQL (main.ts spreads these; on SQLite, without roles,
 * every part gets its defaults): the scheduler asks the lease, the mail channel reads only under the
 * imap lease, the Slack channel keeps cards only with the scheduler lease and takes up a dead peer's
 * events, and readiness reports the PostgreSQL probe and the lease holders.
 */
export function placementOf(roles: LeasedRoles | null) {
  if (!roles) return { scheduler: {}, mail: {}, slack: {}, health: {} };
  return {
    scheduler: { holder: roles.holder, lease: roles.schedulerLease },
    mail: { runInbound: roles.runInbound, sharedPool: roles.pool },
    slack: { cardsHere: roles.holdsScheduler, tuning: { strandedEveryMs: STRANDED_EVERY_MS } },
    health: { database: roles.database, scheduler: roles.scheduler },
  };
}
