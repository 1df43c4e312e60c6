/**
 * The PostgreSQL tables, derived from the SQLite schema (db/schema/*.ts stays the one definition). Each
 * SQLite column maps to its PostgreSQL twin: integers to bigint (IMAP UIDs and byte counts pass 2^31),
 * an integer primary key to a bigint identity (SQLite assigns a rowid to every INTEGER PRIMARY KEY),
 * booleans to boolean, JSON text to jsonb; names, NOT NULL, defaults, primary keys, foreign keys (with
 * their ON DELETE) and indexes (unique and partial ones included) carry over unchanged. A column type
 * with no mapping here throws, so a schema change that needs one fails at generate time, not in use.
 */
import { getTableColumns, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  foreignKey,
  index,
  jsonb,
  type PgColumnBuilderBase,
  type PgTableWithColumns,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { getTableConfig, type SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

// biome-ignore lint/suspicious/noExplicitAny: derived tables are typed by their column names only.
export type DerivedPgTable = PgTableWithColumns<any>;

interface ColumnFacts {
  name: string;
  columnType: string;
  notNull: boolean;
  primary: boolean;
  hasDefault: boolean;
  default: unknown;
  enumValues?: string[];
}

function pgColumn(column: SQLiteColumn, singlePrimary: boolean): PgColumnBuilderBase {
  const facts = column as unknown as ColumnFacts;
  let builder: {
    notNull(): unknown;
    default(value: unknown): unknown;
    primaryKey(): unknown;
  };
  switch (facts.columnType) {
    case 'SQLiteInteger':
      builder = bigint(facts.name, { mode: 'number' });
      if (facts.primary && singlePrimary) {
        return (builder as ReturnType<typeof bigint>).primaryKey().generatedByDefaultAsIdentity();
      }
      break;
    case 'SQLiteBoolean':
      builder = boolean(facts.name);
      break;
    case 'SQLiteText':
      builder = facts.enumValues
        ? text(facts.name, { enum: facts.enumValues as [string, ...string[]] })
        : text(facts.name);
      break;
    case 'SQLiteTextJson':
      builder = jsonb(facts.name);
      break;
    default:
      throw new Error(`db/schema-pg: no PostgreSQL type for ${facts.name} (${facts.columnType}); add one in derive.ts`);
  }
  if (facts.primary) builder.primaryKey();
  if (facts.notNull && !facts.primary) builder.notNull();
  if (facts.hasDefault && facts.default !== undefined) builder.default(facts.default as SQL);
  return builder as unknown as PgColumnBuilderBase;
}

/** Every SQLite table among `exports` (a schema module), with its PostgreSQL twin under the same key. */
export type DerivedSchema<T> = { [K in keyof T as T[K] extends SQLiteTable ? K : never]: DerivedPgTable };

export function derivePgSchema<T extends Record<string, unknown>>(exports: T): DerivedSchema<T> {
  const sqliteTables = Object.entries(exports).filter(
    (entry): entry is [string, SQLiteTable] => entry[1] instanceof SQLiteTable,
  );
  const byName = new Map<string, DerivedPgTable>();
  const derived: Record<string, DerivedPgTable> = {};
  for (const [key, table] of sqliteTables) {
    const pg = deriveTable(table, byName);
    byName.set(getTableConfig(table).name, pg);
    derived[key] = pg;
  }
  return derived as DerivedSchema<T>;
}

function deriveTable(table: SQLiteTable, byName: Map<string, DerivedPgTable>): DerivedPgTable {
  const config = getTableConfig(table);
  const sqliteColumns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const keyOf = new Map(Object.entries(sqliteColumns).map(([key, column]) => [column.name, key]));
  const composite = config.primaryKeys.length > 0;
  const columns: Record<string, PgColumnBuilderBase> = {};
  for (const [key, column] of Object.entries(sqliteColumns)) columns[key] = pgColumn(column, !composite);
  // The extra config runs lazily (when drizzle or drizzle-kit reads the table), by when every table
  // a foreign key points at has been derived.
  return pgTable(config.name, columns, (t) => {
    const col = (c: SQLiteColumn): AnyPgColumn => t[keyOf.get(c.name)!] as AnyPgColumn;
    const extras: unknown[] = [];
    for (const pk of config.primaryKeys) {
      const [first, ...rest] = pk.columns.map(col);
      extras.push(primaryKey({ columns: [first!, ...rest] }));
    }
    for (const fk of config.foreignKeys) {
      const reference = fk.reference();
      const target = byName.get(getTableConfig(reference.foreignTable).name);
      if (!target) throw new Error(`db/schema-pg: ${config.name} references a table not derived before it`);
      const targetKeys = getTableColumns(reference.foreignTable) as Record<string, SQLiteColumn>;
      const targetKeyOf = new Map(Object.entries(targetKeys).map(([key, c]) => [c.name, key]));
      const built = foreignKey({
        columns: reference.columns.map(col) as [AnyPgColumn, ...AnyPgColumn[]],
        foreignColumns: reference.foreignColumns.map((c) => target[targetKeyOf.get(c.name)!] as AnyPgColumn) as [
          AnyPgColumn,
          ...AnyPgColumn[],
        ],
      });
      if (fk.onDelete) built.onDelete(fk.onDelete);
      if (fk.onUpdate) built.onUpdate(fk.onUpdate);
      extras.push(built);
    }
    for (const idx of config.indexes) {
      const { name, columns: on, unique, where } = idx.config;
      const [first, ...rest] = (on as SQLiteColumn[]).map(col);
      const built = (unique ? uniqueIndex(name) : index(name)).on(first!, ...rest);
      extras.push(where ? built.where(where) : built);
    }
    if (config.uniqueConstraints.length > 0 || config.checks.length > 0) {
      throw new Error(`db/schema-pg: ${config.name} has unique or check constraints; map them in derive.ts`);
    }
    return extras as never;
  });
}
