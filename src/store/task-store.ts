/** Staff tasks with a due date (issue 22: the License Management follow-up of seed 000). */
import { and, asc, eq } from 'drizzle-orm';
import { type Db, schema } from './database.ts';

export type TaskRow = typeof schema.tasks.$inferSelect;

export function insertTask(db: Db, task: typeof schema.tasks.$inferInsert): TaskRow {
  return db.insert(schema.tasks).values(task).returning().get();
}

export function getTask(db: Db, id: number): TaskRow | undefined {
  return db.select().from(schema.tasks).where(eq(schema.tasks.id, id)).get();
}

export function openTasksOfCase(db: Db, caseId: number): TaskRow[] {
  return db
    .select()
    .from(schema.tasks)
    .where(and(eq(schema.tasks.caseId, caseId), eq(schema.tasks.state, 'open')))
    .orderBy(asc(schema.tasks.id))
    .all();
}

export function markTaskDone(db: Db, id: number, by: number, at: string, note: string | null): void {
  db.update(schema.tasks).set({ state: 'done', doneBy: by, doneAt: at, note }).where(eq(schema.tasks.id, id)).run();
}

export function allTasks(db: Db): TaskRow[] {
  return db.select().from(schema.tasks).orderBy(asc(schema.tasks.id)).all();
}
