import { afterEach, describe, expect, it } from 'vitest';
import { performStaffAction } from '../../../src/services/engine/index.ts';
import { caseEvents, findCaseByNumber } from '../../../src/store/case-store.ts';
import { allSlackEvents } from '../../../src/store/slack-event-store.ts';
import { buttonsOf, posts, textsOf } from './support/calls.ts';
import { buttonPress, dm, type Harness, startHarness } from './support/slack-harness.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const CARLA_DM = 'D02CARLA';
/** What Carla was told, in order (staff notifications go to the staff channel). */
const toCarla = () => posts(h.fake.calls).filter((c) => c.args['channel'] === CARLA_DM);
const carlaTexts = () => toCarla().map((c) => String(c.args['text']));

/** Carla (Globex) opens a High case in the thread of her first message; returns that message's ts. */
async function openCarlasCase(): Promise<string> {
  await verifyDirectly(h, 'U02CARLA', 'carla@globex.example', '615283');
  const first = dm('U02CARLA', 'Interaction Server 9.0 drops chat interactions on production, severity high');
  await h.event(first);
  await h.settle();
  const root = String(first['ts']);
  await h.event(dm('U02CARLA', 'after the network change on Friday', { thread_ts: root }));
  await h.settle();
  await h.event(dm('U02CARLA', '5 agents cannot chat', { thread_ts: root }));
  await h.settle();
  expect(textsOf(h.fake.calls).some((t) => /^Case 01000001 is open/.test(t))).toBe(true);
  const toCarla = posts(h.fake.calls).filter((c) => c.args['channel'] === CARLA_DM);
  expect(toCarla.every((c) => c.args['thread_ts'] === root)).toBe(true);
  h.fake.calls.length = 0;
  return root;
}

