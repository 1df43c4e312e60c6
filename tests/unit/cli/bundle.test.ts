// `npm start` runs the bundle that scripts/build.mjs writes (dist/caseline.js), not the sources through
// tsx. This builds it into a scratch directory inside the project and runs the bot from another working
// directory: the bundle must find its prompts, migrations and demo directory (src/project-root.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runNode } from './run-caseline.ts';

const outdir = join(repoRoot, 'node_modules', '.cache', `caseline-bundle-test-${process.pid}`);
const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' };

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the start bundle (npm start runs dist/caseline.js)', () => {
  it('builds, then migrates, seeds and chats from any working directory', async () => {
    const build = await runNode(['scripts/build.mjs', '--outdir', outdir], { cwd: repoRoot, env });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);

    const elsewhere = mkdtempSync(join(tmpdir(), 'caseline-bundle-'));
    const session = ['/pin 482913', 'Our production SIP Server 9.0 is down', '/quit', ''].join('\n');
    const result = await runNode([join(outdir, 'caseline.js'), 'start'], {
      cwd: elsewhere,
      env: { ...env, CASELINE_DB: join(elsewhere, 'caseline.db'), LOG_LEVEL: 'info', NODE_ENV: 'production' },
      input: session,
    });
    rmSync(elsewhere, { recursive: true, force: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('demo directory seeded');
    expect(result.stdout).toContain('Thank you, Ana Ruiz: you are verified');
    expect(result.stdout).toMatch(/Case \d{8} is open at Critical – Production Down severity/);
    expect(result.stdout).not.toContain('482913');
  });
});
