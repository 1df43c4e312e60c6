/**
 * Hot read queries are built and prepared once per database (drizzle placeholders), because building
 * a query costs more than running it on SQLite. Keyed by a name, per Db instance.
 */
import type { Db } from './database.ts';

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
