/**
 * Holes found by the round-5 red team, through the replay runner (the entry point the evaluators use).
 * Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { email, everythingButInput, pin, replay, slack, toRecipient } from '../support/replay.ts';

const IVY_VERIFIED = [slack('U05IVY', 'hello', '+0s'), pin('U05IVY', 'ivy@hooli.example', '947261')];
const ORIGINAL_FILE = 'SERVER lic1 0050568a1b2c 7260\nFEATURE SIPServer genesys 8.5 01-jan-00 10 SIGN=ABC\n';

describe('lapsed contract: no temporary license either', () => {
  it('DOMAIN.md §1: a contact of a lapsed contract asking for a temporary license gets the lapsed-contract answer, no License case and no approval', async () => {
    const r = await replay([
      ...IVY_VERIFIED,
      {
        at: '+1m',
        message: {
          channel: 'slack',
          from: 'U05IVY',
          text: 'Our license server died, we need a temporary license urgently for production, the original file is attached',
          attachments: [{ filename: 'license.dat', content: ORIGINAL_FILE }],
        },
      },
    ]);
    expect(toRecipient(r, 'U05IVY').at(-1)).toContain('Service Contract of Hooli Ltd has lapsed');
    expect(r.cases).toEqual([]);
    expect(r.approvals).toEqual([]);
    expect(r.audit.map((a) => a.action)).not.toContain('approval.requested');
  });

  it('DOMAIN.md §1: a lapsed contract is refused when the temporary license is asked for first and the reason given after', async () => {
    const r = await replay([
      ...IVY_VERIFIED,
      slack('U05IVY', 'We need a temporary license file please'),
      slack('U05IVY', 'The license server crashed on production and the license file is corrupt'),
    ]);
    expect(r.cases).toEqual([]);
    expect(r.approvals).toEqual([]);
    expect(toRecipient(r, 'U05IVY').join('\n')).toContain('has lapsed');
  });
});

describe("a PIN line in a mail's quoted history", () => {
  const QUOTED_ONLY = [
    'More logs attached, see below.',
    '',
    'On Mon, 23 Nov 2026 at 09:00, Ben Ode <ben@acme.example> wrote:',
    '> PIN: 739164',
    '> Our SIP Server drops calls.',
  ].join('\n');

  it('issue 18 §5: a PIN only in the quoted history is removed but not checked: no failed attempt and no wrong-PIN answer', async () => {
    const r = await replay([email('ana@acme.example', QUOTED_ONLY, { subject: 'Re: SIP Server' }, '+0s')]);
    const actions = r.audit.map((a) => a.action);
    expect(actions).not.toContain('pin.failed');
    expect(actions).not.toContain('pin.verified');
    const replies = toRecipient(r, 'ana@acme.example').join('\n');
    expect(replies).not.toContain('That PIN is not right');
    expect(everythingButInput(r)).not.toContain('739164');
  });

  it('issue 18 §5: the PIN written under a quoted old PIN (bottom posting) is the one checked', async () => {
    const body = [
      'On Mon, 23 Nov 2026 at 09:00, Ben Ode <ben@acme.example> wrote:',
      '> PIN: 739164',
      '> Our SIP Server drops calls.',
      '',
      'PIN: 482913',
      'What is the status of my cases?',
    ].join('\n');
    const r = await replay([email('ana@acme.example', body, { subject: 'Re: SIP Server' }, '+0s')]);
    const actions = r.audit.map((a) => a.action);
    expect(actions).toContain('pin.verified');
    expect(actions).not.toContain('pin.failed');
    expect(everythingButInput(r)).not.toMatch(/739164|482913/);
  });
});

describe('two PINs in one note', () => {
  it("issue 18 §3: a colleague's PIN and one's own in a note to a case reach neither staff nor any record", async () => {
    const r = await replay([
      slack(
        'U01ANA',
        'Our production SIP Server 9.0 drops calls, severity medium, since the dial plan change, 20 agents affected',
        '+0s',
      ),
      pin('U01ANA', 'ana@acme.example', '482913'),
      slack('U01ANA', 'Add to case 01000001: if you need to reach Ben, his PIN is 739164 and mine is 482913'),
      email('ben@acme.example', 'Our PINs are 739164 and 482913, please call us', { subject: 'Re: [Case 01000001]' }),
    ]);
    expect(r.cases).toHaveLength(1);
    expect(everythingButInput(r)).not.toMatch(/739164|482913/);
  });
});

describe('example case numbers', () => {
  it('issue 18 §2: the examples in help, "which case?" and empty-message answers never name a case that can exist', async () => {
    const r = await replay([
      slack(
        'U01ANA',
        'Our production SIP Server 9.0 drops calls, severity medium, since the dial plan change, 20 agents affected',
        '+0s',
      ),
      pin('U01ANA', 'ana@acme.example', '482913'),
      email('carla@globex.example', 'PIN: 615283\nPlease close this case, it is solved.', { subject: 'Re: our case' }),
      email('carla@globex.example', 'help'),
      email('stranger@example.net', 'help'),
      slack('U06STRANGER', ' '),
    ]);
    expect(r.cases.map((c) => c.number)).toEqual(['01000001']);
    const others = ['carla@globex.example', 'stranger@example.net', 'U06STRANGER'].flatMap((to) => toRecipient(r, to));
    expect(others.join('\n')).toMatch(/Which case is this about\?/);
    expect(others.join('\n')).not.toContain('01000001');
  });
});
