/**
 * Issue 18 §1–§2: who may join, read or change a case. A thread, a subject tag, a number in the text and
 * the case a conversation remembers are hints; only a verified Designated Contact with access to the
 * case's Sold To / End User pair acts on it (DOMAIN.md §1), and news of a case goes to its contact.
 */
import { describe, expect, it } from 'vitest';
import {
  ANA_VERIFIED,
  CARLA_VERIFIED,
  ERIN_VERIFIED,
  email,
  pin,
  replay,
  slack,
  slackInThread,
  staff,
  toRecipient,
  verified,
} from '../support/replay.ts';

const GINA_VERIFIED = verified('U04GINA', 'gina@initech.example', '391746', '+1m');

const ANA_OPENS_IN_THREAD = [
  ...ANA_VERIFIED,
  {
    at: '+1m',
    message: {
      channel: 'slack',
      from: 'U01ANA',
      thread: 'T-ana',
      text: 'Our production SIP Server 9.0 drops calls after 30 seconds',
    },
  },
  { at: '+1m', message: { channel: 'slack', from: 'U01ANA', thread: 'T-ana', text: 'medium' } },
  {
    at: '+1m',
    message: {
      channel: 'slack',
      from: 'U01ANA',
      thread: 'T-ana',
      text: 'It started after the dial plan change yesterday',
    },
  },
  { at: '+1m', message: { channel: 'slack', from: 'U01ANA', thread: 'T-ana', text: 'About 20 agents are affected' } },
];
const inThread = (from: string, text: string) => slackInThread(from, 'T-ana', text);

describe('issue 18 §1: a thread key is only a hint', () => {
  it('issue 18 §1: others writing in a contact’s Slack thread get conversations of their own, and the case’s news stays with its contact', async () => {
    const r = await replay([
      ...ANA_OPENS_IN_THREAD,
      inThread('U06STRANGER', 'any update? the calls still drop'),
      ...CARLA_VERIFIED,
      inThread('U02CARLA', 'status'),
      inThread('U02CARLA', 'please raise the severity to critical'),
      staff('U09ANALYST', 'reply', { target: '01000001', text: 'Please send the SIP logs of one dropped call.' }),
    ]);
    expect(r.cases).toMatchObject([
      { number: '01000001', state: 'waiting-on-customer', severity: 'medium', soldTo: 'acme' },
    ]);
    const everyone = ['U06STRANGER', 'U02CARLA'].flatMap((u) => toRecipient(r, u)).join('\n');
    // (The help and "which case?" examples name 00123456, below every number a case can have.)
    expect(everyone).not.toMatch(/SIP Server 9\.0|Medium|Premium|open at|waiting/);
    const mentions = ['U06STRANGER', 'U02CARLA']
      .flatMap((u) => toRecipient(r, u))
      .filter((t) => t.includes('01000001'));
    expect(mentions).toEqual(mentions.map(() => expect.stringMatching(/^(Which case is this about\?|I am Caseline)/)));
    expect(toRecipient(r, 'U01ANA').at(-1)).toBe('Please send the SIP logs of one dropped call.');
    expect(r.audit.filter((a) => a.subject === '01000001').map((a) => a.actor)).not.toContain(
      'contact:carla@globex.example',
    );
  });

  it('issue 18 §1: a contact whose PIN link expired is asked for it again, and what she wrote then goes to her case', async () => {
    const thread = { subject: 'SIP Server drops calls', thread: 'ana-mail' };
    const r = await replay([
      email(
        'ana@acme.example',
        'Our production SIP Server 9.0 drops calls after 30 seconds, severity medium\nPIN: 482913',
        thread,
      ),
      email('ana@acme.example', 'It started after the dial plan change yesterday', thread),
      email('ana@acme.example', 'About 20 agents are affected', thread),
      email(
        'ana@acme.example',
        'The error is back since this morning, every call drops after 30 seconds',
        thread,
        '+13h',
      ),
      email('ana@acme.example', 'PIN: 482913', thread),
    ]);
    const ana = toRecipient(r, 'ana@acme.example');
    expect(ana.at(-3)).toContain('verify');
    expect(ana.at(-1)).toMatch(/added to Case 01000001 \(now open\)/);
    expect(r.cases).toHaveLength(1);
    expect(r.audit.map((a) => a.action)).not.toContain('case.access-refused');
  });

  it('issue 18 §1: the PIN form does not let another Slack user into a contact’s thread', async () => {
    const r = await replay([
      ...ANA_OPENS_IN_THREAD,
      inThread('U06STRANGER', 'what is going on with this?'),
      pin('U06STRANGER', 'ana@acme.example', '000000'),
      inThread('U06STRANGER', 'status'),
    ]);
    expect(toRecipient(r, 'U06STRANGER').join('\n')).not.toMatch(/01000001|Medium|SIP Server/);
  });
});

