/**
 * The SQL text of a PostgreSQL unit's held writes (unit-batch.ts), rendered here from a column list
 * cached per table instead of by a drizzle builder per call: building them through drizzle
 * (`sqlToQuery`) was ≈ 12 % of the bot's CPU per engine message (issue 24, round 8).
 *
 * The text is what drizzle builds for the same call, and the values are mapped as drizzle maps them:
 * every value is a `$n` parameter (never text in the SQL), a null is SQL NULL, anything else goes
 * through its column's `mapToDriverValue` (a jsonb's JSON.stringify, …); an INSERT lists every column
 * of the table in order, one left out of a row is `default`; an UPDATE sets the given columns in the
 * table's order. A write this cannot render the same way — a value that is itself SQL, or a table whose
 * columns compute values in JavaScript ($defaultFn, $onUpdate) — is built by drizzle, as before.
 */
import { and, type Column, eq, getTableColumns, is, isNull, SQL, sql } from 'drizzle-orm';
import type { PgDb } from './postgres/postgres-database.ts';

export type Table = Parameters<PgDb['insert']>[0];

/** An UPDATE held as data: the columns set, and the row(s) chosen by equality (a null: IS NULL). */
export interface UpdateOf {
  set: Record<string, unknown>;
  where: Record<string, unknown>;
}

interface Dialect {
  sqlToQuery(query: SQL): { sql: string; params: unknown[] };
  casing: { getColumnCasing(column: Column): string };
}

interface TableText {
  /** The table as drizzle writes it (`"case_events"`), and `"case_events".` for a qualified column. */
  name: string;
  columns: Array<{ key: string; column: Column; name: string }>;
  byKey: Map<string, { column: Column; name: string }>;
  /** INSERT's column list, `("id", "case_id", …)`. */
  insertList: string;
  /** A column computes its value in JavaScript: drizzle's builder must render this table's writes. */
  computed: boolean;
}

const texts = new WeakMap<object, TableText>();

export function dialectOf(tx: PgDb): Dialect {
  return (tx as unknown as { dialect: Dialect }).dialect;
}

function textOf(dialect: Dialect, table: Table): TableText {
  let known = texts.get(table);
  if (known) return known;
  const all = Object.entries(getTableColumns(table) as Record<string, Column>).map(([key, column]) => ({
    key,
    column,
    name: dialect.sqlToQuery(sql`${sql.identifier(dialect.casing.getColumnCasing(column))}`).sql,
  }));
  // drizzle's buildInsertQuery leaves out the columns generated always (column.js, not in its types).
  const columns = all.filter(
    ({ column }) => !(column as unknown as { shouldDisableInsert(): boolean }).shouldDisableInsert(),
  );
  known = {
    name: dialect.sqlToQuery(sql`${table}`).sql,
    columns,
    byKey: new Map(all.map(({ key, column, name }) => [key, { column, name }])),
    insertList: `(${columns.map((c) => c.name).join(', ')})`,
    computed: all.some(({ column }) => column.defaultFn !== undefined || column.onUpdateFn !== undefined),
  };
  texts.set(table, known);
  return known;
}

/** `value` as the next parameter: drizzle's Param (sql.js) writes null as null, else the column's mapping. */
function parameter(column: Column, value: unknown, values: unknown[]): string {
  values.push(value === null ? null : column.mapToDriverValue(value));
  return `$${values.length}`;
}

const isSql = (value: unknown): boolean =>
  is(value, SQL) || (typeof value === 'object' && value !== null && 'getSQL' in value);

/** A multi-row INSERT of `rows` (call order), its parameters appended to `values`. */
export function renderInsert(tx: PgDb, table: Table, rows: Array<Record<string, unknown>>, values: unknown[]): string {
  const dialect = dialectOf(tx);
  const text = textOf(dialect, table);
  if (text.computed || rows.some((row) => Object.values(row).some(isSql))) {
    return byDrizzle(
      dialect,
      tx
        .insert(table)
        .values(rows as never)
        .getSQL(),
      values,
    );
  }
  const tuples = rows.map((row) => {
    const cells = text.columns.map(({ key, column }) => {
      const value = row[key];
      return value === undefined ? 'default' : parameter(column, value, values);
    });
    return `(${cells.join(', ')})`;
  });
  return `insert into ${text.name} ${text.insertList} values ${tuples.join(', ')}`;
}

/** An UPDATE of `table`, its parameters appended to `values`. */
export function renderUpdate(tx: PgDb, table: Table, update: UpdateOf, values: unknown[]): string {
  const dialect = dialectOf(tx);
  const text = textOf(dialect, table);
  const unknownColumn = [...Object.keys(update.set), ...Object.keys(update.where)].some((key) => !text.byKey.has(key));
  const whole = Object.keys(update.where).length === 0 || !Object.values(update.set).some((v) => v !== undefined);
  if (
    text.computed ||
    unknownColumn ||
    whole ||
    [...Object.values(update.set), ...Object.values(update.where)].some(isSql)
  ) {
    return byDrizzle(dialect, updateByDrizzle(tx, table, update).getSQL(), values);
  }
  const set: string[] = [];
  // The table's column order, undefined left out: drizzle's buildUpdateSet.
  for (const [key, { column, name }] of text.byKey) {
    if (update.set[key] !== undefined) set.push(`${name} = ${parameter(column, update.set[key], values)}`);
  }
  const where = Object.entries(update.where).map(([key, value]) => {
    const { column, name } = text.byKey.get(key)!;
    return value === null
      ? `${text.name}.${name} is null`
      : `${text.name}.${name} = ${parameter(column, value, values)}`;
  });
  // drizzle's and(): one condition as it is, several in parentheses.
  const condition = where.length === 1 ? where[0] : `(${where.join(' and ')})`;
  return `update ${text.name} set ${set.join(', ')} where ${condition}`;
}

/** The same UPDATE through drizzle's builder (the fallback above, and what the tests compare with). */
export function updateByDrizzle(tx: PgDb, table: Table, update: UpdateOf) {
  const columns = getTableColumns(table) as Record<string, Column>;
  const conditions = Object.entries(update.where).map(([key, value]) =>
    value === null ? isNull(columns[key]!) : eq(columns[key]!, value),
  );
  return tx
    .update(table)
    .set(update.set as never)
    .where(and(...conditions));
}

/** drizzle's text for `query`, its `$n` renumbered after the parameters already in `values`. */
function byDrizzle(dialect: Dialect, query: SQL, values: unknown[]): string {
  const built = dialect.sqlToQuery(query);
  const offset = values.length;
  values.push(...built.params);
  return built.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}
