/**
 * The durable scheduler (issue 22): timed work lives in `scheduled_jobs`; a tick takes the lease, runs
 * every job due now — each in one synchronous transaction with everything it writes (pages, outbox
 * rows, audit), claimed inside that transaction — and says when the next job falls due. What fell due
 * while no runner was up simply is due now: it runs once, and the handler says it is late.
 * A job that throws is rolled back and tried again with backoff (1, 2, 4 … 60 min), and given up after
 * MAX_ATTEMPTS with its last error kept on the row.
 * Jobs run in slices of at most SLICE_MS per transaction, each job in its own savepoint: a job and its
 * writes still commit or roll back together, but a catch-up of thousands pays for few commits, and the
 * write lock is never held long enough to keep a channel waiting.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../store/database.ts';
import { claimableJob, dueJobs, failJob, finishJob, type JobRow, nextDueAt } from '../../store/schedule-store.ts';
import { inTransaction } from '../../store/transaction.ts';
import type { Outbound } from '../engine/types.ts';
import { type RunnerLease, tableLease } from './lease.ts';

export interface JobRun {
  now: Date;
  /** When the running holder took the lease: dues before it fell while the bot was not running. */
  runnerSince: Date;
  /** Lookups shared by the jobs of one tick (the staff list): a tick lasts moments, so they stay current. */
  memo: Map<string, unknown>;
}

export interface JobResult {
  /** When this job is next due; null when it has nothing left. */
  next: Date | null;
  outbound: Outbound[];
  warnings?: string[];
}

export type JobHandler = (job: JobRow, run: JobRun) => Promise<JobResult>;

export interface SchedulerLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface TickResult {
  held: boolean;
  ran: number;
  failed: number;
  outbound: Outbound[];
  /** The earliest pending due (a past instant when work is waiting), or null when nothing is planned. */
  next: Date | null;
}

export const MAX_ATTEMPTS = 10;
const BATCH = 250;
const SLICE_MS = 25;
const silent: SchedulerLogger = { info() {}, warn() {}, error() {} };

export interface SchedulerOptions {
  db: Db;
  handlers: Record<string, JobHandler>;
  /** This runner's name in the lease (default: host, pid and a random part). */
  holder?: string;
  /** How long the lease lasts without a heartbeat (default 60 s). */
  leaseMs?: number;
  logger?: SchedulerLogger;
  /** The most jobs one tick runs before it returns (so a catch-up cannot starve the channels). */
  maxJobsPerTick?: number;
  /** Who may run (default: the scheduler_lease row, taken on each tick). */
  lease?: RunnerLease;
}

export class Scheduler {
  readonly holder: string;
  private readonly leaseMs: number;
  private readonly logger: SchedulerLogger;
  private readonly maxJobs: number;
  private readonly lease: RunnerLease;

  constructor(private readonly options: SchedulerOptions) {
    this.holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.logger = options.logger ?? silent;
    this.maxJobs = options.maxJobsPerTick ?? 5_000;
    this.lease = options.lease ?? tableLease(options.db);
  }

  /** Runs what is due at `now` if this runner holds (or can take) the lease. */
  async tick(now: Date): Promise<TickResult> {
    const { db } = this.options;
    const lease = await this.lease.acquire(this.holder, now, this.leaseMs);
    const result: TickResult = { held: lease.held, ran: 0, failed: 0, outbound: [], next: null };
    if (!lease.held) {
      result.next = await this.nextDue();
      return result;
    }
    if (lease.tookOverFrom) {
      this.logger.warn(lease.tookOverFrom, 'scheduler lease taken over from a runner that stopped renewing it');
    }
    if (lease.clockWentBackMs) {
      this.logger.warn(
        { backByMs: lease.clockWentBackMs },
        'the clock moved backwards; work already done is not repeated, and what it planned waits for its time',
      );
    }
    const run: JobRun = { now, runnerSince: lease.since, memo: new Map() };
    const nowIso = now.toISOString();
    while (result.ran + result.failed < this.maxJobs) {
      const batch = await dueJobs(db, nowIso, Math.min(BATCH, this.maxJobs - result.ran - result.failed));
      if (batch.length === 0) break;
      const before = result.ran + result.failed;
      let next = 0;
      while (next < batch.length) {
        const sliceStart = performance.now();
        const outbound: Outbound[] = [];
        await inTransaction(db, async () => {
          do {
            const job = batch[next++]!;
            if (await this.runJob(job, run, result, outbound)) result.ran++;
          } while (next < batch.length && performance.now() - sliceStart < SLICE_MS);
        });
        result.outbound.push(...outbound); // reported once committed
      }
      if (result.ran + result.failed === before) break; // all claimed by another runner meanwhile
      // Heartbeat between batches: a long catch-up keeps its lease, and stops if it lost it.
      if (!(await this.lease.acquire(this.holder, now, this.leaseMs)).held) break;
    }
    result.next = await this.nextDue();
    return result;
  }

  /** Gives the lease up (a clean stop), so another runner need not wait for it to expire. */
  async release(): Promise<void> {
    await this.lease.release(this.holder);
  }

  async nextDue(): Promise<Date | null> {
    const due = await nextDueAt(this.options.db);
    if (due === null) return null;
    return due === '' ? new Date(0) : new Date(due);
  }

  /** Runs one job in a savepoint of the slice's transaction; a failure rolls back only this job. */
  private async runJob(job: JobRow, run: JobRun, result: TickResult, outbound: Outbound[]): Promise<boolean> {
    const { db, handlers } = this.options;
    const nowIso = run.now.toISOString();
    const handler = handlers[job.kind];
    try {
      const outcome = await inTransaction(db, async () => {
        const claimed = await claimableJob(db, job.id, nowIso);
        if (!claimed) return null; // another runner ran or re-planned it meanwhile
        if (!handler) throw new Error(`no handler for timed work of kind "${job.kind}"`);
        const done = await handler(claimed, run);
        await finishJob(db, job.id, done.next ? done.next.toISOString() : null, nowIso);
        return done;
      });
      if (!outcome) return false;
      outbound.push(...outcome.outbound);
      for (const warning of outcome.warnings ?? []) this.logger.warn({ job: job.key }, warning);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const attempts = job.attempts + 1;
      const retryAt =
        attempts >= MAX_ATTEMPTS
          ? null
          : new Date(run.now.getTime() + Math.min(60, 2 ** (attempts - 1)) * 60_000).toISOString();
      await failJob(db, job.id, message, retryAt, nowIso);
      result.failed++;
      this.logger.error(
        { job: job.key, attempts, retryAt, err: error },
        retryAt ? 'timed work failed; it will be tried again' : 'timed work failed too often and was given up',
      );
      return false;
    }
  }
}
