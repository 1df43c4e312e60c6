/**
 * Case dialogues (DOMAIN.md §3, §4; issue 21): what is missing is asked in one message, the clock starts
 * with description, severity and circumstances, resumable, cancellable, one issue per case.
 */
import { describe, expect, it } from 'vitest';
import { CARLA_VERIFIED, replay, slack, toRecipient } from '../support/replay.ts';

describe('dialogues', () => {
  it('issue 21: everything missing is asked in one message; the clock starts once product, description, severity and circumstances are in', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'open a case'),
      slack('U02CARLA', 'Chat interactions are dropped after 30 seconds on the Interaction Server'),
      slack('U02CARLA', '9.0.012'),
      slack('U02CARLA', 'production'),
      slack('U02CARLA', 'medium'),
      slack('U02CARLA', 'It started after the upgrade on Friday', '2026-11-23T14:10:00Z'),
      slack('U02CARLA', '12 chat agents lose customers'),
    ]);
    const carla = toRecipient(r, 'U02CARLA').slice(2);
    const outbound = r.transcript.filter((t) => t.direction === 'out' && t.to === 'U02CARLA').slice(2);
    // One message asks for all of it: what the clock needs first, then what helps the analyst.
    for (const phrase of [
      'Which product',
      'What happens',
      'Which severity',
      'What led to the problem',
      'Which version',
      'production system or a test/lab system',
      'business impact',
    ])
      expect(carla[0]).toContain(phrase);
    expect(outbound[0]!.asks).toEqual([
      'product',
      'description',
      'severity',
      'circumstances',
      'version',
      'system',
      'businessImpact',
    ]);
    // Then only what the clock still needs is asked again — never a helpful field a second time.
    expect(outbound[1]!.asks).toEqual(['severity', 'circumstances']);
    expect(
      outbound
        .slice(1)
        .flatMap((o) => o.asks ?? [])
        .filter((a) => ['version', 'system', 'businessImpact'].includes(a)),
    ).toEqual([]);
    expect(carla.find((t) => t.startsWith('Case 01000001 is open'))).toContain(
      'Case 01000001 is open at Medium severity (Business Care).',
    );
    expect(carla.at(-1)).toBe('Thank you: added to Case 01000001 — business impact: 12 chat agents lose customers.');
    // Business Care Medium from 14:10Z: 1 business day → Tue 24 Nov 09:10 ET; 5 business days skipping Thanksgiving → Tue 1 Dec.
    expect(r.cases).toMatchObject([
      {
        state: 'open',
        product: 'Interaction Server',
        version: '9.0.012',
        system: 'production',
        severity: 'medium',
        businessImpact: '12 chat agents lose customers',
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
    expect(carla.at(-1)).toContain('What led to the problem?');
    expect(carla.at(-1)).not.toContain('Which severity');
    expect(r.cases).toMatchObject([
      { state: 'collecting', version: 'unknown', system: 'production', severity: 'high' },
    ]);
  });

  it('DOMAIN.md §3: a dialogue survives a restart and is resumed hours later, with the clock starting at the circumstances', async () => {
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
    expect(carla[2]).toContain('What is the business impact');
    expect(carla[3]).toContain('Case 01000001 is open at Low severity (Business Care).');
    expect(carla[4]).toBe('Thank you: added to Case 01000001 — business impact: Five agents lose chats.');
    // Circumstances at 19:01:30Z = 14:01:30 New York. Low: 1 business day → Tue 24 Nov 14:01:30 ET; 10 business
    // days skipping Thanksgiving: Tue 24, Wed 25, Fri 27, Mon 30, Tue 1 … Mon 7, Tue 8 Dec → Tue 8 Dec 14:01:30 ET.
    expect(r.cases).toMatchObject([
      {
        state: 'open',
        businessImpact: 'Five agents lose chats',
        responseDue: '2026-11-24T19:01:30.000Z',
        targetDue: '2026-12-08T19:01:30.000Z',
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
      expect.stringMatching(/^Cancelled\. Case 01000001 is withdrawn: it was never opened and nothing was sent/),
      'There is nothing in progress to cancel. Type "help" to see what I can do.',
      expect.stringContaining('Sorry, I did not understand what you meant.'),
    ]);
    // The abandoned draft is withdrawn (no case any more), and nothing written afterwards lands in it or reaches staff.
    expect(r.cases).toEqual([]);
    expect(toRecipient(r, 'care@vendor.example')).toEqual([]);
    expect(r.audit.map((a) => a.action)).toContain('case.withdrawn');
  });

  it('DOMAIN.md §4: two issues in one message: the first is handled, the second offered as a new case, and "yes" opens it', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack(
        'U02CARLA',
        '1. Interaction Server 9.0 drops chat interactions every hour on production, severity medium\n2. SIP Server 9.0 fails to register the new trunk',
      ),
      slack('U02CARLA', 'after the network change, 20 agents'),
      slack('U02CARLA', 'yes'),
    ]);
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla[2]).toContain('Your message seems to describe 2 different issues.');
    expect(carla[2]).toContain('• SIP Server 9.0 fails to register the new trunk');
    expect(carla.find((t) => t.startsWith('You also mentioned another issue'))).toBe(
      // Issue 21 §4: the second issue keeps the system the message named, shown in brackets.
      'You also mentioned another issue: "SIP Server 9.0 fails to register the new trunk (production)". Shall I open a separate case for it? (yes / no)',
    );
    expect(r.cases).toMatchObject([
      { number: '01000001', state: 'open', product: 'Interaction Server', severity: 'medium' },
      { number: '01000002', state: 'collecting', product: 'SIP Server', version: '9.0', soldTo: 'globex' },
    ]);
    expect(carla.at(-1)).toContain('Case 01000002 is registered. Its clock starts once I have:');
    // Issue 21 §4: the second case is on the system the message named ("on production"): not asked again.
    expect(r.cases[1]).toMatchObject({ system: 'production' });
    expect(carla.at(-1)).not.toContain('production system or a test/lab system');
  });

  it('DOMAIN.md §4: a new issue announced in an existing case’s thread is split into a case of its own, not added to it', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'Interaction Server 9.0 drops chat interactions on production, severity high'),
      slack('U02CARLA', 'after the network change on Friday'),
      slack('U02CARLA', '5 agents cannot chat'),
      slack('U02CARLA', 'Also, another issue: the SIP Server 9.0 fails to register the new trunk'),
    ]);
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla).toContain(
      'That is a new issue, not part of Case 01000001: we handle one issue per case so nothing is overlooked, so it gets a case of its own.',
    );
    expect(r.cases.map((c) => [c.number, c.product, c.state])).toEqual([
      ['01000001', 'Interaction Server', 'open'],
      ['01000002', 'SIP Server', 'collecting'],
    ]);
    expect(r.audit.filter((a) => a.action === 'case.created').map((a) => a.subject)).toEqual(['01000001', '01000002']);
  });
});
