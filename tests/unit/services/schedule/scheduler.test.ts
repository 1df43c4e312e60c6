/** Issue 22 §1: the durable scheduler — lease, claim, restart, outage, clock jumps, failures. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../../src/services/engine/index.ts';
import { createClockScheduler, Scheduler } from '../../../../src/services/schedule/index.ts';
import { planAllCases } from '../../../../src/services/schedule/plan-cases.ts';
import { type Db, openDatabase } from '../../../../src/store/database.ts';
import { enqueue } from '../../../../src/store/outbox-store.ts';
import { allJobs, upsertJob } from '../../../../src/store/schedule-store.ts';
import { insertOpenCases, mixedCases, seedClockStaff } from '../../../support/clock-fixture.ts';

const T0 = new Date('2026-11-23T14:00:00Z');
const min = (n: number) => new Date(T0.getTime() + n * 60_000);
let dir: string;
let path: string;
let db: Db;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caseline-scheduler-'));
  path = join(dir, 'clock.db');
  db = openDatabase(path);
  await seedClockStaff(db);
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Premium Care critical cases opened at T0 in the Americas: response 30 min (at risk 22.5 min), 7x24. */
async function criticalCases(count: number, at = T0) {
  await insertOpenCases(
    db,
    DEFAULT_POLICY,
    Array.from({ length: count }, () => ({
      severity: 'critical' as const,
      tier: 'premium-care' as const,
      region: 'americas' as const,
      clockStart: at,
    })),
  );
}

const scheduler = (holder: string, options: { leaseMs?: number; on?: Db } = {}) =>
  createClockScheduler(createEngineContext({ db: options.on ?? db, policy: DEFAULT_POLICY }), {
    holder,
    leaseMs: options.leaseMs ?? 60_000,
  });

const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
const pageCount = () => count('SELECT COUNT(*) AS n FROM pages');
const staffRows = () => count("SELECT COUNT(*) AS n FROM outbox WHERE audience = 'staff'");

