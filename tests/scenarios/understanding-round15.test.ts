/**
 * Issue 21, round 15: dialogue outcomes the third promoted held-out part showed wrong, each class probed with
 * messages written for this file (in other words than the corpus) before the rule was changed.
 */
import { describe, expect, it } from 'vitest';
import { CARLA_VERIFIED, replay, slack, toRecipient } from '../support/replay.ts';

describe('issue 21 §3: a product outage caused by licensing, with a severity asked for, is a case', () => {
  it.each([
    [
      'SIP Server 9.0 production is down after the license server (host id 0050569a1b2c) was rebuilt on Windows Server 2019, severity critical',
      'critical-production-down',
    ],
    [
      'the VM hosting our license server was deleted in a cleanup; Interaction Server 9.0 production won’t start. Severity: critical. We kept the original license file.',
      'critical',
    ],
    [
      'After an accidental delete of the license server virtual machine, SIP Server 9.0 in production cannot start. We need severity High. The original license file is available.',
      'high',
    ],
  ])('issue 21 §3: "%s" opens a case at the level asked (%s), not a license request', async (text, severity) => {
    const r = await replay([...CARLA_VERIFIED, slack('U02CARLA', text)]);
    expect(r.licenseRequests).toEqual([]);
    expect(r.cases).toMatchObject([{ state: 'open', system: 'production', severity }]);
    const callNow = toRecipient(r, 'U02CARLA')[2]!.includes('call Customer Care now');
    expect(callNow).toBe(severity !== 'high');
  });

  it('issue 21 §3: a license file asked for, urgently, with license fields, is still a license request', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack(
        'U02CARLA',
        'Could you generate a license file for SIP Server 9.0, host id 0050569a1b2c, sold to Globex, 300 seats? It is urgent.',
      ),
    ]);
    expect(r.cases).toEqual([]);
    expect(r.licenseRequests).toHaveLength(1);
  });
});
