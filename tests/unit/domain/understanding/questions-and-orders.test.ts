/** Issue 21 §5 (questions answered from the rules) and the controlled-release fields (DOMAIN.md §5). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { findShipTo } from '../../../../src/domain/understanding/controlled-release.ts';
import { findReason } from '../../../../src/domain/understanding/order-reason.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string) =>
  ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products, asked: [] });

describe('issue 21 §5: what is asked, by topic', () => {
  it('issue 21 §5: how to get software, asked in any words, is a download-how question', () => {
    for (const text of [
      'where would I find the installer for Interaction Server 8.5?',
      'can we download the Stat Server package ourselves?',
      'how do software downloads work for our resellers?',
    ])
      expect(read(text).slots.questions?.value, text).toContain('download-how');
  });

  it('issue 21 §5: "where do I download hot fix 8.5.104.20?" asks for a download, not the hot-fix policy', () => {
    expect(read('where do I download the SIP Server hot fix 8.5.104.20?').slots.questions?.value).toEqual([
      'download-how',
    ]);
  });

  it('issue 21 §5: version pairs asked about are a release-type question beside the others', () => {
    const r = read(
      '8.5.110 to 8.5.130 and 8.5 to 9.0, which release types are those? and is paid-up maintenance needed?',
    );
    expect(r.slots.questions?.value).toEqual(expect.arrayContaining(['release-type', 'maintenance-fees']));
    expect(r.slots.releaseVersions?.value).toEqual([
      { from: '8.5.110', to: '8.5.130' },
      { from: '8.5', to: '9.0' },
    ]);
  });

  it('issue 21 §5: "support hours" is the business-hours question', () => {
    expect(read('what are your support hours for Spain?').slots.questions?.value).toContain('business-hours');
  });
});

describe('DOMAIN.md §5: controlled-release order fields', () => {
  it('DOMAIN.md §5: "we need it for RHEL 7" names the platform, not a reason; a real reason is taken', () => {
    expect(findReason('We need it for RHEL 7.')).toBeUndefined();
    expect(findReason('We need it for RHEL 8. We need it to rebuild our standby site.')?.value).toBe(
      'We need it to rebuild our standby site',
    );
  });

  it('DOMAIN.md §5: "sent via courier to …" is a ship-to, and "Av." or "St." ends no sentence', () => {
    expect(
      findShipTo('sent via courier to Initech, Av. Brasil 200, Rio de Janeiro, +55 21 4000 0000. Thanks')?.value,
    ).toBe('Initech, Av. Brasil 200, Rio de Janeiro, +55 21 4000 0000');
  });
});
