/**
 * Round 9 probe of the staff queue as analysts and managers ask for it: `/case` in their own words
 * ("what's breaching today?", "my cases", "unassigned at risk") and the App Home, on the clock's real
 * pages (the scheduler ticked on a fake clock) — a breach a manager acknowledged is still a breach.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readQueueAsk } from '../../../src/channels/slack/staff/queue-ask.ts';
import { createClockScheduler } from '../../../src/services/schedule/index.ts';
import type { Scheduler } from '../../../src/services/schedule/scheduler.ts';
import { findCaseByNumber } from '../../../src/store/case-store.ts';
import { getPage } from '../../../src/store/page-store.ts';
import { buttonsOf, posts } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { cardAt, cardButtons, latestCard, openCarlasCase, openHome, slashCase, staffPress } from './support/staff.ts';

let h: Harness | undefined;
let scheduler: Scheduler | undefined;
afterEach(async () => {
  await scheduler?.release();
  scheduler = undefined;
  await h?.stop();
  h = undefined;
});

let now = new Date();

/** Carla's High case (Americas) past its first response due, with the clock's pages sent. */
async function breachedCase(): Promise<Harness> {
  now = new Date();
  const harness = await startHarness({ now: () => now });
  h = harness;
  await openCarlasCase(harness);
  scheduler = createClockScheduler(harness.ctx, { holder: 'probe' });
  const c = (await findCaseByNumber(harness.db, '01000001'))!;
  const due = new Date(c.responseDue!).getTime();
  for (const at of [now.getTime(), due - 1, due + 60_000]) {
    now = new Date(at);
    await scheduler.tick(now);
    await harness.settle();
  }
  return harness;
}

const headers = (home: string) =>
  (JSON.parse(home) as { blocks: Array<{ type: string; text?: { text: string } }> }).blocks
    .filter((b) => b.type === 'header')
    .map((b) => b.text?.text);

describe('Staff probe: the queue in staff’s own words', () => {
  it('issue 20 §5, §6: a breach a manager acknowledged stays on the App Home under Breached and in "/case what’s breaching today?" — with its due in the reader’s time', async () => {
    const hh = await breachedCase();
    const breach = hh.db.$client.prepare("select id from pages where level = 'breached'").get() as { id: number };
    const dm = cardAt(hh, `page:${breach.id}:U09MANAGER`);
    await hh.interact(staffPress('U09MANAGER', dm, { action_id: 'caseline.page.ack', value: String(breach.id) }));
    await hh.fake.waitFor(async () => (await getPage(hh.db, breach.id))?.state === 'acknowledged');
    await hh.settle();

    expect(headers(await openHome(hh, 'U09MANAGER'))).toContain('Breached (1)');
    for (const asked of ["what's breaching today?", 'overdue', 'anything breached?', 'past due cases']) {
      const answer = (await slashCase(hh, 'U09MANAGER', 'TVENDOR', asked)).text;
      expect(answer, asked).toMatch(/^Cases breached/);
      expect(answer, asked).toContain('*Case 01000001*');
      expect(answer, asked).toMatch(/first response due <!date\^\d+\^[^|]+\|[^>]+> — \*breached\*/);
    }
    const atRisk = (await slashCase(hh, 'U09MANAGER', 'TVENDOR', 'at risk')).text;
    expect(atRisk).toBe('Cases at risk in americas, emea, apac, japan: none.');
  });

  it('issue 20 §6: "/case mine" for staff is the cases they own; "unassigned" the ones nobody took; the staff help is about the queue, not a PIN', async () => {
    const hh = await breachedCase();
    expect((await slashCase(hh, 'U09ANALYST', 'TVENDOR', 'unassigned')).text).toContain('*Case 01000001*');
    expect((await slashCase(hh, 'U09ANALYST', 'TVENDOR', 'my cases')).text).toMatch(
      /^Your open cases in [a-z, ]+: none\.$/,
    );
    const card = cardAt(hh, 'case:1');
    const take = cardButtons(latestCard(hh, card)).find((b) => b.text.text === 'Take')!;
    await hh.interact(staffPress('U09ANALYST', card, { action_id: take.action_id, value: take.value }));
    await hh.fake.waitFor(async () => (await findCaseByNumber(hh.db, '01000001'))?.ownerStaffId !== null);
    // Taking it was the first response (late): what counts now is its resolution target.
    const mine = (await slashCase(hh, 'U09ANALYST', 'TVENDOR', 'mine')).text;
    expect(mine).toContain('*Case 01000001*');
    expect(mine).toMatch(/resolution due <!date\^\d+\^/);
    expect((await slashCase(hh, 'U09ANALYST', 'TVENDOR', 'my breached cases')).text).toMatch(
      /^Your cases breached in [a-z, ]+: none\.$/,
    );
    expect((await slashCase(hh, 'U09MANAGER', 'TVENDOR', 'mine')).text).toMatch(/: none\.$/);
    expect((await slashCase(hh, 'U09ANALYST', 'TVENDOR', 'unassigned')).text).toMatch(/: none\.$/);
    const help = (await slashCase(hh, 'U09ANALYST', 'TVENDOR', 'how does this work?')).text;
    expect(help).toContain('/case breached');
    expect(help).not.toMatch(/PIN/);
  });

  it('issue 20 §1, §6: a manager asking the bot in a DM "what’s breaching today?" is not treated as a customer, and is shown how to ask /case for it', async () => {
    const hh = await breachedCase();
    const asked = dm('U09MANAGER', "what's breaching today?", { team: 'TVENDOR' });
    await hh.event(asked);
    await hh.settle();
    const answer = posts(hh.fake.calls).find(
      (c) => c.args['channel'] === 'D09MANAGER' && c.args['thread_ts'] === asked['ts'],
    );
    expect(String(answer?.args['text'])).toMatch(/^You are Customer Care staff.*\/case what's breaching today\?/s);
    expect(buttonsOf(answer)).toEqual([]);
  });

  it('issue 20 §6: what staff ask for, read as a class of words that combine (not one phrase)', () => {
    const list = (text: string) => {
      const ask = readQueueAsk(text);
      return ask.kind === 'list' ? [...ask.standings, ...ask.scopes].sort().join(' ') : ask.kind;
    };
    expect(list("What's breaching today?")).toBe('breached due-today');
    expect(list('which ones are overdue')).toBe('breached');
    expect(list('show me what is at risk')).toBe('at-risk');
    expect(list('cases close to breach')).toBe('at-risk');
    expect(list('anything due tonight')).toBe('due-today');
    expect(list('unassigned and at-risk')).toBe('at-risk unassigned');
    expect(list('my cases waiting on the customer')).toBe('mine waiting');
    expect(list('cases assigned to me that are late')).toBe('breached mine');
    expect(list('queue')).toBe('');
    expect(list('Case 01000001 please')).toBe('case');
    expect(list('hello')).toBe('help');
  });
});
