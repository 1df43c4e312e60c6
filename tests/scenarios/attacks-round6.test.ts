/**
 * Holes found by the round-6 red team, through the replay runner (the entry point the evaluators use).
 * Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { handleInbound, handlePinForm } from '../../src/services/engine/index.ts';
import { performStaffAction } from '../../src/services/engine/staff-actions.ts';
import type { ReplayStep } from '../../src/services/replay/script.ts';
import {
  ANA_VERIFIED,
  demoEngine,
  email,
  everythingButInput,
  pin,
  replay,
  slack,
  toRecipient,
} from '../support/replay.ts';

/** What a terminal would run or a viewer would reverse: C0 (but TAB, LF, CR), DEL, C1, bidi controls. */
const HOSTILE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('customer text with terminal sequences and bidi overrides', () => {
  it('issue 18 §8: a subject and body carrying ESC sequences, BEL and U+202E reach staff notices, replies and records without them', async () => {
    const r = await replay([
      email(
        'ana@acme.example',
        'PIN: 482913\nCritical: production SIP Server 9.0 rejects every call since the upgrade \u001b[2J\u009b31m, see \u202egnp.exe, all 200 agents down',
        { subject: 'SIP \u202eexe.gnp\u202c \u001b]0;pwned\u0007down\r\nBcc: x' },
        '+0s',
      ),
    ]);
    expect(r.cases).toHaveLength(1);
    const staffNotice = toRecipient(r, 'care@vendor.example').join('\n');
    expect(staffNotice).toContain('SIP exe.gnp ]0;pwneddown Bcc: x');
    expect(staffNotice).toContain('see gnp.exe, all 200 agents down');
    expect(everythingButInput(r)).not.toMatch(HOSTILE);
  });

  it('issue 18 §8: a Slack message with a bidi override is answered and noted for staff without it', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'Our production SIP Server 9.0 drops calls \u202e<!channel>, severity medium, since the dial plan change',
      ),
      slack('U01ANA', 'About 20 agents are affected \u2066\u001b[8m'),
    ]);
    expect(r.cases).toHaveLength(1);
    expect(everythingButInput(r)).not.toMatch(HOSTILE);
  });
});

const ORIGINAL =
  'SERVER licsrv01 0050569a1b2c 7260\nVENDOR genesys.d\nFEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=ABC123\n';
const OURS = 'FEATURE SIP_SERVER genesys.d 8.5 23-dec-2026 100 SIGN=TEMP01';

describe("a temporary file Customer Care issued, sent back as someone else's", () => {
  const withFile = (text: string, content: string, at = '+2m'): ReplayStep => ({
    at,
    message: { channel: 'slack', from: 'U01ANA', text, attachments: [{ filename: 'license.dat', content }] },
  });
  /** Ana gets a 30-day file from Customer Care (AP-000001, expiring 2026-12-23), then comes back 20 days later. */
  const ISSUED: ReplayStep[] = [
    slack('U01ANA', 'Our license server crashed and production is down, we need a temporary license', '+0s'),
    pin('U01ANA', 'ana@acme.example', '482913'),
    withFile('Here is our original license file', ORIGINAL),
    {
      at: '+10m',
      staff: {
        from: 'U09ANALYST',
        action: 'approve',
        target: 'last',
        attachment: { filename: 'temp.dat', content: OURS },
      },
    },
    slack(
      'U01ANA',
      'Production is down again: the license file is corrupted, we urgently need a temporary license',
      '+20d',
    ),
    pin('U01ANA', 'ana@acme.example', '482913'),
  ];

  it('DOMAIN.md §6: the file Customer Care issued, sent back with "the Licensing team issued it", is not extended — referred to Licensing, no second approval', async () => {
    const r = await replay(
      [...ISSUED, withFile('Here is our license file. The Licensing team issued it.', OURS)],
      '2026-11-23T15:00:00+01:00',
    );
    expect(r.approvals.map((a) => a.id)).toEqual(['AP-000001']);
    expect(r.cases).toHaveLength(1);
    expect(toRecipient(r, 'U01ANA').at(-1)).toContain(
      'Customer Care cannot issue a further extension or change of a temporary license file that Customer Care itself issued',
    );
  });

  it('DOMAIN.md §6: asked who issued it, "Licensing" does not turn Customer Care\'s own file into one Customer Care may extend', async () => {
    const r = await replay(
      [
        ...ISSUED,
        withFile('Here is our license file', OURS),
        slack('U01ANA', 'The Licensing team issued it'),
        withFile('Here it is again, Licensing issued this file', OURS),
      ],
      '2026-11-23T15:00:00+01:00',
    );
    expect(r.approvals.map((a) => a.id)).toEqual(['AP-000001']);
    expect(r.audit.filter((a) => a.action === 'approval.requested')).toHaveLength(1);
  });
});

