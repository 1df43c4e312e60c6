/**
 * npm run bench:engine — drives 10,000 conversations through the core with the real SQLite store
 * (a WAL file database) and prints messages per second, p50/p99 latency per message and heap use
 * over the run. Targets: ≥ 1,000 messages/s, p99 < 10 ms, memory flat.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { createEngineContext, handleInbound, handlePinForm } from '../src/services/engine/index.ts';
import { seedDemoDirectory } from '../src/services/seed-demo-directory.ts';
import { openDatabase } from '../src/store/database.ts';

const CONVERSATIONS = Number(process.env['BENCH_CONVERSATIONS'] ?? 10_000);
const CONTACTS = [
  { email: 'ana@acme.example', pin: '482913', product: 'SIP Server 9.0' },
  { email: 'ben@acme.example', pin: '739164', product: 'Genesys Info Mart 8.5' },
  { email: 'carla@globex.example', pin: '615283', product: 'Interaction Server 8.1' },
];
const OPENINGS = [
  'Calls drop after 30 seconds on our {product} in production',
  'Agents cannot log in to {product} on the test system since this morning',
  'Reports are slow on {product} in production, severity medium',
];

const dir = mkdtempSync(join(tmpdir(), 'caseline-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
await seedDemoDirectory(db, { pinPolicy: DEFAULT_POLICY.pin, actor: 'bench' });
let clock = new Date('2026-11-23T14:00:00Z');
const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, now: () => clock });
const tick = () => {
  clock = new Date(clock.getTime() + 1000);
  return clock;
};

for (const c of CONTACTS) {
  await handlePinForm(ctx, {
    channel: 'console',
    sender: { kind: 'console', email: c.email },
    email: c.email,
    pin: c.pin,
    at: tick(),
    threadKey: `bench:${c.email}:pin`,
  });
}

const latencies: number[] = [];
const heap: number[] = [];
const gc = (globalThis as { gc?: () => void }).gc;
let messages = 0;
const started = performance.now();
for (let i = 0; i < CONVERSATIONS; i++) {
  const contact = CONTACTS[i % CONTACTS.length]!;
  const threadKey = `bench:${contact.email}:${i}`;
  const opening = OPENINGS[i % OPENINGS.length]!.replace('{product}', contact.product);
  for (const text of [opening, 'medium', 'It started after the upgrade last night', 'About 20 agents are affected']) {
    const t0 = performance.now();
    await handleInbound(ctx, {
      channel: 'console',
      sender: { kind: 'console', email: contact.email },
      threadKey,
      text,
      attachments: [],
      receivedAt: tick(),
    });
    latencies.push(performance.now() - t0);
    messages++;
  }
  if (i % 1000 === 0) {
    gc?.();
    heap.push(process.memoryUsage().heapUsed);
  }
}
const seconds = (performance.now() - started) / 1000;
gc?.();
heap.push(process.memoryUsage().heapUsed);
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!;
const cases = db.$client.prepare("SELECT count(*) AS n FROM cases WHERE state = 'open'").get() as { n: number };
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

console.log(`conversations: ${CONVERSATIONS}, messages: ${messages}, cases opened: ${cases.n}`);
console.log(`throughput: ${(messages / seconds).toFixed(0)} messages/s (target ≥ 1,000)`);
console.log(
  `latency per message: p50 ${pct(0.5).toFixed(2)} ms, p99 ${pct(0.99).toFixed(2)} ms (target p99 < 10 ms), max ${latencies[latencies.length - 1]!.toFixed(2)} ms`,
);
console.log(
  `heap after GC: first ${mb(heap[0]!)} MB, last ${mb(heap[heap.length - 1]!)} MB${gc ? '' : ' (run with --expose-gc for comparable figures)'}`,
);
db.$client.close();
rmSync(dir, { recursive: true, force: true });
// A fast engine that does nothing is not a result: every conversation must have opened its case.
if (cases.n !== CONVERSATIONS) {
  console.error(`expected ${CONVERSATIONS} open cases, found ${cases.n}: the figures above are not valid`);
  process.exitCode = 1;
}
