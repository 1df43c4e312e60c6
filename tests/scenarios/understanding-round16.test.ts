/**
 * Issue 21, round 16: dialogue outcomes the fourth promoted held-out part and the blind batch x5 showed wrong,
 * each class probed with messages written for this file (other words than the corpus) before the rule was
 * changed: a draft withdrawn by a reply that says why; an answer with a question about the rules beside it;
 * a second problem's own severity, or one said of both, kept when its case is opened.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, CARLA_VERIFIED, email, replay, slack, toRecipient } from '../support/replay.ts';

const ERIN_MAIL = { auth: 'pass', thread: 'erin-wde' };

describe('issue 21 §10: a draft withdrawn by a reply that says why leaves no case', () => {
  it.each([
    'Hello,\n\nKindly ignore the above report, the customer had switched the agent profile themselves. No ticket required.\n\nRegards\nErin',
    'Hi,\n\nplease withdraw this request - it was a typo in the agent profile on our side, fixed now. Apologies for the noise.\n\nErin',
  ])('issue 21 §10: "%s" withdraws the draft', async (withdrawal) => {
    const r = await replay([
      email(
        'erin@northwind.example',
        'Hello,\n\nfor Initech: WDE 8.5 in production shows every agent as not ready since this morning.\n\nPIN: 857302\n\nErin',
        { ...ERIN_MAIL, subject: 'WDE agent state' },
        '+0s',
      ),
      email(
        'erin@northwind.example',
        withdrawal,
        { ...ERIN_MAIL, subject: 'Re: [Case 01000001] WDE agent state' },
        '+10m',
      ),
    ]);
    expect(r.cases).toEqual([]);
    expect(toRecipient(r, 'erin@northwind.example').at(-1)).toMatch(/^Cancelled\./);
  });

  it('issue 21 §10: a reply that drops old traces and tells more is no withdrawal', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'SIP Server 9.0 production rejects 10% of registrations since the certificate renewal'),
      slack('U01ANA', 'please drop the traces I sent earlier, the new ones are attached. Medium.'),
    ]);
    expect(r.cases).toMatchObject([{ severity: 'medium' }]);
  });
});

describe('issue 21 §11: an answer with a question about the rules beside it: both taken', () => {
  it('issue 21 §11: the circumstances are kept and the response time is answered', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'SIP Server 9.0 production: one-way audio on about 5% of calls. Severity Medium.'),
      slack(
        'U02CARLA',
        'you mean what changed before? the network team replaced the edge firewall on Saturday. btw how fast do you answer a Medium on our contract?',
      ),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', severity: 'medium' }]);
    expect(r.cases[0]!.circumstances).toContain('replaced the edge firewall');
    expect(toRecipient(r, 'U02CARLA').join('\n')).toContain('business day');
  });
});

describe('issue 21 §4: the second problem keeps its severity when its case is opened', () => {
  it('issue 21 §4: "High for this one" said of a new problem in a case thread', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'GIM 8.5 production: the ETL job fails since the DB patch on Friday. Low, reports are a day late.',
      ),
      slack(
        'U01ANA',
        'oh and something else: SIP Server 9.0 in production drops transfers since the dial plan change. High for this one.',
      ),
      slack('U01ANA', 'yes'),
    ]);
    expect(r.cases).toMatchObject([{ severity: 'low' }, { product: 'SIP Server', severity: 'high', state: 'open' }]);
  });

  it('issue 21 §4: "both Medium" said above a list of two problems', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack(
        'U02CARLA',
        'two problems, both production and both Medium: 1) WFM 8.5 shift swaps are rejected since the DST change 2) Interaction Server drops chat attachments since the antivirus update',
      ),
      slack('U02CARLA', 'yes please'),
    ]);
    expect(r.cases).toMatchObject([
      { product: 'Workforce Management', severity: 'medium' },
      { product: 'Interaction Server', severity: 'medium', state: 'open' },
    ]);
  });
});
