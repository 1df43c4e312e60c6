/** Cases and their timelines. Numbers are allocated from the row id, so they never repeat. */
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { formatCaseNumber } from '../domain/cases/case-number.ts';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';

export type CaseRow = typeof schema.cases.$inferSelect;
export type NewCase = Omit<typeof schema.cases.$inferInsert, 'number' | 'id'>;

/** Offsets the visible numbers so that the first case is not "00000001". */
const NUMBER_BASE = 1_000_000;

export async function createCase(db: Db, values: NewCase): Promise<CaseRow> {
  const inserted = (
    await db
      .insert(tablesOf(db).cases)
      .values({ ...values, number: `pending-${Math.random()}` })
      .returning({ id: tablesOf(db).cases.id })
  )[0]!;
  const number = formatCaseNumber(NUMBER_BASE + inserted.id);
  await db
    .update(tablesOf(db).cases)
    .set({ number })
    .where(eq(tablesOf(db).cases.id, inserted.id));
  return (await getCaseById(db, inserted.id))!;
}

export async function getCaseById(db: Db, id: number): Promise<CaseRow | undefined> {
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
  await db
    .update(tablesOf(db).cases)
    .set(changes)
    .where(eq(tablesOf(db).cases.id, id));
  return (await getCaseById(db, id))!;
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
  await prepared(db, 'insert-case-event', () =>
    db.insert(tablesOf(db).caseEvents).values({
      caseId: sql.placeholder('caseId'),
      at: sql.placeholder('at'),
      kind: sql.placeholder('kind'),
      actor: sql.placeholder('actor'),
      text: sql.placeholder('text'),
      details: sql.placeholder('details'),
    } as never),
  ).run({ ...event, text: event.text ?? null, details: event.details ?? {} });
}

export async function caseEvents(db: Db, caseId: number) {
  return await db
    .select()
    .from(tablesOf(db).caseEvents)
    .where(eq(tablesOf(db).caseEvents.caseId, caseId));
}

/** Cases of the given Sold To / End User pairs, newest first. */
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
    .where(sql`(${cases.soldTo}, ${cases.endUser}) IN (${keys})`)
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

export async function allCases(db: Db): Promise<CaseRow[]> {
  return await db.select().from(tablesOf(db).cases).orderBy(tablesOf(db).cases.id);
}

/** The case opened last (`last` in a staff command). */
export async function latestCase(db: Db): Promise<CaseRow | undefined> {
  const { cases } = tablesOf(db);
  return (await db.select().from(cases).orderBy(desc(cases.id)).limit(1))[0];
}
