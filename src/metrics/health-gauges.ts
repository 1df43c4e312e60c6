/**
 * Readiness as metrics, so alerts need only the scrape: each configured part up (1) or down (0), and how
 * long ago the mailbox was last read (the IMAP lag alert). Read from the same sources as /readyz.
 */
import { Gauge, type Registry } from 'prom-client';
import { evaluateReadiness, type HealthSources } from '../health/readiness.ts';

export function registerHealthGauges(registry: Registry, sources: () => HealthSources | null): void {
  const registers = [registry];
  new Gauge({
    name: 'caseline_part_up',
    help: 'Each configured part of the bot as /readyz sees it: 1 up, 0 down (parts not configured are absent)',
    labelNames: ['part'],
    registers,
    async collect() {
      this.reset();
      const current = sources();
      if (!current) return;
      for (const [part, status] of Object.entries((await evaluateReadiness(current)).parts)) {
        if (status.state !== 'not-configured') this.set({ part }, status.state === 'up' ? 1 : 0);
      }
    },
  });
  new Gauge({
    name: 'caseline_imap_last_read_age_seconds',
    help: 'Seconds since the mailbox was last read to its end (absent without a mailbox or a connection)',
    registers,
    async collect() {
      this.reset();
      const status = await sources()?.mailbox?.();
      const age = status?.['lastPollSecondsAgo'];
      if (typeof age === 'number') this.set(age);
    },
  });
}
