/** Escalation pages (issue 22): one row per due that paged, with its ladder position and acknowledgement. */
import { and, asc, eq, sql } from 'drizzle-orm';
import { type Db, schema } from './database.ts';

export type PageRow = typeof schema.pages.$inferSelect;
export type NewPage = typeof schema.pages.$inferInsert;

export function insertPage(db: Db, page: NewPage): PageRow {
  return db.insert(schema.pages).values(page).returning().get();
}

export function updatePage(db: Db, id: number, changes: Partial<NewPage>): void {
  db.update(schema.pages).set(changes).where(eq(schema.pages.id, id)).run();
}

export function getPage(db: Db, id: number): PageRow | undefined {
  return db.select().from(schema.pages).where(eq(schema.pages.id, id)).get();
}

/** Keys (`target|level|dueKey`) of every page of the case, and its open pages. */
export function pagesOfCase(db: Db, caseId: number): PageRow[] {
  return db.select().from(schema.pages).where(eq(schema.pages.caseId, caseId)).orderBy(asc(schema.pages.id)).all();
}

export function openPagesOfCase(db: Db, caseId: number): PageRow[] {
  return db
    .select()
    .from(schema.pages)
    .where(and(eq(schema.pages.caseId, caseId), sql`${schema.pages.state} = 'open'`))
    .orderBy(asc(schema.pages.id))
    .all();
}

export function allPages(db: Db): PageRow[] {
  return db.select().from(schema.pages).orderBy(asc(schema.pages.id)).all();
}

export function openPages(db: Db): PageRow[] {
  return db.select().from(schema.pages).where(sql`${schema.pages.state} = 'open'`).orderBy(asc(schema.pages.id)).all();
}
