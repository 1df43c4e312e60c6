/**
 * npm run bench:slack (issue 19, Speed). In one run, on this machine:
 * 1. the engine alone: 20,000 Slack DM messages (5,000 conversations of four) through handleInbound;
 * 2. an ack-only Bolt app: the same 20,000 signed events through Bolt's HTTP receiver, a listener that
 *    does nothing — the receiver's own capacity;
 * 3. end to end: the same events through the bot's HTTP server → Bolt → the engine → the outbox → the
 *    Web API stand-in, until every reply is posted;
 * 4. acknowledgement latency while 300 events/s are offered (open loop) to the whole bot.
 * The load client (bench/slack-load-client.ts) and the Web API stand-in (bench/slack-web-api.ts) each run
 * in a child process of their own, so the bot's process does only the bot's work and the client's ack
 * times are not held up by the stand-in. Heap is sampled after GC through phases 3 and 4.
 * Targets: ack p99 ≤ 100 ms at 300 events/s; end to end ≥ 0.5 of the engine alone; heap flat.
 * Pacing (≤ 1 post per Slack channel per second) is turned off here: it is waiting Slack asks for,
 * not work, and 5,000 staff notifications to one staff channel would take 5,000 s by design.
 */

import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import pino from 'pino';
import { startSlackChannel } from '../src/channels/slack/start-slack-channel.ts';
import { loadConfig } from '../src/config.ts';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { healthzRoute } from '../src/http/healthz.ts';
import { startHttpServer } from '../src/http/http-server.ts';
import { RouteTable } from '../src/http/routes.ts';
import { createEngineContext, handleInbound } from '../src/services/engine/index.ts';
import { seedDemoDirectory } from '../src/services/seed-demo-directory.ts';
import { type Db, openDatabase } from '../src/store/database.ts';
import { inTransaction } from '../src/store/transaction.ts';
import { recordVerification } from '../src/store/verification-store.ts';
import { type RunOrder, TEXTS } from './slack-bench-shared.ts';

const CONVERSATIONS = Number(process.env['BENCH_CONVERSATIONS'] ?? 5_000);
const PACED_SECONDS = Number(process.env['BENCH_PACED_SECONDS'] ?? 30);
const RATE = 300;
const SECRET = 'bench-signing-secret-0123456789';
const CONTACTS = ['ana@acme.example', 'ben@acme.example', 'carla@globex.example'];
const gc = (globalThis as { gc?: () => void }).gc;
const dir = mkdtempSync(join(tmpdir(), 'caseline-bench-slack-'));
const silent = pino({ level: 'warn' });

