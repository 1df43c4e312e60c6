/** Cases and their timelines. Numbers are allocated from the row id, so they never repeat. */
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { formatCaseNumber } from '../domain/cases/case-number.ts';
import { type Db, schema } from './database.ts';
import { prepared } from './prepared.ts';

export type CaseRow = typeof schema.cases.$inferSelect;
export type NewCase = Omit<typeof schema.cases.$inferInsert, 'number' | 'id'>;

/** Offsets the visible numbers so that the first case is not "00000001". */
const NUMBER_BASE = 1_000_000;

export async function createCase(db: Db, values: NewCase): Promise<CaseRow> {
  const inserted = (
    await db
      .insert(schema.cases)
      .values({ ...values, number: `pending-${Math.random()}` })
      .returning({ id: schema.cases.id })
  )[0]!;
  const number = formatCaseNumber(NUMBER_BASE + inserted.id);
  await db.update(schema.cases).set({ number }).where(eq(schema.cases.id, inserted.id));
  return (await getCaseById(db, inserted.id))!;
}

export async function getCaseById(db: Db, id: number): Promise<CaseRow | undefined> {
  return await prepared(db, 'case-by-id', () =>
    db
      .select()
      .from(schema.cases)
      .where(eq(schema.cases.id, sql.placeholder('id'))),
  ).get({ id });
}

export async function findCaseByNumber(db: Db, number: string): Promise<CaseRow | undefined> {
  return await prepared(db, 'case-by-number', () =>
    db
      .select()
      .from(schema.cases)
      .where(eq(schema.cases.number, sql.placeholder('number'))),
  ).get({ number });
}

export async function updateCase(db: Db, id: number, changes: Partial<NewCase>): Promise<CaseRow> {
  await db.update(schema.cases).set(changes).where(eq(schema.cases.id, id));
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
    db.insert(schema.caseEvents).values({
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
  return await db.select().from(schema.caseEvents).where(eq(schema.caseEvents.caseId, caseId));
}

/** Cases of the given Sold To / End User pairs, newest first. */
export async function casesForPairs(
  db: Db,
  pairs: Array<{ soldTo: string; endUser: string }>,
  limit = 20,
): Promise<CaseRow[]> {
  if (pairs.length === 0) return [];
  const keys = pairs.map((p) => `${p.soldTo}\u0000${p.endUser}`);
  return await db
    .select()
    .from(schema.cases)
    .where(inArray(sql`${schema.cases.soldTo} || char(0) || ${schema.cases.endUser}`, keys))
    .orderBy(desc(schema.cases.id))
    .limit(limit);
}

/** Cases whose clock runs: candidates for at-risk and breach pages. */
export async function casesWithRunningClock(db: Db): Promise<CaseRow[]> {
  return (
    await db
      .select()
      .from(schema.cases)
      .where(inArray(schema.cases.state, ['open', 'waiting-on-customer']))
  ).filter((c) => c.clockStartedAt !== null);
}

export async function allCases(db: Db): Promise<CaseRow[]> {
  return await db.select().from(schema.cases).orderBy(schema.cases.id);
}
