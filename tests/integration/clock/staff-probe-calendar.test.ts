/**
 * Round 9 probe of the clock as managers live it: the durable scheduler ticked on a fake clock over
 * Christmas in London (a weekend and two bank holidays between a High case's open and its target), the
 * end of British Summer Time under a business-hours case and under a 7x24 one, and repeats that wait
 * for business time. Warnings must fall on business time and say the time readably in the region's zone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SeverityId } from '../../../src/domain/ids.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { createClockScheduler } from '../../../src/services/schedule/index.ts';
import type { Scheduler } from '../../../src/services/schedule/scheduler.ts';
import { type Db, openDatabase } from '../../../src/store/database.ts';
import { insertOpenCases, seedClockStaff } from '../../support/clock-fixture.ts';

let db: Db | undefined;
let scheduler: Scheduler | undefined;
afterEach(async () => {
  await scheduler?.release();
  db?.$client.close();
  db = undefined;
  scheduler = undefined;
});

interface SentPage {
  level: string;
  firstSentAt: string;
  nextRepageAt: string | null;
}

/** One EMEA Premium Care case whose clock starts at `start`; the clock ticked at every `ticks` instant. */
async function clockOver(severity: SeverityId, start: string, ticks: string[]) {
  db = openDatabase(':memory:');
  await seedClockStaff(db);
  await insertOpenCases(db, DEFAULT_POLICY, [
    { severity, tier: 'premium-care', region: 'emea', clockStart: new Date(start) },
  ]);
  scheduler = createClockScheduler(createEngineContext({ db, policy: DEFAULT_POLICY }), { holder: 'probe' });
  const texts: string[] = [];
  const sentBy = new Map<string, SentPage[]>();
  for (const at of [start, ...ticks]) {
    const tick = await scheduler.tick(new Date(at));
    texts.push(...tick.outbound.map((o) => o.text));
    sentBy.set(at, pages());
  }
  const c = db.$client.prepare('select response_due as responseDue from cases').get() as { responseDue: string };
  return { texts, sentBy, responseDue: c.responseDue };
}

const pages = (): SentPage[] =>
  db!.$client
    .prepare('select level, first_sent_at as firstSentAt, next_repage_at as nextRepageAt from pages order by id')
    .all() as SentPage[];

/** London business time: Mon–Fri 08:00–18:00, not a bank holiday of the listed days. */
function londonBusinessTime(iso: string, holidays: string[]): boolean {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts['year']}-${parts['month']}-${parts['day']}`;
  const minutes = Number(parts['hour']) * 60 + Number(parts['minute']);
  return !['Sat', 'Sun'].includes(parts['weekday']!) && !holidays.includes(day) && minutes >= 480 && minutes <= 1080;
}

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

describe('Staff probe: the clock over holidays and DST', () => {
  it('rules §8, issue 22: a High case opened on Christmas Eve afternoon in London — no page over Christmas, the weekend or the Boxing Day substitute; the warning falls on Tuesday’s business time and says its due readably', async () => {
    const { texts, sentBy, responseDue } = await clockOver('high', '2026-12-24T17:00:00Z', [
      '2026-12-24T17:59:00Z',
      '2026-12-25T12:00:00Z',
      '2026-12-26T12:00:00Z',
      '2026-12-27T12:00:00Z',
      '2026-12-28T12:00:00Z',
      '2026-12-29T07:59:00Z',
      '2026-12-29T08:30:00Z',
    ]);
    expect(new Date(responseDue).getTime()).toBeGreaterThan(new Date('2026-12-29T08:00:00Z').getTime());
    expect(sentBy.get('2026-12-29T07:59:00Z')).toEqual([]);
    const sent = pages();
    expect(sent.length).toBeGreaterThan(0);
    for (const page of sent) expect(londonBusinessTime(page.firstSentAt, ['2026-12-25', '2026-12-28'])).toBe(true);
    expect(sent[0]).toMatchObject({ level: 'at-risk', firstSentAt: '2026-12-29T08:30:00.000Z' });
    expect(texts[0]).toMatch(/due Tue 29 Dec, 09:00 GMT\./);
    expect(texts[0]).not.toMatch(/Sent late/);
    expect(texts.join('\n')).not.toMatch(ISO);
  });

  it('rules §8, issue 22: a High case across the end of British Summer Time — the warning falls at the right Monday hour in GMT, not an hour off', async () => {
    // Friday 23 Oct 17:00 BST (16:00Z): 1 business hour on Friday, the rest from Monday 08:00 GMT (08:00Z).
    const { sentBy, responseDue } = await clockOver('high', '2026-10-23T16:00:00Z', [
      '2026-10-25T12:00:00Z',
      '2026-10-26T08:00:00Z',
      '2026-10-26T12:00:00Z',
    ]);
    const start = new Date('2026-10-23T16:00:00Z').getTime();
    const businessMinutes =
      60 + (new Date(responseDue).getTime() - new Date('2026-10-26T08:00:00Z').getTime()) / 60_000;
    const atRisk = new Date(new Date('2026-10-26T08:00:00Z').getTime() + (businessMinutes * 0.75 - 60) * 60_000);
    expect(start).toBeLessThan(atRisk.getTime());
    expect(sentBy.get('2026-10-25T12:00:00Z')).toEqual([]);
    expect(pages()[0]).toMatchObject({ level: 'at-risk', firstSentAt: '2026-10-26T12:00:00.000Z' });
    expect(londonBusinessTime(pages()[0]!.firstSentAt, [])).toBe(true);
    expect(atRisk.getTime()).toBeLessThanOrEqual(new Date('2026-10-26T12:00:00Z').getTime());
  });

  it('rules §8: a Critical case across the night the clocks go back counts elapsed minutes — its due says GMT after the change, BST before', async () => {
    // 01:30 BST on Sunday 25 Oct (00:30Z); the clocks go back at 02:00 BST (01:00Z).
    const { texts, responseDue } = await clockOver('critical', '2026-10-25T00:30:00Z', ['2026-10-25T02:00:00Z']);
    const minutes = (new Date(responseDue).getTime() - new Date('2026-10-25T00:30:00Z').getTime()) / 60_000;
    const table = DEFAULT_POLICY.targetTables[DEFAULT_POLICY.tiers['premium-care'].targetTable]!;
    expect(minutes).toBe(table.critical.response.amount);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).format(new Date(responseDue));
    const [clock, zone] = local.split(' ');
    expect(texts.join('\n')).toContain(`${clock} ${zone}`);
  });

  it('issue 22 §2: a High case breached just before closing — its repeat waits for the next business morning, not the middle of the night', async () => {
    // Thursday 3 Dec 2026 15:00Z; the repeat of a page sent at 17:50 waits 30 business minutes.
    const { responseDue } = await clockOver('high', '2026-12-03T14:00:00Z', []);
    await scheduler!.tick(new Date(responseDue));
    const breach = pages().find((p) => p.level === 'breached');
    expect(breach?.nextRepageAt).toBeTruthy();
    expect(londonBusinessTime(breach!.nextRepageAt!, [])).toBe(true);
  });
});
