/**
 * Issue 21, as the red team wrote it (round 10): a partner's message for another End User in the middle of
 * a case, and one mail making several requests about cases.
 */
import { describe, expect, it } from 'vitest';
import { ERIN_VERIFIED, email, replay, slack, toRecipient } from '../support/replay.ts';

describe('issue 21 §4: a message naming another End User is a new request', () => {
  it('issue 21 §4: "For Initech: …" after an Umbrella case is opened opens a case for Initech, not added to the Umbrella case', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Umbrella Retail: Genesys Administrator 8.1 in production shows an empty agent list since this morning, severity high',
      ),
      slack('U03ERIN', 'For Initech: Workspace Desktop Edition 8.5 in production, reports are slow, severity low'),
    ]);
    expect(r.cases).toMatchObject([
      { endUser: 'umbrella', product: 'Genesys Administrator', severity: 'high' },
      { endUser: 'initech', product: 'Workspace Desktop Edition', severity: 'low' },
    ]);
    expect(r.cases[0]!.description).not.toContain('reports are slow');
    expect(toRecipient(r, 'U03ERIN').join('\n')).not.toContain('Which one is this for?');
  });

  it('issue 21 §4: while an Umbrella draft still asks for its product, "For Initech: <product> …" is not taken as its answer', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', 'For Umbrella Retail: our agents cannot log in, severity high'),
      slack('U03ERIN', 'For Initech: Workspace Desktop Edition 8.5 in production, reports are slow, severity low'),
    ]);
    const initech = r.cases.filter((c) => c.endUser === 'initech');
    expect(initech).toMatchObject([{ product: 'Workspace Desktop Edition', severity: 'low' }]);
    expect(r.cases.filter((c) => c.endUser === 'umbrella' && c.product === 'Workspace Desktop Edition')).toEqual([]);
  });

  it('issue 21 §4: naming the same End User again stays with its case', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Umbrella Retail: Genesys Administrator 8.1 in production shows an empty agent list since this morning, severity high',
      ),
      slack('U03ERIN', 'For Umbrella: about 40 agents cannot take calls'),
    ]);
    expect(r.cases).toMatchObject([{ endUser: 'umbrella', product: 'Genesys Administrator' }]);
  });
});
