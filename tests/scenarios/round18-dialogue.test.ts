/**
 * Issue 21 round 18 (fix-und-a): dialogue outcomes through the replay runner — a close of several cases while
 * one is still being gathered.
 */
import { describe, expect, it } from 'vitest';
import { ERIN_VERIFIED, replay, slack, toRecipient } from '../support/replay.ts';

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
