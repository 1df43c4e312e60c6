import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { allSlackEvents, recordSlackEvent } from '../../../src/store/slack-event-store.ts';
import { demoImage } from '../../support/replay.ts';
import { posts, textsOf } from './support/calls.ts';
import { FakeSlack } from './support/fake-slack.ts';
import { nextTs } from './support/signed-request.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

describe.each(['http', 'socket'] as const)(
  'Slack exactly once (%s mode)',
  (mode) => {
    it('issue 19 §6: a retried event (same event_id, x-slack-retry-num / retry_attempt) yields one outcome and one reply', async () => {
      h = await startHarness({ mode });
      const message = dm('U01ANA', 'hello there');
      await h.event(message, { eventId: 'EvRETRY1' });
      await h.event(message, { eventId: 'EvRETRY1', retryNum: 1 });
      await h.event(message, { eventId: 'EvRETRY1', retryNum: 2 });
      await h.settle();
      expect(posts(h.fake.calls)).toHaveLength(1);
      expect((await allSlackEvents(h.db)).filter((e) => e.eventId === 'EvRETRY1')).toHaveLength(1);
      const inbound = h.db.$client
        .prepare("select count(*) as n from inbound_messages where channel = 'slack'")
        .get() as { n: number };
      expect(inbound.n).toBe(1);
    });

    it('issue 19 §6: one message delivered as both `message` and `app_mention` (two event ids, one channel and ts) is answered once', async () => {
      h = await startHarness({ mode });
      const ts = nextTs();
      const common = {
        channel: 'CSHARED',
        user: 'U01ANA',
        user_team: 'TACME',
        team: 'TACME',
        ts,
        text: '<@UBOT> help',
      };
      await h.event({ type: 'app_mention', ...common }, { eventId: 'EvMENTION' });
      await h.event({ type: 'message', channel_type: 'channel', ...common }, { eventId: 'EvMESSAGE' });
      await h.settle();
      expect(textsOf(h.fake.calls).filter((t) => t.startsWith('I am Caseline'))).toHaveLength(1);
      expect(posts(h.fake.calls)[0]?.args['thread_ts']).toBe(ts);
    });
  },
  30_000,
);

describe('Slack exactly once across a restart', () => {
  it('issue 19 §6: a retry that arrives after a restart is still one outcome', async () => {
    const fake = await new FakeSlack().start();
    const dir = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/caseline-slack-restart-`);
    const path = `${dir}/caseline.db`;
    (await import('node:fs')).writeFileSync(path, await demoImage());
    try {
      const message = dm('U01ANA', 'hello there');
      h = await startHarness({ fake, db: openDatabase(path) });
      await h.event(message, { eventId: 'EvAFTER' });
      await h.settle();
      const db = h.db;
      await h.stop();
      db.$client.close();
      h = await startHarness({ fake, db: openDatabase(path) });
      await h.event(message, { eventId: 'EvAFTER', retryNum: 1 });
      await h.settle();
      expect(posts(fake.calls)).toHaveLength(1);
      h.db.$client.close();
    } finally {
      await h.stop().catch(() => {});
      await fake.stop();
    }
  });
});

describe('Slack: nothing lost across a stop (issue 19 §6)', () => {
  it('an event taken in but not processed when the bot stopped is processed at the next start; processed ones keep no text', async () => {
    const db = openDatabase(':memory:', { image: await demoImage() });
    const ts = nextTs();
    // What the receiver records before it queues the work (the crash came between the two).
    await recordSlackEvent(db, {
      eventId: 'EvCRASH',
      kind: 'message',
      channel: 'D01ANA',
      messageTs: ts,
      state: 'received',
      reason: null,
      summary: {
        eventId: 'EvCRASH',
        channel: 'D01ANA',
        channelType: 'im',
        ts,
        threadTs: null,
        userId: 'U01ANA',
        teamId: 'TCUSTOMER',
        text: 'help',
        files: [],
        addressed: false,
      },
      receivedAt: new Date().toISOString(),
      retryNum: null,
    });
    h = await startHarness({ db });
    await h.settle();
    expect(textsOf(h.fake.calls)).toEqual([expect.stringMatching(/^I am Caseline/)]);
    expect(posts(h.fake.calls)[0]?.args['thread_ts']).toBe(ts);
    expect(await allSlackEvents(db)).toMatchObject([{ eventId: 'EvCRASH', state: 'processed', summary: {} }]);
    // A retry of it now is a duplicate.
    await h.event(dm('U01ANA', 'help', { ts }), { eventId: 'EvCRASH', retryNum: 1 });
    await h.settle();
    expect(posts(h.fake.calls)).toHaveLength(1);
    await h.stop();
    db.$client.close();
    h = undefined as unknown as Harness;
  });
});
