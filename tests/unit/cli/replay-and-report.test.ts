import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/caseline.js', ...args],
      { cwd: repoRoot, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function script(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'caseline-replay-')), 'script.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('caseline replay', () => {
  it('prints the transcript and records of the example script', async () => {
    const result = await run(['replay', 'tests/scenarios/example.json', '--json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.cases).toEqual([
      expect.objectContaining({
        number: '01000001',
        severity: 'critical-production-down',
        tier: 'premium-care',
        mustCallIn: true,
        contact: 'ana@acme.example',
        soldTo: 'acme',
      }),
    ]);
    expect(out.escalations.map((e: { level: string }) => e.level)).toEqual(['at-risk', 'breached']);
    expect(JSON.stringify(out)).not.toContain('482913');
  });

  it('refuses a malformed script with exit code 2 and the bad field', async () => {
    const bad = await run(['replay', script({ now: 'tomorrow', directory: 'demo', steps: [] })]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/now: /);
    expect((await run(['replay', script('{not json')])).code).toBe(2);
    expect((await run(['replay', '/no/such/script.json'])).code).toBe(2);
  });

  it('a step with an unreadable time fails with exit code 1 and says which step', async () => {
    const result = await run([
      'replay',
      script({ now: '2026-11-23T09:00:00Z', directory: 'demo', steps: [{ advance: 'soon' }] }),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('step 1: cannot read advance "soon"');
  });
});

describe('caseline report sla', () => {
  it('reports compliance per tier and severity from the stored cases', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'caseline-report-')), 'caseline.db');
    const session = [
      '/pin 482913',
      'Our production SIP Server 9.0 is down',
      '/staff U09ANALYST take last',
      '/staff U09ANALYST resolve last fixed',
      '/quit',
      '',
    ].join('\n');
    await new Promise<void>((resolve) => {
      const child = execFile(
        process.execPath,
        ['bin/caseline.js', 'start'],
        { cwd: repoRoot, env: { ...process.env, CASELINE_DB: db, LOG_LEVEL: 'silent' } },
        () => resolve(),
      );
      child.stdin?.end(session);
    });
    const today = new Date();
    const from = new Date(today.getTime() - 86_400_000).toISOString().slice(0, 10);
    const to = new Date(today.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const result = await run(['report', 'sla', '--from', from, '--to', to, '--json'], { CASELINE_DB: db });
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout).rows;
    expect(rows).toEqual([
      expect.objectContaining({
        tier: 'premium-care',
        severity: 'critical-production-down',
        count: 1,
        responseMet: 1,
        targetMet: 1,
        commitmentPercent: null,
      }),
    ]);
  });
});
