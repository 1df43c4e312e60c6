/**
 * Docs/rules.md "Cases": a Designated Contact with read-write access closes their own case. The case is
 * `closed` at once, the analysts are told, the contact is told a new message opens a new case if the problem
 * comes back. Who may close is who may update (case-access.ts): a read-only contact is refused and told who
 * can, a partner closes only cases of an End User they hold read-write, a case the sender cannot see is no
 * case. A close put off ("not yet", "until Friday"), quoted from an earlier mail, or sent after the
 * verification lapsed (12 hours) changes nothing until it is really asked by a verified contact.
 */
import { describe, expect, it } from 'vitest';
import {
  ANA_VERIFIED,
  CARLA_VERIFIED,
  ERIN_VERIFIED,
  email,
  pin,
  type ReplayResult,
  replay,
  slack,
  slackInThread,
  staff,
  toRecipient,
} from '../support/replay.ts';

const ANA_REPORT =
  'SIP Server 9.0 production: calls drop after 30 seconds since the dial plan change yesterday. Medium.';
const inAnaThread = (text: string, at = '+1m') => slackInThread('U01ANA', 'T-ana', text, at);
const ANA_OPENS = [...ANA_VERIFIED, inAnaThread(ANA_REPORT), staff('U09ANALYST', 'take')];

/** Everything staff were sent (the replay's console staff addresses). */
const toStaff = (r: ReplayResult) =>
  r.transcript.filter((t) => t.direction === 'out' && /@vendor\.example$/.test(t.to ?? '')).map((t) => t.text);

