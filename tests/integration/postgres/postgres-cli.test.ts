/**
 * The commands on a PostgreSQL store (issue 24): `migrate`, the admin commands, `report` and `db copy`
 * work on it, and none of them touches the SQLite file beside it. `ingest` is tested on both stores in
 * ingest-both-stores.test.ts, `backup`/`restore` in backup-restore-postgres.test.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variedDatabase } from '../../support/varied-database.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/caseline.js', ...args],
      {
        cwd: repoRoot,
        env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let server: PostgresServer;
let dir: string;

beforeAll(async () => {
  server = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'caseline-pg-cli-'));
});

afterAll(async () => {
  await server?.stop();
});

describe('caseline on a PostgreSQL store (issue 24)', { timeout: 120_000 }, () => {
  it('issue 24 §1: caseline migrate applies db/migrations-pg to DATABASE_URL, once', async () => {
    const url = await server.createDatabase('migrate_cli');
    const env = { DATABASE_URL: url, CASELINE_DB: join(dir, 'unused.db') };
    const first = await run(['migrate'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(
      /^applied \d+ migrations to postgres:\/\/127\.0\.0\.1:\d+\/migrate_cli: schema \d{4}_\w+ \(\d+ of \d+ migrations\)\n$/,
    );
    const again = await run(['migrate'], env);
    expect(again.stdout).toMatch(/^nothing to apply: postgres:\/\/127\.0\.0\.1:\d+\/migrate_cli schema \d{4}_/);
    expect(existsSync(join(dir, 'unused.db'))).toBe(false);
  });

  it('issue 24 §1: with DATABASE_URL, the admin commands and report run on PostgreSQL (migrated at open)', async () => {
    const env = { DATABASE_URL: await server.createDatabase('admin_cli'), CASELINE_DB: join(dir, 'not-this.db') };
    const added = await run(
      ['staff', 'add', '--email', 'pat@vendor.example', '--name', 'Pat Doe', '--role', 'analyst', '--region', 'emea'],
      env,
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('Added Pat Doe <pat@vendor.example>: analyst');
    const listed = await run(['staff', 'list'], env);
    expect(listed.stdout).toContain('pat@vendor.example  Pat Doe  [analyst]  (emea)');
    const report = await run(['report', 'sla', '--json'], env);
    expect(report.code).toBe(0);
    expect((JSON.parse(report.stdout) as { totals: { cases: number } }).totals.cases).toBe(0);
    expect(existsSync(join(dir, 'not-this.db'))).toBe(false);
  });

  it('issue 24 §3: caseline db copy --to URL copies and verifies, then refuses the same (now full) target', async () => {
    const source = join(dir, 'source.db');
    await variedDatabase(source);
    const url = await server.createDatabase('copy_cli');
    const copied = await run(['db', 'copy', '--to', url], { CASELINE_DB: source });
    expect(copied.stderr).toBe('');
    expect(copied.code).toBe(0);
    expect(copied.stdout).toMatch(/^copying .*source\.db into postgres:\/\/127\.0\.0\.1:\d+\/copy_cli\n/);
    expect(copied.stdout).toMatch(/✔ cases: 2 rows, checksum [0-9a-f]{12}\n/);
    expect(copied.stdout).toMatch(
      /copied \d+ rows in \d+ tables into postgres:\/\/127\.0\.0\.1:\d+\/copy_cli; every count and checksum matches\n$/,
    );
    expect(copied.stdout).not.toContain(server.user + '@');
    const again = await run(['db', 'copy', '--to', url, '--from', source, '--json'], {});
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/nothing copied: the target is not empty: \w+ holds \d+ rows/);
  });
});