async function benchDatabase(name: string, users: number): Promise<Db> {
  const db = openDatabase(join(dir, `${name}.db`));
  await seedDemoDirectory(db, { pinPolicy: DEFAULT_POLICY.pin, actor: 'bench' });
  const ids = db.$client.prepare('select id, email from contacts').all() as Array<{ id: number; email: string }>;
  const byEmail = new Map(ids.map((c) => [c.email, c.id]));
  // Each bench user is a Slack user verified (through the PIN form, in life) as one of three contacts.
  await inTransaction(db, async () => {
    for (let u = 0; u < users; u++) {
      await recordVerification(db, {
        channel: 'slack',
        senderKey: `TBENCH:UB${u}`,
        contactId: byEmail.get(CONTACTS[u % CONTACTS.length]!)!,
        verifiedAt: '2020-01-01T00:00:00Z',
        expiresAt: '2999-01-01T00:00:00Z',
      });
    }
  });
  return db;
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fmt = (n: number) => n.toFixed(0);

// ---- 1. the engine alone -------------------------------------------------------------------------
const pacedConversations = Math.round((RATE * PACED_SECONDS) / TEXTS.length);
let engineRate = 0;
let engineCpuMs = 0;
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
/** BENCH_ONLY=1 or 3 runs that phase alone (profiling). */
const only = process.env['BENCH_ONLY'];
if (!only || only === '1') {
  const db = await benchDatabase('engine', CONVERSATIONS);
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'slack', staffRoom: 'CSTAFF' });
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (let c = 0; c < CONVERSATIONS; c++) {
    for (const [i, text] of TEXTS.entries()) {
      await handleInbound(ctx, {
        channel: 'slack',
        sender: { kind: 'slack', teamId: 'TBENCH', userId: `UB${c}` },
        threadKey: `slack:DB${c}:${1_700_000_000 + c}.000001`,
        text,
        attachments: [],
        receivedAt: new Date(),
        dedupeKey: `slack:DB${c}:${1_700_000_000 + c}.00000${i + 2}`,
      });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  engineRate = (CONVERSATIONS * TEXTS.length) / seconds;
  engineCpuMs = cpuMs(process.cpuUsage(cpuStart)) / (CONVERSATIONS * TEXTS.length);
  const cases = (db.$client.prepare("select count(*) as n from cases where state = 'open'").get() as { n: number }).n;
  console.log(
    `1. engine alone: ${CONVERSATIONS * TEXTS.length} messages in ${seconds.toFixed(1)} s — ${fmt(engineRate)} messages/s (${cases} cases opened)`,
  );
  db.$client.close();
}

if (only === '1') process.exit(0);
// ---- the Slack side, outside the bot's process: the Web API stand-in and the load client each in its
// own child process, so no two of the three share an event loop ----------------------------------
function child(file: string) {
  const forked = fork(join(import.meta.dirname, file), [], { execArgv: ['--import', 'tsx'] });
  const replies: Array<(m: Record<string, unknown>) => void> = [];
  forked.on('message', (m: Record<string, unknown>) => replies.shift()?.(m));
  const ask = (message?: unknown) =>
    new Promise<Record<string, unknown>>((resolve) => {
      replies.push(resolve);
      if (message) forked.send(message as never);
    });
  return { forked, ask };
}
const webApi = child('slack-web-api.ts');
const loadClient = child('slack-load-client.ts');
const [{ apiUrl }] = (await Promise.all([webApi.ask(), loadClient.ask()])) as [{ apiUrl: string }, unknown];
const run = async (order: RunOrder) =>
  (await loadClient.ask(order)) as unknown as { latencies: number[]; failures: number; ms: number };
const posts = async () => (await webApi.ask({ type: 'posts' })) as { count: number; last: number };

// ---- 2. an ack-only Bolt app ----------------------------------------------------------------------
if (!only) {
  const receiver = new HTTPReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR });
  const app = new App({ receiver, token: 'xoxb-bench', botId: 'BBOT', botUserId: 'UBOT', logLevel: LogLevel.ERROR });
  app.event(/.*/, async () => {});
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const port = (server.address() as { port: number }).port;
  const cpuStart = process.cpuUsage();
  const result = await run({
    type: 'flood',
    url: `http://127.0.0.1:${port}/slack/events`,
    secret: SECRET,
    from: 0,
    to: CONVERSATIONS,
    concurrency: 32,
  });
  const rate = (CONVERSATIONS * TEXTS.length) / (result.ms / 1000);
  const ackCpuMs = cpuMs(process.cpuUsage(cpuStart)) / (CONVERSATIONS * TEXTS.length);
  console.log(
    `2. ack-only Bolt app: ${fmt(rate)} events/s, ${ackCpuMs.toFixed(2)} ms CPU each; ack p50 ${pct(result.latencies, 0.5).toFixed(1)} ms, p99 ${pct(result.latencies, 0.99).toFixed(1)} ms (failures ${result.failures})`,
  );
  await app.stop();
}

