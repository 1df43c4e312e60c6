/** Staff tasks with a due date (issue 22: the License Management follow-up of seed 000). */
import { asc, eq } from 'drizzle-orm';
import { type Db, schema } from './database.ts';

export type TaskRow = typeof schema.tasks.$inferSelect;

export async function insertTask(db: Db, task: typeof schema.tasks.$inferInsert): Promise<TaskRow> {
  return db.insert(schema.tasks).values(task).returning().get();
}

export async function getTask(db: Db, id: number): Promise<TaskRow | undefined> {
  return db.select().from(schema.tasks).where(eq(schema.tasks.id, id)).get();
}

/** Open tasks of a case (id and due: what the clock plans with), oldest first. */
export async function openTasksOfCase(db: Db, caseId: number): Promise<Array<{ id: number; dueAt: string }>> {
  return db.$client
    .prepare(`SELECT id, due_at AS dueAt FROM tasks WHERE case_id = ? AND state = 'open' ORDER BY id`)
    .all(caseId) as Array<{ id: number; dueAt: string }>;
}

export async function markTaskDone(db: Db, id: number, by: number, at: string, note: string | null): Promise<void> {
  db.update(schema.tasks).set({ state: 'done', doneBy: by, doneAt: at, note }).where(eq(schema.tasks.id, id)).run();
}

export async function allTasks(db: Db): Promise<TaskRow[]> {
  return db.select().from(schema.tasks).orderBy(asc(schema.tasks.id)).all();
}
