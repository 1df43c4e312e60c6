/**
 * The configured store (issue 24 §1): PostgreSQL when DATABASE_URL is set (postgres://…), else the
 * SQLite file CASELINE_DB (the default, the quick start's). Either is opened with its migrations applied
 * (on PostgreSQL under an advisory lock, so processes starting together apply them once) and handed to
 * the store as one `Db` (dialect.ts).
 */
import type { Config } from '../config.ts';
import { type Db, openDatabase } from './database.ts';
import { type Dialect, storeDbOfPostgres } from './dialect.ts';
import { describePostgresUrl, openPostgres, type PostgresOptions, pgSchema } from './postgres/postgres-database.ts';

export interface OpenStore {
  db: Db;
  dialect: Dialect;
  /** What logs may show: the SQLite path, or `postgres://host:port/name` (never the password). */
  shown: string;
  close(): Promise<void>;
}

export async function openStore(
  config: Pick<Config, 'DATABASE_URL' | 'CASELINE_DB'>,
  options: PostgresOptions = {},
): Promise<OpenStore> {
  const url = config.DATABASE_URL;
  if (url) {
    // The pid names the process a backend serves in pg_stat_activity (several processes share a database).
    const pgDb = await openPostgres(url, { applicationName: `caseline ${process.pid}`, ...options });
    return {
      db: storeDbOfPostgres(pgDb, pgSchema),
      dialect: 'postgres',
      shown: describePostgresUrl(url),
      close: async () => await pgDb.$client.end(),
    };
  }
  const db = openDatabase(config.CASELINE_DB);
  return {
    db,
    dialect: 'sqlite',
    shown: config.CASELINE_DB,
    close: async () => {
      db.$client.close();
    },
  };
}
