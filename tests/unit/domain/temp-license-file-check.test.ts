/** The temporary file an approver attaches, checked before it is sent (DOMAIN.md §6; issue 20 §3). */
import { describe, expect, it } from 'vitest';
import { parseLicenseFile } from '../../../src/domain/license-file/index.ts';
import { summariseLicenseFile } from '../../../src/domain/license-file/summary.ts';
import { checkTemporaryLicenseFile } from '../../../src/domain/temp-license-file-check.ts';

const original = summariseLicenseFile(
  parseLicenseFile(
    'SERVER s1 0050569a1b2c 7260\nVENDOR genesys.d\nFEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=A\n',
  ),
);
const check = (text: string, expectedExpiry = '2026-12-23', days = 30) =>
  checkTemporaryLicenseFile({ file: parseLicenseFile(text), original, expectedExpiry, days });

describe('temporary license file check (issue 20 §3)', () => {
  it('DOMAIN.md §6: the same features expiring in the rule’s days pass; the day either side too', () => {
    expect(check('FEATURE SIP_SERVER genesys.d 8.5 23-dec-2026 100 SIGN=T')).toEqual({ ok: true });
    expect(check('FEATURE SIP_SERVER genesys.d 8.5 22-dec-2026 100 SIGN=T')).toEqual({ ok: true });
    expect(check('FEATURE SIP_SERVER genesys.d 8.5 24-dec-2026 100 SIGN=T')).toEqual({ ok: true });
  });

  it('DOMAIN.md §6: other features, another count, a wrong duration, a permanent file, not a license file are refused with the reason', () => {
    expect(check('FEATURE URS genesys.d 8.5 23-dec-2026 100 SIGN=T')).toMatchObject({
      ok: false,
      problems: [
        'features of the original missing: SIP_SERVER 8.5 × 100',
        'features the original does not have: URS 8.5 × 100',
      ],
    });
    expect(check('FEATURE SIP_SERVER genesys.d 8.5 23-dec-2026 500 SIGN=T').ok).toBe(false);
    expect(check('FEATURE SIP_SERVER genesys.d 8.5 30-nov-2026 100 SIGN=T', '2026-12-23')).toMatchObject({
      ok: false,
      problems: ['expires on 2026-11-30; a 30-day file from today expires on 2026-12-23'],
    });
    expect(check('FEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=T')).toMatchObject({ ok: false });
    expect(check('Hello, here is the file you wanted')).toEqual({
      ok: false,
      problems: ['it is not a license file: no FEATURE or INCREMENT line was found'],
    });
  });
});
