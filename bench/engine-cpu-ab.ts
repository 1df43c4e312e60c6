/**
 * npm run bench:engine:ab -- OTHER_CHECKOUT — the SQLite engine's CPU per message in this checkout and
 * in another one (a `git worktree add --detach /tmp/old <commit>` with node_modules linked), measured in
 * ONE process, block by block in turn.
 *
 * Why: CPU time is steadier than wall time, but not immune to load — on the shared 2-core machine the
 * same commit costs 1.7 ms of CPU per message at a load average of 6 and 1.85 ms at 13 (caches and
 * hyperthreads are shared too), so two commits measured one after the other are compared under
 * different loads. Here both engines (each its own module graph, loaded from its own checkout, on its
 * own database) run the same conversations in alternating blocks of a fraction of a second, so every
 * change of load falls on both alike; the figure is the ratio of their summed CPU, with the spread of
 * the per-pair ratios beside it. A full GC (--expose-gc) between blocks, outside the measured time, keeps
 * one engine's garbage from being collected on the other's clock.
 *
 * BENCH_BLOCKS (pairs, 40), BENCH_BLOCK (conversations per block, 25), BENCH_JSON=1 for one JSON line.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EngineContext } from '../src/services/engine/types.ts';
import { cpuCountedReader } from './support/cpu-counted-reader.ts';

const BLOCKS = Number(process.env['BENCH_BLOCKS'] ?? 40);
const BLOCK = Number(process.env['BENCH_BLOCK'] ?? 25);
const here = resolve(fileURLToPath(import.meta.url), '../..');
const roots = process.argv.slice(2).map((r) => resolve(r));
if (roots.length === 0 || roots.length > 2) {
  console.error('usage: node --import tsx --expose-gc bench/engine-cpu-ab.ts OTHER_CHECKOUT [THIS_CHECKOUT]');
  process.exit(2);
}
const [baseRoot, testRoot] = [roots[0]!, roots[1] ?? here];

/**
 * The main thread's own CPU in µs (Linux: /proc, in 10 ms ticks), beside process.cpuUsage's whole process:
 * the difference is V8's helper threads (concurrent marking, compilation), which run on their own clock.
 */
