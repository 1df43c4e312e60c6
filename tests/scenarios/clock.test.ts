/** Issue 22 (the clock): escalation ladder, acknowledgement, re-planning, customer duties, catch-up. */
import { describe, expect, it } from 'vitest';
import type { ReplayStep } from '../../src/services/replay/script.ts';
import { ANA_VERIFIED, CARLA_VERIFIED, pin, replay, slack, staff, toRecipient } from '../support/replay.ts';

/** Carla (Globex, Business Care, New York) opens a High case at Mon 23 Nov 2026 09:00 ET (14:00Z). */
const OPEN_HIGH: ReplayStep[] = [
  ...CARLA_VERIFIED,
  slack(
    'U02CARLA',
    'Interaction Server 9.0 drops chat interactions on production, severity high',
    '2026-11-23T13:58:00Z',
  ),
  slack('U02CARLA', '5 agents cannot chat', '2026-11-23T13:59:00Z'),
  // The clock starts with the circumstances (seed 001 §2.1, issue 21).
  slack('U02CARLA', 'after the network change on Friday', '2026-11-23T14:00:00Z'),
];
const NOW = '2026-11-23T13:50:00Z';
const firstSends = (texts: string[]) => texts.filter((t) => !/^(REPEAT|ESCALATED)/.test(t));

