import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { PolicySchema } from '../../../src/domain/policy/schema.ts';
import { loadPolicy, PolicyError } from '../../../src/store/policy-file.ts';

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'caseline-policy-')), name);
  writeFileSync(path, text);
  return path;
}

function problemsOf(path: string): string[] {
  try {
    loadPolicy(path);
  } catch (error) {
    if (error instanceof PolicyError) return error.problems;
    throw error;
  }
  return [];
}

describe('policy data', () => {
  it('the default policy is valid and carries the values of DOMAIN.md', () => {
    expect(PolicySchema.safeParse(DEFAULT_POLICY).success).toBe(true);
    const p = loadPolicy();
    expect(p.targetTables['standard']!.high.response).toEqual({ amount: 4, unit: 'business-hours' });
    expect(p.targetTables['enhanced']!.critical.target.commitmentPercent).toBe(90);
    expect(p.tiers['pure-success-enhanced'].targetTable).toBe('enhanced');
    expect(p.regions.japan).toMatchObject({
      timeZone: 'Asia/Tokyo',
      holidayCountry: 'JP',
      licensingEmail: 'japanorder@genesys.com',
    });
    expect(p.severities.critical.allowedOnTest).toBe(false);
    expect(p.pin).toMatchObject({ maxFailedAttempts: 5, lockoutMinutes: 15, slackLinkHours: 12 });
  });

  it('a YAML override changes only what it names', () => {
    const p = loadPolicy(
      file(
        'policy.yaml',
        'regions:\n  emea:\n    customerCarePhone: "+44 20 7946 0000"\n    extraClosures: ["2026-12-24"]\n',
      ),
    );
    expect(p.regions.emea.customerCarePhone).toBe('+44 20 7946 0000');
    expect(p.regions.emea.extraClosures).toEqual(['2026-12-24']);
    expect(p.regions.emea.timeZone).toBe('Europe/London');
    expect(p.regions.americas).toEqual(DEFAULT_POLICY.regions.americas);
  });

  it('a JSON override is accepted too', () => {
    const p = loadPolicy(file('policy.json', JSON.stringify({ escalation: { atRiskPercent: 60 } })));
    expect(p.escalation).toMatchObject({ atRiskPercent: 60, breachedPercent: 100, fallbackRole: 'head' });
  });

  it('a broken override is rejected with the path of each bad field', () => {
    const problems = problemsOf(
      file(
        'policy.json',
        JSON.stringify({
          regions: { emea: { timeZone: 'Europe/Pariss', businessHours: { open: '25:00' } } },
          tiers: { 'premium-care': { targetTable: 'gold' } },
          pin: { maxFailedAttempts: 0 },
        }),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^regions\.emea\.businessHours\.open: /),
        expect.stringMatching(/^tiers\.premium-care\.targetTable: no target table named "gold"/),
        expect.stringMatching(/^pin\.maxFailedAttempts: /),
      ]),
    );
  });

  it('an unknown time zone is named with its path', () => {
    expect(
      problemsOf(file('policy.json', JSON.stringify({ regions: { emea: { timeZone: 'Europe/Pariss' } } }))),
    ).toEqual(['regions.emea.timeZone: unknown time zone "Europe/Pariss"']);
  });

  it('unreadable and malformed files get a clear error', () => {
    expect(problemsOf('/no/such/policy.json')[0]).toMatch(/cannot be read/);
    expect(problemsOf(file('policy.yaml', 'regions: [unclosed'))[0]).toMatch(/is not valid YAML/);
  });
});
