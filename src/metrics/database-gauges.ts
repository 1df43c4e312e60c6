/**
 * Gauges computed from the database when `/metrics` is scraped, so they are right after a restart and
 * whoever wrote the rows: outbox depth and oldest age per channel, pages nobody acted on, last backup.
 */
import { Gauge, type Registry } from 'prom-client';
import type { Db } from '../store/database.ts';
import { lastBackup, outboxBacklog, outstandingPages } from '../store/operations-metrics-store.ts';

const secondsSince = (iso: string, now: number) => Math.max(0, (now - Date.parse(iso)) / 1000);

export function registerDatabaseGauges(
  registry: Registry,
  db: Db,
  options: { channels: string[]; now?: () => number },
): void {
  const now = options.now ?? Date.now;
  const registers = [registry];
  new Gauge({
    name: 'caseline_outbox_depth',
    help: 'Replies and notifications waiting to be sent, per channel',
    labelNames: ['channel'],
    registers,
    async collect() {
      this.reset();
      const rows = await outboxBacklog(db);
      for (const channel of options.channels) this.set({ channel }, 0);
      for (const row of rows) this.set({ channel: row.channel }, row.depth);
    },
  });
  new Gauge({
    name: 'caseline_outbox_oldest_age_seconds',
    help: 'Age of the oldest reply or notification still waiting to be sent, per channel (0 when none)',
    labelNames: ['channel'],
    registers,
    async collect() {
      this.reset();
      const at = now();
      for (const channel of options.channels) this.set({ channel }, 0);
      for (const row of await outboxBacklog(db))
        this.set({ channel: row.channel }, secondsSince(row.oldestCreatedAt, at));
    },
  });
  new Gauge({
    name: 'caseline_pages_unacknowledged',
    help: 'Escalation pages sent and not yet acknowledged (nor closed by the case moving on), per level',
    labelNames: ['level'],
    registers,
    async collect() {
      this.reset();
      for (const level of ['at-risk', 'breached', 'overdue']) this.set({ level }, 0);
      for (const row of await outstandingPages(db)) this.set({ level: row.level }, row.count);
    },
  });
  new Gauge({
    name: 'caseline_pages_unacknowledged_oldest_age_seconds',
    help: 'Age of the oldest escalation page still waiting for staff (0 when none)',
    registers,
    async collect() {
      const rows = await outstandingPages(db);
      const at = now();
      this.set(rows.length === 0 ? 0 : Math.max(...rows.map((r) => secondsSince(r.oldestAt, at))));
    },
  });
  new Gauge({
    name: 'caseline_last_backup_timestamp_seconds',
    help: 'When the last `caseline backup` of this database finished (Unix time; 0 when never)',
    registers,
    async collect() {
      const backup = await lastBackup(db);
      this.set(backup ? Date.parse(backup.at) / 1000 : 0);
    },
  });
}