describe('issue 22 §2: the escalation ladder', () => {
  it('issue 22 §2: an unacknowledged page is repeated every 30 min twice (policy), then goes to the head of Customer Care', async () => {
    const r = await replay([...OPEN_HIGH, { advance: '3h' }, { advance: '59m' }], NOW);
    // Response due 18:00Z (4 business hours); at risk at 17:00Z, to the region's analyst and manager.
    const manager = toRecipient(r, 'manager@vendor.example');
    expect(manager[0]).toContain(
      'Case 01000001 (High, Globex Inc / Globex Inc) is AT RISK: 75% of the time to its first response is used',
    );
    expect(manager[0]).toContain('Page P-000001. Acknowledge with `caseline page ack P-000001');
    expect(manager[1]).toMatch(/^REPEAT 1 — not acknowledged yet\./);
    expect(toRecipient(r, 'care@vendor.example')).toHaveLength(3); // new-case notice, page, repeat
    expect(r.pages).toEqual([
      expect.objectContaining({
        id: 'P-000001',
        target: 'response',
        level: 'at-risk',
        ladderLevel: 'manager',
        recipients: ['care@vendor.example', 'manager@vendor.example'],
        at: '2026-11-23T17:00:00.000Z',
        repages: 1,
        nextRepageAt: '2026-11-23T18:00:00.000Z',
        state: 'open',
        acknowledgedBy: null,
      }),
    ]);

    const later = await replay([...OPEN_HIGH, { advance: '5h40m' }], NOW);
    const breach = later.pages.find((p) => p.level === 'breached')!;
    // Breached at 18:00Z; repeats at 18:30 and 19:00; at 19:30 nobody has acknowledged → the head.
    expect(breach).toMatchObject({ ladderLevel: 'head', repages: 3, lastSentAt: '2026-11-23T19:30:00.000Z' });
    expect(breach.recipients).toEqual(['care@vendor.example', 'manager@vendor.example', 'head@vendor.example']);
    expect(toRecipient(later, 'head@vendor.example')[0]).toMatch(
      /^ESCALATED to you \(head\): nobody acknowledged this page in 30 min\.\nCase 01000001 .* has BREACHED its first response/,
    );
    // The at-risk page stops once the breach page takes over.
    expect(later.pages[0]).toMatchObject({
      level: 'at-risk',
      state: 'cancelled',
      closedReason: 'superseded by the breach page',
    });
  });

  it('issue 22 §2: acknowledging a page stops its repeats and its climb; a second press says who already did', async () => {
    const r = await replay(
      [
        ...OPEN_HIGH,
        { advance: '3h10m' },
        staff('U09MANAGER', 'acknowledge', { target: 'P-000001' }, '+0s'),
        staff('U09ANALYST', 'acknowledge', { target: 'P-000001' }, '+1m'),
        { advance: '48m' }, // 17:59Z: past the first repeat (17:30), before the breach (18:00)
      ],
      NOW,
    );
    expect(r.pages[0]).toMatchObject({
      id: 'P-000001',
      state: 'acknowledged',
      acknowledgedBy: 'manager@vendor.example',
      acknowledgedAt: '2026-11-23T17:10:00.000Z',
      repages: 0,
      nextRepageAt: null,
    });
    expect(toRecipient(r, 'U09MANAGER')).toEqual([
      'page P-000001 (case 01000001, response at-risk) acknowledged by Mia Chen',
    ]);
    expect(toRecipient(r, 'U09ANALYST')[0]).toBe(
      'page P-000001 was already acknowledged by Mia Chen at 2026-11-23T17:10:00.000Z',
    );
    expect(firstSends(toRecipient(r, 'manager@vendor.example'))).toHaveLength(1);
    expect(toRecipient(r, 'manager@vendor.example').some((t) => t.startsWith('REPEAT'))).toBe(false);
    expect(r.audit.map((a) => a.action)).toContain('escalation.acknowledged');
  });

  it('issue 22 §2: acknowledgement needs Customer Care staff (a customer or a licensing-only member is refused)', async () => {
    const r = await replay(
      [
        ...OPEN_HIGH,
        { advance: '3h' },
        staff('U09LICENSE', 'acknowledge', { target: 'P-000001' }, '+1m'),
        staff('U02CARLA', 'acknowledge', { target: 'P-000001' }, '+1m'),
      ],
      NOW,
    );
    expect(toRecipient(r, 'U09LICENSE')).toEqual(['refused: staff member Lou Park may not acknowledge']);
    expect(toRecipient(r, 'U02CARLA').at(-1)).toBe('refused: only Customer Care staff may do that');
    expect(r.pages[0]?.state).toBe('open');
  });

  it('issue 22 §2: taking the case (first response) closes the response page; the resolution target still pages', async () => {
    const r = await replay(
      [...OPEN_HIGH, { advance: '3h5m' }, staff('U09ANALYST', 'take', {}, '+0s'), { advance: '2d' }],
      NOW,
    );
    expect(r.pages.map((p) => [p.target, p.level, p.state, p.closedReason])).toEqual([
      ['response', 'at-risk', 'cancelled', 'the first response was given'],
      ['target', 'at-risk', 'cancelled', 'superseded by the breach page'],
      ['target', 'breached', 'open', null],
    ]);
    expect(r.pages[0]?.repages).toBe(0);
  });

  it('issue 22 §2: a pause (waiting on the customer) closes pending pages and stops the clock; a resolution closes them too', async () => {
    const paused = await replay(
      [
        ...OPEN_HIGH,
        { advance: '3h1m' },
        staff('U09ANALYST', 'reply', { text: 'Please send the logs.' }, '+0s'),
        { advance: '3h' },
      ],
      NOW,
    );
    expect(paused.pages).toEqual([expect.objectContaining({ level: 'at-risk', state: 'cancelled', repages: 0 })]);
    expect(paused.pages[0]?.closedReason).toBe('the case is waiting on the customer (clock paused)');

    const resolved = await replay(
      [
        ...OPEN_HIGH,
        staff('U09ANALYST', 'take', {}, '+1m'),
        { advance: '30h' }, // Tue 20:01Z: the resolution target (Wed 14:00Z) is at risk since 19:00Z
        staff('U09ANALYST', 'resolve', { text: 'fixed' }, '+1m'),
        { advance: '3d' },
      ],
      NOW,
    );
    expect(resolved.pages.map((p) => [p.target, p.level, p.state, p.closedReason])).toEqual([
      ['target', 'at-risk', 'cancelled', 'the case is resolved'],
    ]);
  });

  it('issue 22 §2: a severity change re-plans: the old clock’s pages close and the new targets page on their own thresholds', async () => {
    const r = await replay(
      [
        ...OPEN_HIGH,
        { advance: '3h' },
        staff('U09ANALYST', 'set-severity', { severity: 'low' }, '+2m'),
        { advance: '2h' },
      ],
      NOW,
    );
    expect(r.pages).toEqual([
      expect.objectContaining({
        target: 'response',
        level: 'at-risk',
        state: 'cancelled',
        closedReason: 'the clock restarted (severity change)',
      }),
    ]);
    // Low, Business Care: response 1 business day (10 h) from 12:02 ET → at risk after 7.5 business hours:
    // 5 h 58 min on Monday, 1 h 32 min on Tuesday → Tue 09:32 ET.
    const again = await replay(
      [
        ...OPEN_HIGH,
        { advance: '3h' },
        staff('U09ANALYST', 'set-severity', { severity: 'low' }, '+2m'),
        { advance: '1d' },
      ],
      NOW,
    );
    expect(again.pages[1]).toMatchObject({ target: 'response', level: 'at-risk', at: '2026-11-24T14:32:00.000Z' });
    expect(again.pages[2]).toMatchObject({ target: 'response', level: 'breached', at: '2026-11-24T17:02:00.000Z' });
  });
});

