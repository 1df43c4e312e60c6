/**
 * Staff away, through the real clock loop (startClockLoop on a fake clock, a database file, the real
 * scheduler): pages due while a recipient is away go to their cover; a page already sent to someone who
 * then goes away reaches the cover at its next repeat; a restart in the middle neither repeats nor loses
 * a page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { createClockScheduler } from '../../../src/services/schedule/index.ts';
import { type ClockLoop, startClockLoop } from '../../../src/services/schedule/run-loop.ts';
import { setStaffAway } from '../../../src/services/staff-absence/staff-away.ts';
import { type Db, openDatabase } from '../../../src/store/database.ts';
import { insertOpenCases, seedClockStaff } from '../../support/clock-fixture.ts';
import { waitFor } from '../support/wait-for.ts';

/** A Critical EMEA Premium Care case on a production system, its clock started Mon 7 Dec 2026 10:00Z. */
const START = new Date('2026-12-07T10:00:00Z');
const MANAGER = 'manager.emea@vendor.example';
const COVER = 'manager.apac@vendor.example';
const silent = { info() {}, warn() {}, error() {} };

const dirs: string[] = [];
const running: Array<{ loop: ClockLoop; db: Db }> = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.loop.stop();
    r.db.$client.close();
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The bot's clock on a database file: a fake `now` moved by `advanceTo`, the real loop and scheduler. */
function bot(path: string, clock: { now: Date }) {
  const db = openDatabase(path);
  const scheduler = createClockScheduler(createEngineContext({ db, policy: DEFAULT_POLICY, now: () => clock.now }), {
    holder: 'probe',
  });
  let settledAt = 0;
  const tick = scheduler.tick.bind(scheduler);
  scheduler.tick = async (at: Date) => {
    const result = await tick(at);
    // Settled once a tick at the current time leaves nothing due before it.
    if (at.getTime() === clock.now.getTime() && !(result.next && result.next <= at)) settledAt = at.getTime();
    return result;
  };
  const loop = startClockLoop({ scheduler, logger: silent, now: () => clock.now, maxSleepMs: 50, minSleepMs: 1 });
  running.push({ loop, db });
  return {
    db,
    /** Moves the clock in 5-minute steps, letting the loop run everything due at each. */
    async advanceTo(iso: string) {
      const end = new Date(iso).getTime();
      while (clock.now.getTime() < end) {
        clock.now = new Date(Math.min(end, clock.now.getTime() + 5 * 60_000));
        loop.wake();
        await waitFor(() => settledAt === clock.now.getTime(), 'the clock loop to run what is due');
      }
    },
    async stop() {
      running.splice(
        running.findIndex((r) => r.loop === loop),
        1,
      );
      await loop.stop();
      db.$client.close();
    },
  };
}

async function freshDatabase(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-away-'));
  dirs.push(dir);
  const path = join(dir, 'caseline.db');
  const db = openDatabase(path);
  await seedClockStaff(db);
  await insertOpenCases(db, DEFAULT_POLICY, [
    { severity: 'critical', tier: 'premium-care', region: 'emea', clockStart: START },
  ]);
  db.$client.close();
  return path;
}

async function markAway(db: Db, now: Date, until: string) {
  const result = await setStaffAway(db, DEFAULT_POLICY, {
    who: MANAGER,
    when: { until },
    cover: COVER,
    actor: 'cli:test',
    now,
  });
  expect(result.ok).toBe(true);
}

interface Sent {
  recipient: string;
  subject: string;
  text: string;
}
const sent = (db: Db): Sent[] =>
  db.$client.prepare('select recipient, subject, text from outbox order by id').all() as Sent[];
const pages = (db: Db) =>
  db.$client
    .prepare('select id, level, ladder_level as ladder, recipients, total_repages as repeats from pages order by id')
    .all();

