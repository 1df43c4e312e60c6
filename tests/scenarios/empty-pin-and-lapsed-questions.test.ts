/**
 * Dialogue outcomes settled in round 17 (issue 21):
 * - docs/rules.md §1: a contact whose PIN is empty cannot open or update a support case on any channel; writing
 *   from their own authenticated address they are offered the Admin case that sets it (not asked for a PIN
 *   line they cannot have), and the case they asked for is not opened.
 * - Our helpful questions lapse once the analyst has asked since: the contact's reply is the analyst's,
 *   added to the case as news (its clock resumes), and not taken as the answer to our older question.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, email, replay, slack, staff, toRecipient } from '../support/replay.ts';

describe('docs/rules.md §1: the empty-PIN contact is offered an Admin case before any support case', () => {
  it('a complete report by authenticated mail from a contact with an empty PIN opens no support case and offers the Admin case; "yes" opens it', async () => {
    const r = await replay([
      email(
        'dan@globex.example',
        'Hello,\n\nProduction SIP Server 9.0 drops one call in ten since the carrier change on Friday. Severity High.\n\nDan',
        { thread: 'dan', auth: 'pass' },
      ),
      email('dan@globex.example', 'yes', { thread: 'dan', auth: 'pass' }),
    ]);
    const dan = toRecipient(r, 'dan@globex.example');
    expect(dan[0]).toContain('Your profile has no PIN yet');
    expect(dan[0]).toContain('Admin case');
    expect(dan[0]).not.toContain('PIN: ');
    expect(r.cases).toMatchObject([{ number: '01000001', type: 'admin', contact: 'dan@globex.example' }]);
  });

  it('an update or a close from the empty-PIN contact changes nothing and gets the same offer', async () => {
    const r = await replay([
      email('dan@globex.example', 'Please close case 01000001, it works again.', { thread: 'dan', auth: 'pass' }),
      email('dan@globex.example', 'no', { thread: 'dan', auth: 'pass' }),
    ]);
    expect(toRecipient(r, 'dan@globex.example')[0]).toContain('Admin case');
    expect(r.cases).toEqual([]);
  });

  it('a mail in the empty-PIN contact’s name that fails authentication is told nothing of his PIN', async () => {
    const r = await replay([
      email('dan@globex.example', 'SIP Server 9.0 production drops calls since Friday, High.', { auth: 'fail' }),
    ]);
    expect(toRecipient(r, 'dan@globex.example').join('\n')).not.toMatch(/no PIN|Admin case/);
    expect(r.cases).toEqual([]);
  });
});

describe('issue 21: our helpful questions lapse once the analyst has asked since', () => {
  it('logs sent at the analyst’s request resume the clock and are not stored as the business impact we had asked for', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'GIM 8.5 production: the night ETL skips agent state facts since the Config Server restart on Monday. Low.',
      ),
      staff('U09ANALYST', 'take'),
      staff('U09ANALYST', 'reply', { text: 'Could you send the gim_etl log of Monday night?' }),
      slack('U01ANA', 'here it is:\n2026-11-23 02:11:40 ERROR merge job: no session for agent 4411'),
    ]);
    expect(toRecipient(r, 'U01ANA').join('\n')).toContain('What is the business impact');
    expect(r.cases).toMatchObject([{ number: '01000001', state: 'open', businessImpact: null }]);
    expect(toRecipient(r, 'U01ANA').at(-1)).toContain('added to Case 01000001 (now open)');
  });

  it('while no analyst has asked, an answer to our question is still taken as its answer', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'GIM 8.5 production: the night ETL skips agent state facts since the Config Server restart on Monday. Low.',
      ),
      staff('U09ANALYST', 'take'),
      slack('U01ANA', 'about 40 supervisors have no night report'),
    ]);
    expect(r.cases[0]!.businessImpact).toContain('40 supervisors');
  });
});