describe('Slack: a thread per case (issue 19 §4)', () => {
  it('the bot answers in the thread of the message; once the case exists, a later message in that thread is about that case', async () => {
    h = await startHarness();
    const root = await openCarlasCase();
    await h.event(dm('U02CARLA', 'The drops happen every day at 10:00', { thread_ts: root }));
    await h.settle();
    expect(textsOf(h.fake.calls)).toContain(
      'Thank you: your information is added to Case 01000001 (now open). The analyst has been notified.',
    );
    const update = posts(h.fake.calls).find((c) => String(c.args['text']).startsWith('Thank you: your information'));
    expect(update?.args).toMatchObject({ channel: CARLA_DM, thread_ts: root });
    const binding = h.db.$client
      .prepare("select thread_key, case_id from conversations where channel = 'slack' and thread_key = ?")
      .get(`slack:${CARLA_DM}:${root}`) as { case_id: number };
    expect(binding.case_id).toBe((await findCaseByNumber(h.db, '01000001'))!.id);
  });

  it('a top-level message from a contact with open cases asks "about Case N, or a new case?" with buttons; "Case N" adds it to that case', async () => {
    h = await startHarness();
    await openCarlasCase();
    const second = dm('U02CARLA', 'Interaction Server is still dropping chats this afternoon');
    await h.event(second);
    await h.settle();
    const [question] = toCarla();
    expect(question?.args['thread_ts']).toBe(second['ts']);
    expect(String(question?.args['text'])).toContain('Is this about one of your open cases, or a new case?');
    expect(buttonsOf(question).map((b) => [b.text, b.value])).toEqual([
      ['Case 01000001', '01000001'],
      ['New case', 'new'],
    ]);
    expect((await findCaseByNumber(h.db, '01000001'))!.description).not.toContain('afternoon');

    // Someone else pressing Carla's button gets nothing done.
    const caseButton = buttonsOf(question).find((b) => b.value === '01000001')!;
    const at = { channel: CARLA_DM, ts: '1790000999.000050', thread_ts: String(second['ts']) };
    await h.interact(buttonPress('U01ANA', at, caseButton));
    await h.settle();
    expect(posts(h.fake.calls)).toHaveLength(1);
    expect((await allSlackEvents(h.db)).at(-1)).toMatchObject({
      kind: 'choice',
      state: 'processed',
      reason: 'choice-refused',
    });

    await h.interact(buttonPress('U02CARLA', at, caseButton));
    await h.settle();
    expect(carlaTexts().at(-1)).toBe(
      'Thank you: your information is added to Case 01000001 (now open). The analyst has been notified.',
    );
    const events = (await caseEvents(h.db, (await findCaseByNumber(h.db, '01000001'))!.id)).filter(
      (e) => e.kind === 'message-in',
    );
    expect(events.map((e) => e.text)).toContain('Interaction Server is still dropping chats this afternoon');
    // A second press of the same button is a stale choice: answered, nothing added again.
    await h.interact(buttonPress('U02CARLA', at, caseButton));
    await h.settle();
    expect(carlaTexts().at(-1)).toContain('That question has already been answered');
    // Staff answers go to the thread the contact last used for the case.
    await performStaffAction(h.ctx, {
      from: 'U09ANALYST',
      action: 'reply',
      target: '01000001',
      text: 'Please send the logs.',
      at: h.ctx.now(),
    });
    await h.settle();
    const staffReply = posts(h.fake.calls).find((c) => c.args['text'] === 'Please send the logs.');
    expect(staffReply?.args).toMatchObject({ channel: CARLA_DM, thread_ts: second['ts'] });
  });

  it('"New case" starts a new case from the waiting message', async () => {
    h = await startHarness();
    await openCarlasCase();
    const other = dm('U02CARLA', 'Workforce Management 8.5 schedules fail to publish on production');
    await h.event(other);
    await h.settle();
    const newButton = buttonsOf(toCarla()[0]).find((b) => b.value === 'new')!;
    await h.interact(
      buttonPress(
        'U02CARLA',
        { channel: CARLA_DM, ts: '1790000999.000060', thread_ts: String(other['ts']) },
        newButton,
      ),
    );
    await h.settle();
    const replies = toCarla().slice(1);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((c) => c.args['thread_ts'] === other['ts'])).toBe(true);
    // The first case is untouched; the new one is being opened for Workforce Management.
    expect(
      (await caseEvents(h.db, (await findCaseByNumber(h.db, '01000001'))!.id)).some((e) =>
        e.text?.includes('Workforce'),
      ),
    ).toBe(false);
    expect(textsOf(h.fake.calls).join('\n')).not.toContain('added to Case 01000001');
  });

  it('typed answers work too: a top-level "case 01000001" answers the question asked in the other thread', async () => {
    h = await startHarness();
    await openCarlasCase();
    await h.event(dm('U02CARLA', 'Interaction Server drops again'));
    await h.settle();
    await h.event(dm('U02CARLA', 'case 01000001'));
    await h.settle();
    expect(carlaTexts().at(-1)).toContain('added to Case 01000001');
  });

  it('edits and deletions of a message in a case thread are recorded on the case, not dropped', async () => {
    h = await startHarness();
    const root = await openCarlasCase();
    const update = dm('U02CARLA', 'It happens on 3 servers', { thread_ts: root });
    await h.event(update);
    await h.settle();
    await h.event({
      type: 'message',
      subtype: 'message_changed',
      channel: CARLA_DM,
      channel_type: 'im',
      hidden: true,
      message: {
        type: 'message',
        user: 'U02CARLA',
        team: 'TCUSTOMER',
        text: 'It happens on 4 servers',
        ts: update['ts'],
        thread_ts: root,
        edited: { user: 'U02CARLA', ts: '1' },
      },
      previous_message: {
        type: 'message',
        user: 'U02CARLA',
        text: 'It happens on 3 servers',
        ts: update['ts'],
        thread_ts: root,
      },
    });
    await h.event({
      type: 'message',
      subtype: 'message_deleted',
      channel: CARLA_DM,
      channel_type: 'im',
      hidden: true,
      deleted_ts: update['ts'],
      previous_message: {
        type: 'message',
        user: 'U02CARLA',
        text: 'It happens on 4 servers',
        ts: update['ts'],
        thread_ts: root,
      },
    });
    await h.settle();
    const kinds = (await caseEvents(h.db, (await findCaseByNumber(h.db, '01000001'))!.id)).map((e) => [e.kind, e.text]);
    expect(kinds).toContainEqual(['message-edited', 'It happens on 4 servers']);
    expect(kinds).toContainEqual(['message-deleted', null]);
    // An edit in a conversation without a case is recorded with why nothing was changed.
    await h.event({
      type: 'message',
      subtype: 'message_changed',
      channel: 'D09NOBODY',
      message: { type: 'message', user: 'U09NOBODY', text: 'edited', ts: '1790000001.000001' },
      previous_message: { type: 'message', user: 'U09NOBODY', text: 'x', ts: '1790000001.000001' },
    });
    await h.settle();
    expect((await allSlackEvents(h.db)).at(-1)).toMatchObject({
      state: 'ignored',
      reason: 'not a conversation of ours',
    });
  });
});
