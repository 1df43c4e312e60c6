import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { databaseWithCases } from '../../support/cases-on-file.ts';
import { REPO_ROOT, type RunningBot, startBot } from '../../support/running-bot.ts';

const dirs: string[] = [];
const bots: RunningBot[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function setup(cases = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-backup-'));
  dirs.push(dir);
  const db = join(dir, 'data', 'caseline.db');
  mkdirSync(join(dir, 'data'));
  const numbers = await databaseWithCases(db, cases);
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(
        process.execPath,
        ['bin/caseline.js', ...args],
        { cwd: REPO_ROOT, env: { PATH: process.env['PATH'] ?? '', CASELINE_DB: db }, timeout: 60_000 },
        (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  return { dir, db, numbers, run };
}

const caseNumbersIn = (path: string) => {
  const sqlite = new Database(path, { readonly: true });
  try {
    return (sqlite.prepare('SELECT number FROM cases ORDER BY number').all() as Array<{ number: string }>).map(
      (r) => r.number,
    );
  } finally {
    sqlite.close();
  }
};
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const dataFiles = (dir: string) =>
  readdirSync(join(dir, 'data'))
    .filter((f) => !f.endsWith('.lock'))
    .sort();

describe('issue 23 §4: caseline backup FILE', { timeout: 120_000 }, () => {
  it('writes one self-contained file that opens, migrates and holds every case', async () => {
    const { dir, numbers, run } = await setup(3);
    const file = join(dir, 'backups', 'monday.db');
    const result = await run(['backup', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^backup written: .*monday\.db \(3 cases, \d+ KiB, schema \S+ \(\d+ of \d+ migrations\)\)\n$/,
    );
    expect(readdirSync(join(dir, 'backups'))).toEqual(['monday.db']); // no -wal beside it, no partial file
    expect(caseNumbersIn(file)).toEqual(numbers.sort());
    const copy = openDatabase(file);
    expect(copy.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.$client.close();
  });

  it('records the backup in the database (for the backup-age metric) and refuses to overwrite without --force', async () => {
    const { dir, db, run } = await setup(1);
    const file = join(dir, 'b.db');
    expect((await run(['backup', file])).code).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('SELECT path, cases FROM backups').all()).toEqual([{ path: file, cases: 1 }]);
    sqlite.close();
    const again = await run(['backup', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`caseline: ${file} exists: choose a new name (or --force to replace it)\n`);
    expect((await run(['backup', file, '--force'])).code).toBe(0);
  });
});

describe('issue 23 §4: caseline restore FILE', { timeout: 120_000 }, () => {
  it('replaces the database with the backup, keeps the one it replaced, and records the restore', async () => {
    const { dir, db, numbers, run } = await setup(2);
    const file = join(dir, 'b.db');
    expect((await run(['backup', file])).code).toBe(0);
    await databaseWithCases(join(dir, 'other.db'), 0); // a fresh demo directory…
    rmSync(db);
    writeFileSync(db, readFileSync(join(dir, 'other.db'))); // …stands in for a database that lost its cases
    expect(caseNumbersIn(db)).toEqual([]);

    const result = await run(['restore', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`restored ${file} into ${db}: 2 cases`);
    expect(caseNumbersIn(db)).toEqual(numbers.sort());
    const kept = dataFiles(dir).find((f) => f.startsWith('caseline.db.before-restore-'));
    expect(kept).toBeDefined();
    expect(result.stdout).toContain(`kept as ${join(dir, 'data', kept ?? '')}`);
    const audit = await run(['audit', 'tail', '-n', '1', '--json']);
    expect(JSON.parse(audit.stdout)[0]).toMatchObject({
      action: 'database.restored',
      details: { from: file, cases: 2 },
    });
  });

  describe('issue 23 bad input: a file that cannot be restored → one clear line, exit 1, nothing changed', () => {
    async function refused(prepare: (dir: string) => string | Promise<string>, expected: RegExp) {
      const { dir, db, run } = await setup(1);
      const file = await prepare(dir);
      const before = { digest: digest(db), files: dataFiles(dir) };
      const result = await run(['restore', file]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(expected);
      expect({ digest: digest(db), files: dataFiles(dir) }).toEqual(before);
    }

    it('a file that does not exist', () => refused((dir) => join(dir, 'nope.db'), /cannot read .*nope\.db \(ENOENT\)/));
    it('a directory', () => refused((dir) => dir, /is not a file/));
    it('a text file', async () =>
      refused((dir) => {
        writeFileSync(join(dir, 'notes.txt'), 'backup of monday, see attached\n'.repeat(10));
        return join(dir, 'notes.txt');
      }, /notes\.txt is not a SQLite database, so not a Caseline backup/));
    it('a backup cut short', async () =>
      refused(async (dir) => {
        const whole = join(dir, 'whole.db');
        await databaseWithCases(whole, 1);
        writeFileSync(join(dir, 'cut.db'), readFileSync(whole).subarray(0, 8192));
        return join(dir, 'cut.db');
      }, /cut\.db (is damaged|cannot be read|is a SQLite database, but not)|cannot read .*cut\.db/));
    it("a SQLite database that is not Caseline's", () =>
      refused((dir) => {
        const other = new Database(join(dir, 'firefox.sqlite'));
        other.exec('CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)');
        other.close();
        return join(dir, 'firefox.sqlite');
      }, /firefox\.sqlite is a SQLite database, but not a Caseline database/));
    it('a backup from a newer Caseline (a migration this version does not know)', () =>
      refused(async (dir) => {
        const newer = join(dir, 'newer.db');
        await databaseWithCases(newer, 1);
        const sqlite = new Database(newer);
        sqlite
          .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
          .run('f'.repeat(64), Date.now() + 86_400_000);
        sqlite.close();
        return newer;
      }, /newer\.db holds a schema newer than this Caseline knows .*restore it with that Caseline version or newer/));
  });

  it('issue 23 bad input: refuses to restore onto a running bot (it holds <db>.lock), and changes nothing', async () => {
    const { dir, db, numbers, run } = await setup(1);
    const file = join(dir, 'b.db');
    expect((await run(['backup', file])).code).toBe(0);
    const bot = startBot({ CASELINE_DB: db, LOG_LEVEL: 'info' });
    bots.push(bot);
    await bot.waitForLog('starting');
    const result = await run(['restore', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`caseline: a Caseline bot is running on ${db} (it holds ${db}.lock): stop it first\n`);
    expect(dataFiles(dir).some((f) => f.includes('before-restore'))).toBe(false);
    expect(await bot.stop()).toBe(0);
    // Once it has stopped, the same restore goes through.
    expect((await run(['restore', file])).code).toBe(0);
    expect(caseNumbersIn(db)).toEqual(numbers);
  });
});
