/** What backup and restore ask the PostgreSQL database itself: its version, its tables, their rows. */
import type pg from 'pg';
import { PgToolError } from './pg-tools.ts';

type Queryable = pg.Pool | pg.PoolClient;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A connection, or one line saying why there is none (node-postgres's messages carry no password). */
export async function connectTo(pool: pg.Pool, where: string): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    throw new PgToolError(`cannot connect to ${where}: ${(error as Error).message}`);
  }
}

/** 150013 → 15. */
export async function serverMajor(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
  return Math.floor(Number(rows[0]!.v) / 10_000);
}

/** `schema.table` of every table outside PostgreSQL's own schemas. */
export async function userTables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_%'
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** Schemas a restore would have to create, beyond `public` (which every database has). */
export async function userSchemas(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace
      WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'public') AND nspname NOT LIKE 'pg\\_%'
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

export async function countRows(db: Queryable, tables: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of tables) {
    const [schema, name] = table.split('.') as [string, string];
    const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(schema)}.${quote(name)}`);
    counts.set(table, Number(rows[0]!.n));
  }
  return counts;
}

/** The tables whose row counts differ, as "cases: 3 in the backup, 2 in the database". */
export function countDifferences(expected: Map<string, number>, found: Map<string, number>): string[] {
  const differences: string[] = [];
  for (const [table, rows] of expected) {
    const there = found.get(table);
    if (there !== rows) differences.push(`${table}: ${rows} in the backup, ${there ?? 'no table'} in the database`);
  }
  return differences;
}
