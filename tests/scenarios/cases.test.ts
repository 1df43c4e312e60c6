/** Life of a case (DOMAIN.md §2, §4, §8): updates, staff actions, pauses, severity, escalation, sensitive data. */
import { describe, expect, it } from 'vitest';
import type { ReplayStep } from '../../src/services/replay/script.ts';
import { CARLA_VERIFIED, everythingButInput, lastTo, replay, slack, staff, toRecipient } from '../support/replay.ts';

/**
 * Carla's Business Care High case, opened Monday 23 Nov 2026 09:00 New York (14:00Z):
 * response 4 business hours → 13:00 ET (18:00Z); resolution 2 business days → Wed 25 Nov 09:00 ET (14:00Z).
 */
const OPEN_HIGH: ReplayStep[] = [
  ...CARLA_VERIFIED,
  slack(
    'U02CARLA',
    'Interaction Server 9.0 drops chat interactions on production, severity high',
    '2026-11-23T13:58:00Z',
  ),
  slack('U02CARLA', '5 agents cannot chat', '2026-11-23T13:59:00Z'),
  // The clock starts with the circumstances (seed 001 §2.1).
  slack('U02CARLA', 'after the network change on Friday', '2026-11-23T14:00:00Z'),
];
const NOW = '2026-11-23T13:50:00Z';

