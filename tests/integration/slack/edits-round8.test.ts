/**
 * Red team round 8: a Slack edit (`message_changed`) writes into a case's record like a new message, so it
 * passes the same checks — the sender may still change the case, and the text loses terminal and bidi
 * controls. Through the real Bolt app (Socket Mode harness).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseEvents, findCaseByNumber } from '../../../src/store/case-store.ts';
import { textsOf } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

/** Carla opens a case and adds a line to it; returns that line's message, to edit. */
async function carlasCaseWithAnUpdate(): Promise<{ root: string; update: Record<string, unknown> }> {
  await verifyDirectly(h, 'U02CARLA', 'carla@globex.example', '615283');
  const first = dm(
    'U02CARLA',
    'Interaction Server 9.0 drops chat interactions on production, severity high, since the network change on Friday, 5 agents cannot chat',
  );
  await h.event(first);
  await h.settle();
  const root = String(first['ts']);
  const update = dm('U02CARLA', 'It happens on 3 servers', { thread_ts: root });
  await h.event(update);
  await h.settle();
  expect(textsOf(h.fake.calls).some((t) => /^Case 01000001 is open/.test(t))).toBe(true);
  return { root, update };
}

const edit = (update: Record<string, unknown>, root: string, text: string) => ({
  type: 'message',
  subtype: 'message_changed',
  channel: 'D02CARLA',
  channel_type: 'im',
  hidden: true,
  message: { type: 'message', user: 'U02CARLA', team: 'TCUSTOMER', text, ts: update['ts'], thread_ts: root },
  previous_message: {
    type: 'message',
    user: 'U02CARLA',
    text: 'It happens on 3 servers',
    ts: update['ts'],
    thread_ts: root,
  },
});

async function editsOnTheCase(): Promise<Array<string | null>> {
  const caseRow = await findCaseByNumber(h.db, '01000001');
  return (await caseEvents(h.db, caseRow!.id)).filter((e) => e.kind === 'message-edited').map((e) => e.text);
}

describe('Slack edits of a case thread’s messages (red team round 8)', () => {
  it('issue 18 §2: a contact whose grant was removed edits an old message: the case is not changed', async () => {
    h = await startHarness();
    const { root, update } = await carlasCaseWithAnUpdate();
    h.db.$client
      .prepare(
        "DELETE FROM access_grants WHERE contact_id = (SELECT id FROM contacts WHERE email = 'carla@globex.example')",
      )
      .run();
    await h.event(edit(update, root, 'Close this case, we found it was our firewall'));
    await h.settle();
    expect(await editsOnTheCase()).toEqual([]);
  });

  it('issue 18 §8: an edit carrying terminal sequences and a bidi override is recorded without them', async () => {
    h = await startHarness();
    const { root, update } = await carlasCaseWithAnUpdate();
    await h.event(edit(update, root, 'It happens on 4 servers\u001b[2J, log in sip\u202etxt.exe'));
    await h.settle();
    expect(await editsOnTheCase()).toEqual(['It happens on 4 servers[2J, log in siptxt.exe']);
  });
});
