import { afterEach, describe, expect, it } from 'vitest';
import { stepPage } from '../../../src/services/schedule/page-sender.ts';
import { findCaseByNumber } from '../../../src/store/case-store.ts';
import { getPage } from '../../../src/store/page-store.ts';
import { inTransaction } from '../../../src/store/transaction.ts';
import { posts } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import {
  cardAt,
  cardButtons,
  cardText,
  ephemeralTo,
  latestCard,
  openCarlasCase,
  pageCarlasCaseAtRisk,
  staffPress,
  updatesOf,
} from './support/staff.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const run = () => ({ now: h.ctx.now(), runnerSince: new Date(0), memo: new Map<string, unknown>() });

/** The clock pages about Case 01000001's first response, keyed by its clock start (as its scheduler job would). */
async function pageAtRisk(): Promise<number> {
  const caseRow = (await findCaseByNumber(h.db, '01000001'))!;
  return await pageCarlasCaseAtRisk(h, caseRow.clockStartedAt ?? 'k');
}

async function repeatPage(pageId: number): Promise<void> {
  const caseRow = (await findCaseByNumber(h.db, '01000001'))!;
  await inTransaction(h.db, async () => await stepPage(h.ctx, caseRow, pageId, run()));
  await h.settle();
}

const dmsTo = (channel: string) =>
  posts(h.fake.calls).filter((c) => c.args['channel'] === channel && !c.args['thread_ts']);

describe('Slack staff side: escalation pages (issue 20 §4)', () => {
  it('issue 20 §4: a page DMs the region’s manager (and the analysts) with Acknowledge; a repeat updates the DM in place and says so in its thread; Acknowledge stops the repeats and every DM is updated in place', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const pageId = await pageAtRisk();
    const manager = cardAt(h, `page:${pageId}:U09MANAGER`);
    const analyst = cardAt(h, `page:${pageId}:U09ANALYST`);
    expect(manager.channel).toBe('D09MANAGER');
    expect(dmsTo('D09MANAGER')).toHaveLength(1);
    const first = latestCard(h, manager);
    expect(cardText(first)).toContain('*Case 01000001*');
    expect(cardButtons(first)).toEqual([
      expect.objectContaining({ action_id: 'caseline.page.ack', value: String(pageId) }),
    ]);
    // The case card shows the open page too.
    expect(cardText(latestCard(h, cardAt(h, 'case:1')))).toContain(
      `P-${String(pageId).padStart(6, '0')} response at-risk`,
    );

    await repeatPage(pageId);
    expect(dmsTo('D09MANAGER')).toHaveLength(1);
    expect(cardText(latestCard(h, manager))).toContain('REPEAT 1');
    const nudge = posts(h.fake.calls).find(
      (c) => c.args['channel'] === 'D09MANAGER' && c.args['thread_ts'] === manager.ts,
    );
    expect(String(nudge?.args['text'])).toMatch(/^REPEAT 1/);

    await h.interact(staffPress('U09MANAGER', manager, { action_id: 'caseline.page.ack', value: String(pageId) }));
    await h.fake.waitFor(async () => (await getPage(h.db, pageId))?.state === 'acknowledged');
    await h.settle();
    expect(await getPage(h.db, pageId)).toMatchObject({ state: 'acknowledged', nextRepageAt: null });
    for (const dm of [manager, analyst]) {
      const card = latestCard(h, dm);
      expect(cardButtons(card)).toEqual([]);
      expect(cardText(card)).toContain('Acknowledged by <@U09MANAGER>');
    }
    expect(cardText(latestCard(h, cardAt(h, 'case:1')))).toContain('acknowledged by Mia Chen');
    // Acknowledged: the next repeat sends nothing.
    const before = h.fake.calls.length;
    await repeatPage(pageId);
    expect(h.fake.calls.slice(before).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    expect(updatesOf(h, manager).length).toBeGreaterThanOrEqual(2);
  });

  it('issue 20 §1, §4: Acknowledge pressed by a customer or a user of another workspace is refused privately; the page stays open', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const pageId = await pageAtRisk();
    const manager = cardAt(h, `page:${pageId}:U09MANAGER`);
    const press = { action_id: 'caseline.page.ack', value: String(pageId) };
    await h.interact(staffPress('U02CARLA', manager, press, 'TCUSTOMER'));
    await h.interact(staffPress('U09MANAGER', manager, press, 'TOTHER'));
    await h.fake.waitFor((calls) => calls.filter((c) => c.method === 'chat.postEphemeral').length >= 2);
    expect((await getPage(h.db, pageId))?.state).toBe('open');
    expect(ephemeralTo(h, 'U09MANAGER')).toEqual(['Only Customer Care staff of this workspace can do that.']);
  });

  it('issue 20 bad input: a manager who left the workspace — the DM fails with the reason and an audit line, the staff channel is told, the page stays open', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    h.fake.fail('conversations.open', { error: 'user_not_found' });
    const pageId = await pageAtRisk();
    const failed = h.db.$client
      .prepare("select key, state, last_error from slack_cards where kind = 'page' and state = 'failed'")
      .all();
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ last_error: 'user_not_found' });
    const audit = h.db.$client.prepare("select details from audit_log where action = 'slack.page-card-failed'").all();
    expect(audit).toHaveLength(1);
    expect(
      posts(h.fake.calls).some(
        (c) =>
          c.args['channel'] === 'CSTAFF' &&
          /could not be sent to Slack user U09\w+ \(user_not_found\)/.test(String(c.args['text'])),
      ),
    ).toBe(true);
    expect((await getPage(h.db, pageId))?.state).toBe('open');
  });

  it('issue 20 §4: a customer asking for management attention reaches the region’s manager as a DM, and the card’s thread', async () => {
    h = await startHarness();
    const root = await openCarlasCase(h);
    await h.event(
      dm('U02CARLA', 'I want to escalate this case to a manager, nobody has answered', { thread_ts: root }),
    );
    await h.settle();
    const toManager = posts(h.fake.calls).filter((c) => c.args['channel'] === 'D09MANAGER');
    expect(toManager.map((c) => String(c.args['text'])).join('\n')).toContain('Case 01000001');
    const card = cardAt(h, 'case:1');
    const inThread = posts(h.fake.calls).filter(
      (c) => c.args['channel'] === 'CSTAFF' && c.args['thread_ts'] === card.ts,
    );
    expect(inThread.some((c) => /management attention/i.test(String(c.args['text'])))).toBe(true);
  });
});
