import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLicenseFile } from '../../../src/domain/license-file/index.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import {
  decideTempLicense,
  type OriginalLicenseFile,
  type TempLicenseOutcome,
  type TempLicenseRequest,
} from '../../../src/domain/temp-license.ts';
import {
  type LicenseIssuer,
  TEMP_LICENSE_REASONS,
  type TempLicenseReason,
} from '../../../src/domain/temp-license-inputs.ts';

const report = (name: string) =>
  parseLicenseFile(readFileSync(new URL(`../../fixtures/license-files/${name}`, import.meta.url), 'utf8'));
const PERMANENT = report('single-server-permanent.lic');
const TEMPORARY = report('temporary-dated.lic'); // earliest expiry 2024-06-10
const UNREADABLE = report('malformed.lic');
const NOW = new Date('2024-05-01T15:00:00Z');

type OriginalState = 'absent' | 'permanent' | 'temporary';
type Issuer = LicenseIssuer | 'unknown';

function original(state: OriginalState, issuer: Issuer): OriginalLicenseFile | undefined {
  const issuedBy = issuer === 'unknown' ? undefined : issuer;
  if (state === 'absent') return issuedBy ? { attached: false, issuedBy } : undefined;
  return { attached: true, report: state === 'permanent' ? PERMANENT : TEMPORARY, issuedBy };
}

function decide(over: Partial<TempLicenseRequest> & Pick<TempLicenseRequest, 'reason'>): TempLicenseOutcome {
  return decideTempLicense({
    outsideBusinessHours: true,
    region: 'americas',
    policy: DEFAULT_POLICY,
    now: NOW,
    ...over,
  });
}

/**
 * The expected outcome, written by hand from DOMAIN.md §6 / seed 000 (row numbers: the decision table on
 * decideTempLicense). `?` = the original license file is still missing; `+fu` = follow up with License Management.
 */
type Code = 'ref' | 'ref?issuer' | '30' | '30?' | '30+fu' | '30?+fu' | '7' | '7?' | '7+fu';
type Row = Record<Issuer, [inside: Code, outside: Code]>;
type Table = Record<OriginalState, Row>;

const emergency: Table = {
  absent: { licensing: ['ref', '30?'], 'customer-care': ['ref', 'ref'], unknown: ['ref', '30?'] },
  permanent: { licensing: ['ref', '30'], 'customer-care': ['ref', '30'], unknown: ['ref', '30'] },
  temporary: { licensing: ['7', '7'], 'customer-care': ['ref', 'ref'], unknown: ['ref?issuer', 'ref?issuer'] },
};
const modifyTemporary: Table = {
  absent: { licensing: ['7?', '7?'], 'customer-care': ['ref', 'ref'], unknown: ['ref?issuer', 'ref?issuer'] },
  permanent: { licensing: ['ref', '30'], 'customer-care': ['ref', '30'], unknown: ['ref', '30'] },
  temporary: { licensing: ['7', '7'], 'customer-care': ['ref', 'ref'], unknown: ['ref?issuer', 'ref?issuer'] },
};
const critical: Table = {
  absent: { licensing: ['30?+fu', '30?+fu'], 'customer-care': ['ref', 'ref'], unknown: ['30?+fu', '30?+fu'] },
  permanent: { licensing: ['30+fu', '30+fu'], 'customer-care': ['30+fu', '30+fu'], unknown: ['30+fu', '30+fu'] },
  temporary: { licensing: ['7+fu', '7+fu'], 'customer-care': ['ref', 'ref'], unknown: ['ref?issuer', 'ref?issuer'] },
};
const never: Row = { licensing: ['ref', 'ref'], 'customer-care': ['ref', 'ref'], unknown: ['ref', 'ref'] };
const EXPECTED: Record<TempLicenseReason, Table> = {
  'emergency-extension': emergency,
  'emergency-rehost': emergency,
  'modify-temporary': modifyTemporary,
  'extend-temporary': modifyTemporary,
  'critical-production-licensing': critical,
  demo: { absent: never, permanent: never, temporary: never },
  testing: { absent: never, permanent: never, temporary: never },
};

