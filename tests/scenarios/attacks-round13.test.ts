/**
 * Holes found by the round-13 red team, through the replay runner (the entry point the evaluators use).
 * Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import {
  ANA_VERIFIED,
  CARLA_VERIFIED,
  ERIN_VERIFIED,
  email,
  lastTo,
  replay,
  slack,
  staff,
  toRecipient,
} from '../support/replay.ts';

const UMBRELLA_CASE =
  'For Umbrella Retail: Genesys Administrator on production crashes every night since the upgrade on Monday, severity medium, 40 agents.';
const ASKED_WHICH =
  /^This conversation is about Case 01000001 for Umbrella Retail, but your message is about Initech KK, so I have not changed Case 01000001\. Which case do you mean\?/;

describe('round 13: a partner’s request naming another End User than the case’s', () => {
  it.each([
    ['For Initech: please set the severity to low.', 'medium', 'open'],
    ['Initech says it is fixed, please close the case.', 'medium', 'open'],
    ['For Initech KK, please raise it to critical.', 'medium', 'open'],
    ['What is the status for Initech?', 'medium', 'open'],
  ])(
    'DOMAIN.md §1: %j in an Umbrella case’s Slack thread changes nothing there and asks which case',
    async (text, severity, state) => {
      const r = await replay([...ERIN_VERIFIED, slack('U03ERIN', UMBRELLA_CASE), slack('U03ERIN', text, '+5m')]);
      expect(lastTo(r, 'U03ERIN')).toMatch(ASKED_WHICH);
      expect(r.cases.map((c) => [c.number, c.endUser, c.severity, c.state])).toEqual([
        ['01000001', 'umbrella', severity, state],
      ]);
      expect(r.escalations).toEqual([]);
      expect(r.audit.some((a) => a.action === 'case.other-end-user-named')).toBe(true);
    },
  );

  it('the same by mail in the case’s thread (its [Case N] tag is the thread’s, not a number the writer named)', async () => {
    const r = await replay([
      email('erin@northwind.example', `PIN: 857302\n${UMBRELLA_CASE}`, {}, '+0s'),
      email(
        'erin@northwind.example',
        'For Initech KK: please lower the severity to low, it is not urgent any more.',
        { subject: 'Re: [Case 01000001] Support request' },
        '+10m',
      ),
    ]);
    expect(lastTo(r, 'erin@northwind.example')).toMatch(ASKED_WHICH);
    expect(r.cases.map((c) => c.severity)).toEqual(['medium']);
  });

  it('while the case still collects, "For Initech: severity low." is not taken as the Umbrella case’s severity', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', 'For Umbrella Retail: Genesys Administrator on production crashes every night.'),
      slack('U03ERIN', 'For Initech: severity low.', '+2m'),
    ]);
    expect(lastTo(r, 'U03ERIN')).toMatch(ASKED_WHICH);
    expect(r.cases.map((c) => [c.endUser, c.severity, c.state])).toEqual([['umbrella', null, 'collecting']]);
  });

  it.each([
    ['Umbrella confirms it is fixed, please close the case.', 'closed'],
    ['Please close the case, it is fixed.', 'closed'],
  ])('naming the case’s own End User, or nobody, still acts on it: %j', async (text, state) => {
    const r = await replay([...ERIN_VERIFIED, slack('U03ERIN', UMBRELLA_CASE), slack('U03ERIN', text, '+5m')]);
    expect(r.cases.map((c) => c.state)).toEqual([state]);
  });

  it('a company the writer holds no case of, named in passing, does not hold up her own case’s request', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'Our production SIP Server 9.0 drops calls after 30 seconds since the dial plan change, severity medium, 20 agents.',
      ),
      slack('U01ANA', 'Calls to Globex numbers fail too, please raise it to high.', '+5m'),
    ]);
    expect(r.cases.map((c) => c.severity)).toEqual(['high']);
  });

  it('a case named by number is the one meant: "close case N" for the Initech case from the Umbrella thread closes it', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Initech: production Workspace Desktop Edition 8.5 freezes on login for 30 agents since the upgrade on Monday, severity medium.',
      ),
      slack('U03ERIN', UMBRELLA_CASE, '+1m'),
      slack('U03ERIN', 'Initech says it is fixed, please close case 01000001.', '+5m'),
    ]);
    expect(r.cases.map((c) => [c.number, c.endUser, c.state])).toEqual([
      ['01000001', 'initech', 'closed'],
      ['01000002', 'umbrella', 'open'],
    ]);
    expect(toRecipient(r, 'U03ERIN').some((t) => ASKED_WHICH.test(t))).toBe(false);
  });
});

describe('round 13: a close asked for later, the condition after the verb', () => {
  const ANA_CASE =
    'Our production SIP Server 9.0 drops calls after 30 seconds since the dial plan change yesterday, severity high, 20 agents.';
  it.each([
    'Please close the case after we confirm the fix on Friday.',
    'Please close it once we confirm the patch works.',
    'You can close case 01000001 when done.',
    'Close it next week if nothing recurs.',
    'Please close the case tomorrow.',
  ])('rules "Cases": %j leaves the case open, adds the words to it and tells the analyst', async (text) => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', ANA_CASE), slack('U01ANA', text, '+5m')]);
    expect(r.cases.map((c) => c.state)).toEqual(['open']);
    expect(lastTo(r, 'U01ANA')).not.toMatch(/is closed/);
    expect(toRecipient(r, 'care@vendor.example').at(-1)).toContain(text);
  });

  it.each([
    'Please close it when you can.',
    'Close the case if possible, it works again.',
    'Please close this case as we fixed it on Monday.',
    'Please close the case by Friday.',
  ])('a courtesy, a past day or a deadline is no condition: %j closes the case', async (text) => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', ANA_CASE), slack('U01ANA', text, '+5m')]);
    expect(r.cases.map((c) => c.state)).toEqual(['closed']);
  });
});

describe('round 13: a temporary license for a product the contract does not cover', () => {
  it.each([
    ['U01ANA', 'Workforce Management 8.5', 'Acme Corp'],
    ['U02CARLA', 'Genesys Info Mart', 'Globex Inc'],
  ])(
    'DOMAIN.md §1, §6: %s asking one for %s is refused, nothing is opened or put to staff',
    async (user, product, account) => {
      const steps = user === 'U01ANA' ? ANA_VERIFIED : CARLA_VERIFIED;
      const r = await replay([
        ...steps,
        slack(
          user,
          `Our license server for ${product} crashed and the license file is corrupted, production is down. We need an emergency temporary license.`,
        ),
        {
          at: '+2m',
          message: {
            channel: 'slack',
            from: user,
            text: 'Here is our original license file',
            attachments: [
              {
                filename: 'license.dat',
                content:
                  'SERVER licsrv01 0050569a1b2c 7260\nVENDOR genesys.d\nFEATURE WFM_SERVER genesys.d 8.5 permanent 100 SIGN=ABC123\n',
              },
            ],
          },
        },
      ]);
      expect(toRecipient(r, user).join('\n')).toContain(
        `Customer Care cannot issue a temporary license file for ${product}: it is not covered by the Service Contract of ${account}`,
      );
      expect(r.cases).toEqual([]);
      expect(r.approvals).toEqual([]);
    },
  );

  it('a product the contract covers still goes to approval', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'Our license server for SIP Server 8.5 crashed and production is down, we need a temporary license',
      ),
      {
        at: '+2m',
        message: {
          channel: 'slack',
          from: 'U01ANA',
          text: 'Here is our original license file',
          attachments: [
            {
              filename: 'license.dat',
              content:
                'SERVER licsrv01 0050569a1b2c 7260\nVENDOR genesys.d\nFEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=ABC123\n',
            },
          ],
        },
      },
    ]);
    expect(r.approvals.map((a) => a.state)).toEqual(['pending']);
  });
});

describe('round 13: the contact writes in a resolved case’s thread that the problem is back', () => {
  const ANA_CASE =
    'Our production SIP Server 9.0 drops calls after 30 seconds since the dial plan change yesterday, severity high, 20 agents.';
  const RESOLVED = [
    ...ANA_VERIFIED,
    slack('U01ANA', ANA_CASE),
    staff('U09ANALYST', 'take', {}, '+5m'),
    staff('U09ANALYST', 'resolve', { text: 'Fixed by config change' }, '+1h'),
  ];

  it('rules "Cases": the case opens again, its targets restart from the reply, the analyst is told', async () => {
    const r = await replay([
      ...RESOLVED,
      slack('U01ANA', 'The problem is back since this morning, calls drop again.', '+2h'),
    ]);
    expect(lastTo(r, 'U01ANA')).toMatch(/^Case 01000001 is open again: .*first response due by Tue 24 Nov, 10:00 CET/);
    expect(r.cases.map((c) => [c.state, c.severity])).toEqual([['open', 'high']]);
    expect(toRecipient(r, 'care@vendor.example').at(-1)).toMatch(/^Case 01000001 reopened by Ana Ruiz/);
  });

  it('DOMAIN.md §2: "the problem is back … please raise it to critical" reopens it on the critical path: call now, staff paged, and the clock pages', async () => {
    const r = await replay([
      ...RESOLVED,
      slack('U01ANA', 'The problem is back: calls drop again on production. Please raise it to critical.', '+2h'),
      { advance: '3h' },
    ]);
    expect(r.cases.map((c) => [c.state, c.severity])).toEqual([['open', 'critical']]);
    expect(toRecipient(r, 'U01ANA').join('\n')).toMatch(/please call Customer Care now on/);
    expect(r.pages.map((p) => p.target)).toContain('response');
  });

  it('"Thank you!" after the resolution does not reopen it', async () => {
    const r = await replay([...RESOLVED, slack('U01ANA', 'Thank you!', '+2h')]);
    expect(r.cases.map((c) => c.state)).toEqual(['resolved']);
  });
});

describe('round 13: news or an answer mentioning another End User in passing stays with the case', () => {
  it('"It started after Initech’s migration moved the shared SIP trunk" answers the Umbrella draft’s question', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Umbrella Retail: Genesys Administrator on production crashes every night, severity medium, 40 agents.',
      ),
      slack('U03ERIN', 'It started after the Initech migration moved the shared SIP trunk on Monday.', '+2m'),
    ]);
    expect(toRecipient(r, 'U03ERIN').some((t) => ASKED_WHICH.test(t))).toBe(false);
    expect(r.cases.map((c) => [c.endUser, c.state])).toEqual([['umbrella', 'open']]);
  });
});