describe('docs/rules.md: a read-write Designated Contact closes their own case', () => {
  it('a read-write contact closes their own case in its Slack thread: closed at once, the analysts told, the contact told a new message opens a new case', async () => {
    const r = await replay([
      ...ANA_OPENS,
      inAnaThread('The new dial plan from your colleague works, you may close this one.'),
    ]);
    expect(r.cases).toMatchObject([{ number: '01000001', state: 'closed' }]);
    const ana = toRecipient(r, 'U01ANA').at(-1)!;
    expect(ana).toContain('Case 01000001 is closed');
    expect(ana).toMatch(/if the problem comes back.*new case/i);
    expect(toStaff(r).at(-1)).toContain('Case 01000001 was closed by its contact Ana Ruiz');
  });

  it('a contact closes by mail, naming the case in the subject, within the 12 hours of the PIN line', async () => {
    const thread = { subject: 'Interaction Server emails stuck', thread: 'carla-mail' };
    const r = await replay([
      email(
        'carla@globex.example',
        'Interaction Server 8.5 production: inbound emails stay queued since the certificate renewal this morning. Severity medium.\nPIN: 615283',
        thread,
      ),
      email(
        'carla@globex.example',
        'Hello,\n\nWe re-imported the certificate chain and mail flows again. Ok to close from our side.\n\nCarla',
        { ...thread, subject: 'Re: [Case 01000001] Interaction Server emails stuck' },
        '+3h',
      ),
    ]);
    expect(r.cases).toMatchObject([{ number: '01000001', state: 'closed' }]);
    expect(toRecipient(r, 'carla@globex.example').at(-1)).toContain('Case 01000001 is closed');
  });

  it('a read-only contact cannot close a case she can see: told so and who can, the case unchanged', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Initech: Workspace Desktop Edition 8.5 on production freezes on login since the Windows update, medium, 40 agents idle',
      ),
      slack('U04GINA', 'status of case 01000001'),
      pin('U04GINA', 'gina@initech.example', '391746'),
      slack('U04GINA', 'the freeze is gone here, please close case 01000001'),
    ]);
    expect(r.cases).toHaveLength(1);
    expect(r.cases[0]!.state).not.toBe('closed');
    const gina = toRecipient(r, 'U04GINA').at(-1)!;
    expect(gina).toContain('read-only');
    expect(gina).toContain('A Designated Contact of Northwind Partners with read-write access can close it');
  });

  it('a partner closes a case of an End User they hold read-write, and no case of another End User', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Umbrella Retail: Workspace Desktop Edition 8.5.112.05 production, softphone reconnects after each call since the core switch swap, medium',
      ),
      slack(
        'U03ERIN',
        'For Initech: Workspace Desktop Edition 8.5 production, toolbar missing since the 8.5.118 hotfix, medium',
        '+5m',
      ),
      email(
        'frank@northwind.example',
        'Please close case 01000001, the switch issue is solved.\nPIN: 264819',
        {},
        '+1h',
      ),
      email('frank@northwind.example', 'Case 01000002 can be closed, the toolbar is back after a rollback.', {}, '+5m'),
    ]);
    expect(r.cases).toMatchObject([
      { number: '01000001', endUser: 'umbrella', state: expect.not.stringMatching(/closed/) },
      { number: '01000002', endUser: 'initech', state: 'closed' },
    ]);
    const frank = toRecipient(r, 'frank@northwind.example');
    expect(frank.join('\n')).toMatch(/could not find .*01000001/i);
    expect(frank.at(-1)).toContain('Case 01000002 is closed');
  });

  it('a close of a case the sender cannot see changes nothing and is answered as a number that names no case', async () => {
    const r = await replay([...ANA_OPENS, ...CARLA_VERIFIED, slack('U02CARLA', 'you can close case 01000001, thanks')]);
    expect(r.cases).toMatchObject([{ number: '01000001', state: 'open' }]);
    expect(toRecipient(r, 'U02CARLA').at(-1)).toMatch(/could not find .*01000001/i);
  });

  it.each([
    "please don't close it yet, we still see the drops on the second node",
    'Keep it open please until our Friday test, then we can close it.',
    'If tonight’s run is clean you can close the case.',
    'When will you close this case?',
  ])('a close refused, put off or asked about is no close: %s', async (text) => {
    const r = await replay([...ANA_OPENS, inAnaThread(text)]);
    expect(r.cases[0]!.state).not.toBe('closed');
  });

  it('a close quoted from an earlier mail below a new message is no close', async () => {
    const thread = { subject: 'Re: [Case 01000001] SIP Server drops calls', thread: 'ana-mail' };
    const r = await replay([
      email(
        'ana@acme.example',
        'SIP Server 9.0 production drops calls after 30 seconds since the dial plan change yesterday. Medium.\nPIN: 482913',
        { subject: 'SIP Server drops calls', thread: 'ana-mail' },
      ),
      email(
        'ana@acme.example',
        'Hello,\n\nthe drops are back on node 2, logs attached.\n\nAna\n\nOn Mon, Ana Ruiz wrote:\n> It works now, you can close this case.',
        thread,
        '+2h',
      ),
    ]);
    expect(r.cases[0]!.state).not.toBe('closed');
  });

  it('Slack verification lasts 12 hours: a close 13 hours later is asked to verify again, kept, and carried out once verified', async () => {
    const r = await replay([
      ...ANA_OPENS,
      inAnaThread('all fine since the rollback, you can close it', '+13h'),
      pin('U01ANA', 'ana@acme.example', '482913'),
    ]);
    const ana = toRecipient(r, 'U01ANA');
    expect(ana.at(-3)).toContain('Before I can act for your account I need to verify you');
    expect(ana.at(-1)).toContain('Case 01000001 is closed');
    expect(r.cases).toMatchObject([{ number: '01000001', state: 'closed' }]);
  });

  it('a message in the thread of a case the contact closed is offered as a new case', async () => {
    const r = await replay([
      ...ANA_OPENS,
      inAnaThread('works now, you can close it'),
      inAnaThread('The drops are back since this morning, same as before.'),
    ]);
    expect(r.cases).toMatchObject([{ number: '01000001', state: 'closed' }]);
    expect(toRecipient(r, 'U01ANA').at(-1)).toContain('Case 01000001 is closed. Shall I open a new case');
  });
});
