/**
 * The real Slack channel (Bolt app, receiver, processing, outbox sender) on a copy of the demo
 * directory, against the FakeSlack stand-in: HTTP mode through the bot's own HTTP server with signed
 * requests, or Socket Mode over the stand-in's WebSocket.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import {
  type SlackChannel,
  type SlackChannelTuning,
  startSlackChannel,
} from '../../../../src/channels/slack/start-slack-channel.ts';
import { loadConfig } from '../../../../src/config.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { healthzRoute } from '../../../../src/http/healthz.ts';
import { type HttpServer, startHttpServer } from '../../../../src/http/http-server.ts';
import { RouteTable } from '../../../../src/http/routes.ts';
import { createEngineContext, type EngineContext } from '../../../../src/services/engine/index.ts';
import { type Db, openDatabase } from '../../../../src/store/database.ts';
import { demoImage } from '../../../support/replay.ts';
import { FakeSlack } from './fake-slack.ts';
import {
  eventEnvelope,
  interactionBody,
  nextTs,
  postToSlackEvents,
  SIGNING_SECRET,
  type SlackPost,
} from './signed-request.ts';

export interface Harness {
  fake: FakeSlack;
  db: Db;
  ctx: EngineContext;
  slack: SlackChannel;
  http: HttpServer | null;
  logs: string[];
  eventsUrl: string;
  /** An Events API event: a signed POST (HTTP) or an events_api envelope (Socket Mode). */
  event(
    event: Record<string, unknown>,
    options?: { eventId?: string; retryNum?: number; post?: SlackPost },
  ): Promise<Delivery>;
  /** A block_actions / view_submission payload: a signed form POST or an interactive envelope. */
  interact(payload: Record<string, unknown>): Promise<Delivery>;
  /** Everything taken in is processed and everything due is sent. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export interface Delivery {
  status: number;
  /** The acknowledgement's body (HTTP response or the ack frame's payload), parsed when JSON. */
  body: unknown;
}

export interface HarnessOptions {
  mode?: 'http' | 'socket';
  env?: Record<string, string>;
  fake?: FakeSlack;
  now?: () => Date;
  tuning?: SlackChannelTuning;
  db?: Db;
}

