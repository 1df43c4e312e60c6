/** Cases and their timelines. Numbers are allocated from the row id, so they never repeat. */
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { formatCaseNumber } from '../domain/cases/case-number.ts';
import { shapeOf, statementName, updateCaseByShape } from './case-update.ts';
import type { Db, schema } from './database.ts';
import { dialectOf, tablesOf } from './dialect.ts';
import type { PgDb } from './postgres/postgres-database.ts';
import { prepared } from './prepared.ts';
import { copyRow, insertLater, readOncePerUnit, rememberInUnit } from './unit-batch.ts';
import { memoKeys } from './unit-memo-keys.ts';

export type CaseRow = typeof schema.cases.$inferSelect;
export type NewCase = Omit<typeof schema.cases.$inferInsert, 'number' | 'id'>;

/** Offsets the visible numbers so that the first case is not "00000001". */
const NUMBER_BASE = 1_000_000;

export async function createCase(db: Db, values: NewCase): Promise<CaseRow> {
  if (dialectOf(db) === 'postgres') return remembered(db, await createCaseInOneStatement(db, values));
  const inserted = (
    await db
      .insert(tablesOf(db).cases)
      .values({ ...values, number: `pending-${Math.random()}` })
      .returning({ id: tablesOf(db).cases.id })
  )[0]!;
  const number = formatCaseNumber(NUMBER_BASE + inserted.id);
  // RETURNING the row: one statement, not an update and a read; prepared (case-update.ts).
  return await updateCaseByShape(db, inserted.id, { number });
}

/**
 * PostgreSQL: the row and its number in one statement (a round trip saved on every new case). The id
 * is drawn once from the table's sequence in a CTE (materialised: nextval is volatile) and used twice;
 * the number is formatCaseNumber's in SQL (eight digits at least, zero-padded).
 */
async function createCaseInOneStatement(db: Db, values: NewCase): Promise<CaseRow> {
  // Prepared once per set of columns given (round 10): built and planned per call, it was the one write
  // of a turn still parsed and planned afresh, with RETURNING of every column rebuilt by drizzle.
  const call = shapeOf(values);
  if (!call) return (await insertCaseBuilt(db, values))[0] as unknown as CaseRow;
  // PostgreSQL's builder, where prepared() is typed against SQLite's (dialect.ts): the forms both share.
  const build = () => insertCaseBuilt(db, call.placeholders() as unknown as NewCase) as never;
  const row = await prepared(db, statementName('create-case', call.shape), build).get(call.values);
  return row as unknown as CaseRow;
}

/** The INSERT … RETURNING of a case and its number, for `values` (placeholders, or a call's own). */
function insertCaseBuilt(db: Db, values: NewCase) {
  const { cases } = tablesOf(db);
  const pgDb = db as unknown as PgDb;
  const next = pgDb
    .$with('next_case')
    .as(
      pgDb
        .select({ id: sql<number>`nextval(pg_get_serial_sequence('cases', 'id'))`.as('id') })
        .from(sql`(SELECT 1) AS one`),
    );
  const id = sql`(SELECT id FROM next_case)`;
  const digits = sql`(${NUMBER_BASE} + ${id})::text`;
  return pgDb
    .with(next)
    .insert(cases as never)
    .values({
      ...values,
      id,
      number: sql`CASE WHEN length(${digits}) >= 8 THEN ${digits} ELSE lpad(${digits}, 8, '0') END`,
    } as never)
    .returning();
}

export async function getCaseById(db: Db, id: number): Promise<CaseRow | undefined> {
  // Read by several steps of a turn: once per unit (unit-batch.ts), forgotten when the unit writes cases.
  return readOncePerUnit(db, memoKeys.caseById(id), () => readCaseById(db, id), copyRow);
}

async function readCaseById(db: Db, id: number): Promise<CaseRow | undefined> {
  return await prepared(db, 'case-by-id', () =>
    db
      .select()
      .from(tablesOf(db).cases)
      .where(eq(tablesOf(db).cases.id, sql.placeholder('id'))),
  ).get({ id });
}

export async function findCaseByNumber(db: Db, number: string): Promise<CaseRow | undefined> {
  return await prepared(db, 'case-by-number', () =>
    db
      .select()
      .from(tablesOf(db).cases)
      .where(eq(tablesOf(db).cases.number, sql.placeholder('number'))),
  ).get({ number });
}

export async function updateCase(db: Db, id: number, changes: Partial<NewCase>): Promise<CaseRow> {
  if (dialectOf(db) === 'sqlite') return await updateCaseByShape(db, id, changes);
  // Prepared per set of columns changed, as on SQLite (case-update.ts); remembered for the unit.
  return remembered(db, await updateCaseByShape(db, id, changes));
}

/** The row a write returned is the case as the unit now sees it: the next getCaseById needs no read. */
function remembered(db: Db, row: CaseRow): CaseRow {
  rememberInUnit(db, memoKeys.caseById(row.id), row);
  return { ...row };
}