function expectedFields(code: Code) {
  const issues = code.startsWith('30') || code.startsWith('7');
  const pending = code.includes('?') && issues;
  const days = code.startsWith('30') ? 30 : code.startsWith('7') ? 7 : null;
  return {
    decision: code.startsWith('30') ? 'issue-30-day' : code.startsWith('7') ? 'issue-7-day' : 'refer-to-licensing',
    expiresInDays: days,
    expiresOn: days && !pending ? (days === 30 ? '2024-05-31' : '2024-05-08') : null,
    sameFeatureSet: issues,
    requiresOriginal: issues,
    missingInputs: pending ? ['original-license-file'] : code === 'ref?issuer' ? ['original-issuer'] : [],
    followUpWithLicenseManagement: code.endsWith('+fu'),
    referToLicensingToo: code.startsWith('7'),
    licensingEmail: 'license@genesys.com',
  };
}

const cases = TEMP_LICENSE_REASONS.flatMap((reason) =>
  (['absent', 'permanent', 'temporary'] as const).flatMap((state) =>
    (['licensing', 'customer-care', 'unknown'] as const).flatMap((issuer) =>
      ([false, true] as const).map((outside) => {
        const code = EXPECTED[reason][state][issuer][outside ? 1 : 0];
        return { reason, state, issuer, outside, code };
      }),
    ),
  ),
);

describe('decideTempLicense: the whole table (DOMAIN.md §6, seed 000 "Requesting Temporary License Files")', () => {
  it('covers every reason × hours × original × issuer (126 combinations)', () => {
    expect(cases).toHaveLength(126);
  });

  it.each(cases)(
    'DOMAIN.md §6 / seed 000: $reason, outside hours $outside, original $state, issued by $issuer → $code',
    ({ reason, state, issuer, outside, code }) => {
      const outcome = decide({ reason, outsideBusinessHours: outside, original: original(state, issuer) });
      expect(outcome).toMatchObject(expectedFields(code));
      expect(outcome.reasons.length).toBeGreaterThan(0);
      for (const sentence of outcome.reasons) expect(sentence).toMatch(/^[A-Z].*[.?]$/);
    },
  );
});

