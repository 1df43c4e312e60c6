/**
 * What readiness and the doctor ask a PostgreSQL store (issue 24 §4): can this process reach it, may
 * it write (not a read-only standby), does it hold every migration this Caseline ships, who holds the
 * leases. Reads only.
 */
import type pg from 'pg';
import type { SchemaStatus } from '../schema-status.ts';
import { type LeaseRow, PostgresLeases } from './leases.ts';
import { type IntakeCounts, intakeCounts } from './mail-intake.ts';
import { postgresSchemaStatus } from './postgres-database.ts';

export interface PostgresFacts {
  serverVersion: string;
  readOnly: boolean;
  schema: SchemaStatus;
  /** Cases stored, or null before the first migration. */
  cases: number | null;
  leases: LeaseRow[];
  /** What waits in the shared mail intake, or null before its migration. */
  intake: IntakeCounts | null;
}

export async function probePostgres(pool: pg.Pool): Promise<PostgresFacts> {
  const client = await pool.connect();
  try {
    const facts = await client.query<{
      version: string;
      read_only: string;
      recovery: boolean;
      lease_table: string | null;
      cases_table: string | null;
      intake_table: string | null;
    }>(
      `SELECT current_setting('server_version') AS version, current_setting('transaction_read_only') AS read_only,
              pg_is_in_recovery() AS recovery, to_regclass('public.scheduler_lease')::text AS lease_table,
              to_regclass('public.cases')::text AS cases_table,
              to_regclass('public.mail_intake')::text AS intake_table`,
    );
    const row = facts.rows[0]!;
    const schema = await postgresSchemaStatus(client);
    const cases = row.cases_table
      ? (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]!.n
      : null;
    return {
      serverVersion: row.version,
      readOnly: row.recovery || row.read_only === 'on',
      schema,
      cases,
      leases: row.lease_table ? await new PostgresLeases(client).list() : [],
      intake: row.intake_table ? await intakeCounts(client) : null,
    };
  } finally {
    client.release();
  }
}

/** "scheduler held by bot-1 (renewed 3 s ago); imap: expired (bot-2, 40 s ago)". */
export function describeLeases(leases: LeaseRow[], now: Date = new Date()): string {
  if (leases.length === 0) return 'no lease taken yet';
  const ago = (iso: string) => `${Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000))} s ago`;
  return leases
    .map((l) =>
      l.live
        ? `${l.name} held by ${l.holder} (renewed ${ago(l.heartbeatAt)})`
        : `${l.name}: free (last held by ${l.holder}, renewed ${ago(l.heartbeatAt)})`,
    )
    .join('; ');
}

/** "mail intake: nothing waiting" or "mail intake: 120 stored (50 claimed), 2 quarantined to file". */
export function describeIntake(intake: IntakeCounts): string {
  const { stored, claimed, quarantined } = intake;
  if (stored === 0 && quarantined === 0) return 'mail intake: nothing waiting';
  const filed = quarantined > 0 ? `, ${quarantined} quarantined to file in IMAP` : '';
  return `mail intake: ${stored} stored (${claimed} claimed)${filed}`;
}
