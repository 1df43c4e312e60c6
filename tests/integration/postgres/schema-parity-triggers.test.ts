/**
 * One schema, two dialects — the hand-written triggers (issue 24 §1): every SQLite trigger has its
 * PostgreSQL twin by name, and the same changes leave the same rows behind on both. The Slack card
 * triggers (issue 20, SQLite migration 0013) are checked change by change: what moves a staff card and
 * what must not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { openPostgres, type PgDb } from '../../../src/store/postgres/postgres-database.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';

/** PostgreSQL refuses TRUNCATE on the audit log by a statement trigger SQLite has no need of (no TRUNCATE). */
const POSTGRES_ONLY = ['audit_log_no_truncate'];

const AT = "'2026-03-02T09:00:00.000Z'";
const LATER = "'2026-03-02T10:00:00.000Z'";
const caseRow = (id: number, state: string) =>
  `INSERT INTO cases (id, number, type, state, created_at, updated_at)
   VALUES (${id}, '0000000${id}', 'technical', '${state}', ${AT}, ${AT})`;
const event = (caseId: number, kind: string) =>
  `INSERT INTO case_events (case_id, at, kind, actor) VALUES (${caseId}, ${AT}, '${kind}', 'test')`;
const page = (id: number, caseId: number) =>
  `INSERT INTO pages (id, case_id, target, level, due_key, threshold_at, due, ladder_level, first_sent_at, sent_at, state)
   VALUES (${id}, ${caseId}, 'response', 'warning', 'k${id}', ${AT}, ${AT}, 'manager', ${AT}, ${AT}, 'open')`;

/** Each step: the statement, and the cards (key → revision) it must leave behind on both databases. */
const STEPS: Array<{ why: string; sql: string; cards: Record<string, number> }> = [
  { why: 'a case still collecting its details has no card', sql: caseRow(1, 'collecting'), cards: {} },
  {
    why: 'a case whose details the bot still collects gets none on a change either',
    sql: `UPDATE cases SET description = 'disk full' WHERE id = 1`,
    cards: {},
  },
  {
    why: 'opening the case makes its card due',
    sql: `UPDATE cases SET state = 'open' WHERE id = 1`,
    cards: { 'case:1': 1 },
  },
  {
    why: 'a change of updated_at alone does not cost a chat.update',
    sql: `UPDATE cases SET updated_at = ${LATER} WHERE id = 1`,
    cards: { 'case:1': 1 },
  },
  {
    why: 'a change to what the card shows bumps its revision',
    sql: `UPDATE cases SET severity = 'high', updated_at = ${LATER} WHERE id = 1`,
    cards: { 'case:1': 2 },
  },
  { why: 'a case opened at once has its card', sql: caseRow(2, 'open'), cards: { 'case:1': 2, 'case:2': 1 } },
  {
    why: 'a customer message on the timeline does not move the card',
    sql: event(1, 'message'),
    cards: { 'case:1': 2, 'case:2': 1 },
  },
  { why: 'a staff note on the timeline does', sql: event(1, 'note'), cards: { 'case:1': 3, 'case:2': 1 } },
  {
    why: 'an approval asked for gets its card',
    sql: `INSERT INTO approvals (id, reference, kind, decision, state, created_at)
          VALUES (7, 'TL-7', 'temporary-license', '{}', 'pending', ${AT})`,
    cards: { 'case:1': 3, 'case:2': 1, 'approval:7': 1 },
  },
  {
    why: 'any change to the approval bumps it',
    sql: `UPDATE approvals SET state = 'approved' WHERE id = 7`,
    cards: { 'case:1': 3, 'case:2': 1, 'approval:7': 2 },
  },
  {
    why: 'a page on a case moves the case card',
    sql: page(5, 2),
    cards: { 'case:1': 3, 'case:2': 2, 'approval:7': 2 },
  },
  {
    why: "a page's own card",
    sql: `INSERT INTO slack_cards (key, kind, ref_id, created_at) VALUES ('page:5', 'page', 5, ${AT})`,
    cards: { 'case:1': 3, 'case:2': 2, 'approval:7': 2, 'page:5': 1 },
  },
  {
    why: 'a change to the page moves the case card and the page card',
    sql: `UPDATE pages SET state = 'acknowledged' WHERE id = 5`,
    cards: { 'case:1': 3, 'case:2': 3, 'approval:7': 2, 'page:5': 2 },
  },
  {
    why: 'a pending approval on case 2',
    sql: `INSERT INTO approvals (id, reference, kind, case_id, decision, state, created_at)
          VALUES (8, 'TL-8', 'temporary-license', 2, '{}', 'pending', ${AT})`,
    cards: { 'case:1': 3, 'case:2': 3, 'approval:7': 2, 'page:5': 2, 'approval:8': 1 },
  },
  {
    why: "red team round 7: closing the case moves its pending approval's card (Approve goes)",
    sql: `UPDATE cases SET state = 'closed' WHERE id = 2`,
    cards: { 'case:1': 3, 'case:2': 4, 'approval:7': 2, 'page:5': 2, 'approval:8': 2 },
  },
  {
    why: 'the same state set again does not',
    sql: `UPDATE cases SET state = 'closed' WHERE id = 2`,
    cards: { 'case:1': 3, 'case:2': 5, 'approval:7': 2, 'page:5': 2, 'approval:8': 2 },
  },
  {
    why: 'a decided approval does not move with its case',
    sql: `UPDATE approvals SET state = 'rejected' WHERE id = 8; UPDATE cases SET state = 'open' WHERE id = 2`,
    cards: { 'case:1': 3, 'case:2': 6, 'approval:7': 2, 'page:5': 2, 'approval:8': 3 },
  },
];