describe('decideTempLicense: what the customer is told and the values used', () => {
  it('seed 000 case 1: the 30-day file keeps exactly the same feature set and says when it expires', () => {
    const outcome = decide({ reason: 'emergency-rehost', original: original('permanent', 'licensing') });
    expect(outcome.reasons).toEqual([
      'Because this is an emergency outside business hours, Customer Care can issue a 30-day temporary license file with exactly the same features as your permanent license file, expiring on 2024-05-31.',
    ]);
  });

  it('seed 000 case 1: inside business hours the Licensing team is open, so the customer is referred', () => {
    const outcome = decide({
      reason: 'emergency-extension',
      outsideBusinessHours: false,
      original: original('permanent', 'licensing'),
    });
    expect(outcome.reasons.join(' ')).toContain('The Licensing team is open now');
    expect(outcome.reasons.at(-1)).toBe(
      'Please email your request to the Americas Licensing team at license@genesys.com; they handle it during Americas business hours.',
    );
  });

  it('seed 000 case 2: the 7-day file comes with a referral to the regional Licensing team', () => {
    const outcome = decide({ reason: 'modify-temporary', original: original('temporary', 'licensing') });
    expect(outcome.reasons.join(' ')).toContain('7-day temporary license file');
    expect(outcome.reasons.join(' ')).toContain(
      'please also contact the Americas Licensing team at license@genesys.com',
    );
  });

  it('seed 000 case 3: Customer Care says it follows up with License Management', () => {
    const outcome = decide({ reason: 'critical-production-licensing', original: original('permanent', 'licensing') });
    expect(outcome.reasons.join(' ')).toContain('follow up with License Management');
  });

  it('seed 000 NOTE: demos and testing are refused and sent to Licensing', () => {
    for (const reason of ['demo', 'testing'] as const) {
      expect(decide({ reason }).reasons[0]).toBe(
        'Customer Care cannot issue a temporary license file for demos or testing.',
      );
    }
  });

  it('seed 000 NOTE: no further extension of a temporary file Customer Care itself issued', () => {
    const outcome = decide({ reason: 'extend-temporary', original: original('temporary', 'customer-care') });
    expect(outcome.reasons[0]).toContain('that Customer Care itself issued');
  });

  it('seed 000 cases 1 and 3: a missing original is asked for, and nothing is issued until it arrives', () => {
    const outcome = decide({ reason: 'emergency-extension' });
    expect(outcome).toMatchObject({ decision: 'issue-30-day', expiresInDays: 30, expiresOn: null });
    expect(outcome.reasons.at(-1)).toBe(
      'Please attach your original license file: Customer Care needs it before issuing anything.',
    );
  });

  it('seed 000: an original that is attached but not parsed counts as supplied', () => {
    const outcome = decide({ reason: 'critical-production-licensing', original: { attached: true } });
    expect(outcome).toMatchObject({ decision: 'issue-30-day', missingInputs: [], expiresOn: '2024-05-31' });
  });

  it('seed 000: an unreadable original (error diagnostics) is asked for again, naming the first problem', () => {
    const outcome = decide({
      reason: 'emergency-rehost',
      original: { attached: true, report: UNREADABLE, issuedBy: 'licensing' },
    });
    expect(outcome).toMatchObject({
      decision: 'issue-30-day',
      missingInputs: ['readable-original-license-file'],
      expiresOn: null,
    });
    expect(outcome.reasons.at(-1)).toBe(
      'We could not read the license file you sent (line 1: SERVER line needs a host name and a host id). Please send a readable copy of the original license file; nothing is issued until then.',
    );
  });

  it('DOMAIN.md §6: the file decides, not the reason — an "emergency extension" of a temporary file is case 2, and says why', () => {
    const outcome = decide({ reason: 'emergency-extension', original: original('temporary', 'licensing') });
    expect(outcome.decision).toBe('issue-7-day');
    expect(outcome.reasons[0]).toBe(
      'The license file you sent is a temporary file (it expires on 2024-06-10), not a permanent one, so the rule for temporary files applies.',
    );
  });

  it('DOMAIN.md §6: a "modify temporary" request with a permanent file is case 1, and says why', () => {
    const outcome = decide({ reason: 'modify-temporary', original: original('permanent', 'licensing') });
    expect(outcome.decision).toBe('issue-30-day');
    expect(outcome.reasons[0]).toContain('is a permanent file (it never expires), not a temporary one');
  });

  it('DOMAIN.md §6: a permanent file said to be issued by Customer Care is treated as Licensing’s, and says why', () => {
    const outcome = decide({ reason: 'emergency-rehost', original: original('permanent', 'customer-care') });
    expect(outcome.decision).toBe('issue-30-day');
    expect(outcome.reasons[0]).toContain('only the regional Licensing team issues permanent files');
  });

  it('DOMAIN.md §6: without a parsed file, a file Customer Care issued is temporary, so it is referred', () => {
    const outcome = decide({ reason: 'emergency-extension', original: { attached: false, issuedBy: 'customer-care' } });
    expect(outcome.decision).toBe('refer-to-licensing');
    expect(outcome.reasons[0]).toContain('Customer Care only ever issues temporary license files');
  });

  it('DOMAIN.md §6: the regional Licensing address comes from policy', () => {
    expect(decide({ reason: 'demo', region: 'emea' }).licensingEmail).toBe('emea.licensing@genesys.com');
    expect(decide({ reason: 'demo', region: 'japan' }).licensingEmail).toBe('japanorder@genesys.com');
    expect(decide({ reason: 'demo', region: 'apac' }).licensingEmail).toBe('license@genesys.com');
  });

  it('DOMAIN.md §6: the day counts come from policy.tempLicense, not from the code', () => {
    const policy = {
      ...DEFAULT_POLICY,
      tempLicense: { ...DEFAULT_POLICY.tempLicense, emergencyDays: 45, modificationDays: 10 },
    };
    const emergency = decide({
      reason: 'critical-production-licensing',
      original: original('permanent', 'licensing'),
      policy,
    });
    expect(emergency).toMatchObject({ decision: 'issue-30-day', expiresInDays: 45, expiresOn: '2024-06-15' });
    expect(emergency.reasons[0]).toContain('45-day');
    const modification = decide({ reason: 'modify-temporary', original: original('temporary', 'licensing'), policy });
    expect(modification).toMatchObject({ decision: 'issue-7-day', expiresInDays: 10, expiresOn: '2024-05-11' });
  });

  it('DOMAIN.md §8: the expiry date counts from today in the region’s time zone', () => {
    const lateUtc = new Date('2024-05-31T20:00:00Z'); // already 1 June in Tokyo, still 31 May in New York
    const request = { reason: 'emergency-rehost' as const, original: original('permanent', 'licensing'), now: lateUtc };
    expect(decide({ ...request, region: 'japan' }).expiresOn).toBe('2024-07-01');
    expect(decide({ ...request, region: 'americas' }).expiresOn).toBe('2024-06-30');
  });
});
