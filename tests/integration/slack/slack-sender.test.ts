import { WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SlackSender, startSlackSender } from '../../../src/channels/slack/slack-sender.ts';
import { createWebApiPoster } from '../../../src/channels/slack/web-api-poster.ts';
import type { ReplyAction } from '../../../src/domain/reply-actions.ts';
import { type Db, openDatabase } from '../../../src/store/database.ts';
import { allOutbox, enqueue } from '../../../src/store/outbox-store.ts';
import { demoImage } from '../../support/replay.ts';
import { blocksOf } from './support/calls.ts';
import { FakeSlack } from './support/fake-slack.ts';

let fake: FakeSlack;
let db: Db;
let sender: SlackSender | undefined;
const quiet = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(async () => {
  fake.calls.length = 0;
  db = openDatabase(':memory:', { image: await demoImage() });
});
afterEach(async () => {
  await sender?.stop();
  db.$client.close();
});

function start(options: { paceMs?: number; now?: () => Date; staffRoom?: string } = {}): SlackSender {
  const client = new WebClient('xoxb-sender', {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 2_000,
  });
  const poster = createWebApiPoster({ apiUrl: fake.apiUrl, token: 'xoxb-sender', timeoutMs: 2_000 });
  sender = startSlackSender({
    db,
    client,
    poster,
    logger: quiet,
    intervalMs: 20,
    backoff: { initialMs: 30, maxMs: 100 },
    ...options,
  });
  return sender;
}

async function reply(
  text: string,
  threadKey: string | null = 'slack:D01ANA:1790000001.000001',
  actions: ReplyAction[] = [],
  recipient = 'U01ANA',
) {
  return await enqueue(
    db,
    { channel: 'slack', recipient, audience: 'customer', subject: null, text, threadKey, actions },
    new Date().toISOString(),
  );
}

