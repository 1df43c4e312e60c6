/**
 * Issue 24, Speed, round 10: the statements a PostgreSQL unit still sent unnamed — its held writes'
 * chains (unit-batch.ts) and a new case's INSERT … RETURNING (case-store.ts) — are named by their text or
 * shape (src/store/postgres/statement-names.ts, case-update.ts's statementName), so each is parsed once
 * per connection and planned from a kept plan. These tests hold them to that, and to the same rows as
 * before; and the bound: past 256 texts a process names no more, and the writes still go through.
 */
import { describe, expect, it } from 'vitest';
import { addCaseEvent, createCase, type NewCase } from '../../../src/store/case-store.ts';
import type { PgDb } from '../../../src/store/postgres/postgres-database.ts';
import { MAX_NAMED_TEXTS, namedTexts, nameOfText } from '../../../src/store/postgres/statement-names.ts';
import { inTransaction } from '../../../src/store/transaction.ts';
import { demoDatabases, openACase } from './support/engine-turns.ts';

const { demo } = demoDatabases();
/** A pool of ONE connection: its own queries see the session the units ran in. */
const demoOnOneConnection = () => demo(1);

interface Prepared {
  name: string;
  statement: string;
  custom: number;
  generic: number;
}

async function preparedOn(pool: PgDb, prefix: string): Promise<Prepared[]> {
  const { rows } = await pool.$client.query<Prepared>(
    `SELECT name, statement, custom_plans::int AS custom, generic_plans::int AS generic
       FROM pg_prepared_statements WHERE name LIKE $1 ORDER BY name`,
    [`${prefix}:%`],
  );
  return rows;
}

describe('issue 24 Speed round 10: held writes are named statements, parsed once per connection', () => {
  it('a second conversation of the same shapes parses no held statement again, and reuses their plans', async () => {
    const { db, pool } = await demoOnOneConnection();
    await openACase(db, 'named:1');
    const first = await preparedOn(pool, 'held');
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((s) => /^\s*(with|insert|update)\b/i.test(s.statement))).toBe(true);
    await openACase(db, 'named:2');
    const second = await preparedOn(pool, 'held');
    // The same names, the same texts: nothing parsed anew, each run again from its prepared statement.
    expect(second.map((s) => [s.name, s.statement])).toEqual(first.map((s) => [s.name, s.statement]));
    const runs = (list: Prepared[]) => list.reduce((sum, s) => sum + s.custom + s.generic, 0);
    expect(runs(second)).toBeGreaterThan(runs(first));
  });

  it('a held write that fails still fails its unit, and the statement is run again by the next one', async () => {
    const { db, pool } = await demoOnOneConnection();
    const kase = await inTransaction(db, () => createCase(db, aCase({})));
    const event = { caseId: kase.id, at: NOW, kind: 'note', actor: 'test', text: 'x', details: {} };
    await inTransaction(db, () => addCaseEvent(db, event));
    await expect(inTransaction(db, () => addCaseEvent(db, { ...event, caseId: 999_999 }))).rejects.toThrow(
      /foreign key/,
    );
    await inTransaction(db, () => addCaseEvent(db, { ...event, text: 'y' }));
    const { rows } = await pool.$client.query('SELECT text FROM case_events WHERE case_id = $1 ORDER BY id', [kase.id]);
    expect(rows.map((r) => r.text)).toEqual(['x', 'y']);
    const held = await preparedOn(pool, 'held');
    expect(held.some((s) => /insert into "case_events"/.test(s.statement) && s.custom + s.generic >= 3)).toBe(true);
  });
});

const NOW = '2026-12-07T06:00:00.000Z';
function aCase(extra: Partial<NewCase>): NewCase {
  // Only what a case needs to be stored; each test adds the columns it is about.
  const who = { soldTo: 'ACME-1', endUser: 'ACME-1' };
  return {
    type: 'technical',
    state: 'open',
    severity: 'high',
    ...who,
    pauses: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  };
}

describe('issue 24 Speed round 10: a new case is one statement prepared per set of columns given', () => {
  it('returns the row it stores (jsonb, booleans, nulls, the number) and is parsed once per shape', async () => {
    const { db, pool } = await demoOnOneConnection();
    const shapes: Array<Partial<NewCase>> = [
      {},
      {},
      { pauses: [{ from: NOW, to: NOW }], mustCallIn: true, description: null, commitmentPercent: 90 },
      { severity: null, system: 'SIP Server', version: '9.0' },
    ];
    const made = [];
    for (const shape of shapes) made.push(await inTransaction(db, () => createCase(db, aCase(shape))));
    for (const row of made) {
      const { rows } = await pool.$client.query('SELECT * FROM cases WHERE id = $1', [row.id]);
      expect(row.number).toBe(String(1_000_000 + row.id).padStart(8, '0'));
      expect(rows[0].number).toBe(row.number);
      expect(rows[0].pauses).toEqual(row.pauses);
      expect(rows[0].must_call_in).toBe(row.mustCallIn);
      expect(rows[0].severity).toBe(row.severity);
      expect(rows[0].description).toBe(row.description);
    }
    expect(made[2]!.pauses).toEqual([{ from: NOW, to: NOW }]);
    expect(made[3]!.severity).toBeNull();
    // Three shapes among four calls: three statements, the first run twice.
    const statements = await preparedOn(pool, 'create-case');
    expect(statements).toHaveLength(3);
    expect(statements.map((s) => s.custom + s.generic).sort()).toEqual([1, 1, 2]);
  });
});

describe('issue 24 Speed round 10: the names are bounded', () => {
  it(`names at most ${MAX_NAMED_TEXTS} texts a process; past that a held write is sent unnamed and still stored`, async () => {
    const { db, pool } = await demoOnOneConnection();
    for (let i = namedTexts(); i < MAX_NAMED_TEXTS; i++) expect(nameOfText('test', `SELECT ${i}`)).toBeDefined();
    expect(nameOfText('test', 'SELECT 1 + 1')).toBeUndefined();
    // A text named before the bound keeps its name.
    expect(nameOfText('test', `SELECT ${MAX_NAMED_TEXTS - 1}`)).toBeDefined();
    const kase = await inTransaction(db, () => createCase(db, aCase({})));
    // Five events in one unit: a text no test above has named.
    const texts = ['past', 'the', 'bound', 'still', 'stored'];
    await inTransaction(db, async () => {
      for (const text of texts) await addCaseEvent(db, { caseId: kase.id, at: NOW, kind: 'note', actor: 'test', text });
    });
    const { rows } = await pool.$client.query('SELECT text FROM case_events WHERE case_id = $1 ORDER BY id', [kase.id]);
    expect(rows.map((r) => r.text)).toEqual(texts);
    expect(await preparedOn(pool, 'held')).toEqual([]);
  });
});