let server: PostgresServer;
let pgDb: PgDb;

beforeAll(async () => {
  server = await startPostgres();
  pgDb = await openPostgres(await server.createDatabase());
});

afterAll(async () => {
  await pgDb?.$client.end();
  await server?.stop();
});

describe('the hand-written triggers in both dialects (issue 24 §1)', () => {
  it('issue 24 §1: every SQLite trigger has its PostgreSQL twin of the same name', async () => {
    const sqlite = openDatabase(':memory:');
    const sqliteNames = (
      sqlite.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as Array<{
        name: string;
      }>
    ).map((t) => t.name);
    sqlite.$client.close();
    const { rows } = await pgDb.$client.query<{ name: string }>(
      `SELECT DISTINCT t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace s ON s.oid = c.relnamespace WHERE NOT t.tgisinternal AND s.nspname = 'public' ORDER BY 1`,
    );
    expect(sqliteNames).toContain('slack_cards_case_update');
    expect(rows.map((r) => r.name).sort()).toEqual([...sqliteNames, ...POSTGRES_ONLY].sort());
  });

  it('issue 20 on PostgreSQL: the staff cards follow the same changes as on SQLite, and only those', async () => {
    const sqlite = openDatabase(':memory:');
    const sqliteCards = () =>
      Object.fromEntries(
        (
          sqlite.$client.prepare('SELECT key, revision FROM slack_cards ORDER BY key').all() as Array<{
            key: string;
            revision: number;
          }>
        ).map((c) => [c.key, c.revision]),
      );
    const postgresCards = async () =>
      Object.fromEntries(
        (await pgDb.$client.query<{ key: string; revision: string }>('SELECT key, revision FROM slack_cards')).rows.map(
          (c) => [c.key, Number(c.revision)],
        ),
      );
    try {
      for (const step of STEPS) {
        sqlite.$client.exec(step.sql);
        await pgDb.$client.query(step.sql);
        expect({ why: step.why, cards: sqliteCards() }).toEqual({ why: step.why, cards: step.cards });
        expect({ why: step.why, cards: await postgresCards() }).toEqual({ why: step.why, cards: step.cards });
      }
    } finally {
      sqlite.$client.close();
    }
  });
});