const mainThreadStat = `/proc/self/task/${process.pid}/stat`;
function mainThreadCpu(): number {
  if (!existsSync(mainThreadStat)) return Number.NaN;
  const fields = readFileSync(mainThreadStat, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

interface Variant {
  root: string;
  ctx: EngineContext;
  run: (first: number, count: number) => Promise<number>;
  close: () => void;
  readerCpu: number;
  cpu: number;
  mainThread: number;
  reader: number;
  messages: number;
}

/** One checkout's engine on its own WAL database, seeded and verified as bench:engine does. */
async function load(root: string): Promise<Variant> {
  const at = (path: string) => import(pathToFileURL(join(root, path)).href);
  const { DEFAULT_POLICY } = await at('src/domain/policy/defaults.ts');
  const { ruleReader } = await at('src/domain/understanding/rule-reader.ts');
  const { createEngineContext } = await at('src/services/engine/index.ts');
  const { seedDemoDirectory } = await at('src/services/seed-demo-directory.ts');
  const { openDatabase } = await at('src/store/database.ts');
  const { benchClock, runConversations, verifyContacts } = await at('bench/support/engine-conversations.ts');
  const dir = mkdtempSync(join(tmpdir(), 'caseline-bench-ab-'));
  const db = openDatabase(join(dir, 'bench.db'));
  await seedDemoDirectory(db, { pinPolicy: DEFAULT_POLICY.pin, actor: 'bench' });
  const clock = benchClock();
  const variant = { root, readerCpu: 0, cpu: 0, mainThread: 0, reader: 0, messages: 0 } as Variant;
  const reader = cpuCountedReader(ruleReader, (us) => {
    variant.readerCpu += us;
  });
  variant.ctx = createEngineContext({ db, policy: DEFAULT_POLICY, now: clock.now, reader });
  await verifyContacts(variant.ctx, clock.tick);
  variant.run = async (first, count) =>
    (await runConversations(variant.ctx, { first, count, tick: clock.tick })).messages as number;
  variant.close = () => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return variant;
}

const base = await load(baseRoot);
const test = await load(testRoot);
const gc = (globalThis as { gc?: () => void }).gc;

/** One block of `variant`, its CPU and reader CPU added to its sums when `counted`. */
async function block(variant: Variant, first: number, counted: boolean): Promise<number> {
  gc?.();
  const reader0 = variant.readerCpu;
  const thread0 = mainThreadCpu();
  const cpu0 = process.cpuUsage();
  const messages = await variant.run(first, BLOCK);
  const spent = process.cpuUsage(cpu0);
  const thread = mainThreadCpu() - thread0;
  const cpu = spent.user + spent.system;
  if (counted) {
    variant.cpu += cpu;
    variant.mainThread += thread;
    variant.reader += variant.readerCpu - reader0;
    variant.messages += messages;
  }
  return cpu / messages;
}

// Warm-up: both engines' code optimised before anything counts.
for (let w = 0; w < 6; w++) {
  await block(base, w * BLOCK, false);
  await block(test, w * BLOCK, false);
}
const ratios: number[] = [];
for (let b = 0; b < BLOCKS; b++) {
  const first = (6 + b) * BLOCK;
  // ABBA order: neither engine always runs right after the other's GC or warm caches.
  const order = b % 2 === 0 ? [base, test] : [test, base];
  const perMessage = new Map<Variant, number>();
  for (const v of order) perMessage.set(v, await block(v, first, true));
  ratios.push(perMessage.get(test)! / perMessage.get(base)!);
}
base.close();
test.close();

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor(q * values.length)]!;
const figures = (v: Variant) => ({
  root: v.root,
  cpuUsPerMessage: Math.round(v.cpu / v.messages),
  mainThreadUsPerMessage: Math.round(v.mainThread / v.messages),
  readerUsPerMessage: Math.round(v.reader / v.messages),
  restUsPerMessage: Math.round((v.cpu - v.reader) / v.messages),
});
const result = {
  blocks: BLOCKS,
  conversationsPerBlock: BLOCK,
  base: figures(base),
  test: figures(test),
  ratio: Number((test.cpu / test.messages / (base.cpu / base.messages)).toFixed(3)),
  readerRatio: Number((test.reader / test.messages / (base.reader / base.messages)).toFixed(3)),
  mainThreadRatio: Number((test.mainThread / test.messages / (base.mainThread / base.messages)).toFixed(3)),
  restRatio: Number(((test.cpu - test.reader) / test.messages / ((base.cpu - base.reader) / base.messages)).toFixed(3)),
  pairRatioQuartiles: [0.25, 0.5, 0.75].map((q) => Number(quantile(ratios, q).toFixed(3))),
};
if (process.env['BENCH_JSON'] === '1') console.log(JSON.stringify(result));
else {
  const line = (name: string, f: ReturnType<typeof figures>) =>
    `${name}: ${f.cpuUsPerMessage} µs CPU/message (reader ${f.readerUsPerMessage}, the rest ${f.restUsPerMessage}; ` +
    `main thread ${f.mainThreadUsPerMessage})  ${f.root}`;
  console.log(
    `${BLOCKS} pairs of blocks of ${BLOCK} conversations (${BLOCK * 4} messages), after a warm-up${gc ? '' : ' (no --expose-gc: GC not separated)'}`,
  );
  console.log(line('base', result.base));
  console.log(line('test', result.test));
  console.log(
    `test / base CPU: ${result.ratio} (reader ${result.readerRatio}, the rest ${result.restRatio}, ` +
      `main thread ${result.mainThreadRatio}); ` +
      `per pair: quartiles ${result.pairRatioQuartiles.join(' / ')}`,
  );
}
if (!gc) process.exitCode = 0;
