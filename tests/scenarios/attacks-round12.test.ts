/**
 * Holes found by the round-12 red team, through the replay runner (the entry point the evaluators use).
 * Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, ERIN_VERIFIED, email, lastTo, replay, slack, toRecipient } from '../support/replay.ts';

const MISSING_CIRCUMSTANCES = 'Our production SIP Server 9.0 crashes every night, severity high, 40 agents.';

describe('a request to close the case still being gathered', () => {
  it.each([
    'It works again, please close the case.',
    'The problem is gone, you may close this case.',
    'Both issues are fixed, please close both cases.',
    'please close case 01000001',
  ])(
    'DOMAIN.md §3, §4: %j while the circumstances are asked withdraws the draft: no clock, no staff notice',
    async (text) => {
      const r = await replay([...ANA_VERIFIED, slack('U01ANA', MISSING_CIRCUMSTANCES), slack('U01ANA', text, '+2m')]);
      expect(lastTo(r, 'U01ANA')).toMatch(/Case 01000001 is withdrawn/);
      expect(r.cases).toEqual([]);
      expect(toRecipient(r, 'care@vendor.example')).toEqual([]);
    },
  );

  it('a partner with a case open for one End User and a draft for another: "close both" withdraws the draft and closes the open case (round 18)', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Initech: production Workspace Desktop Edition 8.5 freezes on login for 30 agents since the upgrade on Monday, severity medium.',
      ),
      slack(
        'U03ERIN',
        'For Umbrella Retail: Genesys Administrator on production crashes every night, severity high, 40 agents.',
      ),
      slack('U03ERIN', 'Both issues are fixed, please close both cases.', '+2m'),
    ]);
    const toErin = toRecipient(r, 'U03ERIN').join('\n');
    expect(toErin).toMatch(/Case 01000002 is withdrawn/);
    expect(toErin).toMatch(/Case 01000001 is closed, as you asked/);
    expect(r.cases.map((c) => [c.number, c.state, c.endUser])).toEqual([['01000001', 'closed', 'initech']]);
  });

  it.each([
    'It started after we closed port 5060 on the firewall on Friday.',
    'It started when we closed the old case in our ticketing tool and restarted the server.',
    'Calls close after 30 seconds since the upgrade on Friday.',
  ])('the circumstances are still taken when the sentence only mentions closing something else: %j', async (text) => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', MISSING_CIRCUMSTANCES), slack('U01ANA', text, '+2m')]);
    expect(r.cases.map((c) => c.state)).toEqual(['open']);
  });
});

describe('a license request from an account whose Service Contract has lapsed', () => {
  const ORDER = (company: string) =>
    [
      `PIN: ${company === 'Hooli Ltd' ? '947261' : '482913'}`,
      'Please issue a temporary license while our contract renewal is processed.',
      `Company name: ${company}`,
      'Sellable item: SIP Server 8.5, quantity 10',
      'License server host name: lic1',
      'Host ID: 0050568a1b2c',
      'OS: Windows Server 2019',
      'Server configuration: single',
      'Purpose: production',
      'Deployment mode: separate',
    ].join('\n');
  const LICENSING = ['license@genesys.com', 'emea.licensing@genesys.com', 'apac.licensing@genesys.com'];

  async function routed(from: string, company: string) {
    const r = await replay([email(from, ORDER(company), { subject: 'License order' }, '+0s')]);
    return {
      text: LICENSING.flatMap((to) => toRecipient(r, to)).join('\n'),
      audit: r.audit.find((a) => a.action === 'license-request.routed'),
      toWriter: toRecipient(r, from).join('\n'),
    };
  }

  it('DOMAIN.md §1, §6: routed to Licensing with the contract check first (a temporary file for a lapsed contract is refused by Customer Care itself)', async () => {
    const { text, audit, toWriter } = await routed('ivy@hooli.example', 'Hooli Ltd');
    expect(text).toMatch(
      /^CHECK CONTRACT BEFORE ISSUING: no Service Contract of Hooli Ltd \(C-400, lapsed, ended .*2025\) is in force\./,
    );
    expect(audit?.details).toMatchObject({ contractConcern: true });
    expect(toWriter).not.toContain('CHECK CONTRACT');
  });

  it('an account with a contract in force carries no such line', async () => {
    const { text, audit } = await routed('ana@acme.example', 'Acme Corp');
    expect(text).toContain('Acme');
    expect(text).not.toContain('CHECK CONTRACT');
    expect(audit?.details).toMatchObject({ contractConcern: false });
  });
});
