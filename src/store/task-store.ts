/** Staff tasks with a due date (issue 22: the License Management follow-up of seed 000). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';

export type TaskRow = typeof schema.tasks.$inferSelect;

export async function insertTask(db: Db, task: typeof schema.tasks.$inferInsert): Promise<TaskRow> {
  return (await db.insert(tablesOf(db).tasks).values(task).returning())[0]!;
}

export async function getTask(db: Db, id: number): Promise<TaskRow | undefined> {
  return (
    await db
      .select()
      .from(tablesOf(db).tasks)
      .where(eq(tablesOf(db).tasks.id, id))
  )[0];
}

/** Open tasks of a case (id and due: what the clock plans with), oldest first. */
export async function openTasksOfCase(db: Db, caseId: number): Promise<Array<{ id: number; dueAt: string }>> {
  const { tasks } = tablesOf(db);
  // Prepared: the clock asks once per job run (bench:clock's tick builds it 1,000 times otherwise).
  return await prepared(db, 'open-tasks-of-case', () =>
    db
      .select({ id: tasks.id, dueAt: tasks.dueAt })
      .from(tasks)
      .where(and(eq(tasks.caseId, sql.placeholder('caseId')), eq(tasks.state, 'open')))
      .orderBy(asc(tasks.id)),
  ).all({ caseId });
}

export async function markTaskDone(db: Db, id: number, by: number, at: string, note: string | null): Promise<void> {
  await db
    .update(tablesOf(db).tasks)
    .set({ state: 'done', doneBy: by, doneAt: at, note })
    .where(eq(tablesOf(db).tasks.id, id));
}

export async function allTasks(db: Db): Promise<TaskRow[]> {
  return await db
    .select()
    .from(tablesOf(db).tasks)
    .orderBy(asc(tablesOf(db).tasks.id));
}
