/**
 * Round 9 probe of escalation pages as managers live them, through the real Bolt app and the real clock
 * (the durable scheduler ticked on a fake clock): a Critical paged at night in the case's region,
 * acknowledged from the DM; repeats that stop for that page and go on for another case's; a severity
 * lowered while pages are pending; a DM deleted in Slack; a rate limit while paging.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createClockScheduler } from '../../../src/services/schedule/index.ts';
import type { Scheduler } from '../../../src/services/schedule/scheduler.ts';
import { findCaseByNumber } from '../../../src/store/case-store.ts';
import { getPage } from '../../../src/store/page-store.ts';
import { insertOpenCases } from '../../support/clock-fixture.ts';
import { posts } from './support/calls.ts';
import { type Harness, startHarness } from './support/slack-harness.ts';
import {
  cardAt,
  cardButtons,
  cardText,
  formSubmission,
  latestCard,
  openCarlasCase,
  pressForForm,
  staffPress,
  updatesOf,
} from './support/staff.ts';

let h: Harness | undefined;
let scheduler: Scheduler | undefined;
afterEach(async () => {
  await scheduler?.release();
  scheduler = undefined;
  await h?.stop();
  h = undefined;
});

/** 06:00 UTC on Monday 7 Dec 2026: 01:00 in New York, where Carla's company (Americas) is. */
let now = new Date('2026-12-07T06:00:00Z');
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

async function tick(at: Date): Promise<void> {
  now = at;
  await scheduler!.tick(at);
  await h!.settle();
}

/** Carla's High case, raised to Critical by the analyst at 01:00 New York time: a 7x24 clock starts. */
async function carlasCriticalCase(): Promise<Harness> {
  now = new Date('2026-12-07T06:00:00Z');
  const harness = await startHarness({ now: () => now });
  h = harness;
  await openCarlasCase(harness);
  const card = cardAt(harness, 'case:1');
  const set = cardButtons(latestCard(harness, card)).find((b) => b.text.text === 'Set severity')!;
  const form = await pressForForm(
    harness,
    staffPress('U09ANALYST', card, { action_id: set.action_id, value: set.value }),
  );
  await harness.interact(
    formSubmission('U09ANALYST', form, { severity: { type: 'static_select', selected_option: { value: 'critical' } } }),
  );
  await harness.settle();
  expect((await findCaseByNumber(harness.db, '01000001'))?.severity).toBe('critical');
  scheduler = createClockScheduler(harness.ctx, { holder: 'probe' });
  await tick(now);
  return harness;
}

/** The instant a share of the case's response time is used. */
async function responseShare(number: string, share: number): Promise<Date> {
  const c = (await findCaseByNumber(h!.db, number))!;
  const start = new Date(c.clockStartedAt!).getTime();
  return new Date(start + share * (new Date(c.responseDue!).getTime() - start));
}

const pageDmText = (hh: Harness, pageId: number, user: string) => {
  const card = latestCard(hh, cardAt(hh, `page:${pageId}:${user}`));
  return `${card.text}\n${cardText(card)}`;
};

