import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = 'tests/fixtures/license-files';

async function caseline(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/caseline.js', ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('caseline license-file', () => {
  it('seed 002: --json prints the report of a temporary file (earliest expiry, normalised host ids)', async () => {
    const { code, stdout } = await caseline('license-file', `${FIXTURES}/temporary-dated.lic`, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ temporary: true, earliestExpiry: '2024-06-10', serverConfiguration: 'single' });
    expect(report.features[0]).toMatchObject({ name: 'DESKTOP_AGENT', hostId: 'DISK_SERIAL_NUM=1a2b3c4d', count: 50 });
  });

  it('a file with error diagnostics still exits 0, the diagnostics in the JSON', async () => {
    const { code, stdout } = await caseline('license-file', `${FIXTURES}/truncated-continuation.lic`, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.hasErrors).toBe(true);
    expect(report.diagnostics[0]).toMatchObject({ line: 3, severity: 'error' });
  });

  it('binary junk is reported, not a crash', async () => {
    const { code, stdout } = await caseline('license-file', `${FIXTURES}/binary-junk.lic`, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).diagnostics).toEqual([
      { line: 1, severity: 'error', message: 'this is not a text license file (it holds binary data)' },
    ]);
  });

  it('without --json prints a readable summary', async () => {
    const { code, stdout } = await caseline('license-file', `${FIXTURES}/three-server-redundant.lic`);
    expect(code).toBe(0);
    expect(stdout).toContain('permanent');
    expect(stdout).toContain('servers: three-redundant');
    expect(stdout).toContain('TSERVER_SIP 8.1 permanent count uncounted host ANY (line 7)');
  });

  it('exits 2 when the file cannot be read', async () => {
    const { code, stdout, stderr } = await caseline('license-file', `${FIXTURES}/does-not-exist.lic`, '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('cannot read license file');
  });
});
