import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type CaseRow, createCase, getCaseById, type NewCase, updateCase } from '../../../src/store/case-store.ts';
import { openDatabase, schema } from '../../../src/store/database.ts';

const now = '2026-11-23T14:00:00.000Z';
const { cases } = schema;

/** The same changes written by drizzle's built UPDATE … RETURNING (updateCase before it was prepared). */
async function builtUpdate(db: ReturnType<typeof openDatabase>, id: number, changes: Partial<NewCase>) {
  return (await db.update(cases).set(changes).where(eq(cases.id, id)).returning())[0]!;
}

const rowsOf = async (db: ReturnType<typeof openDatabase>) =>
  db.$client.prepare('SELECT * FROM cases ORDER BY id').all() as Array<Record<string, unknown>>;

const CHANGES: Array<Partial<NewCase>> = [
  { severity: 'high', updatedAt: '2026-11-23T14:01:00.000Z' },
  { severity: 'medium', updatedAt: '2026-11-23T14:02:00.000Z' }, // the same shape again, other values
  { mustCallIn: true, pauses: [{ from: now, to: '2026-11-23T15:00:00.000Z' }], commitmentPercent: 90 },
  { pausedAt: null, respondedAt: now, severity: undefined }, // a null, an undefined left out
  { description: null, product: 'SIP Server', version: '9.0' },
  { description: 'Calls drop', product: null, mustCallIn: false, pauses: [] }, // null where a value was, and back
  { state: 'closed', updatedAt: now, businessImpact: 'it\'s 20 agents — "all" of them' },
];

describe('issue 24 Speed, SQLite: a case update prepared once per shape writes and returns what the built one did', () => {
  it('every change (values, nulls, undefined, booleans, JSON, the same shape twice) gives the same row and the same stored columns', async () => {
    const prepared = openDatabase(':memory:');
    const built = openDatabase(':memory:');
    const start: NewCase = { type: 'support', state: 'collecting', createdAt: now, updatedAt: now };
    const a = await createCase(prepared, start);
    const b = await createCase(built, start);
    expect(a).toEqual(b);
    for (const changes of CHANGES) {
      const fromPrepared: CaseRow = await updateCase(prepared, a.id, changes);
      const fromBuilt = await builtUpdate(built, b.id, changes);
      expect(fromPrepared).toEqual(fromBuilt);
      expect(await getCaseById(prepared, a.id)).toEqual(fromBuilt);
      expect(await rowsOf(prepared)).toEqual(await rowsOf(built));
    }
  });

  it('the number of a new case is written by the same update: numbers follow the row id', async () => {
    const db = openDatabase(':memory:');
    const first = await createCase(db, { type: 'support', state: 'open', createdAt: now, updatedAt: now });
    const second = await createCase(db, { type: 'support', state: 'open', createdAt: now, updatedAt: now });
    expect([first.number, second.number]).toEqual(['01000001', '01000002']);
    expect((await getCaseById(db, second.id))!.number).toBe('01000002');
  });

  it('a value that is itself SQL is still written by the built query', async () => {
    const db = openDatabase(':memory:');
    const c = await createCase(db, { type: 'support', state: 'open', createdAt: now, updatedAt: now });
    const updated = await updateCase(db, c.id, { description: sql`'from ' || 'sql'` as unknown as string });
    expect(updated.description).toBe('from sql');
  });
});
