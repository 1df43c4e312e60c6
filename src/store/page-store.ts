/**
 * Escalation pages (issue 22): one row per due that paged, with its ladder position and acknowledgement.
 * Written once for both databases (dialect.ts): statements prepared once per connection (prepared.ts).
 * The scheduler's hot path on SQLite keeps better-sqlite3's own statements (sqlite-pages.ts): drizzle's
 * placeholder filling and row mapping cost a third more CPU per tick there (bench:clock).
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db, schema } from './database.ts';
import { dialectOf, tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';
import type { PageRow } from './sqlite-pages.ts';
import * as fast from './sqlite-pages.ts';

export type { PageRow } from './sqlite-pages.ts';
export type NewPage = Omit<typeof schema.pages.$inferInsert, 'id'>;

const p = sql.placeholder;

/** Every column, as a placeholder of the same name (the insert is prepared once). */
const INSERTED = [
  'caseId',
  'target',
  'level',
  'dueKey',
  'thresholdAt',
  'due',
  'rung',
  'ladderLevel',
  'recipients',
  'firstSentAt',
  'sentAt',
  'repageCount',
  'totalRepages',
  'nextRepageAt',
  'lateMs',
  'state',
  'closedReason',
  'acknowledgedBy',
  'acknowledgedAt',
  'taskId',
] as const;

export async function insertPage(db: Db, page: NewPage): Promise<PageRow> {
  const row: Omit<PageRow, 'id'> = {
    rung: 0,
    repageCount: 0,
    totalRepages: 0,
    nextRepageAt: null,
    lateMs: 0,
    closedReason: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
    taskId: null,
    recipients: [],
    ...page,
  } as Omit<PageRow, 'id'>;
  if (dialectOf(db) === 'sqlite') return { id: fast.insertPageRow(db, row), ...row };
  const inserted = await prepared(db, 'page-insert', () => {
    const { pages } = tablesOf(db);
    return db
      .insert(pages)
      .values(Object.fromEntries(INSERTED.map((key) => [key, p(key)])) as never)
      .returning({ id: pages.id });
  }).get(row as unknown as Record<string, unknown>);
  return { id: inserted!.id, ...row };
}

/** The columns a page changes over its life (the rest say what it is about). */
const UPDATABLE = new Set([
  'rung',
  'ladderLevel',
  'recipients',
  'sentAt',
  'repageCount',
  'totalRepages',
  'nextRepageAt',
  'state',
  'closedReason',
  'acknowledgedBy',
  'acknowledgedAt',
]);

/** A short statement name per set of columns: PostgreSQL cuts names at 63 bytes, and two cut alike would clash. */
const updateNames = new Map<string, string>();
function updateName(keys: string[]): string {
  const set = keys.join(',');
  let name = updateNames.get(set);
  if (!name) {
    name = `page-update-${updateNames.size + 1}`;
    updateNames.set(set, name);
  }
  return name;
}

export async function updatePage(db: Db, id: number, changes: Partial<NewPage>): Promise<void> {
  const entries = Object.entries(changes).filter(([key]) => UPDATABLE.has(key));
  if (entries.length === 0) return;
  // One prepared statement per set of changed columns (a handful occur: a repage, an acknowledgement, a close).
  if (dialectOf(db) === 'sqlite') return fast.updatePageRow(db, id, entries);
  const keys = entries.map(([key]) => key).sort();
  await prepared(db, updateName(keys), () => {
    const { pages } = tablesOf(db);
    return db
      .update(pages)
      .set(Object.fromEntries(keys.map((key) => [key, p(key)])) as never)
      .where(eq(pages.id, p('id')));
  }).run({ ...Object.fromEntries(entries.map(([key, value]) => [key, value ?? null])), id });
}

export async function getPage(db: Db, id: number): Promise<PageRow | undefined> {
  if (dialectOf(db) === 'sqlite') return fast.pageById(db, id);
  return await prepared(db, 'page-by-id', () => {
    const { pages } = tablesOf(db);
    return db
      .select()
      .from(pages)
      .where(eq(pages.id, p('id')));
  }).get({ id });
}

/** Every page of the case (the sent ones decide what may not page again), oldest first. */
export async function pagesOfCase(db: Db, caseId: number): Promise<PageRow[]> {
  if (dialectOf(db) === 'sqlite') return fast.pagesOfCaseRows(db, caseId);
  return await prepared(db, 'pages-of-case', () => {
    const { pages } = tablesOf(db);
    return db
      .select()
      .from(pages)
      .where(eq(pages.caseId, p('caseId')))
      .orderBy(asc(pages.id));
  }).all({ caseId });
}

export async function openPagesOfCase(db: Db, caseId: number): Promise<PageRow[]> {
  return (await pagesOfCase(db, caseId)).filter((page) => page.state === 'open');
}

export async function allPages(db: Db): Promise<PageRow[]> {
  const { pages } = tablesOf(db);
  return await db.select().from(pages).orderBy(asc(pages.id));
}
