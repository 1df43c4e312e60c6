/**
 * One store, two databases (issue 24 §1). Every store function takes a `Db` and is written once: awaited
 * drizzle builders (thenable on both drivers), `RETURNING` for ids and counts, and the tables of
 * `tablesOf(db)` — the SQLite tables of db/schema, or their PostgreSQL twins derived with the same names
 * (db/schema-pg). The functions are typed against the SQLite flavour of drizzle; a PostgreSQL database
 * enters the store through `storeDbOfPostgres` only, the one place it is cast to that type. So the store
 * must not use what exists on SQLite alone: `.get()`, `.all()`, `.run()`, `lastInsertRowid`, `changes`,
 * `db.$client` (the SQLite connection); SQL text that differs forks on `dialectOf(db)`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import * as sqliteSchema from '../../db/schema/index.ts';
import type { Db } from './database.ts';
import type { PgDb } from './postgres/postgres-database.ts';

export type Dialect = 'sqlite' | 'postgres';
export type Tables = typeof sqliteSchema;

const POSTGRES = Symbol('caseline.postgres');
/** The PostgreSQL tables of each PostgreSQL `Db`: given by whoever opens one, so SQLite never loads them. */
const tablesOfPostgres = new WeakMap<object, Tables>();

/** Takes any handle on a store database (a `Db`, or a narrowed `Pick<Db, …>` of one). */
export function dialectOf(db: object): Dialect {
  return (db as unknown as Record<symbol, unknown>)[POSTGRES] ? 'postgres' : 'sqlite';
}

export function tablesOf(db: object): Tables {
  if (dialectOf(db) === 'sqlite') return sqliteSchema;
  return tablesOfPostgres.get(postgresOf(db as Db))!;
}

/** The PostgreSQL transaction the current asynchronous flow is in, per database (transaction.ts). */
export interface PgUnitContext {
  tx: PgDb;
  afterCommit: Array<() => void>;
  /**
   * Writes held for the unit's next statement, reads remembered for the unit: a `UnitBatch`, opaque here
   * so that this module, which unit-batch.ts builds on, does not import it back (`batchOf` there types it).
   */
  batch: unknown;
}
export const pgUnits = new AsyncLocalStorage<ReadonlyMap<PgDb, PgUnitContext>>();

/** The builders a query starts from: inside a unit they must run on the unit's connection. */
const ROUTED = new Set<string | symbol>([
  'select',
  'selectDistinct',
  'selectDistinctOn',
  'insert',
  'update',
  'delete',
  'execute',
  'with',
  '$count',
]);

/**
 * A PostgreSQL database as the store's `Db`. Queries started inside a unit of work (inTransaction) run
 * in that unit's transaction, on its pooled connection; outside one, each runs on its own.
 */
export function storeDbOfPostgres(pgDb: PgDb, pgTables: Record<string, unknown>): Db {
  // The non-table exports (SQL fragments such as `openOutboxRow`) name columns only: they serve both.
  tablesOfPostgres.set(pgDb, { ...sqliteSchema, ...pgTables } as unknown as Tables);
  const proxy = new Proxy(pgDb, {
    get(target, property) {
      if (property === POSTGRES) return target;
      const unit = ROUTED.has(property) ? pgUnits.getStore()?.get(target) : undefined;
      const owner = unit ? unit.tx : target;
      const value = Reflect.get(owner, property) as unknown;
      return typeof value === 'function' ? value.bind(owner) : value;
    },
  });
  // The cast the store's single body rests on (see above): PostgreSQL's builders are used only in the
  // forms the two drivers share.
  return proxy as unknown as Db;
}

/** The node-postgres database behind a store `Db` made by storeDbOfPostgres. */
export function postgresOf(db: Db): PgDb {
  const pgDb = (db as unknown as Record<symbol, PgDb | undefined>)[POSTGRES];
  if (!pgDb) throw new Error('not a PostgreSQL store');
  return pgDb;
}
