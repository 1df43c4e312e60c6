/**
 * npm run bench:engine — drives 10,000 conversations through the core with the real SQLite store
 * (a WAL file database) and prints messages per second, p50/p99 latency per message and heap use
 * over the run. Targets: ≥ 1,000 messages/s, p99 < 10 ms, memory flat. Then the same on PostgreSQL, in
 * this process and in one and two worker processes (engine-postgres.ts, issue 24 Speed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { createEngineContext } from '../src/services/engine/index.ts';
import { seedDemoDirectory } from '../src/services/seed-demo-directory.ts';
import { openDatabase } from '../src/store/database.ts';
import { benchEngineOnPostgres } from './engine-postgres.ts';
import { benchClock, runConversations, verifyContacts } from './support/engine-conversations.ts';

const CONVERSATIONS = Number(process.env['BENCH_CONVERSATIONS'] ?? 10_000);

const dir = mkdtempSync(join(tmpdir(), 'caseline-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
await seedDemoDirectory(db, { pinPolicy: DEFAULT_POLICY.pin, actor: 'bench' });
const clock = benchClock();
const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, now: clock.now });
await verifyContacts(ctx, clock.tick);

const heap: number[] = [];
const gc = (globalThis as { gc?: () => void }).gc;
const started = performance.now();
const { messages, latencies } = await runConversations(ctx, {
  count: CONVERSATIONS,
  tick: clock.tick,
  every1000: () => {
    gc?.();
    heap.push(process.memoryUsage().heapUsed);
  },
});
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

// The same conversations on PostgreSQL (issue 24, Speed), beside SQLite's figures of this run;
// BENCH_POSTGRES=0 leaves it out (quick A/B runs of the SQLite part).
if (process.env['BENCH_POSTGRES'] === '0') process.exit();
try {
  await benchEngineOnPostgres(CONVERSATIONS, messages / seconds);
} catch (error) {
  console.log(`PostgreSQL variant not run: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 1;
}