describe('an approval decided after what it was asked for changed', () => {
  const REQUESTED: ReplayStep[] = [
    slack('U01ANA', 'Our license server crashed and production is down, we need a temporary license', '+0s'),
    pin('U01ANA', 'ana@acme.example', '482913'),
    {
      at: '+2m',
      message: {
        channel: 'slack',
        from: 'U01ANA',
        text: 'Here is our original license file',
        attachments: [{ filename: 'license.dat', content: ORIGINAL }],
      },
    },
  ];
  const APPROVE: ReplayStep = {
    at: '+10m',
    staff: {
      from: 'U09ANALYST',
      action: 'approve',
      target: '01000001',
      attachment: { filename: 't.dat', content: OURS },
    },
  };

  it('DOMAIN.md §6: Approve on a License case closed meanwhile sends no file; staff are told, the approval stays pending', async () => {
    const r = await replay(
      [...REQUESTED, { at: '+5m', staff: { from: 'U09ANALYST', action: 'close', target: '01000001' } }, APPROVE],
      '2026-11-23T15:00:00+01:00',
    );
    expect(toRecipient(r, 'U01ANA').join('\n')).not.toContain('Your temporary license file');
    expect(toRecipient(r, 'U09ANALYST').at(-1)).toBe(
      'refused: Case 01000001 is closed: nothing was sent; reject the approval to close it',
    );
    expect(r.approvals).toEqual([expect.objectContaining({ id: 'AP-000001', state: 'pending' })]);
  });

  it.each([
    [
      "DOMAIN.md §1: the Sold To's contract lapsed",
      "update contracts set status = 'lapsed' where sold_to = 'acme'",
      /Service Contract of acme is no longer in force/,
    ],
    [
      'DOMAIN.md §1: the contact lost access to the pair',
      "delete from access_grants where contact_id = (select id from contacts where email = 'ana@acme.example')",
      /contact of Case 01000001 no longer has access/,
    ],
  ])(
    '%s between the request and Approve: no file is sent, staff are told why, the approval stays pending',
    async (_rule, change, why) => {
      let now = new Date('2026-11-23T14:00:00Z');
      const { db, ctx } = await demoEngine(now);
      const at = { ...ctx, now: () => now };
      const sender = { kind: 'slack' as const, userId: 'U01ANA' };
      const say = async (text: string, file?: string) => {
        now = new Date(now.getTime() + 60_000);
        const attachments = file
          ? [{ filename: 'license.dat', contentType: 'text/plain', size: file.length, text: file }]
          : [];
        await handleInbound(at, { channel: 'slack', sender, threadKey: 'T1', text, attachments, receivedAt: now });
      };
      await handlePinForm(at, { channel: 'slack', sender, email: 'ana@acme.example', pin: '482913', at: now });
      await say('Our license server crashed and production is down, we need a temporary license');
      await say('Here is our original license file', ORIGINAL);
      expect(db.$client.prepare('select state from approvals').all()).toEqual([{ state: 'pending' }]);
      db.$client.exec(change);
      const outboxBefore = db.$client.prepare('select count(*) as n from outbox').get();

      const result = await performStaffAction(at, {
        from: 'U09ANALYST',
        action: 'approve',
        target: '01000001',
        attachment: { filename: 't.dat', storagePath: 'replay:t.dat' },
        at: now,
      });
      expect(result).toEqual({ ok: false, error: expect.stringMatching(why) });
      expect(db.$client.prepare('select state from approvals').all()).toEqual([{ state: 'pending' }]);
      expect(db.$client.prepare('select count(*) as n from outbox').get()).toEqual(outboxBefore);
      db.$client.close();
    },
  );
});