describe('Staff probe: escalation pages at night, acknowledged from Slack', () => {
  it('issue 22, issue 20 §4: a Critical breaching at night in the case’s region pages its manager by DM; Acknowledge from the DM stops that page’s repeats and only those — another case’s page repeats on', async () => {
    const hh = await carlasCriticalCase();
    const started = new Date((await findCaseByNumber(hh.db, '01000001'))!.clockStartedAt!);
    await insertOpenCases(hh.db, DEFAULT_POLICY, [
      { severity: 'critical', tier: 'premium-care', region: 'americas', clockStart: started },
    ]);
    await tick(now);
    await tick(await responseShare('01000001', 0.75));
    await tick(await responseShare('01000001', 1));
    const breaches = hh.db.$client
      .prepare("select id, case_id as caseId from pages where level = 'breached' order by case_id")
      .all() as Array<{ id: number; caseId: number }>;
    expect(breaches.map((p) => p.caseId)).toEqual([1, 2]);
    const [ours, other] = [breaches[0]!.id, breaches[1]!.id];
    const dm = cardAt(hh, `page:${ours}:U09MANAGER`);
    expect(dm.channel).toBe('D09MANAGER');
    const text = pageDmText(hh, ours, 'U09MANAGER');
    expect(text).toContain('BREACHED');
    // The account as staff know it (its companies' names), and the button to press, not a command line.
    expect(text).toMatch(/\(Critical, Globex[^/)]* \/ Globex[^)]*\)/);
    expect(text).toContain('press Acknowledge to take it');
    expect(text).not.toContain('caseline page ack');

    await hh.interact(staffPress('U09MANAGER', dm, { action_id: 'caseline.page.ack', value: String(ours) }));
    await hh.fake.waitFor(async () => (await getPage(hh.db, ours))?.state === 'acknowledged');
    await hh.settle();
    const updatesBefore = updatesOf(hh, dm).length;

    await tick(new Date(now.getTime() + 31 * 60_000));
    expect(await getPage(hh.db, ours)).toMatchObject({ state: 'acknowledged', totalRepages: 0 });
    expect(await getPage(hh.db, other)).toMatchObject({ state: 'open', totalRepages: 1 });
    expect(pageDmText(hh, other, 'U09MANAGER')).toContain('REPEAT 1');
    expect(updatesOf(hh, dm)).toHaveLength(updatesBefore);
    expect(cardButtons(latestCard(hh, dm))).toEqual([]);
  });

  it('issue 22: times in a page DM are readable — the due and the acknowledgement are never raw ISO', async () => {
    const hh = await carlasCriticalCase();
    await tick(await responseShare('01000001', 0.75));
    const pageId = (hh.db.$client.prepare('select id from pages').get() as { id: number }).id;
    const dm = cardAt(hh, `page:${pageId}:U09MANAGER`);
    await hh.interact(staffPress('U09MANAGER', dm, { action_id: 'caseline.page.ack', value: String(pageId) }));
    await hh.fake.waitFor(async () => (await getPage(hh.db, pageId))?.state === 'acknowledged');
    await hh.settle();
    const text = pageDmText(hh, pageId, 'U09MANAGER');
    expect(text).toContain('Acknowledged by <@U09MANAGER>');
    expect(text.replace(/<!date\^\d+\^[^|>]*\|/g, '')).not.toMatch(ISO_INSTANT);
    // A second manager pressing it later is told who acknowledged, readably.
    await hh.interact(staffPress('U09ANALYST', dm, { action_id: 'caseline.page.ack', value: String(pageId) }));
    await hh.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral'));
    const told = String(hh.fake.callsOf('chat.postEphemeral').at(-1)?.args['text']);
    expect(told).toMatch(/already acknowledged by <@U09MANAGER> <!date\^\d+\^/);
    expect(told.replace(/<!date\^\d+\^[^|>]*\|/g, '')).not.toMatch(ISO_INSTANT);
  });

  it('issue 22: the severity lowered while pages are pending closes them — every DM loses its button and says why; no repeat follows', async () => {
    const hh = await carlasCriticalCase();
    await tick(await responseShare('01000001', 0.75));
    const pageId = (hh.db.$client.prepare('select id from pages').get() as { id: number }).id;
    const card = cardAt(hh, 'case:1');
    const set = cardButtons(latestCard(hh, card)).find((b) => b.text.text === 'Set severity')!;
    const form = await pressForForm(hh, staffPress('U09ANALYST', card, { action_id: set.action_id, value: set.value }));
    await hh.interact(
      formSubmission('U09ANALYST', form, { severity: { type: 'static_select', selected_option: { value: 'medium' } } }),
    );
    await hh.settle();
    await tick(new Date(now.getTime() + 60_000));
    expect((await getPage(hh.db, pageId))?.state).toBe('cancelled');
    const dm = latestCard(hh, cardAt(hh, `page:${pageId}:U09MANAGER`));
    expect(cardButtons(dm)).toEqual([]);
    expect(cardText(dm)).toMatch(/Closed: .*severity/i);
    await tick(new Date(now.getTime() + 60 * 60_000));
    expect((await getPage(hh.db, pageId))?.totalRepages).toBe(0);
  });

  it('issue 20: page DMs the manager deleted in Slack — an open page’s repeat is posted again, once; a page closed meanwhile is not brought back', async () => {
    const hh = await carlasCriticalCase();
    await tick(await responseShare('01000001', 0.75));
    const atRisk = (hh.db.$client.prepare('select id from pages').get() as { id: number }).id;
    const atRiskDm = cardAt(hh, `page:${atRisk}:U09MANAGER`);
    // Both DMs are gone from Slack by the time the bot updates them.
    hh.fake.fail('chat.update', { error: 'message_not_found', channel: 'D09MANAGER' });
    await tick(await responseShare('01000001', 1));
    expect((await getPage(hh.db, atRisk))?.state).toBe('cancelled');
    const breach = (hh.db.$client.prepare("select id from pages where level = 'breached'").get() as { id: number }).id;
    const before = cardAt(hh, `page:${breach}:U09MANAGER`);
    hh.fake.fail('chat.update', { error: 'message_not_found', channel: 'D09MANAGER' });
    await tick(new Date(now.getTime() + 31 * 60_000));
    const after = cardAt(hh, `page:${breach}:U09MANAGER`);
    expect(after.ts).not.toBe(before.ts);
    expect(cardAt(hh, `page:${atRisk}:U09MANAGER`)).toEqual(atRiskDm);
    const tops = posts(hh.fake.calls)
      .filter((c) => c.args['channel'] === 'D09MANAGER' && !c.args['thread_ts'])
      .map((c) => String(c.args['text']));
    expect(tops).toEqual([
      `Page P-00000${atRisk} about Case 01000001: open`,
      `Page P-00000${breach} about Case 01000001: open`,
      `Page P-00000${breach} about Case 01000001: open`,
    ]);
    expect(pageDmText(hh, breach, 'U09MANAGER')).toContain('REPEAT 1');
  });

  it('issue 19 §6, issue 20 §4: chat.postMessage rate-limited (429, Retry-After) while paging — every DM goes out once after the wait, none lost, none twice', async () => {
    const hh = await carlasCriticalCase();
    hh.fake.fail('chat.postMessage', { retryAfter: 1 }, { retryAfter: 1 });
    now = await responseShare('01000001', 0.75);
    await scheduler!.tick(now);
    for (let i = 0; i < 5; i++) {
      now = new Date(now.getTime() + 1_100);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await hh.settle();
    }
    const pageId = (hh.db.$client.prepare('select id from pages').get() as { id: number }).id;
    for (const user of ['U09MANAGER', 'U09ANALYST']) {
      const at = cardAt(hh, `page:${pageId}:${user}`);
      const tops = posts(hh.fake.calls).filter(
        (c) => c.args['channel'] === at.channel && !c.args['thread_ts'] && hh.fake.answers.get(c),
      );
      expect(tops, user).toHaveLength(1);
    }
  });

  it('issue 19 §6, issue 20: a 429 on a page DM holds every card until its Retry-After — a case card change meanwhile waits, then goes out once', async () => {
    const hh = await carlasCriticalCase();
    hh.fake.fail('conversations.open', { retryAfter: 30 });
    await tick(await responseShare('01000001', 0.75));
    const card = cardAt(hh, 'case:1');
    const updates = updatesOf(hh, card).length;
    const take = cardButtons(latestCard(hh, card)).find((b) => b.text.text === 'Take')!;
    await hh.interact(staffPress('U09ANALYST', card, { action_id: take.action_id, value: take.value }));
    await hh.fake.waitFor(async () => (await findCaseByNumber(hh.db, '01000001'))?.ownerStaffId !== null);
    await hh.settle();
    expect(updatesOf(hh, card)).toHaveLength(updates);
    now = new Date(now.getTime() + 31_000);
    await hh.settle();
    expect(updatesOf(hh, card)).toHaveLength(updates + 1);
    expect(cardText(latestCard(hh, card))).toContain('taken by Sam Lee');
    const pageId = (hh.db.$client.prepare('select id from pages').get() as { id: number }).id;
    for (const user of ['U09MANAGER', 'U09ANALYST']) expect(cardAt(hh, `page:${pageId}:${user}`).ts).toBeTruthy();
  });

  it('issue 20 §4: a manager not in Slack (no Slack user in the staff table) is paged in the staff channel; the others still by DM', async () => {
    now = new Date('2026-12-07T06:00:00Z');
    const hh = await startHarness({ now: () => now });
    h = hh;
    hh.db.$client.prepare("update staff set slack_user_id = null where email = 'manager@vendor.example'").run();
    await openCarlasCase(hh);
    scheduler = createClockScheduler(hh.ctx, { holder: 'probe' });
    await tick(now);
    // A High case (business hours): the first response due passes; the clock pages its breach.
    await tick(new Date((await responseShare('01000001', 1)).getTime() + 60_000));
    const pageId = (hh.db.$client.prepare("select id from pages where level = 'breached'").get() as { id: number }).id;
    expect(cardAt(hh, `page:${pageId}:U09ANALYST`).channel).toBe('D09ANALYST');
    const inStaffChannel = posts(hh.fake.calls).filter(
      (c) => c.args['channel'] === 'CSTAFF' && /BREACHED/.test(String(c.args['text'])),
    );
    expect(inStaffChannel).toHaveLength(1);
    expect(posts(hh.fake.calls).some((c) => c.args['channel'] === 'D09MANAGER')).toBe(false);
  });
});