const until = async (check: () => boolean | Promise<boolean>, ms = 8_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('Slack sender (issue 19 §6, §7)', () => {
  it('posts at most one message per second per channel, in order; other channels are not held up', async () => {
    for (const n of [1, 2, 3]) await reply(`to Ana ${n}`);
    await reply('to Carla', 'slack:D02CARLA:1790000002.000001', [], 'U02CARLA');
    start();
    await until(() => fake.callsOf('chat.postMessage').length === 4);
    const posts = fake.callsOf('chat.postMessage');
    const ana = posts.filter((c) => c.args['channel'] === 'D01ANA');
    expect(ana.map((c) => c.args['text'])).toEqual(['to Ana 1', 'to Ana 2', 'to Ana 3']);
    for (let i = 1; i < ana.length; i += 1) expect(ana[i]!.at - ana[i - 1]!.at).toBeGreaterThanOrEqual(990);
    const carla = posts.find((c) => c.args['channel'] === 'D02CARLA')!;
    expect(carla.at - ana[0]!.at).toBeLessThan(900);
  });

  it('a 429 is honoured: nothing is posted again before Retry-After, then the message goes out once', async () => {
    fake.fail('chat.postMessage', { retryAfter: 1 });
    await reply('after the pause');
    start({ paceMs: 0 });
    await until(async () => (await allOutbox(db))[0]?.state === 'sent');
    const attempts = fake.callsOf('chat.postMessage');
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(990);
    expect((await allOutbox(db))[0]?.attempts).toBe(1);
  });

  it('channel gone, bot not in the channel, archived, deactivated user: dead letters with the reason, no retry', async () => {
    const errors = ['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive'];
    fake.fail('chat.postMessage', ...errors.map((error) => ({ error })));
    for (const [i] of errors.entries()) await reply(`m${i}`, `slack:C0${i}:1790000001.000001`);
    start({ paceMs: 0 });
    await until(async () => (await allOutbox(db)).every((r) => r.state === 'failed'));
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.callsOf('chat.postMessage')).toHaveLength(4);
    expect((await allOutbox(db)).map((r) => r.lastError).sort()).toEqual(errors.map((e) => `dead letter: ${e}`).sort());
  });

  it('outcome unknown (a dropped connection, a 500): one more try only — a second unknown outcome is a dead letter', async () => {
    fake.fail('chat.postMessage', { drop: true }, { status: 500 });
    await reply('maybe posted');
    start({ paceMs: 0 });
    await until(async () => (await allOutbox(db))[0]?.state === 'failed');
    expect(fake.callsOf('chat.postMessage')).toHaveLength(2);
    expect((await allOutbox(db))[0]?.lastError).toMatch(/^dead letter: outcome unknown twice/);

    fake.calls.length = 0;
    fake.fail('chat.postMessage', { status: 503 });
    await reply('second time lucky');
    await until(async () => (await allOutbox(db))[1]?.state === 'sent');
    expect(fake.callsOf('chat.postMessage')).toHaveLength(2);
  });

  it('a platform error Slack may recover from is retried with backoff', async () => {
    fake.fail('chat.postMessage', { error: 'internal_error' }, { error: 'fatal_error' });
    await reply('eventually');
    start({ paceMs: 0 });
    await until(async () => (await allOutbox(db))[0]?.state === 'sent');
    expect(fake.callsOf('chat.postMessage')).toHaveLength(3);
  });

  it('issue 19 §7: customer text is escaped in every rendering — no mention, broadcast or disguised link survives — and unfurling is off', async () => {
    const hostile =
      'Ping <!channel> <!here> <@U09MANAGER> <!subteam^S1> and <https://evil.example|your invoice> & more';
    await reply(hostile);
    start({ paceMs: 0 });
    await until(() => fake.callsOf('chat.postMessage').length === 1);
    const call = fake.callsOf('chat.postMessage')[0]!;
    const rendered = [String(call.args['text']), ...blocksOf(call).map((b) => b.text?.text ?? '')];
    for (const text of rendered) {
      expect(text).not.toMatch(/<!channel>|<!here>|<@U09MANAGER>|<!subteam|\|your invoice>/);
      expect(text).toContain('&lt;!channel&gt;');
      expect(text).toContain('&amp; more');
    }
    expect(call.args).toMatchObject({ unfurl_links: 'false', unfurl_media: 'false' });
  });

  it('staff notifications go to the staff channel; a reply without a Slack thread opens a DM with the user', async () => {
    await enqueue(
      db,
      {
        channel: 'slack',
        recipient: 'CSTAFF',
        audience: 'staff',
        subject: null,
        text: 'New Case 01000001',
        threadKey: null,
      },
      new Date().toISOString(),
    );
    await reply('hello Ana', null);
    start({ paceMs: 0 });
    await until(() => fake.callsOf('chat.postMessage').length === 2);
    expect(fake.callsOf('conversations.open')[0]?.args['users']).toBe('U01ANA');
    expect(
      fake
        .callsOf('chat.postMessage')
        .map((c) => c.args['channel'])
        .sort(),
    ).toEqual(['CSTAFF', 'D01ANA']);
  });

  it('a staff message to someone without a Slack user (a page by address) goes to the staff channel', async () => {
    await enqueue(
      db,
      {
        channel: 'slack',
        recipient: 'manager@vendor.example',
        audience: 'staff',
        subject: null,
        text: 'SLA at risk',
        threadKey: null,
      },
      new Date().toISOString(),
    );
    start({ paceMs: 0, staffRoom: 'CSTAFF' });
    await until(async () => (await allOutbox(db))[0]?.state === 'sent');
    expect(fake.callsOf('chat.postMessage')[0]?.args['channel']).toBe('CSTAFF');
  });

  it('a recipient Slack cannot reach (an email address) is a dead letter, not a crash', async () => {
    await reply('to nowhere', null, [], 'someone@vendor.example');
    start({ paceMs: 0 });
    await until(async () => (await allOutbox(db))[0]?.state === 'failed');
    expect((await allOutbox(db))[0]?.lastError).toContain('no Slack destination');
  });
});

describe('Slack sender order without pacing', () => {
  it('a channel’s rows go in order in one run; when one fails, the rows behind it wait for its retry instead of overtaking it', async () => {
    fake.fail('chat.postMessage', { error: 'internal_error' });
    for (const n of [1, 2, 3]) await reply(`in order ${n}`);
    start({ paceMs: 0 });
    await until(async () => (await allOutbox(db)).every((r) => r.state === 'sent'));
    const texts = fake.callsOf('chat.postMessage').map((c) => c.args['text']);
    // The first try of 1 failed; 2 and 3 were not posted before 1.
    expect(texts).toEqual(['in order 1', 'in order 1', 'in order 2', 'in order 3']);
  });
});
