import { afterEach, describe, expect, it } from 'vitest';
import { allSlackEvents } from '../../../src/store/slack-event-store.ts';
import { posts, textsOf } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

describe('Slack bad input (issue 19, Bad input)', () => {
  it('bot messages and our own messages get no answer; the bot’s own are not even taken in', async () => {
    h = await startHarness();
    await h.event(dm('U01ANA', 'I am a bot', { bot_id: 'B0OTHER', subtype: 'bot_message' }));
    await h.event(dm('UBOT', 'our own reply echoed back'));
    await h.settle();
    expect(posts(h.fake.calls)).toHaveLength(0);
    expect((await allSlackEvents(h.db)).map((e) => e.reason)).toEqual(['bot message']);
  });

  it('a huge message is answered (the rest is not read), and the next message is handled as usual', async () => {
    h = await startHarness();
    await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
    await h.event(dm('U01ANA', `how do I download SIP Server 9.0? ${'lorem ipsum '.repeat(3500)}`));
    await h.event(dm('U01ANA', 'help'));
    await h.settle();
    const texts = textsOf(h.fake.calls);
    expect(
      texts.some((t) => t.startsWith('Your message is very long, so I read only the first 20000 characters')),
    ).toBe(true);
    expect(texts.at(-1)).toMatch(/^I am Caseline/);
    for (const call of posts(h.fake.calls)) expect(String(call.args['text']).length).toBeLessThanOrEqual(3000);
  });

  it('a failure while processing is recorded with its reason, the customer gets an answer, nothing else stops', async () => {
    h = await startHarness();
    const reader = h.ctx.reader;
    h.ctx.reader = {
      read: () => {
        throw new Error('reader exploded');
      },
    };
    await h.event(dm('U01ANA', 'this breaks the engine'));
    await h.settle();
    // Nothing lost: the failed event keeps what it said (PIN and sensitive data out), with the reason.
    expect((await allSlackEvents(h.db)).at(-1)).toMatchObject({
      state: 'failed',
      reason: 'reader exploded',
      summary: { text: 'this breaks the engine' },
    });
    expect(textsOf(h.fake.calls).at(-1)).toMatch(/^Sorry, something went wrong on our side/);
    h.ctx.reader = reader;
    await h.event(dm('U01ANA', 'help'));
    await h.settle();
    expect(textsOf(h.fake.calls).at(-1)).toMatch(/^I am Caseline/);
  });

  it('a PIN form that cannot be opened (expired trigger) is logged, and nothing breaks', async () => {
    h = await startHarness();
    h.fake.fail('views.open', { error: 'expired_trigger_id' });
    await h.interact({
      type: 'block_actions',
      user: { id: 'U01ANA', team_id: 'TCUSTOMER' },
      team: { id: 'TCUSTOMER' },
      trigger_id: 'old',
      channel: { id: 'D01ANA' },
      container: { type: 'message', message_ts: '1.1', channel_id: 'D01ANA' },
      message: { ts: '1.1' },
      actions: [
        {
          action_id: 'caseline.verify',
          block_id: 'verify',
          value: '{"t":null,"e":0}',
          type: 'button',
          action_ts: '1.2',
        },
      ],
    });
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    await h.settle();
    expect(h.logs.join('')).toContain('PIN form not opened');
    await h.event(dm('U01ANA', 'help'));
    await h.settle();
    expect(textsOf(h.fake.calls).at(-1)).toMatch(/^I am Caseline/);
  });

  it('issue 19 §7 end to end: hostile customer text reaches Slack escaped exactly once — in the staff channel and in replies', async () => {
    h = await startHarness();
    await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
    // As Slack sends it: a real @channel, a mention and a link with other words are markup; what was typed
    // to look like markup ("<!here>", "<@U09MANAGER>", "&") arrives as entities.
    const root = dm(
      'U01ANA',
      '<!channel> our production SIP Server 9.0 is down <@U09MANAGER> see <https://evil.example|the portal> &amp; more, typed: &lt;!here&gt; &lt;@U09MANAGER&gt;',
    );
    await h.event(root);
    await h.settle();
    const rendered = posts(h.fake.calls).flatMap((c) => [
      String(c.args['text']),
      ...((c.args['blocks'] ?? []) as Array<{ text?: { text: string } }>).map((b) => b.text?.text ?? ''),
    ]);
    // The notice goes into the case card's thread (issue 20 §2); the card itself shows the description escaped.
    const staff = posts(h.fake.calls).find((c) => c.args['channel'] === 'CSTAFF' && c.args['thread_ts']);
    const card = posts(h.fake.calls).find((c) => c.args['channel'] === 'CSTAFF' && !c.args['thread_ts']);
    // Read as the customer saw it (a mention is a name, a link shows its address), then escaped once.
    const said =
      '@channel our production SIP Server 9.0 is down @U09MANAGER see the portal (https://evil.example) &amp; more, typed: &lt;!here&gt; &lt;@U09MANAGER&gt;';
    expect(JSON.stringify(card?.args['blocks'])).toContain(said);
    expect(String(staff?.args['text'])).toContain(said);
    for (const text of rendered) {
      // No broadcast, no mention, no link behind other words, no double escape (a bare address may link).
      expect(text).not.toMatch(/<!channel>|<!here>|<@U09MANAGER>|<https:\/\/evil[^>]*\||&amp;lt;|&amp;amp;/);
    }
  });
});
