import { afterEach, describe, expect, it } from 'vitest';
import { allSlackEvents } from '../../../src/store/slack-event-store.ts';
import { buttonsOf, posts, textsOf } from './support/calls.ts';
import { nextTs } from './support/signed-request.ts';
import { type Harness, startHarness } from './support/slack-harness.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

/** A message in a Slack Connect channel from a user of another workspace (user_team). */
const inChannel = (
  channel: string,
  user: string,
  userTeam: string,
  text: string,
  extra: Record<string, unknown> = {},
) => ({
  type: 'message',
  channel,
  channel_type: 'channel',
  user,
  user_team: userTeam,
  source_team: userTeam,
  team: userTeam,
  text,
  ts: nextTs(),
  ...extra,
});

describe('Slack Connect and channels (issue 19 §2)', () => {
  it('a mention in a shared channel is answered in its thread; the sender is (user_team, user); messages nobody addressed are left alone', async () => {
    h = await startHarness();
    await h.event(inChannel('CCONNECT', 'U01ANA', 'TACME', 'we were talking about lunch'));
    await h.settle();
    expect(posts(h.fake.calls)).toHaveLength(0);
    expect(await allSlackEvents(h.db)).toHaveLength(0);

    const mention = inChannel('CCONNECT', 'U01ANA', 'TACME', '<@UBOT> how do I download SIP Server 9.0?');
    await h.event({ ...mention, type: 'app_mention' });
    await h.settle();
    const [ask] = posts(h.fake.calls);
    expect(ask?.method).toBe('chat.postEphemeral'); // unverified: the Verify button only for Ana
    expect(ask?.args['thread_ts']).toBe(mention.ts);
    const conversation = h.db.$client.prepare('select sender_key from conversations').get() as { sender_key: string };
    expect(conversation.sender_key).toBe('TACME:U01ANA');
    expect(String(ask?.args['text'])).not.toMatch(/Acme|Case \d/);
    expect(buttonsOf(ask)[0]?.text).toBe('Verify');
  });

  it('in a configured support channel every message is for the bot, and a later message in a bot thread needs no mention', async () => {
    h = await startHarness({ env: { SLACK_SUPPORT_CHANNELS: 'CSUPPORT' } });
    const first = inChannel('CSUPPORT', 'U01ANA', 'TACME', 'help');
    await h.event(first);
    await h.settle();
    expect(textsOf(h.fake.calls)[0]).toMatch(/^I am Caseline/);
    await h.event(inChannel('CCONNECT', 'U01ANA', 'TACME', '<@UBOT> help'));
    await h.settle();
    const root = String(posts(h.fake.calls)[1]?.args['thread_ts'] ?? '');
    await h.event(inChannel('CCONNECT', 'U01ANA', 'TACME', 'and what about downloads?', { thread_ts: root }));
    await h.settle();
    expect(posts(h.fake.calls).filter((c) => c.args['thread_ts'] === root).length).toBe(2);
  });

  it('the vendor’s own people in a shared channel are staff, not customers; the staff channel is not a customer channel', async () => {
    h = await startHarness({ env: { SLACK_SUPPORT_CHANNELS: 'CSUPPORT' } });
    await h.event(inChannel('CSUPPORT', 'U09ANALYST', 'TVENDOR', 'I will look into this for you'));
    await h.event(inChannel('CSTAFF', 'U09ANALYST', 'TVENDOR', '<@UBOT> anything new?', { type: 'app_mention' }));
    await h.settle();
    expect(posts(h.fake.calls)).toHaveLength(0);
  });

  it('a support channel mapped to one account only acts for that account there: no choice of another account’s pair', async () => {
    h = await startHarness({ env: { SLACK_SUPPORT_CHANNELS: 'CINITECH=initech' } });
    await verifyDirectly(h, 'U03ERIN', 'erin@northwind.example', '857302');
    await h.event(
      inChannel(
        'CINITECH',
        'U03ERIN',
        'TCUSTOMER',
        'Workspace Desktop Edition 8.5 crashes when agents log in on production',
      ),
    );
    await h.settle();
    const texts = textsOf(h.fake.calls).join('\n');
    expect(texts).not.toContain('Umbrella');
    expect(texts).not.toMatch(/Which one is this for/);
  });
});
