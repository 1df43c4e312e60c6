import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = 'tests/fixtures/license-files';
const NOW = ['--now', '2024-05-01T15:00:00Z'];

/** The default policy (seed 000 addresses, 30/7 days), whatever the caller's environment says. */
function withoutPolicyFile(): NodeJS.ProcessEnv {
  const { POLICY_FILE: _ignored, ...env } = process.env;
  return env;
}

async function caseline(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/caseline.js', ...args], {
      cwd: repoRoot,
      env: withoutPolicyFile(),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('caseline temp-license (DOMAIN.md §6, seed 000)', () => {
  it('seed 000 case 1: rehost outside hours with a permanent original → issue-30-day', async () => {
    const { code, stdout } = await caseline(
      'temp-license',
      '--reason',
      'rehost',
      '--outside-hours',
      '--original',
      `${FIXTURES}/single-server-permanent.lic`,
      ...NOW,
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      reason: 'emergency-rehost',
      region: 'americas',
      decision: 'issue-30-day',
      expiresInDays: 30,
      expiresOn: '2024-05-31',
      sameFeatureSet: true,
      licensingEmail: 'license@genesys.com',
    });
  });

  it('seed 000 case 2: a temporary original from Licensing → issue-7-day and a referral too', async () => {
    const { stdout } = await caseline(
      'temp-license',
      '--reason',
      'modify',
      '--original',
      `${FIXTURES}/temporary-dated.lic`,
      '--issued-by',
      'licensing',
      '--region',
      'EMEA',
      ...NOW,
      '--json',
    );
    expect(JSON.parse(stdout)).toMatchObject({
      decision: 'issue-7-day',
      referToLicensingToo: true,
      expiresOn: '2024-05-08',
      licensingEmail: 'emea.licensing@genesys.com',
    });
  });

  it('seed 000 case 3: critical without the original → issue-30-day pending the original file', async () => {
    const { stdout } = await caseline('temp-license', '--reason', 'critical', '--json');
    expect(JSON.parse(stdout)).toMatchObject({
      reason: 'critical-production-licensing',
      decision: 'issue-30-day',
      requiresOriginal: true,
      missingInputs: ['original-license-file'],
      followUpWithLicenseManagement: true,
      expiresOn: null,
    });
  });

  it('seed 000 NOTE: demo → refer-to-licensing, printed as text without --json', async () => {
    const { code, stdout } = await caseline('temp-license', '--reason', 'demo', '--region', 'japan');
    expect(code).toBe(0);
    expect(stdout).toContain('decision: refer-to-licensing');
    expect(stdout).toContain('Customer Care cannot issue a temporary license file for demos or testing.');
    expect(stdout).toContain('licensing: japanorder@genesys.com');
  });

  it('an unknown reason exits 2 and lists the accepted reasons', async () => {
    const { code, stdout, stderr } = await caseline('temp-license', '--reason', 'because');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'accepted reasons: emergency-extension, emergency-rehost, modify-temporary, extend-temporary, critical-production-licensing, demo, testing',
    );
  });

  it.each([
    ['an unreadable --original file', ['--original', 'nope.lic'], 'cannot read license file nope.lic'],
    ['an unknown region', ['--region', 'mars'], 'accepted regions: americas, emea, apac, japan'],
    ['an unknown issuer', ['--issued-by', 'sales'], 'accepted: licensing, customer-care'],
  ])('%s exits 2', async (_what, extra, message) => {
    const { code, stderr } = await caseline('temp-license', '--reason', 'rehost', ...extra);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
