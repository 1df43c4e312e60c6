/**
 * A scheduler in its own process, for the two-process tests (issue 22 §1): it runs on an accelerated
 * shared clock (sim = simStart + (Date.now() − realStart) × speed, the same formula in every process),
 * ticks every `tickMs` real milliseconds until the simulated end, and prints what it did as JSON.
 * With a last argument (simulated ms after the start) it exits abruptly then (no lease release), as a
 * killed process would.
 */
import { DEFAULT_POLICY } from '../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../src/services/engine/index.ts';
import { createClockScheduler } from '../../src/services/schedule/index.ts';
import { openDatabase } from '../../src/store/database.ts';

const [path, holder, simStart, speed, simEnd, leaseMs, tickMs, crashAfter] = process.argv.slice(2);
const db = openDatabase(path!);
const scheduler = createClockScheduler(createEngineContext({ db, policy: DEFAULT_POLICY }), {
  holder: holder!,
  leaseMs: Number(leaseMs),
});
// Start barrier: say "ready" once loaded, then take the shared real start from the first line on stdin,
// so a process that is slow to load under a busy machine still starts on the same clock as its peer.
process.stdout.write('ready\n');
const realStart = await new Promise<string>((resolve) => {
  let buffered = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    buffered += chunk;
    const line = buffered.split('\n')[0];
    if (buffered.includes('\n') && line) {
      process.stdin.pause();
      resolve(line.trim());
    }
  });
});
const simNow = () => new Date(Number(simStart) + (Date.now() - Number(realStart)) * Number(speed));
const summary = { holder, ticks: 0, held: 0, ran: 0, sent: 0 };
const crashAt = crashAfter ? Number(simStart) + Number(crashAfter) : Number.POSITIVE_INFINITY;

async function loop(): Promise<void> {
  const now = simNow();
  if (now.getTime() >= crashAt) process.exit(3);
  if (now.getTime() > Number(simEnd)) {
    await scheduler.release();
    db.$client.close();
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const tick = await scheduler.tick(now);
  summary.ticks++;
  if (tick.held) summary.held++;
  summary.ran += tick.ran;
  summary.sent += tick.outbound.length;
  setTimeout(loop, Number(tickMs));
}
await loop();
