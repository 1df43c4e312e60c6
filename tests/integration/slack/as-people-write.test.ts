/**
 * Slack as customers really write in it, through the real Bolt app: Slack's own markup in `text`,
 * messages whose words are not in `text` (forwarded, rich text only), edits that are not edits (a link
 * preview), corrections made by editing, and customers invited into the vendor's workspace as guests.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseEvents, findCaseByNumber } from '../../../src/store/case-store.ts';
import { allSlackEvents } from '../../../src/store/slack-event-store.ts';
import { buttonsOf, posts, textsOf } from './support/calls.ts';
import { nextTs } from './support/signed-request.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { openCarlasCase } from './support/staff.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const CARLA_DM = 'D02CARLA';
const EMPTY = /arrived empty/;

/** An edit of Carla's message `ts` in her DM, as `message_changed` delivers it. */
const carlaEdit = (ts: string, before: string, after: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  subtype: 'message_changed',
  channel: CARLA_DM,
  channel_type: 'im',
  hidden: true,
  message: { type: 'message', user: 'U02CARLA', team: 'TCUSTOMER', text: after, ts, ...extra },
  previous_message: { type: 'message', user: 'U02CARLA', team: 'TCUSTOMER', text: before, ts, ...extra },
});

const caseDescription = async () => (await findCaseByNumber(h.db, '01000001'))?.description;

