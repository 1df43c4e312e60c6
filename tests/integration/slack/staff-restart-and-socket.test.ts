import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { findCaseByNumber } from '../../../src/store/case-store.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { posts } from './support/calls.ts';
import { FakeSlack } from './support/fake-slack.ts';
import { type Harness, startHarness } from './support/slack-harness.ts';
import { cardAt, cardButtons, cardText, latestCard, openCarlasCase, staffPress, updatesOf } from './support/staff.ts';

let h: Harness | undefined;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  await h?.stop();
  h = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const button = (hh: Harness, at: { channel: string; ts: string }, text: string) => {
  const found = cardButtons(latestCard(hh, at)).find((b) => b.text.text === text);
  if (!found) throw new Error(`no ${text} button`);
  return { action_id: found.action_id, value: found.value };
};
const topLevelCards = (hh: Harness) =>
  posts(hh.fake.calls).filter((c) => c.args['channel'] === 'CSTAFF' && !c.args['thread_ts']);

describe('Slack staff side across restarts and over Socket Mode (issue 20)', () => {
  it('issue 20 bad input: a card from before a restart still works — the press acts on the case as it stands, and the same message is updated, never posted again', async () => {
    const fake = await new FakeSlack().start();
    const db = openDatabase(':memory:', { image: await demoImage() });
    cleanups.push(
      () => fake.stop(),
      () => void db.$client.close(),
    );
    h = await startHarness({ fake, db });
    await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    const take = button(h, at, 'Take');
    const close = button(h, at, 'Close');
    await h.stop();
    h = await startHarness({ fake, db });
    await h.interact(staffPress('U09ANALYST', at, take));
    await h.interact(staffPress('U09ANALYST', at, close));
    await h.fake.waitFor(async () => (await findCaseByNumber(db, '01000001'))?.state === 'closed');
    await h.settle();
    expect(topLevelCards(h)).toHaveLength(1);
    expect(cardText(latestCard(h, at))).toContain('closed by Sam Lee');
    expect(cardButtons(latestCard(h, at))).toEqual([]);
  });

  it('issue 20: an update whose outcome is unknown (Slack answered 500) is tried again later — the card catches up, still one message', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    h.fake.fail('chat.update', { status: 500 });
    await h.interact(staffPress('U09ANALYST', at, button(h, at, 'Take')));
    await h.fake.waitFor(() =>
      updatesOf(h!, at).some((c) => JSON.stringify(c.args['blocks']).includes('taken by Sam Lee')),
    );
    await h.fake.waitFor(() => updatesOf(h!, at).length >= 2, 15_000);
    await h.settle();
    expect(topLevelCards(h)).toHaveLength(1);
    expect(cardText(latestCard(h, at))).toContain('<@U09ANALYST>');
    const row = h.db.$client
      .prepare("select revision, synced_revision from slack_cards where key = 'case:1'")
      .get() as {
      revision: number;
      synced_revision: number;
    };
    expect(row.synced_revision).toBe(row.revision);
  });

  it('issue 20 §1, §2 over Socket Mode: a Take in an interactive envelope is acknowledged in the ack frame, checked and applied; a user of another workspace is refused', async () => {
    h = await startHarness({ mode: 'socket' });
    await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    const take = button(h, at, 'Take');
    const refused = await h.interact(staffPress('U09ANALYST', at, take, 'TOTHER'));
    expect(refused.status).toBe(200);
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral'));
    expect((await findCaseByNumber(h.db, '01000001'))?.ownerStaffId).toBeNull();
    await h.interact(staffPress('U09ANALYST', at, take));
    await h.fake.waitFor(async () => (await findCaseByNumber(h!.db, '01000001'))?.ownerStaffId !== null);
    await h.settle();
    expect(cardText(latestCard(h, at))).toContain('taken by Sam Lee');
    expect(DEFAULT_POLICY.regions.emea.slackStaffChannel).toBeUndefined();
  });

  it('issue 20 §2: a region with its own staff channel in the policy gets its cards there', async () => {
    const fake = await new FakeSlack().start();
    cleanups.push(() => fake.stop());
    const policy = {
      ...DEFAULT_POLICY,
      regions: {
        ...DEFAULT_POLICY.regions,
        americas: { ...DEFAULT_POLICY.regions.americas, slackStaffChannel: 'CAMERICAS' },
      },
    };
    h = await startHarness({ fake, policy });
    await openCarlasCase(h);
    // Globex's contract is in the Americas.
    expect(cardAt(h, 'case:1').channel).toBe('CAMERICAS');
  });
});
