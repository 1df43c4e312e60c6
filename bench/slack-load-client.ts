/**
 * The load client of `npm run bench:slack`, in a process of its own (the bot and the Web API stand-in,
 * bench/slack-web-api.ts, have theirs): it posts signed DM events to the bot's /slack/events and times
 * each acknowledgement on an event loop that does nothing else. Driven over IPC by bench/slack.bench.ts.
 */
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { type RunOrder, TEXTS } from './slack-bench-shared.ts';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function body(conversation: number, index: number): string {
  const root = `${1_700_000_000 + conversation}.000001`;
  const ts = `${1_700_000_000 + conversation}.00000${index + 2}`;
  return JSON.stringify({
    token: 't',
    team_id: 'TVENDOR',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `EvB${conversation}x${index}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'TVENDOR', user_id: 'UBOT', is_bot: true }],
    event: {
      type: 'message',
      channel: `DB${conversation}`,
      channel_type: 'im',
      user: `UB${conversation}`,
      team: 'TBENCH',
      text: TEXTS[index],
      ts,
      thread_ts: root,
    },
  });
}

function post(url: URL, secret: string, payload: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${payload}`).digest('hex')}`;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'x-slack-request-timestamp': timestamp,
          'x-slack-signature': signature,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function run(order: RunOrder): Promise<{ latencies: number[]; failures: number; ms: number }> {
  const url = new URL(order.url);
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const send = async (conversation: number, index: number, due = performance.now()) => {
    // A refused or reset connection is a failure to report, not the end of the run.
    const status = await post(url, order.secret, body(conversation, index)).catch(() => 0);
    latencies.push(performance.now() - due);
    if (status !== 200) failures += 1;
  };
  if (order.type === 'flood') {
    // Each worker sends whole conversations, one message after another: a thread's order is kept.
    let next = order.from;
    const worker = async () => {
      for (let c = next++; c < order.to; c = next++) for (let i = 0; i < TEXTS.length; i++) await send(c, i);
    };
    await Promise.all(Array.from({ length: order.concurrency ?? 32 }, worker));
  } else {
    // Open loop: event k is due at start + k/rate whatever the bot does; latency counts from the due time.
    const interval = 1000 / (order.rate ?? 300);
    const pending: Promise<void>[] = [];
    let k = 0;
    for (let c = order.from; c < order.to; c++) {
      for (let i = 0; i < TEXTS.length; i++, k++) {
        const due = started + k * interval;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
        pending.push(send(c, i, due));
      }
    }
    await Promise.all(pending);
  }
  return { latencies, failures, ms: performance.now() - started };
}

process.on('message', async (message: RunOrder | { type: 'stop' }) => {
  if (message.type === 'stop') process.exit(0);
  process.send!({ type: 'done', ...(await run(message)) });
});
process.send!({ type: 'ready' });
