/**
 * The store's contract tests run each store function against both databases (issue 24 §1): a fresh
 * SQLite file, and a fresh database on a throwaway PostgreSQL cluster, each as the `Db` the store
 * functions take (the PostgreSQL one through storeDbOfPostgres, as the bot opens it).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openDatabase } from '../../../../src/store/database.ts';
import { dialectOf, postgresOf, storeDbOfPostgres } from '../../../../src/store/dialect.ts';
import { openPostgres, type PgDb, pgSchema } from '../../../../src/store/postgres/postgres-database.ts';
import { type PostgresServer, startPostgres } from '../../support/postgres.ts';

export type DialectName = 'sqlite' | 'postgres';
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

export interface StoreDbs {
  open(dialect: DialectName): Promise<Db>;
  /** A second handle on the same database (PostgreSQL: another pool, as another process has). */
  openPair(dialect: DialectName): Promise<[Db, Db]>;
  close(): Promise<void>;
}

export async function storeDbs(): Promise<StoreDbs> {
  let server: PostgresServer | undefined;
  const pools: PgDb[] = [];
  const sqlite: Db[] = [];
  const postgres = async (url: string) => {
    const pgDb = await openPostgres(url, { max: 4 });
    pools.push(pgDb);
    return storeDbOfPostgres(pgDb, pgSchema);
  };
  const openPair = async (dialect: DialectName): Promise<[Db, Db]> => {
    if (dialect === 'sqlite') {
      const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'caseline-store-contract-')), 'caseline.db'));
      sqlite.push(db);
      // One process holds a SQLite file (its running lock): both handles are that process's connection.
      return [db, db];
    }
    server ??= await startPostgres();
    const url = await server.createDatabase();
    return [await postgres(url), await postgres(url)];
  };
  return {
    open: async (dialect) => (await openPair(dialect))[0],
    openPair,
    close: async () => {
      for (const db of sqlite) db.$client.close();
      for (const pool of pools) await pool.$client.end();
      await server?.stop();
    },
  };
}

/** Runs SQL the store never runs (a test's own check), outside any unit of work. */
export async function rawSql(db: Db, text: string): Promise<void> {
  if (dialectOf(db) === 'postgres') await postgresOf(db).$client.query(text);
  else db.$client.exec(text);
}
