/**
 * SLA engine throughput: 100,000 due-date computations across every tier, severity and region,
 * start instants spread over a year (weekends, holidays, DST changes, year end), a fifth with pauses.
 * Target (issue 3): ≥ 200,000 computations/s on a 2-core machine.
 */
import { performance } from 'node:perf_hooks';
import { REGIONS, SEVERITIES, TIERS } from '../src/domain/ids.ts';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { calendarFor, computeSla, RegionCalendar, type SlaInput } from '../src/domain/sla/index.ts';

const COUNT = 100_000;
const YEAR_START = Date.parse('2026-01-01T00:00:00Z');
const YEAR_MS = 365 * 86_400_000;
const HOUR_MS = 3_600_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same work. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildInputs(): SlaInput[] {
  const next = random(20260101);
  const inputs: SlaInput[] = [];
  for (let i = 0; i < COUNT; i++) {
    const region = REGIONS[i % REGIONS.length]!;
    const startMs = YEAR_START + Math.floor(next() * YEAR_MS);
    const pauses =
      i % 5 === 0
        ? [{ from: new Date(startMs + next() * 24 * HOUR_MS), to: new Date(startMs + (24 + next() * 72) * HOUR_MS) }]
        : undefined;
    inputs.push({
      policy: DEFAULT_POLICY,
      tier: TIERS[Math.floor(next() * TIERS.length)]!,
      severity: SEVERITIES[Math.floor(next() * SEVERITIES.length)]!,
      system: 'production',
      clockStart: new Date(startMs),
      calendar: calendarFor(DEFAULT_POLICY, region),
      pauses,
    });
  }
  return inputs;
}

function run(inputs: SlaInput[]): { ms: number; checksum: number } {
  let checksum = 0;
  const started = performance.now();
  for (const input of inputs) {
    const outcome = computeSla(input);
    if (outcome.ok) checksum += outcome.targetDue.getTime() % 1000;
  }
  return { ms: performance.now() - started, checksum };
}

/** Calendars are built once per region at startup (day tables + public holidays), as the bot does. */
function prepareCalendars(): number {
  const started = performance.now();
  for (const region of REGIONS) {
    const calendar = calendarFor(DEFAULT_POLICY, region);
    // The year of start instants plus room for the longest target (10 business days) and pauses.
    if (calendar instanceof RegionCalendar)
      calendar.prepare(new Date(YEAR_START), new Date(YEAR_START + YEAR_MS + 60 * 86_400_000));
  }
  return performance.now() - started;
}

const rate = (ms: number) => Math.round((COUNT / ms) * 1000).toLocaleString('en-US');
const preparedIn = prepareCalendars();
const inputs = buildInputs();
const first = run(inputs);
const second = run(inputs);
console.log(
  `sla: ${COUNT.toLocaleString('en-US')} due-date computations (${TIERS.length} tiers × ${SEVERITIES.length} severities × ${REGIONS.length} regions, starts across 2026, 20% with pauses)`,
);
console.log(`  calendar preparation (4 regions, day tables + public holidays): ${preparedIn.toFixed(1)} ms, once`);
console.log(`  first run:  ${first.ms.toFixed(1)} ms = ${rate(first.ms)} computations/s`);
console.log(`  second run: ${second.ms.toFixed(1)} ms = ${rate(second.ms)} computations/s`);
if (first.checksum !== second.checksum) throw new Error('runs disagree: the engine is not deterministic');
