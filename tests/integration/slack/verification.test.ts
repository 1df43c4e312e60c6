import { afterEach, describe, expect, it } from 'vitest';
import { allSlackEvents } from '../../../src/store/slack-event-store.ts';
import { buttonsOf, posts, textsOf } from './support/calls.ts';
import { buttonPress, dm, type Harness, pinSubmission, startHarness } from './support/slack-harness.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

/** Sends a DM, presses the Verify button the bot answered with, and returns the modal it opened. */
async function openForm(
  user: string,
  text: string,
  channel = `D${user.slice(1)}`,
  extra: Record<string, unknown> = {},
) {
  const message = dm(user, text, { channel, ...extra });
  await h.event(message);
  await h.settle();
  const ask = posts(h.fake.calls).at(-1)!;
  const [verify] = buttonsOf(ask);
  await h.interact(
    buttonPress(
      user,
      { channel, ts: '1790000999.000001', thread_ts: String(message['ts']) },
      { action_id: verify!.action_id, value: verify!.value },
    ),
  );
  await h.fake.waitFor((calls) => calls.filter((c) => c.method === 'views.open').length > 0);
  const view = h.fake.callsOf('views.open').at(-1)!.args['view'] as {
    private_metadata: string;
    blocks: Array<{ type: string; block_id?: string; label?: { text: string } }>;
  };
  return { message, ask, view };
}

describe('Slack: the PIN form', () => {
  it('issue 19 §3: a Slack user the directory does not link to a contact is asked for Email and PIN; a wrong pair gets one generic answer in the form', async () => {
    h = await startHarness();
    const { view } = await openForm('U07DAN', 'I need to download SIP Server 9.0');
    expect(view.blocks.filter((b) => b.type === 'input').map((b) => b.label?.text)).toEqual(['Email', 'PIN']);

    const unknown = await h.interact(
      pinSubmission(
        'U07DAN',
        { id: 'V9', private_metadata: view.private_metadata },
        { email: 'nobody@acme.example', pin: '123456' },
      ),
    );
    expect(unknown.body).toEqual({
      response_action: 'errors',
      errors: { pin: 'That email address and PIN do not match our records. Please check both and try again.' },
    });
    // Carla is linked to another Slack user: her address and PIN from this user get the same answer.
    const someoneElses = await h.interact(
      pinSubmission(
        'U07DAN',
        { id: 'V9', private_metadata: view.private_metadata },
        { email: 'carla@globex.example', pin: '615283' },
      ),
    );
    expect(someoneElses.body).toEqual(unknown.body);
    const bad = await h.interact(
      pinSubmission(
        'U07DAN',
        { id: 'V9', private_metadata: view.private_metadata },
        { email: 'not an address', pin: '615283' },
      ),
    );
    expect(bad.body).toMatchObject({ response_action: 'errors', errors: { email: expect.any(String) } });
    const letters = await h.interact(
      pinSubmission(
        'U07DAN',
        { id: 'V9', private_metadata: view.private_metadata },
        { email: 'dan@globex.example', pin: 'abcd' },
      ),
    );
    expect(letters.body).toMatchObject({
      response_action: 'errors',
      errors: { pin: 'Enter your PIN: 4 to 12 digits.' },
    });
    await h.settle();
    // The answers were given in the form, not posted in the conversation.
    expect(posts(h.fake.calls)).toHaveLength(1);
    expect(JSON.stringify(h.fake.calls)).not.toContain('615283');
  });

  it('issue 19 §3, bad input: a form submitted twice after it verified changes nothing the second time', async () => {
    h = await startHarness();
    const { view } = await openForm('U01ANA', 'my cases');
    const submit = () =>
      h.interact(pinSubmission('U01ANA', { id: 'V42', private_metadata: view.private_metadata }, { pin: '482913' }));
    expect((await submit()).body).toBe('');
    expect((await submit()).body).toBe('');
    await h.settle();
    const texts = textsOf(h.fake.calls);
    expect(texts.filter((t) => t.startsWith('Thank you, Ana Ruiz'))).toHaveLength(1);
    expect(texts.filter((t) => t === 'There are no cases for the accounts you have access to.')).toHaveLength(1);
    const audit = h.db.$client.prepare("select action from audit_log where action like 'pin.%'").all() as Array<{
      action: string;
    }>;
    expect(audit.map((a) => a.action)).toEqual(['pin.verified']);
  });

  it('issue 19 §3: in a shared channel the Verify button is ephemeral, seen only by the person asked', async () => {
    h = await startHarness({ env: { SLACK_SUPPORT_CHANNELS: 'CACME=acme' } });
    await h.event({
      type: 'message',
      channel: 'CACME',
      channel_type: 'channel',
      user: 'U01ANA',
      user_team: 'TACME',
      team: 'TACME',
      text: 'status of my cases please',
    });
    await h.settle();
    const [ask] = posts(h.fake.calls);
    expect(ask?.method).toBe('chat.postEphemeral');
    expect(ask?.args).toMatchObject({ channel: 'CACME', user: 'U01ANA' });
    expect(buttonsOf(ask)[0]?.text).toBe('Verify');
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('issue 19 §3: someone else pressing a Verify button verifies only themselves; the other person’s request is not resumed for them', async () => {
    h = await startHarness();
    const anaMessage = dm('U01ANA', 'status of case 01000001');
    await h.event(anaMessage);
    await h.settle();
    const [verify] = buttonsOf(posts(h.fake.calls)[0]);
    // Ben (Acme too) presses Ana's button (forwarded to him, or a forged payload) and enters his own PIN.
    await h.interact(
      buttonPress(
        'U01BEN',
        { channel: 'D01ANA', ts: '1790000999.000002', thread_ts: String(anaMessage['ts']) },
        { action_id: verify!.action_id, value: verify!.value },
      ),
    );
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    const view = h.fake.callsOf('views.open')[0]!.args['view'] as { private_metadata: string };
    await h.interact(pinSubmission('U01BEN', { id: 'V7', private_metadata: view.private_metadata }, { pin: '739164' }));
    await h.settle();
    const toAnaThread = posts(h.fake.calls).filter((c) => c.args['thread_ts'] === anaMessage['ts']);
    expect(toAnaThread).toHaveLength(1); // only the original Verify prompt
    expect(textsOf(h.fake.calls).some((t) => t.startsWith('Thank you, Ben Ode'))).toBe(true);
  });

  it('issue 19 §3: a PIN typed in a DM is never echoed; the bot says it must be changed, and staff are told in the staff channel', async () => {
    h = await startHarness();
    await h.event(dm('U01ANA', 'hi, my PIN is 482913, please open a case for our SIP Server'));
    await h.settle();
    const everything = JSON.stringify(h.fake.calls);
    expect(everything).not.toContain('482913');
    const texts = textsOf(h.fake.calls);
    expect(texts.some((t) => t.includes('must be changed: it was exposed'))).toBe(true);
    const staff = posts(h.fake.calls).filter((c) => c.args['channel'] === 'CSTAFF');
    expect(staff.map((c) => c.args['text'])).toEqual([expect.stringContaining('A PIN was typed in a Slack message')]);
    // Not checked: nothing verified, no attempt counted.
    const audit = h.db.$client.prepare("select action from audit_log where action like 'pin.%'").all() as Array<{
      action: string;
    }>;
    expect(audit.map((a) => a.action)).toEqual(['pin.exposed']);
    expect(JSON.stringify(await allSlackEvents(h.db))).not.toContain('482913');
    expect(h.logs.join('')).not.toContain('482913');
  });
});