describe('staff away: pages through the real clock loop', () => {
  it('staff away clock: a page due while the manager is away goes to their cover, saying so; a restart in the middle sends each page and repeat exactly once', async () => {
    const path = await freshDatabase();
    const clock = { now: START };
    const first = bot(path, clock);
    await markAway(first.db, START, 'Friday');
    await first.advanceTo('2026-12-07T10:50:00Z');
    expect(sent(first.db).length).toBeGreaterThan(0);
    await first.stop();
    const second = bot(path, clock);
    await second.advanceTo('2026-12-07T14:00:00Z');
    const withRestart = sent(second.db);

    const other = await freshDatabase();
    const straight = bot(other, { now: START });
    await markAway(straight.db, START, 'Friday');
    await straight.advanceTo('2026-12-07T14:00:00Z');
    expect(withRestart).toEqual(sent(straight.db));
    expect(pages(second.db)).toEqual(pages(straight.db));

    expect(withRestart.filter((s) => s.recipient === MANAGER)).toEqual([]);
    const toCover = withRestart.filter((s) => s.recipient === COVER);
    expect(toCover.length).toBeGreaterThanOrEqual(2);
    for (const page of toCover) {
      expect(page.text).toContain(
        'Manager emea is away until the end of Fri 11 Dec: paged Manager apac (their cover) instead.',
      );
    }
  });

  it('staff away clock: an unacknowledged page sent to the manager, who then goes away, is repeated to the cover, not to them', async () => {
    const path = await freshDatabase();
    const clock = { now: START };
    const b = bot(path, clock);
    // The first response is due at 10:30Z: at risk at 10:22:30, breached at 10:30, repeated at 11:00.
    await b.advanceTo('2026-12-07T10:35:00Z');
    const before = sent(b.db);
    expect(before.filter((s) => s.recipient === MANAGER).map((s) => s.subject)).toEqual([
      '[Case 90000001] SLA at risk: first response',
      '[Case 90000001] SLA breached: first response',
    ]);
    expect(before.filter((s) => s.recipient === COVER)).toEqual([]);
    await markAway(b.db, clock.now, 'tomorrow');
    await b.advanceTo('2026-12-07T11:10:00Z');
    const after = sent(b.db).slice(before.length);
    expect(after.filter((s) => s.recipient === MANAGER)).toEqual([]);
    const toCover = after.filter((s) => s.recipient === COVER);
    expect(toCover.length).toBeGreaterThan(0);
    expect(toCover[0]?.text).toMatch(/^REPEAT 1 — not acknowledged yet\./);
    expect(toCover[0]?.text).toContain(
      'Manager emea is away until the end of Tue 8 Dec: paged Manager apac (their cover) instead.',
    );
    const breach = (pages(b.db) as Array<{ level: string; recipients: string }>).find((p) => p.level === 'breached');
    expect(JSON.parse(breach!.recipients)).toEqual(expect.arrayContaining([MANAGER, COVER]));
  });

  it('staff away clock: when everyone the page is for is away and nobody can stand in, they are paged anyway and the page says so', async () => {
    const path = await freshDatabase();
    const clock = { now: START };
    const b = bot(path, clock);
    for (const who of ['analyst.emea@vendor.example', MANAGER, 'head@vendor.example']) {
      const r = await setStaffAway(b.db, DEFAULT_POLICY, {
        who,
        when: { until: 'Friday' },
        actor: 'cli:test',
        now: START,
      });
      expect(r.ok).toBe(true);
    }
    await b.advanceTo('2026-12-07T10:25:00Z');
    const atRisk = sent(b.db);
    expect(atRisk.map((s) => s.recipient).sort()).toEqual(['analyst.emea@vendor.example', MANAGER]);
    expect(atRisk[0]?.text).toContain(
      'Everyone this page is for is away (Analyst emea until the end of Fri 11 Dec; Manager emea until the end of Fri 11 Dec), and nobody can stand in: paged them anyway.',
    );
    const warning = b.db.$client
      .prepare("select details from audit_log where action = 'escalation.fallback'")
      .get() as {
      details: string;
    };
    expect(JSON.parse(warning.details).warning).toBe(
      'case 90000001: everyone to page at the manager level is away; paged them anyway',
    );
  });
});