const noDotenv = join(tmpdir(), 'caseline-no-such.env');

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const mode = options.mode ?? 'http';
  const fake = options.fake ?? (await new FakeSlack().start());
  const db = options.db ?? openDatabase(':memory:', { image: await demoImage() });
  const config = loadConfig(
    {
      SLACK_MODE: mode,
      SLACK_BOT_TOKEN: 'xoxb-test-bot-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: 'xapp-test-app-token',
      SLACK_API_URL: fake.apiUrl,
      SLACK_TEAM_ID: 'TVENDOR',
      SLACK_STAFF_CHANNEL: 'CSTAFF',
      ATTACHMENT_DIR: mkdtempSync(join(tmpdir(), 'caseline-slack-files-')),
      HTTP_PORT: '0',
      ...options.env,
    },
    noDotenv,
  );
  const logs: string[] = [];
  const logger = pino(
    { level: 'debug' },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  const ctx = createEngineContext({
    db,
    policy: DEFAULT_POLICY,
    staffChannel: 'slack',
    ...(config.SLACK_STAFF_CHANNEL ? { staffRoom: config.SLACK_STAFF_CHANNEL } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const routes = new RouteTable().add(healthzRoute());
  const http = await startHttpServer({ host: '127.0.0.1', port: 0, routes, logger });
  const slack = await startSlackChannel(config, ctx, logger, {
    routes,
    tuning: { sendIntervalMs: 20, paceMs: 0, sendBackoff: { initialMs: 50, maxMs: 200 }, ...options.tuning },
  });
  if (mode === 'socket') await fake.connected();
  const eventsUrl = `http://127.0.0.1:${http.port}/slack/events`;

  const parse = (text: string): unknown => {
    try {
      return text ? JSON.parse(text) : '';
    } catch {
      return text;
    }
  };

  return {
    fake,
    db,
    ctx,
    slack,
    http,
    logs,
    eventsUrl,
    async event(event, eventOptions = {}) {
      const envelope = eventEnvelope(
        { ts: nextTs(), ...event },
        eventOptions.eventId ? { eventId: eventOptions.eventId } : {},
      );
      if (mode === 'socket') {
        const ack = await fake.envelope('events_api', envelope, { retryAttempt: eventOptions.retryNum ?? 0 });
        return { status: 200, body: ack.payload ?? {} };
      }
      const headers: Record<string, string> = eventOptions.retryNum
        ? { 'x-slack-retry-num': String(eventOptions.retryNum), 'x-slack-retry-reason': 'http_timeout' }
        : {};
      const res = await postToSlackEvents(eventsUrl, JSON.stringify(envelope), {
        ...eventOptions.post,
        headers: { ...headers, ...eventOptions.post?.headers },
      });
      return { status: res.status, body: parse(res.text) };
    },
    async interact(payload) {
      if (mode === 'socket') {
        const ack = await fake.envelope('interactive', payload);
        return { status: 200, body: ack.payload ?? {} };
      }
      const res = await postToSlackEvents(eventsUrl, interactionBody(payload), {
        contentType: 'application/x-www-form-urlencoded',
      });
      return { status: res.status, body: parse(res.text) };
    },
    async settle() {
      // The listener runs just after the acknowledgement has been sent: give it a turn, then wait for
      // the work it queued and for the sender, until a round finds nothing more to do.
      for (let quiet = 0; quiet < 2; ) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        await slack.idle();
        const sent = await slack.sender.flush();
        const due = db.$client
          .prepare(
            "select count(*) as n from outbox where channel = 'slack' and (state = 'sending' or (state = 'pending' and next_attempt_at <= ?))",
          )
          .get(ctx.now().toISOString()) as { n: number };
        quiet = sent === 0 && due.n === 0 ? quiet + 1 : 0;
      }
    },
    async stop() {
      await slack.stop();
      await http.close();
      if (!options.fake) await fake.stop();
      if (!options.db) db.$client.close();
    },
  };
}

/** A direct message to the bot, as `message.im` delivers it. */
export function dm(user: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    channel: `D${user.slice(1)}`,
    channel_type: 'im',
    user,
    team: 'TCUSTOMER',
    text,
    ts: nextTs(),
    ...extra,
  };
}

/** A press of a button in a message the bot posted. */
export function buttonPress(
  user: string,
  posted: { channel: string; ts: string; thread_ts?: string },
  action: { action_id: string; value: string; block_id?: string },
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), team_id: 'TCUSTOMER' },
    api_app_id: 'A1',
    team: { id: 'TCUSTOMER', domain: 'customer' },
    trigger_id: `${Date.now()}.trigger`,
    container: {
      type: 'message',
      message_ts: posted.ts,
      channel_id: posted.channel,
      is_ephemeral: false,
      ...(posted.thread_ts ? { thread_ts: posted.thread_ts } : {}),
    },
    channel: { id: posted.channel, name: 'directmessage' },
    message: { type: 'message', ts: posted.ts, ...(posted.thread_ts ? { thread_ts: posted.thread_ts } : {}), text: '' },
    response_url: 'http://127.0.0.1:9/response',
    actions: [
      {
        type: 'button',
        block_id: action.block_id ?? 'b',
        action_id: action.action_id,
        value: action.value,
        action_ts: `${Date.now() / 1000}`,
      },
    ],
    ...extra,
  };
}

/** The PIN form as Slack submits it. */
export function pinSubmission(
  user: string,
  view: { id: string; private_metadata: string },
  values: { pin: string; email?: string },
): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: 'TCUSTOMER', domain: 'customer' },
    user: { id: user, username: user.toLowerCase(), team_id: 'TCUSTOMER' },
    api_app_id: 'A1',
    trigger_id: `${Date.now()}.trigger`,
    view: {
      id: view.id,
      type: 'modal',
      callback_id: 'caseline.verify-pin',
      private_metadata: view.private_metadata,
      state: {
        values: {
          ...(values.email !== undefined
            ? { email: { value: { type: 'plain_text_input', value: values.email } } }
            : {}),
          pin: { value: { type: 'plain_text_input', value: values.pin } },
        },
      },
      hash: '1.hash',
    },
    response_urls: [],
  };
}
