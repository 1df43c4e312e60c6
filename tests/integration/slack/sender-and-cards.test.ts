// The Slack sender and the staff cards side by side (issue 19 Speed, issue 20 §2): customer replies do not
// wait for card work, and a staff notice about a case still goes into its card's thread.
import { WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SlackSender, startSlackSender } from '../../../src/channels/slack/slack-sender.ts';
import { type CardSync, createCardSync } from '../../../src/channels/slack/staff/card-sender.ts';
import { createWebApiPoster } from '../../../src/channels/slack/web-api-poster.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext, handleInbound, handlePinForm } from '../../../src/services/engine/index.ts';
import { type Db, openDatabase } from '../../../src/store/database.ts';
import { allOutbox, enqueue } from '../../../src/store/outbox-store.ts';
import { findSlackCard } from '../../../src/store/slack-card-store.ts';
import { demoImage } from '../../support/replay.ts';
import { FakeSlack } from './support/fake-slack.ts';

let fake: FakeSlack;
let db: Db;
let sender: SlackSender | undefined;
let release: () => void = () => undefined;
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
  release();
  await sender?.stop();
  db.$client.close();
});

/** The real card sync, except that its runs (`sync`) hang until released: a slow Slack, a long backlog of cards. */
function blockedCardRuns(real: CardSync): { cards: CardSync; runs: () => number } {
  let runs = 0;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    runs: () => runs,
    cards: {
      sync: async () => {
        runs += 1;
        await gate;
        return real.sync();
      },
      syncCard: (key) => real.syncCard(key),
    },
  };
}

function startWith(cards: CardSync): SlackSender {
  const poster = createWebApiPoster({ apiUrl: fake.apiUrl, token: 'xoxb-sender', timeoutMs: 2_000 });
  const client = new WebClient('xoxb-sender', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  sender = startSlackSender({
    db,
    client,
    poster,
    cards,
    logger: quiet,
    intervalMs: 20,
    paceMs: 0,
    staffRoom: 'CSTAFF',
  });
  return sender;
}

const realCards = () =>
  createCardSync({
    db,
    policy: DEFAULT_POLICY,
    poster: createWebApiPoster({ apiUrl: fake.apiUrl, token: 'xoxb-sender', timeoutMs: 2_000 }),
    staffChannel: 'CSTAFF',
    now: () => new Date(),
    logger: quiet,
  });

const until = async (check: () => boolean | Promise<boolean>, ms = 8_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function customerReply(text: string) {
  await enqueue(
    db,
    {
      channel: 'slack',
      recipient: 'U01ANA',
      audience: 'customer',
      subject: null,
      text,
      threadKey: 'slack:D01ANA:1790000001.000001',
    },
    new Date().toISOString(),
  );
}

/** A case opened through the engine: its card (slack_cards, by trigger) and the staff notice about it. */
async function openCase(): Promise<void> {
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'slack', staffRoom: 'CSTAFF' });
  const sender = { kind: 'console' as const, email: 'ana@acme.example' };
  const at = new Date();
  await handlePinForm(ctx, {
    channel: 'console',
    sender,
    email: 'ana@acme.example',
    pin: '482913',
    at,
    threadKey: 'c:1',
  });
  const opened = await handleInbound(ctx, {
    channel: 'console',
    sender,
    threadKey: 'c:1',
    text: 'Our production SIP Server 9.0 is down, no calls at all',
    attachments: [],
    receivedAt: at,
  });
  expect(opened.caseNumber).toMatch(/^\d{8}$/);
}

describe('Slack sender beside the staff cards (issue 19 Speed)', () => {
  it('issue 19 Speed: a customer reply is posted while a card run hangs — replies never wait for card work', async () => {
    const blocked = blockedCardRuns(realCards());
    await customerReply('your case is open');
    startWith(blocked.cards);
    await until(async () => (await allOutbox(db))[0]?.state === 'sent', 4_000);
    expect(blocked.runs()).toBeGreaterThan(0); // a card run was started, and is still hanging
    expect(fake.callsOf('chat.postMessage')[0]?.args['text']).toBe('your case is open');
    expect(fake.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('issue 20 §2: with card runs hanging, the staff notice about a new case posts that case card first (once) and goes into its thread', async () => {
    await openCase();
    const notice = (await allOutbox(db)).find((r) => r.channel === 'slack' && r.audience === 'staff');
    expect(notice?.caseId).not.toBeNull();
    expect((await findSlackCard(db, `case:${notice!.caseId}`))?.ts).toBeNull();
    const blocked = blockedCardRuns(realCards());
    await customerReply('a reply to someone else');
    startWith(blocked.cards);
    await until(async () => (await allOutbox(db)).every((r) => r.channel !== 'slack' || r.state === 'sent'), 6_000);

    const card = (await findSlackCard(db, `case:${notice!.caseId}`))!;
    expect(card.ts).toBeTruthy();
    const posts = fake.callsOf('chat.postMessage');
    const cardPosts = posts.filter((c) => c.args['channel'] === 'CSTAFF' && !c.args['thread_ts']);
    expect(cardPosts).toHaveLength(1);
    // Everything else in the staff channel (the notice) is in the card's thread.
    const threaded = posts.filter((c) => c.args['channel'] === 'CSTAFF' && c.args['thread_ts']);
    expect(threaded.length).toBeGreaterThan(0);
    expect(threaded.every((c) => c.args['thread_ts'] === card.ts)).toBe(true);
    // Released, the hanging card run finds the card already posted: nothing is posted twice.
    release();
    await sender!.flush();
    expect(
      fake.callsOf('chat.postMessage').filter((c) => !c.args['thread_ts'] && c.args['channel'] === 'CSTAFF'),
    ).toHaveLength(1);
  });
});
