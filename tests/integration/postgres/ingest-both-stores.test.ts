/**
 * `caseline ingest` as a user runs it (a child process), on both stores (issue 24: DATABASE_URL runs
 * everything on PostgreSQL): the same seeded database as a SQLite file and as a PostgreSQL database (the
 * file copied in), the same assertions on each. --dry-run decides and writes nothing — and on PostgreSQL,
 * whose sequences a rollback does not undo, it does not use up the case number the real run will give.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISIBLE_ID_TABLES } from '../../../src/cli/rolled-back.ts';
import { copySqliteToPostgres } from '../../../src/store/postgres/copy-from-sqlite.ts';
import { createPool } from '../../../src/store/postgres/postgres-database.ts';
import { MAIL_FROM, mailFromAna, SECRET, seededDatabaseFile, TRUSTED_ID } from '../support/mail-harness.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';

const BIN = new URL('../../../bin/caseline.js', import.meta.url).pathname;
const TALON = new URL('../../fixtures/mail/talon__reply_gmail.eml', import.meta.url).pathname;
const TABLES = ['inbound_messages', 'outbox', 'conversations', 'cases', 'audit_log', 'attachments', 'verifications'];

interface Store {
  name: 'sqlite' | 'postgres';
  env: Record<string, string>;
  counts(): Promise<Record<string, number>>;
  /** Each visible-id table's sequence: the id the next row would take. */
  nextIds(): Promise<Record<string, number>>;
}

let server: PostgresServer;
let dir: string;
let stores: Store[];
const pools: pg.Pool[] = [];

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 90_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  server = await startPostgres();
  const seeded = await seededDatabaseFile();
  dir = seeded.dir;
  const sqlitePath = join(dir, 'copy-for-sqlite.db');
  copyFileSync(seeded.path, sqlitePath);
  // The PostgreSQL twin: the same seeded file, copied in as an operator would (caseline db copy).
  const url = await server.createDatabase('ingest_both');
  const pool = createPool(url, { max: 2 });
  pools.push(pool);
  const source = new Database(seeded.path, { readonly: true });
  await copySqliteToPostgres(source, pool);
  source.close();
  const mail = {
    MAIL_FROM,
    MAIL_TRUSTED_AUTHSERV_ID: TRUSTED_ID,
    MAIL_MESSAGE_ID_SECRET: SECRET,
    LOG_LEVEL: 'warn',
  };
  mkdirSync(join(dir, 'attachments-sqlite'));
  mkdirSync(join(dir, 'attachments-postgres'));
  stores = [
    {
      name: 'sqlite',
      env: { ...mail, CASELINE_DB: sqlitePath, ATTACHMENT_DIR: join(dir, 'attachments-sqlite') },
      counts: async () => {
        const db = new Database(sqlitePath, { readonly: true });
        try {
          const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
          return Object.fromEntries(TABLES.map((t) => [t, count(t)]));
        } finally {
          db.close();
        }
      },
      nextIds: async () => {
        const db = new Database(sqlitePath, { readonly: true });
        try {
          const next = (t: string) =>
            (db.prepare(`SELECT coalesce(max(id), 0) + 1 AS n FROM "${t}"`).get() as { n: number }).n;
          return Object.fromEntries(VISIBLE_ID_TABLES.map((t) => [t, next(t)]));
        } finally {
          db.close();
        }
      },
    },
    {
      name: 'postgres',
      // CASELINE_DB names a file that must never appear: with DATABASE_URL, nothing runs on SQLite.
      env: {
        ...mail,
        DATABASE_URL: url,
        CASELINE_DB: join(dir, 'never.db'),
        ATTACHMENT_DIR: join(dir, 'attachments-postgres'),
      },
      counts: async () => {
        const found: Record<string, number> = {};
        for (const t of TABLES) {
          found[t] = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0]!.n;
        }
        return found;
      },
      nextIds: async () => {
        const found: Record<string, number> = {};
        for (const t of VISIBLE_ID_TABLES) {
          const sequence = (await pool.query<{ s: string }>(`SELECT pg_get_serial_sequence($1, 'id') AS s`, [t]))
            .rows[0]!.s;
          const state = (
            await pool.query<{ last_value: number; is_called: boolean }>(
              `SELECT last_value, is_called FROM ${sequence}`,
            )
          ).rows[0]!;
          found[t] = Number(state.last_value) + (state.is_called ? 1 : 0);
        }
        return found;
      },
    },
  ];
}, 120_000);

afterAll(async () => {
  for (const pool of pools) await pool.end();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const anaOpensACase = () =>
  mailFromAna('SIP Server drops calls', 1, 'Our production SIP Server 9.0 drops calls after 30 seconds\nPIN: 482913');

describe.each(['sqlite', 'postgres'] as const)('caseline ingest on %s (issue 24)', { timeout: 180_000 }, (name) => {
  const store = () => stores.find((s) => s.name === name)!;

  it('issue 24: --dry-run --json decides and writes nothing (talon reply from a stranger)', async () => {
    const before = await store().counts();
    const result = await run(['ingest', TALON, '--dry-run', '--json'], store().env);
    expect(result.stderr).toBe('');
    const shown = JSON.parse(result.stdout);
    expect(Object.keys(shown).sort()).toEqual(['case', 'decision', 'reason', 'replies']);
    expect(shown.decision).toBe('new-conversation');
    expect(shown.replies).toEqual([expect.objectContaining({ to: 'xxx@gmail.com', subject: 'Re: Test' })]);
    expect(await store().counts()).toEqual(before);
    const plain = await run(['ingest', TALON, '--dry-run'], store().env);
    expect(plain.stdout).toMatch(/^dry run — nothing written\. decision: new-conversation\n/);
    expect(await store().counts()).toEqual(before);
  });

  it('issue 24: a dry run that opens a case shows the number the real run then gives, and leaves no gap', async () => {
    const file = join(dir, `ana-${name}.eml`);
    writeFileSync(file, anaOpensACase());
    const before = await store().counts();
    const ids = await store().nextIds();
    const dry = await run(['ingest', file, '--dry-run', '--json'], store().env);
    expect(dry.stderr).toBe('');
    const decided = JSON.parse(dry.stdout);
    expect(decided).toMatchObject({
      decision: 'new-conversation',
      reason: 'collecting',
      case: expect.stringMatching(/^\d{8}$/),
    });
    expect(await store().counts()).toEqual(before);
    expect(await store().nextIds()).toEqual(ids);

    // The real run does what the dry run said, to the case number and the replies' words.
    const real = await run(['ingest', file, '--json'], store().env);
    expect(real.stderr).toBe('');
    expect(JSON.parse(real.stdout)).toEqual(decided);
    expect(decided.replies.length).toBeGreaterThan(0);
    for (const reply of decided.replies) expect(reply.to).toBe('ana@acme.example');
    // The replies never hold the PIN the mail carried.
    expect(dry.stdout + real.stdout).not.toContain('482913');
    const after = await store().counts();
    expect(after['inbound_messages']).toBe(before['inbound_messages']! + 1);
    expect(after['cases']).toBe(before['cases']! + 1);
    expect(after['outbox']).toBe(before['outbox']! + decided.replies.length);

    const again = await run(['ingest', file], store().env);
    expect(again.stdout).toMatch(/^decision: new-conversation \(seen before\)\n/);
    expect(await store().counts()).toEqual(after);
  });

  it('issue 24: with DATABASE_URL the SQLite file is never created', () => {
    if (name === 'postgres') expect(existsSync(join(dir, 'never.db'))).toBe(false);
    else expect(existsSync(store().env['CASELINE_DB']!)).toBe(true);
  });
});