describe('issue 22 §3: customer duties', () => {
  const ASKED: ReplayStep[] = [
    ...OPEN_HIGH,
    staff('U09ANALYST', 'reply', { text: 'Please send the Interaction Server logs.' }, '2026-11-23T15:00:00Z'),
  ];

  it('issue 22 §3 (seed 001 §3.3): a case waiting on the customer is reminded after 3 business days and resolved with notice after 10', async () => {
    const r = await replay([...ASKED, { advance: '20d' }], NOW);
    const carla = toRecipient(r, 'U02CARLA');
    // Waiting since Mon 23 Nov 10:00 ET; Thanksgiving (Thu 26) is no business day → Fri 27 Nov 10:00 ET.
    const reminder = r.transcript.find((t) => t.to === 'U02CARLA' && t.text.includes('waiting for your answer'))!;
    expect(reminder.at).toBe('2026-11-27T15:00:00.000Z');
    expect(reminder.text).toBe(
      'Case 01000001 has been waiting for your answer since Mon 23 Nov, 10:00 EST. Please reply in this thread with what Customer Care asked for, so that we can go on working on it. If we do not hear from you by Tue 8 Dec, 10:00 EST, we will resolve the case; you can reopen it by replying here.',
    );
    const resolution = r.transcript.find((t) => t.to === 'U02CARLA' && t.text.includes('is now resolved'))!;
    expect(resolution.at).toBe('2026-12-08T15:00:00.000Z');
    expect(carla.filter((t) => t.includes('waiting for your answer'))).toHaveLength(1);
    expect(r.cases[0]).toMatchObject({ state: 'resolved' });
    expect(r.audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['case.waiting-reminder', 'case.resolved-no-answer']),
    );
  });

  it('issue 22 §3: the customer’s answer before the reminder cancels the reminder and the resolution', async () => {
    const answered = await replay(
      [
        ...ASKED,
        slack('U02CARLA', 'hello again', '2026-11-25T14:59:00Z'),
        pin('U02CARLA', 'carla@globex.example', '615283'),
        slack('U02CARLA', 'Logs are attached now', '2026-11-25T15:00:00Z'),
        { advance: '20d' },
      ],
      NOW,
    );
    expect(toRecipient(answered, 'U02CARLA').some((t) => t.includes('waiting for your answer'))).toBe(false);
    expect(answered.cases[0]?.state).toBe('open');
  });

  const LICENSE_FILE =
    'SERVER licsrv01 0050569a1b2c 7260\nVENDOR genesys.d\nFEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=ABC123\n';
  const APPROVED: ReplayStep[] = [
    ...ANA_VERIFIED,
    {
      at: '+1m',
      message: {
        channel: 'slack',
        from: 'U01ANA',
        text: 'Our license server crashed and production is down, we need a temporary license',
        attachments: [{ filename: 'license.dat', content: LICENSE_FILE }],
      },
    },
    staff('U09ANALYST', 'approve', { attachment: { filename: 'temp-license.dat', content: 'FEATURE …' } }),
  ];

  it('issue 22 §3 (seed 000): a temporary license Customer Care issued is reminded 7 days and 1 day before it expires, pointing to regional Licensing, never offering an extension', async () => {
    const r = await replay([
      ...APPROVED,
      staff('U09ANALYST', 'task-done', { target: 'last' }, '+1h'),
      { advance: '31d' },
    ]);
    const reminders = r.transcript.filter((t) => t.to === 'U01ANA' && t.text.startsWith('Reminder for Case'));
    // Expires 2026-12-23 (Paris): reminders at 09:00 Paris on 16 and 22 December.
    expect(reminders.map((t) => t.at)).toEqual(['2026-12-16T08:00:00.000Z', '2026-12-22T08:00:00.000Z']);
    expect(reminders[0]?.text).toBe(
      'Reminder for Case 01000001: the temporary license file Customer Care issued (AP-000001) expires on 2026-12-23, in 7 days. Customer Care cannot extend a temporary license file it issued itself. For your permanent license file, please contact your regional Licensing team: emea.licensing@genesys.com.',
    );
    expect(reminders[1]?.text).toContain('expires on 2026-12-23, in 1 day.');
    for (const t of reminders)
      expect(t.text).not.toMatch(/(we|I) (can|will) (extend|issue)|another (temporary|extension)|reply .* extend/i);
  });

  it('issue 22 §3 (seed 000): the License Management follow-up of a critical licensing issue is a task due in 2 business days that pages until marked done', async () => {
    const r = await replay([
      ...APPROVED,
      { advance: '2d1h' },
      staff('U09ANALYST', 'task-done', { target: 'T-000001', text: 'permanent file ordered' }, '+5m'),
      { advance: '1d' },
    ]);
    expect(r.tasks).toEqual([
      expect.objectContaining({
        id: 'T-000001',
        case: '01000001',
        kind: 'license-follow-up',
        // Approved Mon 23 Nov 14:02:30Z (15:02 Paris) + 2 business days.
        due: '2026-11-25T14:02:30.000Z',
        assignee: 'care@vendor.example',
        state: 'done',
        doneBy: 'care@vendor.example',
      }),
    ]);
    const overdue = r.pages.find((p) => p.target === 'follow-up')!;
    expect(overdue).toMatchObject({
      level: 'overdue',
      at: '2026-11-25T14:02:30.000Z',
      state: 'cancelled',
      closedReason: 'the task is done',
    });
    expect(overdue.recipients).toEqual(expect.arrayContaining(['care@vendor.example', 'manager@vendor.example']));
    const page = toRecipient(r, 'care@vendor.example').find((t) => t.includes('OVERDUE'))!;
    expect(page).toContain('the follow-up task T-000001 is OVERDUE');
    expect(page).toContain('Follow up with License Management and the customer');
    expect(toRecipient(r, 'U09ANALYST').at(-1)).toBe('task T-000001 on case 01000001 done by Sam Lee');
  });
});

