// openTasksOfCase is what the clock plans follow-ups with (issue 22), asked once per job run through one
// prepared statement: each case gets its own open tasks, oldest first, done ones left out.
import { describe, expect, it } from 'vitest';
import { createCase } from '../../../src/store/case-store.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { insertTask, openTasksOfCase } from '../../../src/store/task-store.ts';

const now = '2026-11-23T14:00:00.000Z';

describe('openTasksOfCase', () => {
  it("issue 22: lists a case's own open tasks, oldest first, whatever case was asked before", async () => {
    const db = openDatabase(':memory:');
    const a = await createCase(db, { type: 'support', state: 'open', createdAt: now, updatedAt: now });
    const b = await createCase(db, { type: 'support', state: 'open', createdAt: now, updatedAt: now });
    const task = (caseId: number, dueAt: string, state: 'open' | 'done') =>
      insertTask(db, { caseId, kind: 'follow-up', title: 't', dueAt, state, createdAt: now });
    const a1 = await task(a.id, '2026-11-30T09:00:00.000Z', 'open');
    await task(a.id, '2026-11-25T09:00:00.000Z', 'done');
    const b1 = await task(b.id, '2026-11-26T09:00:00.000Z', 'open');
    const a3 = await task(a.id, '2026-11-24T09:00:00.000Z', 'open');
    expect(await openTasksOfCase(db, a.id)).toEqual([
      { id: a1.id, dueAt: a1.dueAt },
      { id: a3.id, dueAt: a3.dueAt },
    ]);
    expect(await openTasksOfCase(db, b.id)).toEqual([{ id: b1.id, dueAt: b1.dueAt }]);
    expect(await openTasksOfCase(db, a.id + b.id + 1)).toEqual([]);
    expect((await openTasksOfCase(db, a.id)).map((t) => t.id)).toEqual([a1.id, a3.id]);
  });
});
