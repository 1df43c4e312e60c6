// issue 23 §1 for the Slack sender: what it counts through Instruments reaches GET /metrics — posts per
// audience, failures (retry, gave-up) and rate-limit waits — from a real sender against the Web API stand-in.
import { WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SlackSender, startSlackSender } from '../../../src/channels/slack/slack-sender.ts';
import { createWebApiPoster } from '../../../src/channels/slack/web-api-poster.ts';
import { up } from '../../../src/health/readiness.ts';
import { type HttpServer, startHttpServer } from '../../../src/http/http-server.ts';
import { operationsRoutes } from '../../../src/http/operations/operations-routes.ts';
import { RouteTable } from '../../../src/http/routes.ts';
import { createMetrics, type Metrics } from '../../../src/metrics/prometheus-instruments.ts';
import { type Db, openDatabase } from '../../../src/store/database.ts';
import { allOutbox, enqueue } from '../../../src/store/outbox-store.ts';
import { sample } from '../../support/prometheus-text.ts';
import { demoImage } from '../../support/replay.ts';
import { FakeSlack } from './support/fake-slack.ts';

let fake: FakeSlack;
let db: Db;
let metrics: Metrics;
let http: HttpServer;
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
  metrics = createMetrics({ version: '9.9.9-test', processMetrics: false });
  const routes = new RouteTable();
  for (const route of operationsRoutes({ metrics, sources: () => ({ database: () => up('writable') }) })) {
    routes.add(route);
  }
  http = await startHttpServer({ host: '127.0.0.1', port: 0, routes, logger: quiet });
});
afterEach(async () => {
  await sender?.stop();
  await http.close();
  db.$client.close();
});

const until = async (check: () => boolean | Promise<boolean>, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function row(recipient: string, audience: 'customer' | 'staff', text: string, threadKey: string | null) {
  return await enqueue(
    db,
    { channel: 'slack', recipient, audience, subject: null, text, threadKey },
    new Date().toISOString(),
  );
}
const stateOf = async (text: string) => (await allOutbox(db)).find((r) => r.text === text)?.state;

describe('issue 23 §1: the Slack sender’s counters on GET /metrics', () => {
  it('a 429 (one wait of its Retry-After, one retry), a refused channel (gave up), a reply and a staff notice posted: each counted once', async () => {
    const poster = createWebApiPoster({ apiUrl: fake.apiUrl, token: 'xoxb-metrics', timeoutMs: 2_000 });
    const client = new WebClient('xoxb-metrics', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    sender = startSlackSender({
      db,
      client,
      poster,
      logger: quiet,
      instruments: metrics.instruments,
      intervalMs: 20,
      paceMs: 0,
      backoff: { initialMs: 30, maxMs: 100 },
    });
    // One at a time, so each failure meets the row it is meant for.
    fake.fail('chat.postMessage', { retryAfter: 1 });
    await row('U01ANA', 'customer', 'after the pause', 'slack:D01ANA:1790000001.000001');
    await until(async () => (await stateOf('after the pause')) === 'sent');
    fake.fail('chat.postMessage', { error: 'channel_not_found' });
    await row('U01ANA', 'customer', 'to a deleted channel', 'slack:C0GONE:1790000002.000001');
    await until(async () => (await stateOf('to a deleted channel')) === 'failed');
    await row('CSTAFF', 'staff', 'New Case 01000001', null);
    await until(async () => (await stateOf('New Case 01000001')) === 'sent');

    const res = await fetch(`http://127.0.0.1:${http.port}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(sample(text, 'caseline_messages_out_total', { channel: 'slack', audience: 'customer' })).toBe(1);
    expect(sample(text, 'caseline_messages_out_total', { channel: 'slack', audience: 'staff' })).toBe(1);
    expect(sample(text, 'caseline_send_failures_total', { channel: 'slack', outcome: 'retry' })).toBe(1);
    expect(sample(text, 'caseline_send_failures_total', { channel: 'slack', outcome: 'gave-up' })).toBe(1);
    expect(sample(text, 'caseline_slack_rate_limit_waits_total')).toBe(1);
    expect(sample(text, 'caseline_slack_rate_limit_wait_seconds_total')).toBe(1);
    expect(fake.callsOf('chat.postMessage')).toHaveLength(4);
  });
});