describe('issue 18 §2: every path that reads or changes a case checks access to its pair first', () => {
  it('issue 18 §2: a contact whose PIN link lapses mid-dialogue is asked for it, and her answers then go on with the same draft case', async () => {
    const thread = { subject: 'SIP Server drops calls', thread: 'ana-draft' };
    const r = await replay([
      email('ana@acme.example', 'Our production SIP Server 9.0 drops calls after 30 seconds\nPIN: 482913', thread),
      email('ana@acme.example', 'medium', thread, '+13h'),
      email('ana@acme.example', 'PIN: 482913', thread),
      email('ana@acme.example', 'It started after the dial plan change yesterday', thread),
    ]);
    const ana = toRecipient(r, 'ana@acme.example');
    expect(ana[2]).toContain('Before I can act for your account I need to verify you');
    // The same draft goes on: with the circumstances its clock starts (seed 001 §2.1, issue 21).
    expect(ana.at(-1)).toContain('Case 01000001 is open at Medium severity');
    expect(r.cases).toMatchObject([{ number: '01000001', state: 'open', severity: 'medium' }]);
  });

  it('issue 18 §2: a foreign and an unknown case number get the identical "could not find" answer, whatever is asked', async () => {
    const asks = [
      'status of case {n}',
      'case {n}: here is more information from our side',
      'please raise the severity of case {n} to high',
      'I need management attention on case {n}',
    ];
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'Our production SIP Server 9.0 drops calls after 30 seconds, severity medium'),
      ...CARLA_VERIFIED,
      ...asks.flatMap((ask) => [
        slack('U02CARLA', ask.replace('{n}', '01000001')),
        slack('U02CARLA', ask.replace('{n}', '09999999')),
      ]),
    ]);
    const carla = toRecipient(r, 'U02CARLA').slice(2);
    expect(carla).toHaveLength(asks.length * 2);
    for (let i = 0; i < carla.length; i += 2) {
      expect(carla[i]).toBe('I could not find Case 01000001 among the cases of the accounts you have access to.');
      expect(carla[i + 1]).toBe(carla[i]!.replace('01000001', '09999999'));
    }
    expect(r.cases).toMatchObject([{ number: '01000001', severity: 'medium', state: 'collecting' }]);
  });

  it('issue 18 §2: a read-only contact sees a case but cannot change its severity, escalate it or add to it', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Initech: Workspace Desktop Edition 8.5 crashes on login on production, severity medium, 40 agents affected',
      ),
      ...GINA_VERIFIED,
      slack('U04GINA', 'status of case 01000001'),
      slack('U04GINA', 'please raise the severity of case 01000001 to high'),
      slack('U04GINA', 'I need management attention on Case 01000001'),
      slack('U04GINA', 'case 01000001: more information, the error is back'),
    ]);
    const gina = toRecipient(r, 'U04GINA').slice(2);
    expect(gina[0]).toContain('Case 01000001: collecting');
    for (const refused of gina.slice(1))
      expect(refused).toMatch(/Your access to (?:this account|Northwind Partners) is read-only/);
    expect(r.transcript.filter((t) => t.to === 'manager@vendor.example')).toEqual([]);
  });
});
