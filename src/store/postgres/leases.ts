/**
 * Leases on PostgreSQL (issue 24 §2): one holder at a time for the IMAP reader (`imap`) and the
 * scheduler (`scheduler`), in the scheduler_lease table the SQLite scheduler already uses (same columns,
 * same meaning). Times come from the database's clock, the one clock every process shares, so a peer on
 * a machine whose clock drifts neither steals a live lease nor waits out a dead one. Taking a lease is
 * one statement: an INSERT … ON CONFLICT DO UPDATE whose WHERE lets only the holder renew, or anyone
 * take an expired lease; PostgreSQL serialises racing peers on the row, so exactly one wins.
 */
import type pg from 'pg';

/** A dead holder's lease runs out after this; peers try every heartbeat, so one takes over within 25 s. */
export const DEFAULT_LEASE_MS = 20_000;
export const DEFAULT_HEARTBEAT_MS = 5_000;

export type LeaseName = 'scheduler' | 'imap';

export interface LeaseRow {
  name: string;
  holder: string;
  acquiredAt: string;
  heartbeatAt: string;
  expiresAt: string;
  /** Unexpired on the database's clock. */
  live: boolean;
}

export type LeaseClaim =
  | { held: true; since: string; expiresAt: string; tookOverFrom?: { holder: string; heartbeatAt: string } }
  | { held: false; holder: string; expiresAt: string };

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const NOW = `to_char(clock_timestamp() AT TIME ZONE 'UTC', ${ISO})`;

const CLAIM = `
WITH clock AS (
  SELECT ${NOW} AS at,
         to_char((clock_timestamp() + make_interval(secs => $3::double precision / 1000)) AT TIME ZONE 'UTC', ${ISO}) AS until
), previous AS (
  SELECT holder, heartbeat_at, expires_at FROM scheduler_lease WHERE name = $1
), taken AS (
  INSERT INTO scheduler_lease AS l (name, holder, acquired_at, heartbeat_at, expires_at)
  SELECT $1, $2, at, at, until FROM clock
  ON CONFLICT (name) DO UPDATE SET
    holder = excluded.holder,
    acquired_at = CASE WHEN l.holder = excluded.holder AND l.expires_at COLLATE "C" > excluded.heartbeat_at
                       THEN l.acquired_at ELSE excluded.acquired_at END,
    heartbeat_at = excluded.heartbeat_at,
    expires_at = excluded.expires_at
  WHERE l.holder = excluded.holder OR l.expires_at COLLATE "C" <= excluded.heartbeat_at
  RETURNING l.acquired_at, l.expires_at
)
SELECT t.acquired_at, t.expires_at, p.holder AS previous_holder, p.heartbeat_at AS previous_heartbeat
  FROM taken t LEFT JOIN previous p ON true`;

/** A pool, or one client of it (to read within a connection already held). */
type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export class PostgresLeases {
  constructor(private readonly pool: Queryable) {}

  /** Takes or renews `name` for `holder` until leaseMs from now (database clock). */
  async claim(name: LeaseName, holder: string, leaseMs = DEFAULT_LEASE_MS): Promise<LeaseClaim> {
    const { rows } = await this.pool.query<{
      acquired_at: string;
      expires_at: string;
      previous_holder: string | null;
      previous_heartbeat: string | null;
    }>(CLAIM, [name, holder, leaseMs]);
    const taken = rows[0];
    if (taken) {
      const tookOver = taken.previous_holder && taken.previous_holder !== holder;
      return {
        held: true,
        since: taken.acquired_at,
        expiresAt: taken.expires_at,
        ...(tookOver
          ? { tookOverFrom: { holder: taken.previous_holder!, heartbeatAt: taken.previous_heartbeat! } }
          : {}),
      };
    }
    const current = (await this.list()).find((lease) => lease.name === name);
    return { held: false, holder: current?.holder ?? '(unknown)', expiresAt: current?.expiresAt ?? '' };
  }

  /** Gives the lease up at once (a clean stop), if `holder` has it: a peer takes it at its next try. */
  async release(name: LeaseName, holder: string): Promise<void> {
    await this.pool.query(`UPDATE scheduler_lease SET expires_at = '' WHERE name = $1 AND holder = $2`, [name, holder]);
  }

  async list(): Promise<LeaseRow[]> {
    const { rows } = await this.pool.query<{
      name: string;
      holder: string;
      acquired_at: string;
      heartbeat_at: string;
      expires_at: string;
      live: boolean;
    }>(
      `SELECT name, holder, acquired_at, heartbeat_at, expires_at, expires_at COLLATE "C" > ${NOW} AS live
         FROM scheduler_lease ORDER BY name`,
    );
    return rows.map((r) => ({
      name: r.name,
      holder: r.holder,
      acquiredAt: r.acquired_at,
      heartbeatAt: r.heartbeat_at,
      expiresAt: r.expires_at,
      live: r.live,
    }));
  }
}
