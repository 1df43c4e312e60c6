/**
 * Issue 18 §8: customer text reaches Slack-bound text escaped — a staff notification on a Slack staff
 * channel and a reply in Slack show `<!channel>`, `<@U…>` and `<http…|…>` as text, never as a mention or
 * a link. Through the engine on the demo directory.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/domain/policy/defaults.ts';
import { createEngineContext, handleInbound, handlePinForm, type Outbound } from '../../src/services/engine/index.ts';
import { openDatabase } from '../../src/store/database.ts';
import { demoImage } from '../support/replay.ts';

describe('issue 18 §8: customer text in Slack-bound text', () => {
  it('issue 18 §8: staff notices on Slack and Slack replies escape what the customer wrote', async () => {
    const db = openDatabase(':memory:', { image: await demoImage() });
    let clock = new Date('2026-11-23T14:00:00Z');
    const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'slack', now: () => clock });
    const sender = { kind: 'slack' as const, userId: 'U01ANA' };
    const out: Outbound[] = [];
    const say = async (text: string) => {
      clock = new Date(clock.getTime() + 60_000);
      out.push(
        ...(
          await handleInbound(ctx, {
            channel: 'slack',
            sender,
            threadKey: 'T1',
            text,
            attachments: [],
            receivedAt: clock,
          })
        ).replies,
      );
    };
    await say('hello');
    out.push(
      ...(await handlePinForm(ctx, { channel: 'slack', sender, email: 'ana@acme.example', pin: '482913', at: clock }))
        .replies,
    );
    await say(
      '<!channel> Our production SIP Server 9.0 drops calls, see <http://evil.example/login|the portal> & ask <@U09MANAGER> <!here>',
    );
    await say('medium');
    await say('It started after the dial plan change <!everyone>');
    await say('About 20 agents are affected');
    const slackTexts = out.filter((r) => r.channel === 'slack').map((r) => r.text);
    const staffNotice = out.find((r) => r.audience === 'staff' && r.text.startsWith('New Case'));
    expect(staffNotice?.channel).toBe('slack');
    expect(staffNotice?.text).toContain('&lt;!channel&gt; Our production SIP Server 9.0');
    expect(staffNotice?.text).toContain('&lt;http://evil.example/login|the portal&gt; &amp; ask &lt;@U09MANAGER&gt;');
    for (const text of slackTexts) {
      expect(text).not.toMatch(/<[!@#]|<https?:/);
    }
    expect(slackTexts.join('\n')).toContain('&lt;!here&gt;');
    db.$client.close();
  });
});
