import { afterEach, describe, expect, it } from 'vitest';
import { handleInbound, performStaffAction } from '../../../src/services/engine/index.ts';
import { allOutbox } from '../../../src/store/outbox-store.ts';
import { posts, textsOf } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const mailFromAna = async (subject: string, text: string, id: string) =>
  await handleInbound(h.ctx, {
    channel: 'email',
    sender: { kind: 'email', address: 'ana@acme.example', auth: 'pass' },
    threadKey: `email:<${id}@acme.example>`,
    subject,
    // The mail channel reads the [Case N] tag (resolve-thread.ts); here it is given as it would find it.
    ...(/\[Case (\d{8})\]/.exec(subject) ? { caseNumber: /\[Case (\d{8})\]/.exec(subject)![1]! } : {}),
    text,
    attachments: [],
    receivedAt: h.ctx.now(),
    dedupeKey: `<${id}@acme.example>`,
  });

const staffReply = async (text: string) =>
  await performStaffAction(h.ctx, { from: 'U09ANALYST', action: 'reply', target: '01000001', text, at: h.ctx.now() });

describe('one case across email and Slack (issue 19 §5)', () => {
  it('a case opened by mail is followed in Slack; staff answers go where the contact last wrote — Slack, then mail again', async () => {
    h = await startHarness();
    const opened = await mailFromAna(
      'SIP Server down',
      'PIN: 482913\nOur production SIP Server 9.0 is down, no calls at all since 08:00',
      'm1',
    );
    expect(opened.caseNumber).toBe('01000001');

    await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
    const asked = dm('U01ANA', 'any update on case 01000001?');
    await h.event(asked);
    await h.settle();
    expect(textsOf(h.fake.calls).at(-1)).toMatch(/Case 01000001/);

    await staffReply('We are looking at the SIP Server logs now.');
    await h.settle();
    const inSlack = posts(h.fake.calls).find((c) => c.args['text'] === 'We are looking at the SIP Server logs now.');
    expect(inSlack?.args).toMatchObject({ channel: 'D01ANA', thread_ts: asked['ts'] });

    await mailFromAna('Re: [Case 01000001] SIP Server down', 'PIN: 482913\nHere are the logs you asked for', 'm2');
    await staffReply('Thank you, the logs show the cause.');
    await h.settle();
    const last = (await allOutbox(h.db)).find((r) => r.text === 'Thank you, the logs show the cause.');
    expect(last).toMatchObject({
      channel: 'email',
      recipient: 'ana@acme.example',
      text: 'Thank you, the logs show the cause.',
    });
    expect(textsOf(h.fake.calls)).not.toContain('Thank you, the logs show the cause.');
  });

  it('a case opened in Slack is followed by mail, and answered by mail', async () => {
    h = await startHarness();
    await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
    await h.event(dm('U01ANA', 'Our production SIP Server 9.0 is down, no calls at all'));
    await h.settle();
    expect(textsOf(h.fake.calls).some((t) => t.startsWith('Case 01000001 is open'))).toBe(true);
    await staffReply('First answer, in Slack.');
    await h.settle();
    expect(textsOf(h.fake.calls)).toContain('First answer, in Slack.');

    await mailFromAna('[Case 01000001] more details', 'PIN: 482913\nIt started after the upgrade', 'm3');
    await staffReply('Second answer, by mail.');
    expect((await allOutbox(h.db)).find((r) => r.text === 'Second answer, by mail.')).toMatchObject({
      channel: 'email',
      recipient: 'ana@acme.example',
    });
  });
});
