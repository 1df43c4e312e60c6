/**
 * One schema, two dialects (issue 24 §1): the PostgreSQL migrations (db/migrations-pg, generated from the
 * tables derived from db/schema) build the same tables, columns, keys and indexes as the SQLite ones,
 * and the exactly-once keys are unique constraints on both.
 */
import { is } from 'drizzle-orm';
import { getTableConfig as getPgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sqliteSchema from '../../../db/schema/index.ts';
import * as pgSchemaModule from '../../../db/schema-pg/index.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { openPostgres, type PgDb, postgresSchemaStatus } from '../../../src/store/postgres/postgres-database.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';

interface Shape {
  columns: Record<string, string[]>;
  notNull: Record<string, string[]>;
  primaryKeys: Record<string, string[]>;
  /** `table(index: col, col) [partial]` */
  uniques: string[];
  indexes: string[];
  foreignKeys: string[];
}

function sqliteShape(): Shape {
  const db = openDatabase(':memory:');
  const q = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
  const tables = q<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'",
  ).map((t) => t.name);
  const shape: Shape = { columns: {}, notNull: {}, primaryKeys: {}, uniques: [], indexes: [], foreignKeys: [] };
  for (const table of tables) {
    const info = q<{ name: string; notnull: number; pk: number }>(`PRAGMA table_info("${table}")`);
    shape.columns[table] = info.map((c) => c.name).sort();
    // SQLite lets an INTEGER PRIMARY KEY be declared without NOT NULL; it never holds null.
    shape.notNull[table] = info
      .filter((c) => c.notnull === 1 || c.pk > 0)
      .map((c) => c.name)
      .sort();
    shape.primaryKeys[table] = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    for (const index of q<{ name: string; unique: number; origin: string; partial: number }>(
      `PRAGMA index_list("${table}")`,
    )) {
      if (index.origin === 'pk') continue;
      const cols = q<{ name: string }>(`PRAGMA index_info("${index.name}")`).map((c) => c.name);
      const line = `${table}(${index.name}: ${cols.join(', ')})${index.partial ? ' partial' : ''}`;
      (index.unique ? shape.uniques : shape.indexes).push(line);
    }
    for (const fk of q<{ table: string; from: string; to: string; on_delete: string }>(
      `PRAGMA foreign_key_list("${table}")`,
    )) {
      shape.foreignKeys.push(`${table}.${fk.from} → ${fk.table}.${fk.to} on delete ${fk.on_delete.toLowerCase()}`);
    }
  }
  db.$client.close();
  for (const list of [shape.uniques, shape.indexes, shape.foreignKeys]) list.sort();
  return shape;
}

async function postgresShape(pool: pg.Pool): Promise<Shape> {
  const shape: Shape = { columns: {}, notNull: {}, primaryKeys: {}, uniques: [], indexes: [], foreignKeys: [] };
  const columns = await pool.query<{ table_name: string; column_name: string; is_nullable: string }>(
    "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'",
  );
  for (const c of columns.rows) {
    shape.columns[c.table_name] ??= [];
    shape.columns[c.table_name]!.push(c.column_name);
    shape.notNull[c.table_name] ??= [];
    if (c.is_nullable === 'NO') shape.notNull[c.table_name]!.push(c.column_name);
  }
  for (const list of [...Object.values(shape.columns), ...Object.values(shape.notNull)]) list.sort();
  const indexes = await pool.query<{
    table: string;
    index: string;
    unique: boolean;
    primary: boolean;
    partial: boolean;
    cols: string[];
  }>(
    `SELECT t.relname AS table, i.relname AS index, x.indisunique AS unique, x.indisprimary AS primary,
            x.indpred IS NOT NULL AS partial,
            array(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(n, o)
                  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o)::text[] AS cols
       FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_namespace s ON s.oid = t.relnamespace WHERE s.nspname = 'public'`,
  );
  for (const index of indexes.rows) {
    if (index.primary) {
      shape.primaryKeys[index.table] = index.cols;
      continue;
    }
    const line = `${index.table}(${index.index}: ${index.cols.join(', ')})${index.partial ? ' partial' : ''}`;
    (index.unique ? shape.uniques : shape.indexes).push(line);
  }
  const fks = await pool.query<{ from_table: string; from_col: string; to_table: string; to_col: string; del: string }>(
    `SELECT c.conrelid::regclass::text AS from_table, a.attname AS from_col, c.confrelid::regclass::text AS to_table,
            b.attname AS to_col,
            CASE c.confdeltype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'r' THEN 'restrict' ELSE 'no action' END AS del
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = c.confkey[1]
      WHERE c.contype = 'f'`,
  );
  for (const fk of fks.rows) {
    shape.foreignKeys.push(`${fk.from_table}.${fk.from_col} → ${fk.to_table}.${fk.to_col} on delete ${fk.del}`);
  }
  for (const list of [shape.uniques, shape.indexes, shape.foreignKeys]) list.sort();
  return shape;
}