export async function addCaseEvent(
  db: Db,
  event: {
    caseId: number;
    at: string;
    kind: string;
    actor: string;
    text?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  const row = { ...event, text: event.text ?? null, details: event.details ?? {} };
  // Nothing reads the event back in its unit: on PostgreSQL it goes with the unit's next statement.
  await insertLater(db, tablesOf(db).caseEvents, row, () => insertCaseEventNow(db, row));
}

async function insertCaseEventNow(db: Db, row: Record<string, unknown>): Promise<void> {
  await prepared(db, 'insert-case-event', () =>
    db.insert(tablesOf(db).caseEvents).values({
      caseId: sql.placeholder('caseId'),
      at: sql.placeholder('at'),
      kind: sql.placeholder('kind'),
      actor: sql.placeholder('actor'),
      text: sql.placeholder('text'),
      details: sql.placeholder('details'),
    } as never),
  ).run(row);
}

export async function caseEvents(db: Db, caseId: number) {
  return await db
    .select()
    .from(tablesOf(db).caseEvents)
    .where(eq(tablesOf(db).caseEvents.caseId, caseId));
}

/** Whether the case has an event of this kind at or after `sinceIso` (a notice sent once in a while). */
export async function hasCaseEventSince(db: Db, caseId: number, kind: string, sinceIso: string): Promise<boolean> {
  const events = tablesOf(db).caseEvents;
  const rows = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.caseId, caseId), eq(events.kind, kind), sql`${events.at} >= ${sinceIso}`))
    .limit(1);
  return rows.length > 0;
}

/**
 * A case the contact cancelled while it still collected, before its clock started and before staff were
 * told of it: no case any more — in nobody's list, never counted — while its number stays taken (numbers
 * come from the row id) and its row and history stay as the record of the withdrawal.
 */
export const WITHDRAWN = 'withdrawn';

/** The case event that says staff were told of a case still collecting: from then on it cannot be withdrawn. */
export const STAFF_TOLD = 'staff-told';

/** Whether "cancel" withdraws the case: still collecting, its clock not started, staff never told of it. */
export async function mayBeWithdrawn(db: Db, caseRow: CaseRow): Promise<boolean> {
  if (caseRow.state !== 'collecting' || caseRow.clockStartedAt !== null) return false;
  return !(await caseEvents(db, caseRow.id)).some((e) => e.kind === STAFF_TOLD);
}

/** Withdraws a case (see WITHDRAWN), the withdrawal kept in its history. */
export async function withdrawCase(db: Db, caseRow: CaseRow, at: string, actor: string): Promise<CaseRow> {
  const row = await updateCase(db, caseRow.id, { state: WITHDRAWN, updatedAt: at });
  await addCaseEvent(db, {
    caseId: caseRow.id,
    at,
    kind: 'state',
    actor,
    text: 'withdrawn: cancelled by the contact before its clock started; nothing had been sent to Customer Care',
  });
  return row;
}

/** Cases of the given Sold To / End User pairs, newest first (a withdrawn case is none). */
export async function casesForPairs(
  db: Db,
  pairs: Array<{ soldTo: string; endUser: string }>,
  limit = 20,
): Promise<CaseRow[]> {
  if (pairs.length === 0) return [];
  const { cases } = tablesOf(db);
  // (sold_to, end_user) IN (…) as a row value reads the same in both dialects.
  const keys = sql.join(
    pairs.map((p) => sql`(${p.soldTo}, ${p.endUser})`),
    sql`, `,
  );
  return await db
    .select()
    .from(cases)
    .where(and(sql`(${cases.soldTo}, ${cases.endUser}) IN (${keys})`, ne(cases.state, WITHDRAWN)))
    .orderBy(desc(cases.id))
    .limit(limit);
}

/** Cases whose clock runs: candidates for at-risk and breach pages. */
export async function casesWithRunningClock(db: Db): Promise<CaseRow[]> {
  return (
    await db
      .select()
      .from(tablesOf(db).cases)
      .where(inArray(tablesOf(db).cases.state, ['open', 'waiting-on-customer']))
  ).filter((c) => c.clockStartedAt !== null);
}

/** Every case, in number order; withdrawn ones only when asked for (they are no cases, only their record). */
export async function allCases(db: Db, options: { withdrawn?: boolean } = {}): Promise<CaseRow[]> {
  const { cases } = tablesOf(db);
  const query = db.select().from(cases);
  return await (options.withdrawn ? query : query.where(ne(cases.state, WITHDRAWN))).orderBy(cases.id);
}

/** The case opened last (`last` in a staff command); a withdrawn one is none. */
export async function latestCase(db: Db): Promise<CaseRow | undefined> {
  const { cases } = tablesOf(db);
  return (await db.select().from(cases).where(ne(cases.state, WITHDRAWN)).orderBy(desc(cases.id)).limit(1))[0];
}