describe('Slack as people write in it', () => {
  it('Slack’s markup is read as what was typed: &gt; &amp; are > &, a linked host name is the name, a mention is @someone — and goes back to Slack escaped once', async () => {
    h = await startHarness();
    await verifyDirectly(h, 'U02CARLA', 'carla@globex.example', '615283');
    // Typed: "Interaction Server 9.0 on ixn01.globex.local drops chats when load > 80% & @Dave sees it …"
    const first = dm(
      'U02CARLA',
      'Interaction Server 9.0 on <http://ixn01.globex.local|ixn01.globex.local> drops chats when load &gt; 80% &amp; <@U07DAVE> sees it on production, severity high',
    );
    await h.event(first);
    await h.settle();
    await h.event(dm('U02CARLA', 'since the upgrade on Friday; 5 agents cannot chat', { thread_ts: first['ts'] }));
    await h.settle();
    expect(await caseDescription()).toBe(
      'Interaction Server 9.0 on ixn01.globex.local drops chats when load > 80% & @U07DAVE sees it on production, severity high',
    );
    const notice = textsOf(h.fake.calls).find((t) => /^New \*?Case 01000001/.test(t));
    expect(notice).toContain('load &gt; 80% &amp; @U07DAVE');
    expect(notice).not.toMatch(/&amp;(?:gt|amp);|<http|<@U07DAVE>/);
  });

  it('a message forwarded or shared into the DM (text empty, the words in its attachment) is read, not answered as empty', async () => {
    h = await startHarness();
    await verifyDirectly(h, 'U02CARLA', 'carla@globex.example', '615283');
    await h.event(
      dm('U02CARLA', '', {
        attachments: [
          {
            is_share: true,
            is_msg_unfurl: true,
            author_id: 'U07DAVE',
            author_name: 'Dave',
            text: 'Interaction Server 9.0 drops chat interactions on production since 10:00, severity high',
            fallback: '[December 7th, 2026 10:05 AM] Dave: Interaction Server 9.0 drops chat interactions …',
            channel_id: 'CGLOBEXOPS',
            ts: '1790000000.000100',
            from_url: 'https://globex.slack.com/archives/CGLOBEXOPS/p1790000000000100',
          },
        ],
      }),
    );
    await h.settle();
    expect(textsOf(h.fake.calls).join('\n')).not.toMatch(EMPTY);
    expect(await caseDescription()).toContain('Interaction Server 9.0 drops chat interactions on production');
  });

  it('a message whose words are only in rich_text blocks (text empty) is read from the blocks', async () => {
    h = await startHarness();
    await verifyDirectly(h, 'U02CARLA', 'carla@globex.example', '615283');
    const section = (...elements: Array<Record<string, unknown>>) => ({ type: 'rich_text_section', elements });
    await h.event(
      dm('U02CARLA', '', {
        blocks: [
          {
            type: 'rich_text',
            block_id: 'Xy1',
            elements: [
              section(
                { type: 'text', text: 'Interaction Server 9.0 ' },
                { type: 'text', text: 'drops chat interactions', style: { bold: true } },
                { type: 'text', text: ' on production ' },
                { type: 'emoji', name: 'fire', unicode: '1f525' },
              ),
              { type: 'rich_text_list', style: 'bullet', elements: [section({ type: 'text', text: 'severity high' })] },
            ],
          },
        ],
      }),
    );
    await h.settle();
    expect(textsOf(h.fake.calls).join('\n')).not.toMatch(EMPTY);
    expect(await caseDescription()).toContain('Interaction Server 9.0 drops chat interactions on production');
    expect((await findCaseByNumber(h.db, '01000001'))?.severity).toBe('high');
  });

  it('an "edit" that changed no words (Slack adding a link preview) is not recorded as an edit; a real edit of an open case is, the analyst is told in the card’s thread and the contact that it is not acted on', async () => {
    h = await startHarness();
    const root = await openCarlasCase(h);
    const later = dm('U02CARLA', 'see https://status.globex.example for the outage', { thread_ts: root });
    await h.event(later);
    await h.settle();
    const ts = String(later['ts']);
    const said = 'see <https://status.globex.example> for the outage';
    await h.event(
      carlaEdit(ts, said, said, {
        thread_ts: root,
        attachments: [{ from_url: 'https://status.globex.example', title: 'Globex status' }],
      }),
    );
    await h.settle();
    const caseId = (await findCaseByNumber(h.db, '01000001'))!.id;
    const edits = async () => (await caseEvents(h.db, caseId)).filter((e) => e.kind === 'message-edited');
    expect(await edits()).toHaveLength(0);
    expect((await allSlackEvents(h.db)).at(-1)).toMatchObject({
      state: 'ignored',
      reason: 'an edit that changed no words',
    });

    h.fake.calls.length = 0;
    await h.event(
      carlaEdit(ts, said, 'see <https://status.globex.example> for the outage: 40 agents now', { thread_ts: root }),
    );
    await h.settle();
    expect((await edits()).map((e) => e.text)).toEqual([
      'see https://status.globex.example for the outage: 40 agents now',
    ]);
    const toStaff = posts(h.fake.calls).filter((c) => c.args['channel'] === 'CSTAFF' && c.args['thread_ts']);
    expect(toStaff.map((c) => String(c.args['text']))).toEqual([
      expect.stringMatching(/^Case \*?01000001\*? updated by Carla Diaz:\nedited a message, now: see .*40 agents now$/),
    ]);
    // Told once in her thread that the edit is not acted on (red team round 13; before, she was told nothing).
    expect(
      posts(h.fake.calls)
        .filter((c) => c.args['channel'] === CARLA_DM)
        .map((c) => String(c.args['text'])),
    ).toEqual([expect.stringMatching(/^I saw that you edited a message in this thread\. Edits are not acted on/)]);
  });

  it('a request corrected by editing before it is complete ("… on production" → "… on production, severity high") goes on from the corrected words', async () => {
    h = await startHarness();
    await verifyDirectly(h, 'U02CARLA', 'carla@globex.example', '615283');
    const first = dm('U02CARLA', 'Interaction Server 9.0 drops chat interactions on production');
    await h.event(first);
    await h.settle();
    expect(textsOf(h.fake.calls).at(-1)).toMatch(/Which severity do you request/);
    h.fake.calls.length = 0;
    const ts = String(first['ts']);
    await h.event(carlaEdit(ts, String(first['text']), `${first['text']}, severity high`));
    await h.settle();
    const [answer, ...more] = posts(h.fake.calls).filter((c) => c.args['channel'] === CARLA_DM);
    expect(more).toHaveLength(0);
    expect(answer?.args['thread_ts']).toBe(ts);
    expect(String(answer?.args['text'])).not.toMatch(/Which severity/);
    expect((await findCaseByNumber(h.db, '01000001'))?.severity).toBe('high');
    // The same edit delivered again is one outcome.
    const again = h.fake.calls.length;
    await h.event(carlaEdit(ts, String(first['text']), `${first['text']}, severity high`), { eventId: 'EvEditAgain' });
    await h.event(carlaEdit(ts, String(first['text']), `${first['text']}, severity high`), {
      eventId: 'EvEditAgain',
      retryNum: 1,
    });
    await h.settle();
    expect(posts(h.fake.calls).length - again).toBeLessThanOrEqual(1);
  });

  it('a customer invited into the vendor’s workspace as a guest is a customer when they ask the bot; the vendor’s staff there are not', async () => {
    h = await startHarness({ env: { SLACK_SUPPORT_CHANNELS: 'CGUESTS' } });
    const inGuestChannel = (user: string, text: string) => ({
      type: 'app_mention',
      channel: 'CGUESTS',
      channel_type: 'channel',
      user,
      team: 'TVENDOR',
      text,
      ts: nextTs(),
    });
    const asked = inGuestChannel('U05GUEST', '<@UBOT> our Interaction Server 9.0 drops chats on production');
    await h.event(asked);
    await h.settle();
    const [verify] = posts(h.fake.calls);
    expect(verify?.method).toBe('chat.postEphemeral');
    expect(verify?.args).toMatchObject({ user: 'U05GUEST', thread_ts: asked.ts });
    expect(buttonsOf(verify)[0]?.text).toBe('Verify');

    h.fake.calls.length = 0;
    await h.event(inGuestChannel('U09ANALYST', '<@UBOT> I will look at this with the customer'));
    await h.settle();
    expect(posts(h.fake.calls)).toHaveLength(0);
    expect((await allSlackEvents(h.db)).at(-1)).toMatchObject({ reason: 'vendor staff in a shared channel' });
  });

  it('issue 19 §4: in a shared channel a colleague who may see the case adds to it from its thread; someone who may not gets nothing of it', async () => {
    h = await startHarness({ env: { SLACK_SUPPORT_CHANNELS: 'CACME' } });
    await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
    await verifyDirectly(h, 'U01BEN', 'ben@acme.example', '739164');
    await verifyDirectly(h, 'U03ERIN', 'erin@northwind.example', '857302');
    const inAcme = (user: string, text: string, extra: Record<string, unknown> = {}) => ({
      type: 'message',
      channel: 'CACME',
      channel_type: 'channel',
      user,
      user_team: 'TCUSTOMER',
      team: 'TCUSTOMER',
      text,
      ts: nextTs(),
      ...extra,
    });
    const first = inAcme(
      'U01ANA',
      'SIP Server 9.0 drops calls on production, severity high, since the upgrade on Friday, 30 agents affected',
    );
    await h.event(first);
    await h.settle();
    expect((await findCaseByNumber(h.db, '01000001'))?.state).toBe('open');
    h.fake.calls.length = 0;
    await h.event(inAcme('U01BEN', 'it also happens on our second site, another 20 agents', { thread_ts: first.ts }));
    await h.event(inAcme('U01BEN', 'what is the status of this case?', { thread_ts: first.ts }));
    await h.settle();
    const caseId = (await findCaseByNumber(h.db, '01000001'))!.id;
    const said = (await caseEvents(h.db, caseId)).filter((e) => e.kind === 'message-in').map((e) => [e.actor, e.text]);
    expect(said).toContainEqual(['contact:ben@acme.example', 'it also happens on our second site, another 20 agents']);
    const toBen = posts(h.fake.calls).filter((c) => c.args['channel'] === 'CACME' && c.args['thread_ts'] === first.ts);
    expect(toBen.map((c) => String(c.args['text']))).toEqual([
      expect.stringMatching(/added to \*?Case 01000001\*?/),
      expect.stringMatching(/^\*?Case 01000001\*?: open/),
    ]);

    h.fake.calls.length = 0;
    await h.event(inAcme('U03ERIN', 'add this: 50 more agents down', { thread_ts: first.ts }));
    await h.settle();
    expect((await caseEvents(h.db, caseId)).filter((e) => e.actor === 'contact:erin@northwind.example')).toEqual([]);
    expect(textsOf(h.fake.calls).join('\n')).not.toMatch(/01000001|Acme/);
  });
});
