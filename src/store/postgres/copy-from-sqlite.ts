/**
 * `caseline db copy`: a SQLite database, every table, into an empty PostgreSQL database. The target is
 * migrated first (db/migrations-pg), then filled in one transaction: tables in foreign-key order, the
 * target's own triggers off while rows arrive (the copied scheduler jobs are the truth, not what a trigger
 * would derive from the copied cases), identity sequences set past the copied ids, and every table's row
 * count and checksum compared between the two sides before COMMIT. Any difference, or any row PostgreSQL
 * refuses, rolls everything back: the target is left as empty as it was.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { migratePostgres, postgresDb } from './postgres-database.ts';
import { TableChecksum } from './row-checksum.ts';
import { type TablePlan, tablePlans } from './table-plan.ts';

/** The copy cannot start as asked (a non-empty target, an unknown table); nothing was written. */
export class CopyRefused extends Error {}

export interface CopiedTable {
  table: string;
  rows: number;
  checksum: string;
}

export interface CopyProgress {
  onTable?(table: CopiedTable): void;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** PostgreSQL takes at most 65535 parameters per statement. */
const MAX_PARAMETERS = 30_000;

export async function copySqliteToPostgres(
  source: Database.Database,
  pool: pg.Pool,
  progress: CopyProgress = {},
): Promise<CopiedTable[]> {
  const plans = tablePlans();
  assertSourceTables(source, plans);
  await assertEmptyTarget(pool, plans);
  await migratePostgres(postgresDb(pool));
  const client = await pool.connect();
  // One read transaction on the source: the copy is of one instant of it.
  source.exec('BEGIN');
  try {
    await client.query('BEGIN');
    for (const plan of plans) await client.query(`ALTER TABLE ${quote(plan.name)} DISABLE TRIGGER USER`);
    // Checked again inside the transaction, with the tables locked by the ALTERs: no one filled them since.
    await assertEmptyTarget(client, plans);
    const copied: CopiedTable[] = [];
    for (const plan of plans) {
      const sourceSum = await copyTable(source, client, plan);
      await resetIdentity(client, plan);
      const targetSum = await checksumTarget(client, plan);
      if (targetSum.count !== sourceSum.count || targetSum.digest() !== sourceSum.digest()) {
        throw new Error(
          `${plan.name}: the copy differs from the source (${sourceSum.count} rows read, ${targetSum.count} in PostgreSQL, checksums ${
            sourceSum.digest() === targetSum.digest() ? 'equal' : 'differ'
          })`,
        );
      }
      const done = { table: plan.name, rows: sourceSum.count, checksum: sourceSum.digest() };
      copied.push(done);
      progress.onTable?.(done);
    }
    for (const plan of plans) await client.query(`ALTER TABLE ${quote(plan.name)} ENABLE TRIGGER USER`);
    await client.query('COMMIT');
    return copied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    source.exec('COMMIT');
    client.release();
  }
}

function assertSourceTables(source: Database.Database, plans: TablePlan[]): void {
  const known = new Set(plans.map((p) => p.name));
  const tables = (
    source.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{
      name: string;
    }>
  ).map((t) => t.name);
  const unknown = tables.filter((t) => !known.has(t) && t !== '__drizzle_migrations');
  if (unknown.length > 0) {
    throw new CopyRefused(`the SQLite database has tables this Caseline does not know (${unknown.join(', ')})`);
  }
  const missing = plans.filter((p) => !tables.includes(p.name)).map((p) => p.name);
  if (missing.length > 0) {
    throw new CopyRefused(
      `the SQLite database lacks ${missing.join(', ')}: apply its migrations first (caseline migrate without DATABASE_URL)`,
    );
  }
}

/** Empty: no table but Caseline's, and those (if migrated already) without a row. */
async function assertEmptyTarget(db: pg.Pool | pg.PoolClient, plans: TablePlan[]): Promise<void> {
  const known = new Set(plans.map((p) => p.name));
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'drizzle') AND table_type = 'BASE TABLE'`,
  );
  const foreign = rows.map((r) => r.name).filter((name) => !(name.startsWith('public.') && known.has(name.slice(7))));
  if (foreign.length > 0) {
    throw new CopyRefused(`the target is not an empty database: it holds ${foreign.slice(0, 5).join(', ')}`);
  }
  for (const { name } of rows) {
    const table = name.slice(7);
    const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`);
    if ((count.rows[0]?.n ?? 0) > 0) {
      throw new CopyRefused(`the target is not empty: ${table} holds ${count.rows[0]!.n} rows`);
    }
  }
}

async function copyTable(source: Database.Database, client: pg.PoolClient, plan: TablePlan): Promise<TableChecksum> {
  const names = plan.columns.map((c) => c.name);
  const kinds = plan.columns.map((c) => c.kind);
  const checksum = new TableChecksum(kinds);
  const read = source.prepare(`SELECT ${names.map(quote).join(', ')} FROM ${quote(plan.name)}`).raw(true);
  const perStatement = Math.max(1, Math.min(500, Math.floor(MAX_PARAMETERS / names.length)));
  let batch: unknown[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      const marks = row.map((value, i) => {
        values.push(toPostgres(value, kinds[i]!));
        return `$${values.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await client.query(
      `INSERT INTO ${quote(plan.name)} (${names.map(quote).join(', ')}) OVERRIDING SYSTEM VALUE VALUES ${tuples.join(', ')}`,
      values,
    );
    batch = [];
  };
  for (const row of read.iterate() as IterableIterator<unknown[]>) {
    checksum.add(row);
    batch.push(row);
    if (batch.length >= perStatement) await flush();
  }
  await flush();
  return checksum;
}

function toPostgres(value: unknown, kind: TablePlan['columns'][number]['kind']): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'boolean') return value === 1 || value === 1n || value === true;
  // jsonb takes the JSON text as it is; bigint columns take the number.
  return value;
}

/** The next id PostgreSQL assigns is past every copied one (as SQLite's would be). */
async function resetIdentity(client: pg.PoolClient, plan: TablePlan): Promise<void> {
  if (!plan.identity) return;
  const column = quote(plan.identity);
  await client.query(
    `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${column}), 1), MAX(${column}) IS NOT NULL)
       FROM ${quote(plan.name)}`,
    [quote(plan.name), plan.identity],
  );
}

/** Read back through a cursor, a batch at a time: a table of millions of rows never sits in memory whole. */
async function checksumTarget(client: pg.PoolClient, plan: TablePlan): Promise<TableChecksum> {
  const checksum = new TableChecksum(plan.columns.map((c) => c.kind));
  await client.query(
    `DECLARE caseline_copy_check NO SCROLL CURSOR FOR SELECT ${plan.columns.map((c) => quote(c.name)).join(', ')} FROM ${quote(plan.name)}`,
  );
  for (;;) {
    const batch = await client.query<unknown[]>({ text: 'FETCH 5000 FROM caseline_copy_check', rowMode: 'array' });
    for (const row of batch.rows) checksum.add(row);
    if (batch.rows.length < 5000) break;
  }
  await client.query('CLOSE caseline_copy_check');
  return checksum;
}
