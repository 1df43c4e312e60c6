/** Case dialogues (DOMAIN.md §3, §4): one question at a time, resumable, cancellable, one issue per case. */
import { describe, expect, it } from 'vitest';
import { CARLA_VERIFIED, replay, slack, toRecipient } from '../support/replay.ts';

const questions = (texts: string[]) => texts.map((t) => (t.match(/\?/g) ?? []).length);

describe('dialogues', () => {
  it('DOMAIN.md §3: the required information is asked one question at a time, and the clock starts when all is in', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'open a case'),
      slack('U02CARLA', 'Chat interactions are dropped after 30 seconds on the Interaction Server'),
      slack('U02CARLA', '9.0.012'),
      slack('U02CARLA', 'production'),
      slack('U02CARLA', 'medium'),
      slack('U02CARLA', 'It started after the upgrade on Friday'),
      slack('U02CARLA', '12 chat agents lose customers', '2026-11-23T14:10:00Z'),
    ]);
    const asked = toRecipient(r, 'U02CARLA').slice(2, 8);
    expect(asked.map((t) => t.split(/[?\n]/)[0])).toEqual([
      'Please describe the problem: what happens, and what you expected to happen.',
      'Which version of the product are you running (for example 8.5.102.03)',
      'Is this a production system or a test/lab system',
      'Which severity do you request',
      'What led to the problem',
      'What is the business impact (for example how many agents or customers are affected)',
    ]);
    expect(questions(asked.slice(1))).toEqual([1, 1, 1, 1, 1]);
    // Business Care Medium: 1 business day → Tue 24 Nov 09:10 ET; 5 business days skipping Thanksgiving → Tue 1 Dec.
    expect(r.cases).toMatchObject([
      {
        state: 'open',
        product: 'Interaction Server',
        version: '9.0.012',
        system: 'production',
        severity: 'medium',
        responseDue: '2026-11-24T14:10:00.000Z',
        targetDue: '2026-12-01T14:10:00.000Z',
      },
    ]);
  });

  it('DOMAIN.md §3: several answers in one message are all taken', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'Interaction Server drops chat interactions randomly'),
      slack('U02CARLA', "don't know"),
      slack('U02CARLA', 'production, severity high'),
    ]);
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla.at(-1)).toBe(
      'What led to the problem? For example a change, an upgrade, a load peak, or when it first happened.',
    );
    expect(r.cases).toMatchObject([
      { state: 'collecting', version: 'unknown', system: 'production', severity: 'high' },
    ]);
  });

  it('DOMAIN.md §3: a dialogue survives a restart and is resumed hours later, with the clock starting at the last answer', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'Interaction Server 9.0 drops chat interactions on production, severity low'),
      { restart: true },
      slack('U02CARLA', 'It started after the network change on Friday', '+5h'),
      { restart: true },
      slack('U02CARLA', 'Five agents lose chats', '+1h'),
    ]);
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla[2]).toContain('What led to the problem?');
    expect(carla[3]).toContain('What is the business impact');
    expect(carla[4]).toContain('Case 01000001 is open at Low severity (Business Care).');
    // Answered 20:01:30Z = 15:01:30 New York. Low: 1 business day → Tue 24 Nov 15:01:30 ET; 10 business days
    // skipping Thanksgiving: Tue 24, Wed 25, Fri 27, Mon 30, Tue 1 … Mon 7, Tue 8 Dec → Tue 8 Dec 15:01:30 ET.
    expect(r.cases).toMatchObject([
      {
        state: 'open',
        responseDue: '2026-11-24T20:01:30.000Z',
        targetDue: '2026-12-08T20:01:30.000Z',
      },
    ]);
  });

  it('DOMAIN.md §4: "cancel" ends a dialogue; a second "cancel" has nothing to cancel', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'Interaction Server drops chat interactions randomly'),
      slack('U02CARLA', 'cancel'),
      slack('U02CARLA', 'cancel'),
      slack('U02CARLA', 'production'),
    ]);
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla.slice(3)).toEqual([
      'Cancelled. Nothing more will be done with that request.',
      'There is nothing in progress to cancel. Type "help" to see what I can do.',
      expect.stringContaining('Sorry, I did not understand that.'),
    ]);
    // The abandoned draft is closed, and nothing written afterwards lands in it or reaches staff.
    expect(r.cases).toMatchObject([{ state: 'closed', system: null, responseDue: null }]);
    expect(toRecipient(r, 'care@vendor.example')).toEqual([]);
    expect(r.audit.map((a) => a.action)).toContain('case.cancelled');
  });

  it('DOMAIN.md §4: two issues in one message: the first is handled, the second offered as a new case, and "yes" opens it', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack(
        'U02CARLA',
        '1. Interaction Server 9.0 drops chat interactions every hour on production, severity medium\n2. SIP Server 9.0 fails to register the new trunk',
      ),
      slack('U02CARLA', 'after the network change'),
      slack('U02CARLA', '20 agents'),
      slack('U02CARLA', 'yes'),
    ]);
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla[2]).toContain('Your message seems to describe 2 different issues.');
    expect(carla[2]).toContain('• SIP Server 9.0 fails to register the new trunk');
    expect(carla.find((t) => t.startsWith('You also mentioned another issue'))).toBe(
      'You also mentioned another issue: "SIP Server 9.0 fails to register the new trunk". Shall I open a separate case for it? (yes / no)',
    );
    expect(r.cases).toMatchObject([
      { number: '01000001', state: 'open', product: 'Interaction Server', severity: 'medium' },
      { number: '01000002', state: 'collecting', product: 'SIP Server', version: '9.0', soldTo: 'globex' },
    ]);
    expect(carla.at(-1)).toBe('Is this a production system or a test/lab system?');
  });

  it('DOMAIN.md §4: a new issue in an existing case’s thread is offered as a new case, not added to it', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'Interaction Server 9.0 drops chat interactions on production, severity high'),
      slack('U02CARLA', 'after the network change on Friday'),
      slack('U02CARLA', '5 agents cannot chat'),
      slack('U02CARLA', 'Also, another issue: the SIP Server 9.0 fails to register the new trunk'),
      slack('U02CARLA', 'yes'),
    ]);
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla).toContain(
      'This sounds like a new issue, not part of Case 01000001. We handle one issue per case so nothing is overlooked. Shall I open a separate case for it? (yes / no)',
    );
    expect(r.cases.map((c) => [c.number, c.product, c.state])).toEqual([
      ['01000001', 'Interaction Server', 'open'],
      ['01000002', 'SIP Server', 'collecting'],
    ]);
    expect(r.audit.filter((a) => a.action === 'case.created').map((a) => a.subject)).toEqual(['01000001', '01000002']);
  });
});