let server: PostgresServer;
let db: PgDb;
let url: string;

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase();
  db = await openPostgres(url);
});

afterAll(async () => {
  await db?.$client.end();
  await server?.stop();
});

describe('one schema, two dialects (issue 24 §1)', () => {
  it('issue 24 §1: the PostgreSQL migrations build the same tables, columns, NOT NULLs, keys and indexes as SQLite', async () => {
    const sqlite = sqliteShape();
    const postgres = await postgresShape(db.$client);
    expect(Object.keys(postgres.columns).sort()).toEqual(Object.keys(sqlite.columns).sort());
    expect(postgres.columns).toEqual(sqlite.columns);
    expect(postgres.notNull).toEqual(sqlite.notNull);
    expect(postgres.primaryKeys).toEqual(sqlite.primaryKeys);
    expect(postgres.uniques).toEqual(sqlite.uniques);
    expect(postgres.indexes).toEqual(sqlite.indexes);
    expect(postgres.foreignKeys).toEqual(sqlite.foreignKeys);
  });

  it('issue 24 §2: the exactly-once keys (Message-ID, event_id, (channel, ts)) are unique constraints on PostgreSQL', async () => {
    const { uniques } = await postgresShape(db.$client);
    expect(uniques).toContain('inbound_messages(inbound_dedupe: channel, dedupe_key)');
    expect(uniques).toContain('slack_events(slack_events_event_id: event_id)');
    expect(uniques).toContain('slack_events(slack_events_message: channel, message_ts) partial');
    const insert = `INSERT INTO inbound_messages (channel, dedupe_key, sender, received_at, decision)
                    VALUES ('email', '<a@b>', 'x@y', '2026-01-01T00:00:00.000Z', 'processed')`;
    await db.$client.query(insert);
    await expect(db.$client.query(insert)).rejects.toMatchObject({ code: '23505' });
  });

  it('issue 24 §1: every SQLite table has its PostgreSQL twin among db/schema-pg exports (drizzle-kit reads only those)', () => {
    const sqliteNames = Object.values(sqliteSchema)
      .filter((v) => is(v, SQLiteTable))
      .map((t) => getTableConfig(t as SQLiteTable).name)
      .sort();
    const pgNames = Object.values(pgSchemaModule)
      .filter((v) => is(v, PgTable))
      .map((t) => getPgTableConfig(t as PgTable).name)
      .sort();
    expect(pgNames).toEqual(sqliteNames);
    expect(sqliteNames.length).toBeGreaterThan(20);
  });

  it('issue 24 §1: the audit log is append-only on PostgreSQL too (UPDATE, DELETE and TRUNCATE refused)', async () => {
    await db.$client.query(
      `INSERT INTO audit_log (at, actor, action, subject, details) VALUES ('2026-01-01', 'test', 'x', 'y', '{}')`,
    );
    for (const statement of ["UPDATE audit_log SET actor = 'z'", 'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
      await expect(db.$client.query(statement)).rejects.toThrow(/append-only/);
    }
  });

  it('issue 22 on PostgreSQL: a case with a clock, and a change to it, ask the scheduler to re-plan the case', async () => {
    const { rows } = await db.$client.query<{ id: number }>(
      `INSERT INTO cases (number, type, state, clock_started_at, created_at, updated_at)
       VALUES ('00000001', 'technical', 'open', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')
       RETURNING id`,
    );
    const id = rows[0]!.id;
    expect(typeof id).toBe('number');
    await db.$client.query(`UPDATE scheduled_jobs SET due_at = '2026-02-01', state = 'done' WHERE key = $1`, [
      `case:${id}`,
    ]);
    await db.$client.query(`UPDATE cases SET severity = 'high', updated_at = '2026-01-02' WHERE id = $1`, [id]);
    const job = await db.$client.query(`SELECT kind, due_at, state, payload FROM scheduled_jobs WHERE key = $1`, [
      `case:${id}`,
    ]);
    expect(job.rows).toEqual([{ kind: 'case', due_at: '', state: 'pending', payload: { caseId: id } }]);
  });

  it('issue 24 §2: processes starting at once on a new database apply the migrations once (advisory lock)', async () => {
    const fresh = await server.createDatabase();
    const opened = await Promise.all([openPostgres(fresh), openPostgres(fresh), openPostgres(fresh)]);
    const status = await postgresSchemaStatus(opened[0]!.$client);
    expect(status.applied).toBe(status.known.length);
    expect(status.pending).toEqual([]);
    for (const db of opened) await db.$client.end();
  });

  it('issue 24 §1: migrations are recorded, and opening again applies nothing twice', async () => {
    const before = await postgresSchemaStatus(db.$client);
    expect(before.pending).toEqual([]);
    expect(before.applied).toBe(before.known.length);
    const again = await openPostgres(url);
    expect((await postgresSchemaStatus(again.$client)).applied).toBe(before.applied);
    await again.$client.end();
  });
});
