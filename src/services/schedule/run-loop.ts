/**
 * The scheduler's timer (issue 22): instead of scanning every minute, it sleeps until the next due
 * (at most `maxSleepMs`, so a runner that does not hold the lease checks for a dead holder, and a due
 * planned by another process is seen) and runs a tick. A catch-up larger than one tick goes on at once
 * after yielding to the channels. `stop()` gives the lease up so a successor starts without waiting.
 */
import type { Outbound } from '../engine/types.ts';
import type { Scheduler, SchedulerLogger } from './scheduler.ts';

export interface ClockLoopOptions {
  scheduler: Scheduler;
  logger: SchedulerLogger;
  now?: () => Date;
  /** Longest sleep between ticks (default 30 s). */
  maxSleepMs?: number;
  /** Shortest sleep, so a due in the past never spins (default 20 ms). */
  minSleepMs?: number;
  /** What a tick wrote to the outbox, for channels that show it at once (the terminal). */
  onOutbound?: (outbound: Outbound[]) => void | Promise<void>;
}

export interface ClockLoop {
  /** Run a tick now (a change planned something sooner). */
  wake(): void;
  stop(): void;
}

export function startClockLoop(options: ClockLoopOptions): ClockLoop {
  const now = options.now ?? (() => new Date());
  const maxSleep = options.maxSleepMs ?? 30_000;
  const minSleep = options.minSleepMs ?? 20;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, Math.max(minSleep, Math.min(maxSleep, ms)));
  };

  async function run(): Promise<void> {
    timer = undefined;
    if (stopped) return;
    try {
      const at = now();
      const tick = await options.scheduler.tick(at);
      if (tick.ran > 0 || tick.failed > 0) {
        options.logger.info({ ran: tick.ran, failed: tick.failed, outbound: tick.outbound.length }, 'timed work ran');
      }
      if (tick.outbound.length > 0) await options.onOutbound?.(tick.outbound);
      schedule(tick.held && tick.next ? tick.next.getTime() - now().getTime() : maxSleep);
    } catch (error) {
      options.logger.error({ err: error }, 'scheduler tick failed');
      schedule(maxSleep);
    }
  }

  schedule(0);
  return {
    wake: () => schedule(0),
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      try {
        await options.scheduler.release();
      } catch (error) {
        options.logger.warn({ err: error }, 'could not release the scheduler lease');
      }
    },
  };
}
