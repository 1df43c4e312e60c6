/**
 * `caseline backup` and `caseline restore` with DATABASE_URL (issue 24: DATABASE_URL runs everything on
 * PostgreSQL), against a real server: pg_dump's custom format, read back before it is named; restored
 * into a fresh database with every table's rows equal; a non-empty target, a SQLite file, a missing
 * pg_dump refused in one line; the password reaching pg_dump in PGPASSWORD only, never its command line.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySqliteToPostgres } from '../../../src/store/postgres/copy-from-sqlite.ts';
import { createPool, openPostgres } from '../../../src/store/postgres/postgres-database.ts';
import { variedDatabase } from '../../support/varied-database.ts';
import { type PostgresServer, postgresBinDir, startPostgres } from '../support/postgres.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/caseline.js', ...args],
      { cwd: repoRoot, env: { PATH: process.env['PATH'] ?? '', HOME: dir, ...env }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let server: PostgresServer;
let dir: string;
let liveUrl: string;
let sqliteFile: string;
const pools: pg.Pool[] = [];

const pool = (url: string) => {
  const made = createPool(url, { max: 2 });
  pools.push(made);
  return made;
};

/** Every table's rows, as `schema.table` → rows in a stable order (JSON text), for comparing two databases. */
async function contents(url: string): Promise<Map<string, string[]>> {
  const db = pool(url);
  const tables = (
    await db.query<{ name: string }>(
      `SELECT schemaname || '.' || tablename AS name FROM pg_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    )
  ).rows.map((r) => r.name);
  const found = new Map<string, string[]>();
  for (const table of tables) {
    const [schema, name] = table.split('.');
    const rows = await db.query<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM "${schema}"."${name}" t`);
    found.set(table, rows.rows.map((r) => r.r).sort());
  }
  return found;
}

beforeAll(async () => {
  server = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'caseline-pg-backup-'));
  sqliteFile = join(dir, 'varied.db');
  await variedDatabase(sqliteFile);
  liveUrl = await server.createDatabase('live');
  const source = new Database(sqliteFile, { readonly: true });
  await copySqliteToPostgres(source, pool(liveUrl));
  source.close();
}, 180_000);

