/**
 * Red team round 6: customer words printed by the CLI a staff member runs (`ingest`, `audit tail`, `case
 * show`, `case list`) never write terminal sequences or bidi overrides to that terminal — a subject with
 * `ESC ]0;…BEL` retitles the window, `ESC [2J` clears it, `U+202E` reverses what follows. Child processes
 * on a seeded database file, as a user runs them.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { seededDatabaseFile, TRUSTED_ID } from '../support/mail-harness.ts';

const run = promisify(execFile);
const BIN = new URL('../../../bin/caseline.js', import.meta.url).pathname;
/** Written raw to a terminal, each of these does something. */
const HOSTILE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  ({ dir } = await seededDatabaseFile());
  env = {
    PATH: process.env['PATH'],
    CASELINE_DB: join(dir, 'caseline.db'),
    ATTACHMENT_DIR: join(dir, 'attachments'),
    MAIL_TRUSTED_AUTHSERV_ID: TRUSTED_ID,
    LOG_LEVEL: 'warn',
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const caseline = async (...args: string[]) => (await run('node', [BIN, ...args], { env, cwd: dir })).stdout;

function mail(name: string, messageId: string, authenticated: boolean): string {
  const file = join(dir, name);
  const lines = [
    ...(authenticated
      ? [`Authentication-Results: ${TRUSTED_ID}; dkim=pass header.d=acme.example; dmarc=pass header.from=acme.example`]
      : []),
    'From: Ana Ruiz <ana@acme.example>',
    'To: support@caseline.test',
    'Subject: SIP Server \u001b]0;pwned\u0007down \u202eexe.gnp',
    `Message-ID: <${messageId}@acme.example>`,
    'Date: Mon, 23 Nov 2026 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'PIN: 482913',
    'Critical: production SIP Server 9.0 rejects every call since the upgrade \u001b[2J\u202egnp.exe, all 200 agents down',
    '',
  ];
  writeFileSync(file, Buffer.from(lines.join('\r\n'), 'utf8'));
  return file;
}

describe('red team round 6: the CLI prints customer words, never their terminal sequences', () => {
  it('issue 18 §8: mails with ESC sequences and U+202E in subject and body — `ingest`, `audit tail` and `case show` print none of them', async () => {
    const forged = await caseline('ingest', mail('forged.eml', 'forged-1', false));
    expect(forged).toContain('quarantined');
    const ingested = await caseline('ingest', mail('case.eml', 'case-1', true));
    expect(ingested).toContain('case: 01000001');
    // A timeline row written before intake dropped these characters (an older database) is still shown safely.
    const db = openDatabase(join(dir, 'caseline.db'));
    db.$client
      .prepare(
        "insert into case_events (case_id, at, kind, actor, text, details) values (1, '2026-11-23T10:05:00.000Z', 'message-in', 'contact:ana@acme.example', ?, '{}')",
      )
      .run('older \u001b]0;pwned\u0007 \u202eexe.gnp\rfake');
    db.$client.close();
    const shown = await caseline('case', 'show', '01000001');
    const tail = await caseline('audit', 'tail');
    expect(shown).toContain('rejects every call');
    expect(shown).toContain('older \\u001b]0;pwned\\u0007 \\u202eexe.gnp\\rfake');
    expect(tail).toContain('mail.auth-failed');
    for (const out of [forged, ingested, shown, tail]) {
      expect(out).not.toMatch(HOSTILE);
      expect(out).not.toContain('482913');
    }
  }, 240_000);
});
