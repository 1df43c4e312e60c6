/**
 * A case's UPDATE … RETURNING on SQLite, prepared once per set of columns changed (case-store.ts's
 * updateCase and createCase call it there).
 *
 * drizzle builds a query anew each time it is awaited; for the cases table's RETURNING of every column
 * that building was the largest allocation of an engine turn — about 60 KB per message, a fifth more
 * garbage and CPU per message than before round 5 put RETURNING there (bench/engine-cpu-ab.ts). Prepared,
 * a call only binds its values. The statement's shape is the set of columns changed, and which of them
 * are set to NULL: drizzle's built query writes a null as SQL NULL (a JSON column's null is not the
 * text "null"), so a null is part of the shape, not a bound value. A value that is itself SQL is
 * written by the built query, as before.
 */
import { eq, is, SQL, sql } from 'drizzle-orm';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';

/** Every column a case's UPDATE may set (updateCase's changes, and createCase's number). */
type CaseChanges = Partial<Omit<typeof schema.cases.$inferInsert, 'id'>>;
/** case-store.ts's CaseRow, spelled here so the two files do not import each other. */
type CaseRow = typeof schema.cases.$inferSelect;

export async function updateCaseOnSqlite(db: Db, id: number, changes: CaseChanges): Promise<CaseRow> {
  const { cases } = tablesOf(db);
  // drizzle leaves undefined values out of SET; so does the shape.
  const entries = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0 || entries.some(([, value]) => is(value, SQL))) {
    return (await db.update(cases).set(changes).where(eq(cases.id, id)).returning())[0]!;
  }
  const shape = entries.map(([column, value]) => (value === null ? `${column}=null` : column)).join(',');
  const values: Record<string, unknown> = { id };
  for (const [column, value] of entries) if (value !== null) values[column] = value;
  const row = await prepared(db, `update-case:${shape}`, () =>
    db
      .update(cases)
      .set(
        Object.fromEntries(entries.map(([column, value]) => [column, value === null ? null : sql.placeholder(column)])),
      )
      .where(eq(cases.id, sql.placeholder('id')))
      .returning(),
  ).get(values);
  return row as CaseRow;
}