// ---- 3 & 4. the bot end to end --------------------------------------------------------------------
{
  const db = await benchDatabase('slack', CONVERSATIONS + pacedConversations);
  const config = loadConfig(
    {
      SLACK_MODE: 'http',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      SLACK_BOT_USER_ID: 'UBOT',
      SLACK_STAFF_CHANNEL: 'CSTAFF',
      HTTP_PORT: '0',
      ATTACHMENT_DIR: join(dir, 'files'),
    },
    join(dir, 'no.env'),
  );
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'slack', staffRoom: 'CSTAFF' });
  const routes = new RouteTable().add(healthzRoute());
  const http = await startHttpServer({ host: '127.0.0.1', port: 0, routes, logger: silent });
  const slack = await startSlackChannel(config, ctx, silent, { routes, tuning: { paceMs: 0, sendIntervalMs: 50 } });
  const url = `http://127.0.0.1:${http.port}/slack/events`;
  // Heap after a full GC at the start, between the phases and at the end (a forced GC in the middle of
  // phase 4 would show up as ack latency); the event loop's delay says whether the bot held acks up.
  const heap: number[] = [];
  const heapAfterGc = () => {
    gc?.();
    heap.push(process.memoryUsage().heapUsed);
  };
  heapAfterGc();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  let processedAt = 0;
  const drained = async () => {
    processedAt = 0;
    for (;;) {
      const received = (
        db.$client.prepare("select count(*) as n from slack_events where state = 'received'").get() as { n: number }
      ).n;
      if (received === 0 && processedAt === 0) processedAt = Date.now();
      await slack.idle();
      await slack.sender.flush();
      const open = db.$client
        .prepare(
          "select (select count(*) from slack_events where state = 'received') + (select count(*) from outbox where channel = 'slack' and state in ('pending','sending')) as n",
        )
        .get() as { n: number };
      if (open.n === 0) {
        // The last events may be handled between the count above and this one.
        if (processedAt === 0) processedAt = Date.now();
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  const startedAt = Date.now();
  const cpuStart = process.cpuUsage();
  const flood = await run({ type: 'flood', url, secret: SECRET, from: 0, to: CONVERSATIONS, concurrency: 32 });
  await drained();
  const posted = await posts();
  const e2eSeconds = (posted.last - startedAt) / 1000;
  const e2eCpuMs = cpuMs(process.cpuUsage(cpuStart)) / (CONVERSATIONS * TEXTS.length);
  console.log(
    `   (flood sent in ${(flood.ms / 1000).toFixed(1)} s; every event processed ${((processedAt - startedAt) / 1000).toFixed(1)} s after the start)`,
  );
  const e2eRate = (CONVERSATIONS * TEXTS.length) / e2eSeconds;
  const cases = (db.$client.prepare("select count(*) as n from cases where state = 'open'").get() as { n: number }).n;
  console.log(
    `3. end to end: ${CONVERSATIONS * TEXTS.length} events → ${posted.count} posts in ${e2eSeconds.toFixed(1)} s — ${fmt(e2eRate)} messages/s = ${(e2eRate / engineRate).toFixed(2)} of the engine alone (target ≥ 0.5); the bot's CPU per event ${e2eCpuMs.toFixed(2)} ms = engine ${engineCpuMs.toFixed(2)} + Slack ${(e2eCpuMs - engineCpuMs).toFixed(2)}, CPU ratio ${(engineCpuMs / e2eCpuMs).toFixed(2)}; ${cases} cases opened; acks under flood p50 ${pct(flood.latencies, 0.5).toFixed(1)} ms, p99 ${pct(flood.latencies, 0.99).toFixed(1)} ms (failures ${flood.failures})`,
  );
  if (cases !== CONVERSATIONS) {
    console.error(`expected ${CONVERSATIONS} open cases, found ${cases}: the figures above are not valid`);
    process.exitCode = 1;
  }

  heapAfterGc();
  loopDelay.enable();
  // The bot's own view of each acknowledgement: from the request's arrival to the response's end.
  const served: number[] = [];
  http.server.prependListener('request', (_req, res) => {
    const arrived = performance.now();
    res.once('finish', () => served.push(performance.now() - arrived));
  });
  const paced = await run({
    type: 'paced',
    url,
    secret: SECRET,
    from: CONVERSATIONS,
    to: CONVERSATIONS + pacedConversations,
    rate: RATE,
  });
  await drained();
  const pacedPosts = await posts();
  loopDelay.disable();
  heapAfterGc();
  console.log(
    `4. ${RATE} events/s offered for ${PACED_SECONDS} s (${paced.latencies.length} events, ${pacedPosts.count} posts): ack p50 ${pct(paced.latencies, 0.5).toFixed(1)} ms, p99 ${pct(paced.latencies, 0.99).toFixed(1)} ms, max ${pct(paced.latencies, 1).toFixed(1)} ms (target p99 ≤ 100 ms; failures ${paced.failures}); in the bot, request to ack p50 ${pct(served, 0.5).toFixed(1)} ms, p99 ${pct(served, 0.99).toFixed(1)} ms; its event-loop delay p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms`,
  );
  console.log(
    `heap after GC before phase 3, between 3 and 4, after 4: ${heap.map(mb).join(' → ')} MB${gc ? '' : ' (run with --expose-gc for comparable figures)'}`,
  );
  await slack.stop();
  await http.close();
  db.$client.close();
}
webApi.forked.send({ type: 'stop' });
loadClient.forked.send({ type: 'stop' });
rmSync(dir, { recursive: true, force: true });
