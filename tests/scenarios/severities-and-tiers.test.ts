/**
 * Severities (DOMAIN.md §2) and the targets of each care tier (DOMAIN.md §3), with business hours,
 * holidays and time zones of DOMAIN.md §8. Every due below is worked out by hand in its comment.
 */
import { describe, expect, it } from 'vitest';
import type { ReplayStep } from '../../src/services/replay/script.ts';
import {
  ANA_VERIFIED,
  CARLA_VERIFIED,
  ERIN_VERIFIED,
  lastTo,
  type ReplayResult,
  replay,
  slack,
  toRecipient,
} from '../support/replay.ts';

/** A case given in three messages: the last one (at `final`) completes it and starts the clock. */
function threeMessages(user: string, first: string, final: string): ReplayStep[] {
  const at = new Date(final).getTime();
  return [
    slack(user, first, new Date(at - 120_000).toISOString()),
    slack(user, 'About forty agents are affected', new Date(at - 60_000).toISOString()),
    // The clock starts with the circumstances (seed 001 §2.1), which come last here.
    slack(user, 'It started after the network change last week', final),
  ];
}

function onlyCase(r: ReplayResult) {
  expect(r.cases).toHaveLength(1);
  return r.cases[0]!;
}

describe('severities', () => {
  it('DOMAIN.md §2: Critical – Production Down on production opens at once, must be called in on the regional number, pages analyst and manager', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'Critical production down: SIP Server 9.0 rejects every call on production',
        '2026-11-23T14:00:00Z',
      ),
    ]);
    // 7x24, Premium Care: response 30 minutes, restoration 4 hours, wall clock.
    expect(onlyCase(r)).toMatchObject({
      type: 'support',
      state: 'open',
      severity: 'critical-production-down',
      tier: 'premium-care',
      system: 'production',
      product: 'SIP Server',
      version: '9.0',
      soldTo: 'acme',
      endUser: 'acme',
      contact: 'ana@acme.example',
      responseDue: '2026-11-23T14:30:00.000Z',
      targetDue: '2026-11-23T18:00:00.000Z',
      mustCallIn: true,
    });
    const reply = toRecipient(r, 'U01ANA').find((t) => t.startsWith('Case 01000001 is open')) ?? '';
    expect(reply).toContain(
      'Critical issues must be reported by telephone: please call Customer Care now on +44 1189 74 7000',
    );
    for (const staff of ['care@vendor.example', 'manager@vendor.example']) {
      expect(lastTo(r, staff)).toContain('CRITICAL Case 01000001 — Critical – Production Down (Premium Care)');
    }
    expect(toRecipient(r, 'care.apac@vendor.example')).toEqual([]);
  });

  it('DOMAIN.md §2: a Critical severity on a test/lab system is capped at High, with the reason', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'SIP Server on our test lab is down, severity critical')]);
    expect(toRecipient(r, 'U01ANA')[2]).toBe(
      'A test or lab system can be at most High severity (Critical levels are for production systems only), so I have set this case to High instead of Critical.',
    );
    // Its circumstances are still missing, so the case waits for them (seed 001 §2.1).
    expect(onlyCase(r)).toMatchObject({ state: 'collecting', severity: 'high', system: 'test', mustCallIn: false });
    expect(toRecipient(r, 'manager@vendor.example')).toEqual([]);
  });

  // Premium Care (Acme: Europe/Paris, French holidays). Monday 23 November 2026, 15:00 in Paris = 14:00Z.
  const premium: Array<[string, string, string, string, string]> = [
    // 7x24: 30 minutes; restoration 4 hours.
    [
      'critical-production-down',
      'Critical production down: SIP Server 9.0 rejects every call on production',
      '2026-11-23T14:00:00Z',
      '2026-11-23T14:30:00.000Z',
      '2026-11-23T18:00:00.000Z',
    ],
    // 7x24: 30 minutes; resolution 24 hours.
    [
      'critical',
      'SIP Server 9.0 drops half of the calls on production, severity critical',
      '2026-11-23T14:00:00Z',
      '2026-11-23T14:30:00.000Z',
      '2026-11-24T14:00:00.000Z',
    ],
    // Tuesday 10 Nov 17:00 Paris; Wednesday 11 Nov is a French holiday. 2 business hours: 17–18 Tue, 08–09 Thu
    // → Thu 12 Nov 09:00 Paris. 2 business days = 20 h: 1 Tue + 10 Thu + 9 Fri → Fri 13 Nov 17:00 Paris.
    [
      'high',
      'SIP Server 9.0 drops some calls on production, severity high',
      '2026-11-10T16:00:00Z',
      '2026-11-12T08:00:00.000Z',
      '2026-11-13T16:00:00.000Z',
    ],
    // 4 business hours: 15–18 Mon, 08–09 Tue → Tue 09:00 Paris. 5 business days → Mon 30 Nov 15:00 Paris.
    [
      'medium',
      'SIP Server 9.0 drops a few calls on production, severity medium',
      '2026-11-23T14:00:00Z',
      '2026-11-24T08:00:00.000Z',
      '2026-11-30T14:00:00.000Z',
    ],
    // 1 business day → Tue 24 Nov 15:00 Paris. 10 business days → Mon 7 Dec 15:00 Paris.
    [
      'low',
      'SIP Server 9.0 logs an error at every restart on production, severity low',
      '2026-11-23T14:00:00Z',
      '2026-11-24T14:00:00.000Z',
      '2026-12-07T14:00:00.000Z',
    ],
  ];
  for (const [severity, text, final, responseDue, targetDue] of premium) {
    it(`DOMAIN.md §3, §8: Premium Care at ${severity} gets the table 2 targets on the Paris calendar`, async () => {
      const critical = severity.startsWith('critical');
      const steps = critical
        ? [...ANA_VERIFIED, slack('U01ANA', text, final)]
        : [...ANA_VERIFIED, ...threeMessages('U01ANA', text, final)];
      const r = await replay(steps, critical ? undefined : new Date(new Date(final).getTime() - 600_000).toISOString());
      expect(onlyCase(r)).toMatchObject({ severity, tier: 'premium-care', state: 'open', responseDue, targetDue });
      expect(onlyCase(r).mustCallIn).toBe(critical);
    });
  }
});

