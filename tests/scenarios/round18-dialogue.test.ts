/**
 * Issue 21 round 18 (fix-und-a): dialogue outcomes through the replay runner — a close of several cases while
 * one is still being gathered; a referral remembered, so a reply about it is answered about it.
 */
import { describe, expect, it } from 'vitest';
import { CARLA_VERIFIED, ERIN_VERIFIED, email, lastTo, replay, slack, toRecipient } from '../support/replay.ts';

const INITECH =
  'For Initech: production Workspace Desktop Edition 8.5 freezes on login for 30 agents since the upgrade on Monday, severity medium.';
const UMBRELLA_DRAFT =
  'For Umbrella Retail: Genesys Administrator on production crashes every night, severity high, 40 agents.';

describe('issue 21 §6: "close both" while a case is being gathered', () => {
  it('issue 21 §6: with two other live cases, "close both" withdraws the draft, closes neither and asks which', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', INITECH),
      slack(
        'U03ERIN',
        'For Umbrella Retail: Genesys Administrator on production crashes every night since the patch on Friday, severity high, 40 agents.',
        '+1m',
      ),
      slack(
        'U03ERIN',
        'For Initech: production Workspace Desktop Edition 8.5 shows a blank toolbar for 12 agents, severity low.',
        '+1m',
      ),
      slack('U03ERIN', 'all fixed now, please close both cases', '+2m'),
    ]);
    const toErin = toRecipient(r, 'U03ERIN').join('\n');
    expect(toErin).toMatch(/Case 01000003 is withdrawn/);
    expect(toErin).toMatch(/more than one is still open:\n• Case 01000002[^\n]*\n• Case 01000001/);
    expect(r.cases.map((c) => c.state)).toEqual(['open', 'open']);
  });

  it('issue 21 §6: "close it please" of the draft alone leaves the other live case open', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', INITECH),
      slack('U03ERIN', UMBRELLA_DRAFT, '+1m'),
      slack('U03ERIN', 'Solved, close it please.', '+2m'),
    ]);
    expect(toRecipient(r, 'U03ERIN').join('\n')).toMatch(/Case 01000002 is withdrawn/);
    expect(r.cases.map((c) => [c.number, c.state])).toEqual([['01000001', 'open']]);
  });
});

const DEMO = 'need a temp license for WFM 8.5, our sales guys are demoing to a prospect thursday';

describe('issue 21 §12: a reply about the referral just made is answered about it', () => {
  it.each([
    ['ok, who exactly at Licensing?', /Please write to the regional Licensing team at license@genesys\.com/],
    [
      'hmm ok. is there an email address for them?',
      /Please write to the regional Licensing team at license@genesys\.com/,
    ],
    ['I did write to them, no answer', /have not answered yet[\s\S]*license@genesys\.com/],
    ['sent them a mail on monday, nothing since. what now?', /have not answered yet/],
    ["come on, it's only for a week. can't you make an exception?", /cannot make an exception[\s\S]*demos or testing/],
    ['please, just this once, the demo is tomorrow', /cannot make an exception/],
  ])('issue 21 §12: after a referral to Licensing, %j is answered about it', async (text, answer) => {
    const r = await replay([...CARLA_VERIFIED, slack('U02CARLA', DEMO), slack('U02CARLA', text, '+5m')]);
    expect(lastTo(r, 'U02CARLA')).toMatch(answer);
    expect(r.cases).toEqual([]);
  });

  it('issue 21 §12: a mail answering the referral without In-Reply-To (a conversation of its own) is still about it', async () => {
    const r = await replay([
      email(
        'ana@acme.example',
        'PIN: 482913\n\nThe temporary license file for SIP Server 9.0 that Customer Care sent us three weeks ago expires on Friday. Can you extend it once more?',
        { subject: 'temp license' },
        '+0s',
      ),
      email(
        'ana@acme.example',
        'Understood. To which address exactly should I write?',
        { subject: 'Re: temp license' },
        '+20m',
      ),
    ]);
    expect(lastTo(r, 'ana@acme.example')).toMatch(
      /Please write to the regional Licensing team at emea\.licensing@genesys\.com/,
    );
  });

  it('issue 21 §12: a request of its own after a referral is read as that request, not about the referral', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', DEMO),
      slack(
        'U02CARLA',
        'other thing: our production SIP Server 9.0 drops every call since the upgrade this morning, 200 agents idle, critical. can you help?',
        '+5m',
      ),
    ]);
    expect(r.cases.map((c) => c.product)).toEqual(['SIP Server']);
    expect(toRecipient(r, 'U02CARLA').join('\n')).not.toMatch(/cannot make an exception|have not answered yet/);
  });

  it('issue 21 §12: after a fee question sent to the account team, "who do we ask there?" is answered about the account team', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'do the maintenance fees go up when we add seats mid-contract?'),
      slack('U02CARLA', 'ok, and how do I reach the account team?', '+5m'),
    ]);
    expect(lastTo(r, 'U02CARLA')).toMatch(/Please write to your account team or Sales Representative/);
  });
});
