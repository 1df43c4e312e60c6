/**
 * npm run fuzz:engine — the engine property of tests/scenarios/engine-fuzz.test.ts, 10,000 runs (or
 * FUZZ_RUNS); FUZZ_SEED replays a failure. Prints the runs, the time and the seed; exits 1 on a failure.
 */
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { engineFuzzProperty } from '../tests/support/engine-fuzz.ts';
import { demoImage } from '../tests/support/replay.ts';

const runs = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const seed = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : Date.now() % 2_147_483_647;
const started = performance.now();
const result = await fc.check(engineFuzzProperty(await demoImage()), { numRuns: runs, seed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  console.error(`fuzz:engine FAILED after ${result.numRuns} runs in ${seconds} s (FUZZ_SEED=${seed})`);
  process.exit(1);
}
console.log(`fuzz:engine: ${result.numRuns} runs clean in ${seconds} s (seed ${seed})`);
