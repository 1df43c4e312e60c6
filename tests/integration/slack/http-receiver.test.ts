import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSlackEvents } from '../../../src/store/slack-event-store.ts';
import { posts } from './support/calls.ts';
import { eventEnvelope, nextTs, postToSlackEvents, SIGNING_SECRET, sign } from './support/signed-request.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: 'http' });
});
afterAll(async () => {
  await h.stop();
});

const body = () => JSON.stringify(eventEnvelope(dm('U01ANA', 'hello')));
const now = () => Math.floor(Date.now() / 1000);

describe('Slack over HTTP: the one HTTP server', () => {
  it('issue 19 interface: GET /healthz answers 200 with the status and version', async () => {
    const res = await fetch(`http://127.0.0.1:${h.http!.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect((await fetch(`http://127.0.0.1:${h.http!.port}/nowhere`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${h.http!.port}/slack/events`)).status).toBe(405);
  });

  it('Slack URL verification is answered with the challenge', async () => {
    const challenge = JSON.stringify({ token: 't', challenge: 'abc123', type: 'url_verification' });
    const res = await postToSlackEvents(h.eventsUrl, challenge);
    expect(res.status).toBe(200);
    expect(res.text).toContain('abc123');
  });
});

describe('Slack over HTTP: signatures (issue 19 §7, bad input)', () => {
  it('a forged signature, a wrong secret, a missing signature: 401, and nothing is taken in', async () => {
    const before = (await allSlackEvents(h.db)).length;
    const payload = body();
    expect((await postToSlackEvents(h.eventsUrl, payload, { secret: 'not-the-secret' })).status).toBe(401);
    expect((await postToSlackEvents(h.eventsUrl, payload, { signature: 'v0=deadbeef' })).status).toBe(401);
    // A valid signature of another body.
    const ts = now();
    expect(
      (await postToSlackEvents(h.eventsUrl, payload, { timestamp: ts, signature: sign(SIGNING_SECRET, ts, '{}') }))
        .status,
    ).toBe(401);
    const unsigned = await fetch(h.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload,
    });
    expect(unsigned.status).toBe(401);
    await h.settle();
    expect(await allSlackEvents(h.db)).toHaveLength(before);
    expect(posts(h.fake.calls)).toHaveLength(0);
  });

  it('a stale timestamp (over 5 minutes old) and a future one (over 5 minutes ahead, which Bolt alone accepts): 401', async () => {
    expect((await postToSlackEvents(h.eventsUrl, body(), { timestamp: now() - 301 })).status).toBe(401);
    expect((await postToSlackEvents(h.eventsUrl, body(), { timestamp: now() + 360 })).status).toBe(401);
    expect((await postToSlackEvents(h.eventsUrl, body(), { timestamp: now() + 3600 })).status).toBe(401);
    // Clocks a little apart are fine.
    expect((await postToSlackEvents(h.eventsUrl, body(), { timestamp: now() + 60 })).status).toBe(200);
    await h.settle();
  });

  it('malformed JSON gets 400, an unknown event type is acknowledged and recorded as ignored, and the process keeps serving', async () => {
    expect((await postToSlackEvents(h.eventsUrl, '{"type": "event_callback", ')).status).toBe(400);
    const reaction = eventEnvelope({
      type: 'reaction_added',
      user: 'U01ANA',
      reaction: 'tada',
      item: { type: 'message', channel: 'D01ANA', ts: nextTs() },
    });
    expect((await postToSlackEvents(h.eventsUrl, JSON.stringify(reaction))).status).toBe(200);
    const weird = eventEnvelope({ type: 'message', subtype: 'channel_join', channel: 'C1', user: 'U9', ts: nextTs() });
    expect((await postToSlackEvents(h.eventsUrl, JSON.stringify(weird))).status).toBe(200);
    await h.settle();
    const reasons = (await allSlackEvents(h.db)).map((e) => e.reason);
    expect(reasons).toContain('event type reaction_added');
    expect(reasons).toContain('message subtype channel_join');
    const health = await fetch(`http://127.0.0.1:${h.http!.port}/healthz`);
    expect(health.status).toBe(200);
  });

  it('a body over the receiver’s limit is refused with 413', async () => {
    const huge = JSON.stringify(eventEnvelope(dm('U01ANA', 'x'.repeat(5 * 1024 * 1024))));
    const res = await postToSlackEvents(h.eventsUrl, huge);
    expect(res.status).toBe(413);
  });
});
