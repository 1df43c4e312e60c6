/**
 * npm run bench:engine:cpu — the SQLite engine's cost per message in CPU time, not wall time.
 *
 * bench:engine's messages/s is wall time: on a shared machine another process's load moves it by a
 * third, and an A/B of two commits run under load disagreed with itself. The CPU time this process
 * spends (process.cpuUsage: user + system, all its threads) barely moves with other processes' load,
 * so commits can be compared on a busy machine. The same conversations as bench:engine (four messages
 * each, opening a case), on a WAL file database: a warm-up round, then ROUNDS rounds of CONVERSATIONS,
 * and the median round's µs per message. It only imports what every commit since round 4 has, so it can
 * be copied into an older checkout to compare commits (`node --import tsx bench/engine-cpu.ts`).
 *
 * BENCH_CONVERSATIONS (per round, 500), BENCH_ROUNDS (5), BENCH_JSON=1 prints one JSON line instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { ruleReader } from '../src/domain/understanding/rule-reader.ts';
import { createEngineContext } from '../src/services/engine/index.ts';
import { seedDemoDirectory } from '../src/services/seed-demo-directory.ts';
import { openDatabase } from '../src/store/database.ts';
import { cpuCountedReader } from './support/cpu-counted-reader.ts';
import { benchClock, runConversations, verifyContacts } from './support/engine-conversations.ts';

const CONVERSATIONS = Number(process.env['BENCH_CONVERSATIONS'] ?? 500);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const WARM_UP = CONVERSATIONS;

interface Round {
  /** The part of cpuUs spent in the reader (issue 21's rules): the rest is store and engine plumbing. */
  readerUs: number;
  userUs: number;
  systemUs: number;
  cpuUs: number;
  wallUs: number;
}

const dir = mkdtempSync(join(tmpdir(), 'caseline-bench-cpu-'));
const db = openDatabase(join(dir, 'bench.db'));
await seedDemoDirectory(db, { pinPolicy: DEFAULT_POLICY.pin, actor: 'bench' });
const clock = benchClock();
// The rule reader, its CPU time counted apart.
let readerCpu = 0;
const reader = cpuCountedReader(ruleReader, (us) => {
  readerCpu += us;
});
const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, now: clock.now, reader });
await verifyContacts(ctx, clock.tick);

let next = 0;
async function round(count: number): Promise<Round> {
  const reader0 = readerCpu;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const { messages } = await runConversations(ctx, { first: next, count, tick: clock.tick });
  const wallUs = (performance.now() - wall0) * 1000;
  const cpu = process.cpuUsage(cpu0);
  next += count;
  const per = (us: number) => us / messages;
  return {
    readerUs: per(readerCpu - reader0),
    userUs: per(cpu.user),
    systemUs: per(cpu.system),
    cpuUs: per(cpu.user + cpu.system),
    wallUs: per(wallUs),
  };
}

await round(WARM_UP);
const rounds: Round[] = [];
for (let r = 0; r < ROUNDS; r++) rounds.push(await round(CONVERSATIONS));

const cases = db.$client.prepare("SELECT count(*) AS n FROM cases WHERE state = 'open'").get() as { n: number };
db.$client.close();
rmSync(dir, { recursive: true, force: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const result = {
  conversations: CONVERSATIONS,
  rounds: ROUNDS,
  cpuUsPerMessage: median(rounds.map((r) => r.cpuUs)),
  readerUsPerMessage: median(rounds.map((r) => r.readerUs)),
  restUsPerMessage: median(rounds.map((r) => r.cpuUs - r.readerUs)),
  userUsPerMessage: median(rounds.map((r) => r.userUs)),
  systemUsPerMessage: median(rounds.map((r) => r.systemUs)),
  wallUsPerMessage: median(rounds.map((r) => r.wallUs)),
  cpuUsPerRound: rounds.map((r) => Math.round(r.cpuUs)),
};
if (process.env['BENCH_JSON'] === '1') console.log(JSON.stringify(result));
else {
  console.log(`${ROUNDS} rounds of ${CONVERSATIONS} conversations (${CONVERSATIONS * 4} messages), after a warm-up`);
  console.log(
    `CPU per message (median round): ${result.cpuUsPerMessage.toFixed(0)} µs ` +
      `(user ${result.userUsPerMessage.toFixed(0)}, system ${result.systemUsPerMessage.toFixed(0)}) ` +
      `→ at most ${(1e6 / result.cpuUsPerMessage).toFixed(0)} messages/s on one idle core`,
  );
  console.log(
    `of which the reader ${result.readerUsPerMessage.toFixed(0)} µs, the rest (store, engine) ${result.restUsPerMessage.toFixed(0)} µs`,
  );
  console.log(`rounds: ${result.cpuUsPerRound.join(', ')} µs/message`);
  console.log(
    `wall per message (median round): ${result.wallUsPerMessage.toFixed(0)} µs (moves with the machine's load)`,
  );
}
// A fast engine that does nothing is not a result: every conversation must have opened its case.
if (cases.n !== WARM_UP + CONVERSATIONS * ROUNDS) {
  console.error(`expected ${WARM_UP + CONVERSATIONS * ROUNDS} open cases, found ${cases.n}: the figures are not valid`);
  process.exitCode = 1;
}
