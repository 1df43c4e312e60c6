/**
 * A case's UPDATE … RETURNING, prepared once per set of columns changed (case-store.ts's updateCase on
 * both databases, createCase on SQLite). On PostgreSQL (round 8) the statement is built once per database
 * and sent as a named statement, parsed once per pooled connection (prepared.ts): drizzle built it anew,
 * SQL text and RETURNING of every column, on every call of a turn that changed a case.
 *
 * drizzle builds a query anew each time it is awaited; for the cases table's RETURNING of every column
 * that building was the largest allocation of an engine turn — about 60 KB per message, a fifth more
 * garbage and CPU per message than before round 5 put RETURNING there (bench/engine-cpu-ab.ts). Prepared,
 * a call only binds its values. The statement's shape is the set of columns changed, and which of them
 * are set to NULL: drizzle's built query writes a null as SQL NULL (a JSON column's null is not the
 * text "null"), so a null is part of the shape, not a bound value. A value that is itself SQL is
 * written by the built query, as before.
 */
import { createHash } from 'node:crypto';
import { eq, is, SQL, sql } from 'drizzle-orm';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';

/** Every column a case's UPDATE may set (updateCase's changes, and createCase's number). */
type CaseChanges = Partial<Omit<typeof schema.cases.$inferInsert, 'id'>>;
/** case-store.ts's CaseRow, spelled here so the two files do not import each other. */
type CaseRow = typeof schema.cases.$inferSelect;

export async function updateCaseByShape(db: Db, id: number, changes: CaseChanges): Promise<CaseRow> {
  const { cases } = tablesOf(db);
  const call = shapeOf(changes);
  if (!call || call.empty) {
    return (await db.update(cases).set(changes).where(eq(cases.id, id)).returning())[0]!;
  }
  const row = await prepared(db, statementName('update-case', call.shape), () =>
    db
      .update(cases)
      .set(call.placeholders())
      .where(eq(cases.id, sql.placeholder('id')))
      .returning(),
  ).get({ ...call.values, id });
  return row as CaseRow;
}

const names = new Map<string, string>();

/**
 * The statement's name for a shape: short, because PostgreSQL cuts a statement's name to 63 bytes and
 * two shapes alike in their first 63 would then be one statement on the server (node-postgres keeps
 * them apart by the whole name, and the second Parse would fail). The same shape, the same name.
 */
export function statementName(kind: string, shape: string): string {
  const key = `${kind}:${shape}`;
  let name = names.get(key);
  if (name === undefined) {
    name = `${kind}:${createHash('sha256').update(shape).digest('base64url').slice(0, 22)}`;
    names.set(key, name);
  }
  return name;
}

/**
 * A call's columns in a fixed order (undefined left out, as drizzle leaves them out), the shape they make
 * (a null is part of it: drizzle writes it as SQL NULL), and the values to bind by column; undefined when
 * a value is itself SQL, which only a statement built for the call can write.
 */
export function shapeOf(changes: Record<string, unknown>) {
  const entries = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.some(([, value]) => is(value, SQL))) return undefined;
  const shape = entries.map(([column, value]) => (value === null ? `${column}=null` : column)).join(',');
  const values: Record<string, unknown> = {};
  for (const [column, value] of entries) if (value !== null) values[column] = value;
  /** The columns with placeholders (a null as it is): what the statement is built from, once per shape. */
  const placeholders = () =>
    Object.fromEntries(entries.map(([column, value]) => [column, value === null ? null : sql.placeholder(column)]));
  return { shape, values, placeholders, empty: entries.length === 0 };
}
