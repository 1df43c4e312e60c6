/**
 * Hot read queries are built and prepared once per database (drizzle placeholders), because building
 * a query costs more than running it on SQLite. Keyed by a name, per Db instance.
 */
import type { Db } from './database.ts';
import { dialectOf, pgUnits, postgresOf } from './dialect.ts';

const byDb = new WeakMap<Db, Map<string, unknown>>();

export function preparedOnce<T>(db: Db, name: string, build: () => T): T {
  let queries = byDb.get(db);
  if (!queries) {
    queries = new Map();
    byDb.set(db, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (query === undefined) {
    query = build();
    queries.set(name, query);
  }
  return query;
}

/** A query both drivers run: drizzle's prepared query on SQLite, the same builder prepared by name on PostgreSQL. */
interface Runnable {
  prepare(name?: string): {
    all(values?: Record<string, unknown>): unknown;
    get(values?: Record<string, unknown>): unknown;
    run(values?: Record<string, unknown>): unknown;
    execute(values?: Record<string, unknown>): unknown;
  };
}

type RowOf<B> = B extends PromiseLike<infer R> ? (R extends Array<infer E> ? E : never) : never;

/**
 * preparedOnce for a store function written once for both databases (dialect.ts): on SQLite the
 * statement is prepared once per connection; on PostgreSQL the builder is built once per database under
 * `name` (node-postgres then parses it once per pooled connection) and each call runs it on the
 * connection of the unit it is made in (the pool outside a unit): building it anew each call, SQL text
 * and all, cost the bot CPU on every store call (round 7).
 */
export function prepared<B extends Runnable>(db: Db, name: string, build: () => B) {
  if (dialectOf(db) === 'postgres') {
    return preparedOnce(db, `${name}#runner`, () => {
      let query: PgPrepared | undefined;
      const run = async (values?: Record<string, unknown>) => {
        query ??= build().prepare(name) as unknown as PgPrepared;
        return (await onConnection(query, connectionOf(db)).execute(values)) as unknown;
      };
      return {
        all: async (values?: Record<string, unknown>) => (await run(values)) as Array<RowOf<B>>,
        get: async (values?: Record<string, unknown>) =>
          ((await run(values)) as Array<RowOf<B>>)[0] as RowOf<B> | undefined,
        run: async (values?: Record<string, unknown>) => {
          await run(values);
        },
      };
    });
  }
  // The runner itself is kept with the statement: a store call made it anew (three closures) each time.
  return preparedOnce(db, `${name}#runner`, () => {
    const query = preparedOnce(db, name, () => build().prepare());
    return {
      all: async (values?: Record<string, unknown>) => query.all(values) as Array<RowOf<B>>,
      get: async (values?: Record<string, unknown>) => query.get(values) as RowOf<B> | undefined,
      run: async (values?: Record<string, unknown>) => {
        query.run(values);
      },
    };
  });
}

/** drizzle's node-postgres prepared query (node-postgres/session.js): it sends on `this.client`. */
interface PgPrepared {
  client: unknown;
  execute(values?: Record<string, unknown>): Promise<unknown>;
}

/**
 * The query as built, sending on `client`: the statement, its parameters and its row mapping are
 * shared, only the connection is the caller's (a unit's is not the one the query was first built on).
 */
function onConnection(query: PgPrepared, client: unknown): PgPrepared {
  return Object.create(query, { client: { value: client } }) as PgPrepared;
}

/** The connection a query of the calling flow must run on: its unit's, or the pool outside a unit. */
function connectionOf(db: Db): unknown {
  const pgDb = postgresOf(db);
  const unit = pgUnits.getStore()?.get(pgDb);
  return unit ? (unit.tx as unknown as { session: { client: unknown } }).session.client : pgDb.$client;
}
