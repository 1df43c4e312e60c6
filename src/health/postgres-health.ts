/**
 * The PostgreSQL store's part of readiness (issue 24 §4). Readiness is asked synchronously, and a
 * database across the network must not stall /readyz: the store is probed in the background every
 * interval, and the part answers from the last probe — down when that probe failed, or when no probe
 * has answered for three intervals (the database hangs).
 */
import type pg from 'pg';
import { describeIntake, describeLeases, type PostgresFacts, probePostgres } from '../store/postgres/probe.ts';
import { describeSchema } from '../store/schema-status.ts';
import { describeAge, down, type PartStatus, up } from './readiness.ts';

export interface PostgresHealth {
  status(): PartStatus;
  /** One probe now (also what the interval runs). */
  refresh(): Promise<void>;
  stop(): void;
}

export function createPostgresHealth(
  pool: pg.Pool,
  options: { intervalMs?: number; now?: () => number } = {},
): PostgresHealth {
  const intervalMs = options.intervalMs ?? 5_000;
  const now = options.now ?? Date.now;
  const startedAt = now();
  let last: { at: number; facts: PostgresFacts } | null = null;
  let failure: { at: number; message: string } | null = null;
  const refresh = async () => {
    try {
      last = { at: now(), facts: await probePostgres(pool) };
      failure = null;
    } catch (error) {
      failure = { at: now(), message: (error as Error).message };
    }
  };
  const timer = setInterval(() => void refresh(), intervalMs);
  timer.unref();
  return {
    refresh,
    stop: () => clearInterval(timer),
    status: () => {
      if (failure) return down(`PostgreSQL unreachable: ${failure.message}`, { connected: false });
      const age = now() - (last?.at ?? startedAt);
      if (!last || age > 3 * intervalMs) {
        return down(`no answer from PostgreSQL for ${describeAge(age)}`, { connected: false });
      }
      const { facts } = last;
      const shown = {
        connected: true,
        schema: facts.schema.current,
        pendingMigrations: facts.schema.pending.length,
        leases: facts.leases.map((l) => ({ name: l.name, holder: l.holder, live: l.live })),
        ...(facts.intake ? { intake: facts.intake } : {}),
      };
      if (facts.readOnly) return down('connected to a read-only server (a standby?)', shown);
      if (facts.schema.newer) return down(`holds ${describeSchema(facts.schema)}`, shown);
      if (facts.schema.pending.length > 0) {
        return down(`${facts.schema.pending.length} migrations not applied (${facts.schema.pending[0]!.tag} …)`, shown);
      }
      const intake = facts.intake ? `; ${describeIntake(facts.intake)}` : '';
      return up(
        `PostgreSQL ${facts.serverVersion}; schema ${describeSchema(facts.schema)}; ${describeLeases(facts.leases)}${intake}`,
        shown,
      );
    },
  };
}
