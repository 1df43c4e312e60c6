/** Staff tasks with a due date (issue 22: the License Management follow-up of seed 000). */
import { asc, eq } from 'drizzle-orm';
import { type Db, schema } from './database.ts';

export type TaskRow = typeof schema.tasks.$inferSelect;

export function insertTask(db: Db, task: typeof schema.tasks.$inferInsert): TaskRow {
  return db.insert(schema.tasks).values(task).returning().get();
}

export function getTask(db: Db, id: number): TaskRow | undefined {
  return db.select().from(schema.tasks).where(eq(schema.tasks.id, id)).get();
}

/** Open tasks of a case (id and due: what the clock plans with), oldest first. */
export function openTasksOfCase(db: Db, caseId: number): Array<{ id: number; dueAt: string }> {
  return db.$client
    .prepare(`SELECT id, due_at AS dueAt FROM tasks WHERE case_id = ? AND state = 'open' ORDER BY id`)
    .all(caseId) as Array<{ id: number; dueAt: string }>;
}

export function markTaskDone(db: Db, id: number, by: number, at: string, note: string | null): void {
  db.update(schema.tasks).set({ state: 'done', doneBy: by, doneAt: at, note }).where(eq(schema.tasks.id, id)).run();
}

export function allTasks(db: Db): TaskRow[] {
  return db.select().from(schema.tasks).orderBy(asc(schema.tasks.id)).all();
}
