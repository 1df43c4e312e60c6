/**
 * The PostgreSQL store's connection (DATABASE_URL): a node-postgres pool under drizzle's node-postgres
 * driver, and the migrations of db/migrations-pg (generated from the same schema as SQLite's, see
 * db/schema-pg). Several processes may start at once on one database: the migrations run under an
 * advisory lock, so exactly one applies them and the others find them applied.
 */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as pgSchema from '../../../db/schema-pg/index.ts';
import { projectPath } from '../../project-root.ts';
import { readJournal, type SchemaStatus, statusOfStamps } from '../schema-status.ts';

export type PgDb = NodePgDatabase<typeof pgSchema> & { $client: pg.Pool };
export { pgSchema };

export const PG_MIGRATIONS_FOLDER = 'migrations-pg';
/** drizzle's node-postgres migrator keeps its journal here. */
const MIGRATIONS_TABLE = 'drizzle.__drizzle_migrations';
/** pg_advisory_lock key for applying migrations: "caseline" as a number, any fixed value would do. */
const MIGRATION_LOCK = 0x63617365;

const INT8 = 20;
/**
 * bigint columns (ids, counts, IMAP UIDs) come back as numbers, as from SQLite: every value the schema
 * keeps is far below 2^53. node-postgres would otherwise return strings.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as never,
};

export interface PostgresOptions {
  /** Pool size (per process). */
  max?: number;
  connectTimeoutMs?: number;
  applicationName?: string;
}

export function createPool(url: string, options: PostgresOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: options.applicationName ?? 'caseline',
    types,
  });
  // An idle client whose server went away must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return pool;
}

export function postgresDb(pool: pg.Pool): PgDb {
  return drizzle(pool, { schema: pgSchema }) as PgDb;
}

/** Opens the pool and applies pending migrations (the bot's start and `caseline migrate`). */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<PgDb> {
  const pool = createPool(url, options);
  try {
    const db = postgresDb(pool);
    await migratePostgres(db);
    return db;
  } catch (error) {
    await pool.end();
    throw error;
  }
}

export async function migratePostgres(db: PgDb): Promise<void> {
  const client = await db.$client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(db, { migrationsFolder: projectPath('db', PG_MIGRATIONS_FOLDER) });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** Which of db/migrations-pg the database holds (see schema-status.ts). */
export async function postgresSchemaStatus(queryable: pg.Pool | pg.PoolClient): Promise<SchemaStatus> {
  const known = readJournal(PG_MIGRATIONS_FOLDER);
  const exists = await queryable.query<{ t: string | null }>(`SELECT to_regclass($1) AS t`, [MIGRATIONS_TABLE]);
  if (!exists.rows[0]?.t) return statusOfStamps([], known);
  const rows = await queryable.query<{ at: string | number }>(`SELECT created_at AS at FROM ${MIGRATIONS_TABLE}`);
  return statusOfStamps(
    rows.rows.map((r) => Number(r.at)),
    known,
  );
}

/** `postgres://host:port/name` without the user and password: what logs and doctor lines show. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgres://${parsed.host}${parsed.pathname}`;
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