describe('care tiers', () => {
  it('DOMAIN.md §3: Business Care High = 4 business hours, skipping US Thanksgiving (26 Nov 2026)', async () => {
    // Wed 25 Nov 16:00 New York: 16–18 Wed, Thursday is Thanksgiving, 08–10 Fri → Fri 27 Nov 10:00 ET.
    // 2 business days = 20 h: 2 Wed + 10 Fri + 8 Mon → Mon 30 Nov 16:00 ET.
    const final = '2026-11-25T21:00:00Z';
    const r = await replay(
      [
        ...CARLA_VERIFIED,
        ...threeMessages('U02CARLA', 'SIP Server 9.0 drops some calls on production, severity high', final),
      ],
      '2026-11-25T20:50:00Z',
    );
    expect(onlyCase(r)).toMatchObject({
      tier: 'business-care',
      severity: 'high',
      product: 'SIP Server',
      responseDue: '2026-11-27T15:00:00.000Z',
      targetDue: '2026-11-30T21:00:00.000Z',
      mustCallIn: false,
    });
    expect(lastTo(r, 'U02CARLA')).toContain('(committed for 80% of cases)');
  });

  it('DOMAIN.md §3: Premium Care High = 2 business hours', async () => {
    // Mon 23 Nov 15:00 Paris → 17:00 Paris; 2 business days → Wed 25 Nov 15:00 Paris.
    const r = await replay(
      [
        ...ANA_VERIFIED,
        ...threeMessages(
          'U01ANA',
          'SIP Server 9.0 drops some calls on production, severity high',
          '2026-11-23T14:00:00Z',
        ),
      ],
      '2026-11-23T13:50:00Z',
    );
    expect(onlyCase(r)).toMatchObject({
      tier: 'premium-care',
      severity: 'high',
      responseDue: '2026-11-23T16:00:00.000Z',
      targetDue: '2026-11-25T14:00:00.000Z',
    });
    expect(lastTo(r, 'U01ANA')).toContain('(committed for 90% of cases)');
  });

  it('DOMAIN.md §3, §8: Business Care Plus Medium = 4 business hours in Singapore, a late-evening case starting at the next opening', async () => {
    // Mon 23 Nov 22:00 Singapore (14:00Z) is after hours: the clock starts Tue 08:00 → 12:00 SGT (04:00Z).
    // 5 business days = 50 h from Tue 08:00: Tue, Wed, Thu, Fri, Mon full → Mon 30 Nov 18:00 SGT (10:00Z).
    const r = await replay(
      [
        ...ERIN_VERIFIED,
        ...threeMessages(
          'U03ERIN',
          'For Initech: Workspace Desktop Edition 8.5 hangs on production, severity medium',
          '2026-11-23T14:00:00Z',
        ),
      ],
      '2026-11-23T13:50:00Z',
    );
    expect(onlyCase(r)).toMatchObject({
      tier: 'business-care-plus',
      severity: 'medium',
      soldTo: 'northwind',
      endUser: 'initech',
      product: 'Workspace Desktop Edition',
      responseDue: '2026-11-24T04:00:00.000Z',
      targetDue: '2026-11-30T10:00:00.000Z',
    });
  });

  it('DOMAIN.md §3, §8: Pure Success Low = 1 business day in Tokyo, Labour Thanksgiving Day (23 Nov) closed', async () => {
    // Mon 23 Nov 23:00 Tokyo (14:00Z), a Japanese holiday: the clock starts Tue 24 Nov 08:00 JST.
    // 1 business day → Tue 18:00 JST (09:00Z). 10 business days → Mon 7 Dec 18:00 JST (09:00Z).
    const r = await replay(
      [
        ...ERIN_VERIFIED,
        ...threeMessages(
          'U03ERIN',
          'For Initech: PureConnect CIC 4.0 shows an error in the reports on production, severity low',
          '2026-11-23T14:00:00Z',
        ),
      ],
      '2026-11-23T13:50:00Z',
    );
    expect(onlyCase(r)).toMatchObject({
      tier: 'pure-success',
      severity: 'low',
      product: 'PureConnect CIC',
      endUser: 'initech',
      responseDue: '2026-11-24T09:00:00.000Z',
      targetDue: '2026-12-07T09:00:00.000Z',
    });
  });

  it('DOMAIN.md §3: Pure Success Enhanced Medium = 4 business hours (Globex, Workforce Management)', async () => {
    // Mon 23 Nov 09:00 New York → 13:00 ET (18:00Z). 5 business days skipping Thanksgiving: Tue, Wed, Fri,
    // Mon, Tue → Tue 1 Dec 09:00 ET (14:00Z).
    const r = await replay(
      [
        ...CARLA_VERIFIED,
        ...threeMessages(
          'U02CARLA',
          'Workforce Management 8.5 schedules fail to publish on production, severity medium',
          '2026-11-23T14:00:00Z',
        ),
      ],
      '2026-11-23T13:50:00Z',
    );
    expect(onlyCase(r)).toMatchObject({
      tier: 'pure-success-enhanced',
      severity: 'medium',
      product: 'Workforce Management',
      responseDue: '2026-11-23T18:00:00.000Z',
      targetDue: '2026-12-01T14:00:00.000Z',
    });
  });
});