afterAll(async () => {
  for (const made of pools) await made.end();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('caseline backup and restore on PostgreSQL (issue 24)', { timeout: 240_000 }, () => {
  const backups = () => join(dir, 'backups');
  const file = () => join(backups(), 'caseline-20261206T023000Z.pgdump');

  it('issue 24: backup writes a pg_dump custom-format archive, read back, named only when whole, and recorded', async () => {
    const env = { DATABASE_URL: liveUrl, CASELINE_DB: join(dir, 'never.db') };
    const result = await run(['backup', file()], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^backup written: .*caseline-20261206T023000Z\.pgdump \(2 cases, \d+ KiB, schema \d{4}_\w+ \(\d+ of \d+ migrations\)\)\npg_dump archive read back: \d+ rows in \d+ tables, as in the database\n$/,
    );
    expect(readdirSync(backups())).toEqual(['caseline-20261206T023000Z.pgdump']); // no partial file left
    expect(readFileSync(file()).subarray(0, 5).toString()).toBe('PGDMP'); // the custom format's magic
    const listed = execFileSync(join(postgresBinDir(), 'pg_restore'), ['--list', file()]).toString();
    expect(listed).toMatch(/TABLE DATA public cases /);
    const recorded = await pool(liveUrl).query<{ path: string; cases: number }>(
      'SELECT path, cases FROM backups ORDER BY id DESC LIMIT 1',
    );
    expect(recorded.rows[0]).toEqual({ path: file(), cases: 2 });
    expect(existsSync(join(dir, 'never.db'))).toBe(false);

    const again = await run(['backup', file()], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`caseline: ${file()} exists: choose a new name (or --force to replace it)\n`);
  });

  it('issue 24: restore into a fresh database gives every table the rows of the backup, then refuses a non-empty target', async () => {
    const before = await contents(liveUrl);
    const freshUrl = await server.createDatabase('restored');
    const env = { DATABASE_URL: freshUrl, CASELINE_DB: join(dir, 'never.db') };
    const result = await run(['restore', file()], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^restored .*\.pgdump into postgres:\/\/127\.0\.0\.1:\d+\/restored: 2 cases, schema \d{4}_\w+ \(\d+ of \d+ migrations\)\nevery table's row count matches the backup: \d+ rows in \d+ tables\n$/,
    );
    const after = await contents(freshUrl);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [table, rows] of before) {
      if (table === 'public.backups') {
        // The live database recorded this backup after dumping itself: the restored one has one fewer.
        expect(after.get(table)!.length, table).toBe(rows.length - 1);
      } else if (table === 'public.audit_log') {
        // The restore itself is in the restored database's audit log.
        expect(after.get(table)!.length, table).toBe(rows.length + 1);
        expect(after.get(table)!.filter((r) => !rows.includes(r))[0]).toContain('"action":"database.restored"');
      } else {
        expect(after.get(table), table).toEqual(rows);
      }
    }
    // The identity sequences came along: the next case gets the number after the last one, not 1.
    const sequence = async (url: string) =>
      (
        await pool(url).query<{ v: number }>(
          "SELECT last_value AS v FROM pg_sequences WHERE schemaname = 'public' AND sequencename LIKE 'cases_id%'",
        )
      ).rows[0]!.v;
    expect(Number(await sequence(freshUrl))).toBe(Number(await sequence(liveUrl)));

    // The same target, now full: refused in one line, nothing changed.
    const again = await run(['restore', file()], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^caseline: postgres:\/\/127\.0\.0\.1:\d+\/restored is not empty: it holds \d+ tables \(.*\)\. caseline restore writes into an empty database only, and changes nothing here; create one .*\n$/,
    );
    expect((await contents(freshUrl)).get('public.cases')).toEqual(after.get('public.cases'));
  });

  it('issue 24: restore refuses a SQLite backup, a damaged archive and a database with a schema of its own, writing nothing', async () => {
    const target = await server.createDatabase('refusals');
    const env = { DATABASE_URL: target, CASELINE_DB: join(dir, 'never.db') };
    const sqlite = await run(['restore', sqliteFile], env);
    expect(sqlite.code).toBe(1);
    expect(sqlite.stderr).toMatch(
      /^caseline: .*varied\.db is not a readable pg_dump archive \(.*\)\. A SQLite backup is restored without DATABASE_URL, then moved with caseline db copy\n$/,
    );

    const damaged = join(dir, 'damaged.pgdump');
    const whole = readFileSync(file());
    writeFileSync(damaged, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const cut = await run(['restore', damaged], env);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/^caseline: .*damaged\.pgdump is not a readable pg_dump archive/);

    await pool(target).query('CREATE SCHEMA reporting');
    const busy = await run(['restore', file()], env);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain('is not empty: it holds the schema reporting.');
    expect(
      (await pool(target).query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n,
    ).toBe(0);
  });

  it('issue 24: a backup taken while rows keep arriving is of one instant: its counts are the snapshot’s, and restore finds them', async () => {
    const writer = pool(liveUrl);
    let writing = true;
    let written = 0;
    const writes = (async () => {
      while (writing) {
        await writer.query(
          "INSERT INTO audit_log (at, actor, action, subject, details) VALUES (now()::text, 'test', 'test.write', 'x', '{}')",
        );
        written++;
      }
    })();
    const busyFile = join(dir, 'busy.pgdump');
    let result: Awaited<ReturnType<typeof run>>;
    try {
      result = await run(['backup', busyFile], { DATABASE_URL: liveUrl });
    } finally {
      writing = false;
      await writes;
    }
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(written).toBeGreaterThan(50); // the writes went on around the whole backup
    const target = await server.createDatabase('busy_restored');
    const restored = await run(['restore', busyFile, '--json'], { DATABASE_URL: target });
    expect(restored.stderr).toBe('');
    // --json: SQLite's fields (cases, schema, previous), and what the archive held.
    expect(JSON.parse(restored.stdout)).toEqual({
      cases: 2,
      schema: expect.stringMatching(/^\d{4}_\w+$/),
      previous: null,
      rows: expect.any(Number),
      tables: expect.any(Number),
      migrated: 0,
    });
    const audit = await pool(target).query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'test.write'",
    );
    expect(audit.rows[0]!.n).toBeGreaterThan(0);
  });

  it('issue 24: restore compares every table with the backup: a pg_restore that left out a table’s rows is reported, not trusted', async () => {
    // A pg_restore that quietly skips the data of one table no key points at (as a hand-edited list would).
    const tools = mkdtempSync(join(dir, 'lossy-'));
    const real = join(postgresBinDir(), 'pg_restore');
    writeFileSync(
      join(tools, 'pg_restore'),
      `#!/bin/sh
case "$*" in
  *--single-transaction*)
    '${real}' --list '${file()}' | grep -v 'TABLE DATA public backups ' >'${tools}/list'
    exec '${real}' -L '${tools}/list' "$@" ;;
esac
exec '${real}' "$@"
`,
    );
    chmodSync(join(tools, 'pg_restore'), 0o755);
    const target = await server.createDatabase('lossy');
    const result = await run(['restore', file()], { DATABASE_URL: target, POSTGRES_BIN_DIR: tools });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^caseline: restored into postgres:\/\/127\.0\.0\.1:\d+\/lossy, but it does not hold what the backup holds \(public\.backups: [1-9]\d* in the backup, 0 in the database\): do not use it; drop it and restore again\n$/,
    );
  });

  it('issue 24: the nightly script (deploy/caseline-backup.sh) writes a dated .pgdump and removes those older than KEEP_DAYS', async () => {
    const nightly = join(dir, 'nightly');
    mkdirSync(nightly);
    const old = join(nightly, 'caseline-20260101T023000Z.pgdump');
    const recent = join(nightly, 'caseline-20261204T023000Z.pgdump');
    for (const [path, daysAgo] of [
      [old, 30],
      [recent, 2],
    ] as const) {
      writeFileSync(path, 'x');
      const at = new Date(Date.now() - daysAgo * 86_400_000);
      utimesSync(path, at, at);
    }
    const result = await new Promise<{ code: number; stderr: string }>((done) =>
      execFile(
        'sh',
        [join(repoRoot, 'deploy', 'caseline-backup.sh')],
        {
          cwd: repoRoot,
          env: {
            PATH: process.env['PATH'] ?? '',
            HOME: dir,
            DATABASE_URL: liveUrl,
            BACKUP_DIR: nightly,
            KEEP_DAYS: '14',
            CASELINE_BIN: join(repoRoot, 'bin', 'caseline.js'),
          },
          timeout: 120_000,
        },
        (error, _stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      ),
    );
    expect(result).toEqual({ code: 0, stderr: '' });
    const files = readdirSync(nightly).sort();
    expect(files).not.toContain('caseline-20260101T023000Z.pgdump');
    expect(files).toContain('caseline-20261204T023000Z.pgdump');
    const fresh = files.filter(
      (f) => /^caseline-\d{8}T\d{6}Z\.pgdump$/.test(f) && f !== 'caseline-20261204T023000Z.pgdump',
    );
    expect(fresh).toHaveLength(1);
    expect(readFileSync(join(nightly, fresh[0]!)).subarray(0, 5).toString()).toBe('PGDMP');
  });

  it('issue 24: a missing pg_dump is one clear line, no stack', async () => {
    const empty = mkdtempSync(join(dir, 'no-tools-'));
    const result = await run(['backup', join(dir, 'nowhere.pgdump')], {
      DATABASE_URL: liveUrl,
      POSTGRES_BIN_DIR: empty,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`caseline: no pg_dump in ${empty} (POSTGRES_BIN_DIR)\n`);
    expect(existsSync(join(dir, 'nowhere.pgdump'))).toBe(false);
  });

  it('issue 24: the password of DATABASE_URL reaches pg_dump in PGPASSWORD only: never its command line, never the output', async () => {
    // A role that must give its password (scram-sha-256), where the cluster otherwise trusts loopback.
    const password = 'pa:ss@w/rd%42';
    const admin = pool(server.url());
    await admin.query(`CREATE ROLE backup_pw LOGIN PASSWORD '${password}'`);
    await admin.query('CREATE DATABASE pw_live OWNER backup_pw');
    const hba = join(server.dir, 'data', 'pg_hba.conf');
    writeFileSync(hba, `host all backup_pw 127.0.0.1/32 scram-sha-256\n${readFileSync(hba, 'utf8')}`);
    await admin.query('SELECT pg_reload_conf()');
    const url = `postgres://backup_pw:${encodeURIComponent(password)}@127.0.0.1:${server.port}/pw_live`;
    await (await openPostgres(url, { max: 2 })).$client.end(); // migrated: a Caseline database
    // pg_dump and pg_restore behind wrappers that write down how they were called.
    const tools = mkdtempSync(join(dir, 'tools-'));
    const log = join(tools, 'calls.log');
    for (const tool of ['pg_dump', 'pg_restore']) {
      writeFileSync(
        join(tools, tool),
        `#!/bin/sh\nprintf '%s\\n' "${tool} $*" >>'${log}'\nprintf 'PGPASSWORD=%s\\n' "$PGPASSWORD" >>'${log}'\nexec '${join(postgresBinDir(), tool)}' "$@"\n`,
      );
      chmodSync(join(tools, tool), 0o755);
    }
    const out = join(dir, 'pw.pgdump');
    const result = await run(['backup', out], { DATABASE_URL: url, POSTGRES_BIN_DIR: tools });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(password);
    const calls = readFileSync(log, 'utf8').split('\n');
    const commandLines = calls.filter((line) => !line.startsWith('PGPASSWORD='));
    const dump = commandLines.find((line) => line.startsWith('pg_dump --format=custom'))!;
    expect(dump).toContain(`--dbname=postgres://backup_pw@127.0.0.1:${server.port}/pw_live`);
    for (const line of commandLines) {
      expect(line).not.toContain(password);
      expect(line).not.toContain(encodeURIComponent(password));
    }
    expect(calls[calls.indexOf(dump) + 1]).toBe(`PGPASSWORD=${password}`);

    // A wrong password: pg_dump's own refusal, in one line, without the password it was given.
    const wrong = `postgres://backup_pw:${encodeURIComponent('not-it-9')}@127.0.0.1:${server.port}/pw_live`;
    const refusedRun = await run(['backup', join(dir, 'wrong.pgdump')], { DATABASE_URL: wrong });
    expect(refusedRun.code).toBe(1);
    expect(refusedRun.stderr).toMatch(/password authentication failed/);
    expect(refusedRun.stderr).not.toContain('not-it-9');
    expect(refusedRun.stderr.trim().split('\n')).toHaveLength(1);
  });
});
