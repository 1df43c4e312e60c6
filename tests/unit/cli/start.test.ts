import { execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

function run(
  args: string[],
  env: Record<string, string>,
  input = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
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
    child.stdin?.end(input);
  });
}

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'caseline-start-')), 'caseline.db');

describe('caseline start (npm start)', () => {
  it('migrates, seeds the demo directory and chats in the terminal when no channel is configured', async () => {
    const db = tempDb();
    const session = ['/pin 482913', 'Our production SIP Server 9.0 is down', 'my cases', '/quit', ''].join('\n');
    const result = await run(['start'], { CASELINE_DB: db, LOG_LEVEL: 'info', NODE_ENV: 'production' }, session);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('you are ana@acme.example');
    expect(result.stdout).toContain('Thank you, Ana Ruiz: you are verified');
    expect(result.stdout).toMatch(/Case \d{8} is open at Critical – Production Down severity/);
    expect(result.stdout).toContain('[to staff manager@vendor.example] CRITICAL Case');
    expect(result.stdout).not.toContain('482913');
    expect(result.stderr).toContain('demo directory seeded');
    expect(result.stderr).toMatch(/"mailbox":"not configured"/);
    expect(result.stderr).toContain('"msg":"stopped"');

    const again = await run(
      ['start', '--as', 'erin@northwind.example'],
      { CASELINE_DB: db, LOG_LEVEL: 'info', NODE_ENV: 'production' },
      '/quit\n',
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('you are erin@northwind.example');
    expect(again.stderr).not.toContain('demo directory seeded');
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'runs until %s and then closes cleanly, even with the terminal still open',
    async (signal) => {
      const child = spawn(process.execPath, ['bin/caseline.js', 'start'], {
        cwd: repoRoot,
        env: { PATH: process.env['PATH'] ?? '', CASELINE_DB: tempDb(), LOG_LEVEL: 'info', NODE_ENV: 'production' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      for (let i = 0; i < 200 && !stdout.includes('Caseline terminal'); i++)
        await new Promise((r) => setTimeout(r, 100));
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(stderr).toContain('"msg":"stopped"');
    },
  );

  it('a bad configuration stops the start with one message listing every problem', async () => {
    const result = await run(['start'], {
      CASELINE_DB: tempDb(),
      LOG_LEVEL: 'loud',
      IMAP_HOST: 'imap.example',
      IMAP_PASSWORD: 'hunter2-secret',
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^caseline: cannot start: LOG_LEVEL: .*IMAP_USER: required when IMAP_HOST is set/);
    expect(result.stderr).not.toContain('hunter2-secret');
  });

  it('a broken policy override stops the start naming the bad field', async () => {
    const result = await run(['start'], {
      CASELINE_DB: tempDb(),
      POLICY_FILE: join(repoRoot, 'tests/fixtures/policy/broken-policy.json'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('regions.emea.timeZone: unknown time zone "Europe/Pariss"');
  });

  it('npx caseline --help lists the commands', async () => {
    const result = await run(['--help'], {});
    expect(result.code).toBe(0);
    for (const command of [
      'start',
      'directory',
      'contact',
      'staff',
      'audit',
      'demo',
      'sla',
      'replay',
      'report',
      'license-file',
      'temp-license',
      'parse-license-request',
    ]) {
      expect(result.stdout).toContain(command);
    }
  });

  it('bad usage exits 2', async () => {
    expect((await run(['no-such-command'], {})).code).toBe(2);
    expect(
      (await run(['report', 'sla', '--from', 'yesterday', '--to', '2026-12-01'], { CASELINE_DB: tempDb() })).code,
    ).toBe(2);
  });
});
