/**
 * Holes found by the round-13 red team, through the replay runner (the entry point the evaluators use).
 * Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, ERIN_VERIFIED, email, lastTo, replay, slack, toRecipient } from '../support/replay.ts';

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
