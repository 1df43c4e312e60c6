// `caseline ingest` as a user runs it: a child process on a seeded database file.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { seededDatabaseFile } from '../support/mail-harness.ts';

const run = promisify(execFile);
const BIN = new URL('../../../bin/caseline.js', import.meta.url).pathname;
const FIXTURE = new URL('../../fixtures/mail/talon__reply_gmail.eml', import.meta.url).pathname;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  ({ dir } = await seededDatabaseFile());
  env = { PATH: process.env['PATH'], CASELINE_DB: join(dir, 'caseline.db'), ATTACHMENT_DIR: join(dir, 'attachments') };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counts(): Record<string, number> {
  const db = openDatabase(join(dir, 'caseline.db'));
  try {
    const tables = ['inbound_messages', 'outbox', 'conversations', 'cases', 'audit_log', 'attachments'];
    return Object.fromEntries(
      tables.map((t) => [t, (db.$client.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]),
    );
  } finally {
    db.$client.close();
  }
}

const ingest = (...args: string[]) => run('node', [BIN, 'ingest', ...args], { env, cwd: dir });

describe('caseline ingest', () => {
  it('--dry-run --json decides and writes nothing', async () => {
    const before = counts();
    const { stdout } = await ingest(FIXTURE, '--dry-run', '--json');
    const result = JSON.parse(stdout);
    expect(Object.keys(result).sort()).toEqual(['case', 'decision', 'reason', 'replies']);
    expect(result.decision).toBe('new-conversation');
    expect(result.replies).toEqual([expect.objectContaining({ to: 'xxx@gmail.com', subject: 'Re: Test' })]);
    expect(counts()).toEqual(before);
  });

  it('records the message when not a dry run, and reports a second run as seen', async () => {
    const before = counts();
    const { stdout } = await ingest(FIXTURE, '--json');
    expect(JSON.parse(stdout).replies).toHaveLength(1);
    const after = counts();
    expect(after['inbound_messages']).toBe((before['inbound_messages'] ?? 0) + 1);
    expect(after['outbox']).toBe((before['outbox'] ?? 0) + 1);
    const again = await ingest(FIXTURE);
    expect(again.stdout).toMatch(/seen before/);
    expect(counts()).toEqual(after);
  });

  it('exits 2 for an unreadable file', async () => {
    const failure = await ingest(join(dir, 'missing.eml')).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/cannot read/);
  });
});