describe('cases', () => {
  it('DOMAIN.md §4: a customer update is added to the case and the analyst is notified', async () => {
    const r = await replay(
      [...OPEN_HIGH, slack('U02CARLA', 'The drops happen every day at 10:00, logs attached')],
      NOW,
    );
    expect(lastTo(r, 'U02CARLA')).toBe(
      'Thank you: your information is added to Case 01000001 (now open). The analyst has been notified.',
    );
    expect(lastTo(r, 'care@vendor.example')).toBe(
      'Case 01000001 updated by Carla Diaz:\nThe drops happen every day at 10:00, logs attached',
    );
    expect(r.cases).toHaveLength(1);
  });

  it('DOMAIN.md §8: a staff reply pauses the clock (waiting on customer); the reply resumes it with the dues pushed out by the paused business time', async () => {
    const r = await replay(
      [
        ...OPEN_HIGH,
        staff('U09ANALYST', 'reply', { text: 'Please send the Interaction Server logs.' }, '2026-11-23T15:00:00Z'),
        slack('U02CARLA', 'status', '2026-11-23T16:00:00Z'),
        slack('U02CARLA', 'Here are the logs from this morning', '2026-11-23T23:00:00Z'),
      ],
      NOW,
    );
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla).toContain('Please send the Interaction Server logs.');
    expect(carla.find((t) => t.startsWith('Case 01000001: '))).toContain('Case 01000001: waiting-on-customer');
    expect(carla.at(-1)).toContain('(now open)');
    // Paused 10:00–18:00 ET on Monday: 8 business hours. Resolution Wed 09:00 + 8 h → Wed 17:00 ET (22:00Z);
    // response Mon 13:00 + 8 h → 13–18 Mon, 08–11 Tue → Tue 11:00 ET (16:00Z).
    expect(r.cases).toMatchObject([
      { state: 'open', responseDue: '2026-11-24T16:00:00.000Z', targetDue: '2026-11-25T22:00:00.000Z' },
    ]);
  });

  it('DOMAIN.md §2, §3: staff set the severity and the dues are recomputed from the change', async () => {
    const r = await replay(
      [...OPEN_HIGH, staff('U09ANALYST', 'set-severity', { severity: 'medium' }, '2026-11-23T15:00:00Z')],
      NOW,
    );
    // Medium from Mon 10:00 ET: 1 business day → Tue 10:00 ET; 5 business days skipping Thanksgiving → Tue 1 Dec.
    expect(r.cases).toMatchObject([
      { severity: 'medium', responseDue: '2026-11-24T15:00:00.000Z', targetDue: '2026-12-01T15:00:00.000Z' },
    ]);
    expect(lastTo(r, 'U02CARLA')).toContain('Sam Lee set Case 01000001 to Medium.');
    expect(r.audit.at(-1)).toMatchObject({ actor: 'staff:care@vendor.example', action: 'staff.set-severity' });
  });

  it('DOMAIN.md §9: staff resolve and then close a case, and the customer is told each time', async () => {
    const r = await replay(
      [
        ...OPEN_HIGH,
        staff('U09ANALYST', 'take'),
        staff('U09ANALYST', 'resolve', { text: 'the chat routing configuration is corrected' }),
        staff('U09ANALYST', 'close'),
      ],
      NOW,
    );
    expect(toRecipient(r, 'U02CARLA').slice(-3)).toEqual([
      'Sam Lee from Customer Care has taken Case 01000001 and will be in touch.',
      'Case 01000001 is resolved: the chat routing configuration is corrected. Reply in this thread if the problem comes back.',
      'Case 01000001 is closed.',
    ]);
    expect(r.cases[0]?.state).toBe('closed');
  });

  it('DOMAIN.md §1: someone who is not staff (or staff without the role) cannot use a staff action', async () => {
    const r = await replay(
      [
        ...OPEN_HIGH,
        staff('U02CARLA', 'resolve'),
        staff('U09ADMIN', 'set-severity', { severity: 'low' }),
        staff('U09LICENSE', 'close'),
      ],
      NOW,
    );
    const refusals = r.transcript.filter((t) => t.channel === 'staff' && t.direction === 'out').map((t) => t.text);
    expect(refusals).toEqual([
      'refused: only Customer Care staff may do that',
      'refused: staff member Ada Kim may not set-severity',
      'refused: staff member Lou Park may not close',
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', severity: 'high' }]);
    expect(r.audit.filter((a) => a.action === 'staff.refused')).toHaveLength(3);
  });

  it('DOMAIN.md §4: a contact asks for the status of a case and lists the cases of the account', async () => {
    const r = await replay(
      [...OPEN_HIGH, slack('U02CARLA', 'status of case 01000001'), slack('U02CARLA', 'my cases')],
      NOW,
    );
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla.at(-2)).toBe(
      'Case 01000001: open, severity High, Interaction Server 9.0.\n• First response: Mon 23 Nov, 13:00 EST\n• Target: Wed 25 Nov, 09:00 EST',
    );
    expect(carla.at(-1)).toContain(
      'Your 1 most recent case(s):\n• Case 01000001 — open, high — Interaction Server 9.0',
    );
  });

  it('DOMAIN.md §2, issue 21 §10: the contact’s requested severity is applied, targets restart, the analyst (who has the final say) is told', async () => {
    const r = await replay([...OPEN_HIGH, slack('U02CARLA', 'please lower the severity to medium')], NOW);
    expect(lastTo(r, 'U02CARLA')).toBe(
      'Case 01000001 is now at Medium, as you asked; its targets restart from now: first response due by Tue 24 Nov, 09:01 EST, target Tue 1 Dec, 09:01 EST. Customer Care has the final say on the level, and the analyst has been told.',
    );
    expect(lastTo(r, 'care@vendor.example')).toContain('Severity change requested on Case 01000001: Medium.');
    // Business Care Medium from 14:01Z: 1 business day → Tue 24 Nov 09:01 ET.
    expect(r.cases).toMatchObject([{ severity: 'medium', responseDue: '2026-11-24T14:01:00.000Z' }]);
  });

  it('DOMAIN.md §2, issue 21 §3: asking to raise a case to Critical is the critical path: raised, told to call now, staff paged', async () => {
    const r = await replay([...OPEN_HIGH, slack('U02CARLA', 'please raise the severity to critical')], NOW);
    expect(lastTo(r, 'U02CARLA')).toContain('please call Customer Care now on +1 650 466 1100');
    expect(lastTo(r, 'manager@vendor.example')).toContain('CRITICAL: the contact raised Case 01000001 to Critical');
    expect(lastTo(r, 'care@vendor.example')).toContain('CRITICAL: the contact raised Case 01000001 to Critical');
    // Business Care Critical: 60 minutes from the change (14:01Z), 7x24; the vendor may set it back.
    expect(r.cases).toMatchObject([
      { severity: 'critical', mustCallIn: true, responseDue: '2026-11-23T15:01:00.000Z' },
    ]);
  });

  it('DOMAIN.md §2: management attention on a non-critical case gives the management mailbox from policy', async () => {
    const r = await replay([...OPEN_HIGH, slack('U02CARLA', 'we need management attention on this case')], NOW);
    expect(lastTo(r, 'U02CARLA')).toBe(
      'I have asked for Customer Care management attention on Case 01000001. You can also write to CCManagementAttention@genesys.com for non-critical cases.',
    );
    expect(lastTo(r, 'manager@vendor.example')).toContain('Management attention requested on Case 01000001');
  });

  it('DOMAIN.md §8: at 75% a case is at risk, at 100% breached; each due pages once (repeats aside), even when time goes on', async () => {
    const r = await replay(
      [
        ...OPEN_HIGH,
        { advance: '3h' }, // 17:00Z: 3 of 4 business hours of the response
        { advance: '1h' }, // 18:00Z: response due
        { advance: '25h' }, // Tue 19:00Z = 14:00 ET: 15 of 20 business hours of the resolution
        { advance: '19h' }, // Wed 14:00Z: resolution due
        { advance: '2d' },
        { advance: '1d' },
      ],
      NOW,
    );
    expect(r.escalations).toEqual([
      {
        case: '01000001',
        target: 'response',
        level: 'at-risk',
        at: '2026-11-23T17:00:00.000Z',
        due: '2026-11-23T18:00:00.000Z',
      },
      {
        case: '01000001',
        target: 'response',
        level: 'breached',
        at: '2026-11-23T18:00:00.000Z',
        due: '2026-11-23T18:00:00.000Z',
      },
      {
        case: '01000001',
        target: 'target',
        level: 'at-risk',
        at: '2026-11-24T19:00:00.000Z',
        due: '2026-11-25T14:00:00.000Z',
      },
      {
        case: '01000001',
        target: 'target',
        level: 'breached',
        at: '2026-11-25T14:00:00.000Z',
        due: '2026-11-25T14:00:00.000Z',
      },
    ]);
    // First sends only (repeats say REPEAT / ESCALATED, issue 22): one per due, in order.
    const pages = toRecipient(r, 'manager@vendor.example').filter((t) => !/^(REPEAT|ESCALATED)/.test(t));
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain('is AT RISK: 75% of the time to its first response is used');
    expect(pages[3]).toContain('has BREACHED its resolution target');
    expect(r.pages.map((p) => [p.target, p.level])).toEqual([
      ['response', 'at-risk'],
      ['response', 'breached'],
      ['target', 'at-risk'],
      ['target', 'breached'],
    ]);
  });

  it('DOMAIN.md §4: sensitive data (card number, password) → the customer is warned and staff see it redacted', async () => {
    const r = await replay(
      [
        ...OPEN_HIGH,
        slack(
          'U02CARLA',
          'The payment card 4111 1111 1111 1111 fails and the admin password: Hunter2secret is rejected',
        ),
      ],
      NOW,
    );
    expect(toRecipient(r, 'U02CARLA')).toContain(
      'Your message seems to contain sensitive data (card number, password). Please remove personal and sensitive data from what you send us. I have kept it out of what Customer Care staff see.',
    );
    expect(lastTo(r, 'care@vendor.example')).toBe(
      'Case 01000001 updated by Carla Diaz:\nThe payment card [redacted card-number] fails and the admin [redacted password] is rejected',
    );
    const produced = everythingButInput(r);
    expect(produced).not.toContain('4111 1111 1111 1111');
    expect(produced).not.toContain('Hunter2secret');
    expect(r.audit.find((a) => a.action === 'message.redacted')?.details).toEqual({
      kinds: ['card-number', 'password'],
    });
  });
});