describe('the scheduler (issue 22 §1)', () => {
  it('issue 22 §1: timed work is in the database — one job per case holding its next due, not every future page', async () => {
    await criticalCases(5);
    const a = scheduler('a');
    const tick = await a.tick(T0);
    expect(tick.ran).toBe(5); // the re-plan requests the cases' insert left
    const jobs = await allJobs(db);
    expect(jobs).toHaveLength(5);
    expect(new Set(jobs.map((j) => j.dueAt))).toEqual(new Set(['2026-11-23T14:22:30.000Z']));
    expect(jobs.every((j) => j.kind === 'case' && j.state === 'pending' && j.attempts === 0)).toBe(true);
    expect((await a.nextDue())?.toISOString()).toBe('2026-11-23T14:22:30.000Z');
    expect(pageCount()).toBe(0);
  });

  it('issue 22 §1: a second runner does not run while the lease is held, and takes over once the holder stops renewing it', async () => {
    await criticalCases(3);
    const a = scheduler('a');
    const b = scheduler('b');
    expect((await a.tick(T0)).held).toBe(true);
    expect(await b.tick(min(0.5))).toMatchObject({ held: false, ran: 0 }); // a's lease runs to 14:01
    expect((await a.tick(min(0.9))).held).toBe(true); // a renews (heartbeat) at 14:00:54 …
    expect((await b.tick(min(1.5))).held).toBe(false); // … so b still waits at 14:01:30
    expect(pageCount()).toBe(0);
    // a stops renewing: from 14:01:54 its lease is over, and b runs what fell due.
    const taken = await b.tick(min(23));
    expect(taken.held).toBe(true);
    expect(pageCount()).toBe(3);
    expect((await a.tick(min(23.1))).held).toBe(false);
  });

  it('issue 22 §1: a clean stop releases the lease, so the next runner starts at once', async () => {
    await criticalCases(1);
    const a = scheduler('a');
    await a.tick(T0);
    await a.release();
    expect((await scheduler('b').tick(min(0.1))).held).toBe(true);
  });

  it('issue 22 §1: two runners that both take the lease still run each due once — the job is claimed and done in one transaction', async () => {
    await criticalCases(4);
    const a = scheduler('a', { leaseMs: 0 });
    const b = scheduler('b', { leaseMs: 0 });
    await a.tick(T0);
    await b.tick(T0);
    const first = [await a.tick(min(23)), await b.tick(min(23))];
    expect(first.every((t) => t.held)).toBe(true);
    expect(first[0]!.ran + first[1]!.ran).toBe(4);
    expect(first[1]!.ran).toBe(0);
    expect(pageCount()).toBe(4);
    // Americas: one analyst and one manager per page.
    expect(staffRows()).toBe(8);
  });

  it('issue 22 §1: the clock jumping backwards (NTP) sends nothing twice, and repeats wait for their own time', async () => {
    await criticalCases(1);
    const a = scheduler('a');
    await a.tick(T0);
    await a.tick(min(23));
    expect(staffRows()).toBe(2);
    for (const back of [min(-60), min(10), min(23), min(22.5)]) expect((await a.tick(back)).outbound).toEqual([]);
    expect(staffRows()).toBe(2);
    expect(pageCount()).toBe(1);
    // The repeat was planned for 14:53 (30 min after the send at 14:23); the breach at 14:30 comes first.
    expect((await a.tick(min(30))).outbound).toHaveLength(2);
    expect((await a.tick(min(29))).outbound).toEqual([]);
    expect(pageCount()).toBe(2);
  });

  it('issue 22 §1: after a 24-hour outage each due page is sent once, saying it is late and why', async () => {
    await criticalCases(2);
    await scheduler('before').tick(T0);
    const after = scheduler('after'); // the first runner died: its lease simply expired
    const catchUp = await after.tick(min(24 * 60));
    expect(catchUp.held).toBe(true);
    // Response at risk, breached; resolution (24 h) at risk at 18 h and breached at 24 h: four pages a case.
    const pages = db.$client
      .prepare('SELECT target, level, late_ms AS late, state FROM pages ORDER BY id')
      .all() as Array<{
      target: string;
      level: string;
      late: number;
      state: string;
    }>;
    expect(pages).toHaveLength(8);
    expect(new Set(pages.map((p) => `${p.target} ${p.level}`))).toEqual(
      new Set(['response at-risk', 'response breached', 'target at-risk', 'target breached']),
    );
    expect(pages.filter((p) => p.level === 'at-risk').every((p) => p.state === 'cancelled')).toBe(true);
    const texts = catchUp.outbound.map((o) => o.text);
    expect(texts.find((t) => t.includes('first response') && t.includes('AT RISK'))).toContain(
      'Sent late by 23 h 38 min: the bot was not running when this fell due.',
    );
    expect((await after.tick(min(24 * 60 + 0.5))).outbound).toEqual([]);
    expect(pageCount()).toBe(8);
  });

  it('issue 22 §1: a restart (database closed and reopened, a new runner) sends nothing twice', async () => {
    await criticalCases(2);
    const a = scheduler('a');
    await a.tick(T0);
    await a.tick(min(23));
    await a.release();
    db.$client.close();
    db = openDatabase(path);
    const again = scheduler('a-restarted');
    expect((await again.tick(min(23.5))).outbound).toEqual([]);
    expect(pageCount()).toBe(2);
    expect((await again.tick(min(30))).outbound).toHaveLength(4); // the two breaches, each to analyst and manager
  });

  it('issue 22 §1: a job that throws is rolled back (its writes too), retried with backoff, and given up after 10 attempts', async () => {
    const errors: string[] = [];
    const failing = new Scheduler({
      db,
      holder: 'f',
      handlers: {
        boom: async () => {
          await enqueue(
            db,
            { channel: 'console', recipient: 'x@vendor.example', audience: 'staff', text: 'half-done' },
            T0.toISOString(),
          );
          throw new Error('the handler broke');
        },
      },
      logger: { info() {}, warn() {}, error: (_d, message) => errors.push(message) },
    });
    await upsertJob(db, { kind: 'boom', key: 'boom:1', dueAt: T0.toISOString() }, T0.toISOString());
    await failing.tick(T0);
    expect(count('SELECT COUNT(*) AS n FROM outbox')).toBe(0);
    expect((await allJobs(db))[0]).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'the handler broke',
      dueAt: '2026-11-23T14:01:00.000Z',
    });
    await failing.tick(min(1));
    expect((await allJobs(db))[0]).toMatchObject({ attempts: 2, dueAt: '2026-11-23T14:03:00.000Z' });
    for (let i = 0; i < 20; i++) await failing.tick(min(60 * 24 * (i + 1)));
    expect((await allJobs(db))[0]).toMatchObject({ state: 'failed', attempts: 10 });
    expect(errors.at(-1)).toBe('timed work failed too often and was given up');
  });

  it('issue 22 bad input: a case whose region has no manager is paged to the fallback role (head), with a warning logged and audited', async () => {
    db.$client.exec(`DELETE FROM staff WHERE email = 'manager.japan@vendor.example'`);
    await insertOpenCases(db, DEFAULT_POLICY, [
      { severity: 'critical', tier: 'premium-care', region: 'japan', clockStart: T0 },
    ]);
    const warnings: string[] = [];
    const s = createClockScheduler(createEngineContext({ db, policy: DEFAULT_POLICY }), {
      holder: 'w',
      logger: { info() {}, warn: (_d, message) => warnings.push(message), error() {} },
    });
    await s.tick(T0);
    const tick = await s.tick(min(23));
    expect(tick.outbound.map((o) => o.recipient).sort()).toEqual([
      'analyst.japan@vendor.example',
      'head@vendor.example',
    ]);
    const warning = 'case 90000001: no manager covers region japan; paged the head role instead';
    expect(warnings).toContain(warning);
    const audit = db.$client
      .prepare(`SELECT action, details FROM audit_log WHERE action = 'escalation.fallback'`)
      .all();
    expect(audit).toEqual([{ action: 'escalation.fallback', details: JSON.stringify({ warning }) }]);
  });

  it('issue 22 §1: the bulk planner plans what the scheduler plans, one row per case', async () => {
    await insertOpenCases(
      db,
      DEFAULT_POLICY,
      mixedCases(60, (i) => new Date(T0.getTime() - (i % 7) * 3_600_000)),
    );
    const ctx = createEngineContext({ db, policy: DEFAULT_POLICY });
    db.$client.exec('DELETE FROM scheduled_jobs');
    expect(await planAllCases(ctx, T0)).toBe(60);
    const bulk = (await allJobs(db)).map((j) => [j.key, j.dueAt, j.state]);
    db.$client.exec("UPDATE scheduled_jobs SET due_at = ''");
    // Only cases with nothing due now: the tick would also send what is due.
    const dueNow = new Set(bulk.filter(([, due]) => due === '').map(([key]) => key));
    await scheduler('s').tick(T0);
    const ticked = (await allJobs(db)).map((j) => [j.key, j.dueAt, j.state]);
    for (const [i, row] of bulk.entries()) if (!dueNow.has(row[0] as string)) expect(ticked[i]).toEqual(row);
    expect(bulk.length - dueNow.size).toBeGreaterThan(10);
  });
});