describe('issue 22 §1: catch-up and restarts', () => {
  it('issue 22 §1: a page that fell due while the bot was down is sent once on start, saying how late and why', async () => {
    const r = await replay([...OPEN_HIGH, { advance: '2h' }, { outage: '3h' }, { advance: '1m' }], NOW);
    expect(r.pages.map((p) => [p.target, p.level, p.lateMinutes])).toEqual([
      ['response', 'at-risk', 120],
      ['response', 'breached', 60],
    ]);
    const manager = toRecipient(r, 'manager@vendor.example');
    expect(manager).toHaveLength(2);
    expect(manager[0]).toContain('Sent late by 2 h: the bot was not running when this fell due.');
    expect(manager[1]).toContain('Sent late by 1 h: the bot was not running when this fell due.');
  });

  it('issue 22 §1: a restart in the middle of the ladder sends every page and repeat exactly once', async () => {
    const steps = [...OPEN_HIGH, { advance: '3h10m' }, { restart: true } as ReplayStep, { advance: '3h' }];
    const withRestart = await replay(steps, NOW);
    const without = await replay([...OPEN_HIGH, { advance: '3h10m' }, { advance: '3h' }], NOW);
    expect(withRestart.pages).toEqual(without.pages);
    expect(toRecipient(withRestart, 'manager@vendor.example')).toEqual(toRecipient(without, 'manager@vendor.example'));
  });
});
