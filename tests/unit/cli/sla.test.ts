import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function caseline(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/caseline.js', 'sla', ...args],
      { cwd: repoRoot, env: { ...process.env, POLICY_FILE: '', ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

async function json(args: string[], env?: Record<string, string>): Promise<Record<string, unknown>> {
  const run = await caseline([...args, '--json'], env);
  expect(run.stderr, run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

const tempDir = mkdtempSync(join(tmpdir(), 'caseline-sla-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

describe.concurrent('caseline sla', { timeout: 60_000 }, () => {
  it('DOMAIN.md §3: Premium Care High responds within 2 business hours, resolves in 2 business days in 90%', async () => {
    const result = await json(['--tier', 'premium-care', '--severity', 'high', '--start', '2026-10-14T14:00:00Z']);
    expect(result).toEqual({
      processed: 'business-hours',
      responseDue: '2026-10-14T16:00:00.000Z',
      targetKind: 'resolution',
      targetDue: '2026-10-16T14:00:00.000Z',
      commitmentPercent: 90,
      mustCallIn: false,
      hotFix: {
        commitment: 'exception-only',
        fixIn: 'next-maintenance-release',
        text: expect.stringContaining('Customer Care Management'),
      },
    });
  });

  it('DOMAIN.md §2, §3: Business Care Production Down is 7x24, called in, restoration in 4 hours with no percentage', async () => {
    const result = await json(['--tier', 'business', '--severity', 'prod-down', '--start', '2026-10-17T03:00:00Z']);
    expect(result).toMatchObject({
      processed: '7x24',
      responseDue: '2026-10-17T04:00:00.000Z',
      targetKind: 'restoration',
      targetDue: '2026-10-17T07:00:00.000Z',
      commitmentPercent: null,
      mustCallIn: true,
    });
  });

  it('DOMAIN.md §9: names are case-insensitive with short forms; --region JP uses Tokyo and Golden Week', async () => {
    const result = await json([
      '--tier',
      'Premium Care',
      '--severity',
      'SEV2',
      '--region',
      'JP',
      '--start',
      '2026-05-01T17:00',
    ]);
    // No offset: read in Asia/Tokyo. 1 h on Friday 1 May, Golden Week 4–6 May → Thursday 7 May 09:00 JST.
    expect(result.responseDue).toBe('2026-05-07T00:00:00.000Z');
  });

  it('DOMAIN.md §8: a contract time zone and holiday country (--tz Europe/Paris --holidays fr)', async () => {
    const result = await json([
      ...['--tier', 'premium', '--severity', 'medium', '--start', '2026-07-13T16:00:00+02:00'],
      ...['--tz', 'Europe/Paris', '--holidays', 'fr'],
    ]);
    // 2 h on Monday 13 July, Tuesday 14 July closed (Fête nationale), 2 h on Wednesday → 10:00 CEST.
    expect(result.responseDue).toBe('2026-07-15T08:00:00.000Z');
  });

  it('DOMAIN.md §8: repeated --pause options push the dues out by the paused business time', async () => {
    const result = await json([
      ...['--tier', 'premium', '--severity', 'high', '--start', '2026-10-14T14:00:00Z'],
      ...[
        '--pause',
        '2026-10-14T14:30:00Z/2026-10-14T15:00:00Z',
        '--pause',
        '2026-10-14T15:00:00Z/2026-10-14T15:30:00Z',
      ],
    ]);
    expect(result.responseDue).toBe('2026-10-14T17:00:00.000Z');
  });

  it('DOMAIN.md §8: the policy file named by POLICY_FILE is used (an extra closure day)', async () => {
    const file = join(tempDir, 'policy.json');
    writeFileSync(file, JSON.stringify({ regions: { americas: { extraClosures: ['2026-10-15'] } } }));
    const result = await json(['--tier', 'business', '--severity', 'low', '--start', '2026-10-14T14:00:00Z'], {
      POLICY_FILE: file,
    });
    expect(result.responseDue).toBe('2026-10-16T14:00:00.000Z');
  });

  it('prints a readable summary without --json', async () => {
    const run = await caseline(['--tier', 'premium', '--severity', 'critical', '--start', '2026-10-14T14:00:00Z']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Premium Care · Critical · production system');
    expect(run.stdout).toContain('Response due:   2026-10-14T14:30:00.000Z');
    expect(run.stdout).toContain('committed in 90% of cases');
    expect(run.stdout).toContain('must be reported by telephone');
  });

  it.each([
    [
      'DOMAIN.md §2: a test/lab system cannot be Critical',
      ['--tier', 'premium', '--severity', 'critical', '--system', 'lab', '--start', '2026-10-14T14:00:00Z'],
      /at most High \(high\)/,
    ],
    [
      'an unknown tier',
      ['--tier', 'gold', '--severity', 'high', '--start', '2026-10-14T14:00:00Z'],
      /unknown tier "gold"/,
    ],
    [
      'a malformed instant',
      ['--tier', 'premium', '--severity', 'high', '--start', '14/10/2026'],
      /not an ISO 8601 instant/,
    ],
    [
      'a pause that ends before it starts',
      [
        ...['--tier', 'premium', '--severity', 'high', '--start', '2026-10-14T14:00:00Z'],
        ...['--pause', '2026-10-14T16:00:00Z/2026-10-14T15:00:00Z'],
      ],
      /must end after it starts/,
    ],
    [
      '--tz without --holidays',
      ['--tier', 'premium', '--severity', 'high', '--start', '2026-10-14T14:00:00Z', '--tz', 'Europe/Paris'],
      /--tz needs --holidays/,
    ],
    [
      'an unknown region',
      ['--tier', 'premium', '--severity', 'high', '--start', '2026-10-14T14:00:00Z', '--region', 'mars'],
      /unknown region/,
    ],
  ])('exits 2 with one line on stderr for %s', async (_name, args, message) => {
    const run = await caseline([...args, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
