/**
 * What moving a database needs to know about each table, read from the one schema (db/schema): its
 * columns with the kind of value they hold, its primary key, whether that key is an identity whose
 * sequence must follow the copied ids, and an order in which every table comes after the tables its
 * foreign keys point at.
 */
import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from '../../../db/schema/index.ts';

export type ValueKind = 'integer' | 'boolean' | 'text' | 'json';

export interface TablePlan {
  name: string;
  columns: Array<{ name: string; kind: ValueKind }>;
  primaryKey: string[];
  /** The single integer primary key, backed by an identity sequence on PostgreSQL. */
  identity: string | null;
  dependsOn: string[];
}

const KINDS: Record<string, ValueKind> = {
  SQLiteInteger: 'integer',
  SQLiteBoolean: 'boolean',
  SQLiteText: 'text',
  SQLiteTextJson: 'json',
};

function planOf(table: SQLiteTable): TablePlan {
  const config = getTableConfig(table);
  const columns = Object.values(getTableColumns(table) as Record<string, SQLiteColumn>).map((column) => {
    const kind = KINDS[column.columnType];
    if (!kind) throw new Error(`no copy rule for ${config.name}.${column.name} (${column.columnType})`);
    return { name: column.name, kind, primary: column.primary };
  });
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name);
  const primaryKey = composite ?? columns.filter((c) => c.primary).map((c) => c.name);
  const single = primaryKey.length === 1 ? columns.find((c) => c.name === primaryKey[0]) : undefined;
  const dependsOn = [
    ...new Set(
      config.foreignKeys
        .map((fk) => getTableConfig(fk.reference().foreignTable).name)
        .filter((name) => name !== config.name),
    ),
  ];
  return {
    name: config.name,
    columns: columns.map(({ name, kind }) => ({ name, kind })),
    primaryKey,
    identity: single?.kind === 'integer' ? single.name : null,
    dependsOn,
  };
}

/** Every table of the schema, each after the tables it references (ties by name, so the order is stable). */
export function tablePlans(): TablePlan[] {
  const plans = (Object.values(sqliteSchema) as unknown[])
    .filter((value): value is SQLiteTable => value instanceof SQLiteTable)
    .map(planOf)
    .sort((a, b) => a.name.localeCompare(b.name));
  const ordered: TablePlan[] = [];
  const placed = new Set<string>();
  while (ordered.length < plans.length) {
    const next = plans.find((p) => !placed.has(p.name) && p.dependsOn.every((d) => placed.has(d)));
    if (!next) throw new Error('the schema has a cycle of foreign keys: no copy order exists');
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}
