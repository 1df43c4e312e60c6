/**
 * What the PostgreSQL variants of bench:engine and bench:email measure besides throughput (issue 24,
 * Speed): the database's round trips (statements, counted by the server's pg_stat_statements, or by a
 * wrapper on a pool in this process), and CPU time — of a bot process, and of the whole database
 * cluster — read from /proc, so that scaling onto more machines can be stated from CPU per message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { type PostgresServer, startPostgres } from '../../tests/integration/support/postgres.ts';

/** A throwaway cluster as the tests start it, durable, with pg_stat_statements loaded. */
export function startBenchPostgres(): Promise<PostgresServer> {
  return startPostgres({
    durable: true,
    settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track_utility': 'on' },
  });
}

const TICK_MS = 10; // USER_HZ = 100 on Linux

/** utime + stime of a process (ms); with `children`, also its reaped children's (cutime + cstime). */
export function processCpuMs(pid: number, options: { children?: boolean } = {}): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const own = Number(fields[11]) + Number(fields[12]);
  const reaped = options.children ? Number(fields[13]) + Number(fields[14]) : 0;
  return (own + reaped) * TICK_MS;
}

/**
 * The whole cluster's CPU (ms): the postmaster, every live backend and helper (its children), and the
 * children it has already reaped (a backend that ended counts in its parent's cutime/cstime).
 */
export function clusterCpuMs(server: PostgresServer): number {
  const postmaster = Number(readFileSync(join(server.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  let total = processCpuMs(postmaster, { children: true });
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) total += processCpuMs(Number(entry));
    } catch {
      // The process ended between the listing and the read: its time is in the postmaster's cutime now.
    }
  }
  return total;
}

/** Statements the server executed in `database` so far (pg_stat_statements, top level, BEGIN/COMMIT too). */
export async function statementsRun(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const { rows } = await client.query<{ n: string | null }>(
      `SELECT sum(s.calls)::bigint::text AS n FROM pg_stat_statements s
         JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()
          AND s.query NOT LIKE '%pg_stat_statements%'`,
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * BENCH_PG_STATEMENTS=1: the statements the server ran in `database` since `before` (a statementsByText
 * of earlier), most called first, as calls per message — which of a message's round trips are what.
 */
export async function statementsByText(url: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const { rows } = await client.query<{ query: string; calls: string }>(
      `SELECT s.query, s.calls::text AS calls FROM pg_stat_statements s
         JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()
          AND s.query NOT LIKE '%pg_stat_statements%'`,
    );
    const byText = new Map<string, number>();
    for (const row of rows) byText.set(row.query, (byText.get(row.query) ?? 0) + Number(row.calls));
    return byText;
  } finally {
    await client.end();
  }
}

export function printStatements(before: Map<string, number>, after: Map<string, number>, messages: number): void {
  const lines = [...after]
    .map(([query, calls]) => [query, (calls - (before.get(query) ?? 0)) / messages] as const)
    .filter(([, perMessage]) => perMessage > 0)
    .sort((a, b) => b[1] - a[1]);
  for (const [query, perMessage] of lines) {
    console.log(`  ${perMessage.toFixed(2)}  ${query.replace(/\s+/g, ' ').slice(0, 150)}`);
  }
}

/**
 * Counts every statement the pool's connections send (one round trip each: node-postgres does not
 * pipeline). Each connection is wrapped when it is first checked out (`acquire`), so connections opened
 * before counting began (the migrations' at start) count too.
 */
export function countRoundTrips(pool: pg.Pool): { count(): number } {
  let trips = 0;
  const counted = new WeakSet<object>();
  const wrap = (client: pg.PoolClient) => {
    if (counted.has(client)) return;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      trips += 1;
      return query(...args);
    };
  };
  pool.on('connect', wrap);
  pool.on('acquire', wrap);
  return { count: () => trips };
}
