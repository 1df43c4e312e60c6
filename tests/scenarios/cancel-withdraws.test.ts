/**
 * "Cancel" of a case before it opened (issue 21 §10): a case still collecting — its clock not started, staff
 * never told of it — is withdrawn: in nobody's list, its number not used again, the withdrawal on record. A
 * case whose clock started, or that staff were told of, is kept: the contact is told so and how to close it.
 */
import { describe, expect, it } from 'vitest';
import { CARLA_VERIFIED, replay, slack, toRecipient } from '../support/replay.ts';

const REPORT = 'Interaction Server drops chat interactions randomly';

describe('cancel before a case opened (issue 21 §10)', () => {
  it('issue 21 §10: a collecting case cancelled is withdrawn — said so, in no list, its number not reused, its history kept', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', REPORT),
      slack('U02CARLA', 'forget it, our network team found the cause'),
      slack('U02CARLA', 'my cases'),
      slack('U02CARLA', 'status of 01000001?'),
      slack('U02CARLA', 'SIP Server 9.0 production: calls drop since the carrier change this morning, high'),
    ]);
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla[3]).toMatch(/^Cancelled\. Case 01000001 is withdrawn: .*nothing was sent to Customer Care/);
    expect(carla[3]).toContain('will not be used again');
    expect(carla[4]).not.toContain('01000001');
    expect(carla[5]).toMatch(/Case 01000001 was withdrawn before it was opened/);
    // The next case gets the next number; the withdrawn one is no case of the conversation.
    expect(r.cases.map((c) => c.number)).toEqual(['01000002']);
    expect(toRecipient(r, 'care@vendor.example').join('\n')).not.toContain('01000001');
    expect(r.audit.filter((a) => a.action === 'case.withdrawn').map((a) => a.subject)).toEqual(['01000001']);
  });

  it('issue 21 §10: staff told of a collecting case (a PIN pasted into it): "cancel" keeps it and offers to close it', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', REPORT),
      slack('U02CARLA', 'PIN: 615283'),
      slack('U02CARLA', 'cancel'),
    ]);
    // The warning to staff is filed under the case (its subject carries the case's tag).
    expect(r.transcript.filter((t) => t.to === 'care@vendor.example').map((t) => t.case)).toEqual(['01000001']);
    const last = toRecipient(r, 'U02CARLA').at(-1)!;
    expect(last).toMatch(/^Case 01000001 cannot be withdrawn: Customer Care has been told of it\./);
    expect(last).toContain('reply "close 01000001"');
    expect(r.cases).toMatchObject([{ number: '01000001', state: 'collecting' }]);
    expect(r.audit.map((a) => a.action)).not.toContain('case.withdrawn');
  });

  it('issue 21 §10: a case whose clock started is not withdrawn by "cancel": said so, with how to close it, and "close N" closes it', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'Interaction Server 9.0 drops chats since the upgrade on Friday, medium'),
      slack('U02CARLA', 'cancel'),
      slack('U02CARLA', 'close 01000001'),
    ]);
    const carla = toRecipient(r, 'U02CARLA');
    expect(carla.at(-2)).toMatch(
      /^Case 01000001 cannot be withdrawn: its clock has started and Customer Care has it\./,
    );
    expect(carla.at(-2)).toContain('reply "close 01000001" and it is closed');
    // A read-write contact closes their own case (docs/rules.md §4): "close N" closes it at once.
    expect(carla.at(-1)).toContain('Case 01000001 is closed');
    expect(r.cases).toMatchObject([{ number: '01000001', state: 'closed' }]);
  });
});
