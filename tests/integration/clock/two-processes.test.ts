/**
 * Issue 22 "done when": two scheduler processes on one SQLite file (WAL) send every page and every
 * repeat exactly once — when they share the lease, when both take it at every tick (then only SQLite's
 * serialised write transactions stand between them: each job re-reads what was sent, decides and writes
 * in one transaction), and when the holder is killed mid-run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { calendarFor, thresholdInstants } from '../../../src/domain/sla/index.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { createClockScheduler } from '../../../src/services/schedule/index.ts';
import { type Db, openDatabase } from '../../../src/store/database.ts';
import { insertOpenCases, seedClockStaff } from '../../support/clock-fixture.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const SIM_START = Date.parse('2026-11-23T14:00:00Z');
const SPEED = 1800; // 30 simulated minutes per real second
const SIM_SPAN_MS = 3 * 3_600_000; // three simulated hours ≈ 6 real seconds
const MINUTE = 60_000;

let dir: string;
let path: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caseline-two-'));
  path = join(dir, 'clock.db');
  const db = openDatabase(path);
  await seedClockStaff(db);
  // 60 critical cases (7x24): response 30 or 60 min, resolution 24 h; clocks started over the last hour.
  await insertOpenCases(
    db,
    DEFAULT_POLICY,
    Array.from({ length: 60 }, (_, i) => ({
      severity: 'critical' as const,
      tier: i % 2 === 0 ? ('premium-care' as const) : ('business-care' as const),
      region: (['americas', 'emea', 'apac', 'japan'] as const)[i % 4]!,
      clockStart: new Date(SIM_START - (i % 60) * MINUTE),
    })),
  );
  db.$client.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Runner = { ready: Promise<void>; start: (realStart: number) => void; done: Promise<RunResult> };
type RunResult = { code: number; summary: Record<string, number> | null };

/** A scheduler process (tests/support/clock-runner.ts); it loads, says "ready" and waits for the shared start. */
function runner(holder: string, leaseMs: number, crashAfterMs?: number): Runner {
  const args = [
    '--import',
    'tsx',
    'tests/support/clock-runner.ts',
    path,
    holder,
    String(SIM_START),
    String(SPEED),
    String(SIM_START + SIM_SPAN_MS),
    String(leaseMs),
    '15',
    ...(crashAfterMs ? [String(crashAfterMs)] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, timeout: 90_000, stdio: ['pipe', 'pipe', 'inherit'] });
  let stdout = '';
  let signalReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    signalReady = resolve;
  });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    if (stdout.startsWith('ready\n')) signalReady();
  });
  const done = new Promise<RunResult>((resolve) => {
    child.on('close', (code) => {
      const rest = stdout.replace(/^ready\n/, '').trim();
      resolve({ code: code ?? 1, summary: rest ? JSON.parse(rest) : null });
    });
  });
  return { ready, start: (realStart) => child.stdin.end(`${realStart}\n`), done };
}

/** Starts two runners together once both have loaded (loading takes seconds on a busy machine), after `offsets` ms. */
async function runTogether(
  runners: [Runner, Runner],
  offsets: [number, number] = [0, 0],
): Promise<[RunResult, RunResult]> {
  await Promise.all(runners.map((r) => r.ready));
  const start = Date.now() + 300;
  runners[0].start(start + offsets[0]);
  runners[1].start(start + offsets[1]);
  return await Promise.all([runners[0].done, runners[1].done]);
}

/** What must have paged by `end`: every threshold of every case, computed independently of the scheduler. */
function expectedPages(db: Db, end: number): number {
  const cases = db.$client
    .prepare(
      'SELECT severity, region, clock_started_at AS start, response_due AS response, target_due AS target FROM cases',
    )
    .all() as Array<{ severity: 'critical'; region: 'americas'; start: string; response: string; target: string }>;
  let n = 0;
  for (const c of cases) {
    for (const due of [c.response, c.target]) {
      const instants = thresholdInstants({
        processed: '7x24',
        calendar: calendarFor(DEFAULT_POLICY, c.region),
        start: new Date(c.start),
        due: new Date(due),
        percents: [75, 100],
      });
      n += instants.filter((at) => at.getTime() <= end).length;
    }
  }
  return n;
}

/** Finishes what is due at the end with a third runner, then checks every send happened exactly once. */
async function checkExactlyOnce(): Promise<{ pages: number; sends: number }> {
  const db = openDatabase(path);
  const end = SIM_START + SIM_SPAN_MS + 10 * MINUTE; // past any lease: the last holder has stopped
  await createClockScheduler(createEngineContext({ db, policy: DEFAULT_POLICY }), { holder: 'final' }).tick(
    new Date(end),
  );
  const pages = (db.$client.prepare('SELECT COUNT(*) AS n FROM pages').get() as { n: number }).n;
  expect(pages).toBe(expectedPages(db, end));
  // Each send of a page (first, each repeat, each climb) reaches each recipient once.
  const sends = db.$client
    .prepare(
      `SELECT recipient, substr(text, 1, instr(text, char(10))) AS first_line, substr(text, instr(text, 'Page P-'), 14) AS page,
         COUNT(*) AS n FROM outbox WHERE audience = 'staff' GROUP BY recipient, first_line, page`,
    )
    .all() as Array<{ n: number }>;
  expect(sends.filter((s) => s.n > 1)).toEqual([]);
  const totalRepages = (db.$client.prepare('SELECT SUM(total_repages) AS n FROM pages').get() as { n: number }).n;
  const failed = db.$client
    .prepare("SELECT key, last_error FROM scheduled_jobs WHERE attempts > 0 OR state = 'failed'")
    .all();
  expect(failed).toEqual([]);
  db.$client.close();
  expect(totalRepages).toBeGreaterThan(0);
  return { pages, sends: sends.length };
}

describe('two scheduler processes on one database (issue 22 §1)', () => {
  it('issue 22 §1: with the lease, one process runs at a time and every page and repeat is sent exactly once', async () => {
    const [a, b] = await runTogether([runner('a', 5 * MINUTE), runner('b', 5 * MINUTE)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect((a.summary?.ran ?? 0) + (b.summary?.ran ?? 0)).toBeGreaterThan(60);
    const { pages } = await checkExactlyOnce();
    expect(pages).toBeGreaterThan(100);
  }, 120_000);

  it('issue 22 §1: when both processes take the lease at every tick, each job is decided and written in one transaction, so each is still sent once', async () => {
    // A lease of 0 ms is over at once: each tick takes it, so both run jobs concurrently.
    const [a, b] = await runTogether([runner('a', 0), runner('b', 0)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.summary?.ran).toBeGreaterThan(0);
    expect(b.summary?.ran).toBeGreaterThan(0);
    await checkExactlyOnce();
  }, 120_000);

  it('issue 22 §1: when the holder is killed, the other takes the lease over after it expires and sends the rest exactly once', async () => {
    // a holds the lease from the start and is killed 70 simulated minutes in, in the middle of the repeats.
    const [a, b] = await runTogether([runner('a', 5 * MINUTE, 70 * MINUTE), runner('b', 5 * MINUTE)], [0, 300]);
    expect(a.code).toBe(3);
    expect(b.code).toBe(0);
    expect(b.summary?.ran).toBeGreaterThan(0);
    await checkExactlyOnce();
  }, 120_000);
});
