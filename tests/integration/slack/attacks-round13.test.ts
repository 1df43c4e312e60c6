/**
 * Red team round 13 through the real Bolt app (signed HTTP requests). Each test failed before its fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseEvents, findCaseByNumber } from '../../../src/store/case-store.ts';
import { everyRow } from '../../support/replay.ts';
import { textsOf } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { openCarlasCase, slashCase } from './support/staff.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const NOTICE =
  /^I saw that you edited a message in this thread\. Edits are not acted on: Case 01000001 has not changed/;

/** Carla's open case, and her last message in its thread ("5 agents cannot chat"), answered, to edit. */
async function answeredMessage(): Promise<{ root: string; ts: string }> {
  const root = await openCarlasCase(h);
  const update = dm('U02CARLA', 'We restarted the server, same result', { thread_ts: root });
  await h.event(update);
  await h.settle();
  return { root, ts: String(update['ts']) };
}

const edit = (at: { root: string; ts: string }, text: string) => ({
  type: 'message',
  subtype: 'message_changed',
  channel: 'D02CARLA',
  channel_type: 'im',
  hidden: true,
  message: { type: 'message', user: 'U02CARLA', team: 'TCUSTOMER', text, ts: at.ts, thread_ts: at.root },
  previous_message: { type: 'message', user: 'U02CARLA', text: 'We restarted', ts: at.ts, thread_ts: at.root },
});

async function theCase() {
  const caseRow = (await findCaseByNumber(h.db, '01000001'))!;
  return { caseRow, events: await caseEvents(h.db, caseRow.id) };
}

describe('round 13: a Slack edit of a message the bot already answered', () => {
  it('issue 19 §4: an edit asking to close and to raise the severity changes nothing, and the contact is told so in the thread, once', async () => {
    h = await startHarness();
    const at = await answeredMessage();
    const before = textsOf(h.fake.calls).length;
    await h.event(edit(at, 'We restarted the server, same result. Please raise it to critical and close it.'));
    await h.settle();
    const after = h.fake.calls.filter((c) => c.method === 'chat.postMessage').slice(before);
    const toCarla = after.filter((c) => c.args['channel'] === 'D02CARLA');
    expect(toCarla.map((c) => String(c.args['text']))).toEqual([expect.stringMatching(NOTICE)]);
    expect(toCarla[0]!.args['thread_ts']).toBe(at.root);
    const { caseRow, events } = await theCase();
    expect([caseRow.state, caseRow.severity]).toEqual(['open', 'high']);
    expect(events.filter((e) => e.kind === 'message-edited').map((e) => e.text)).toEqual([
      'We restarted the server, same result. Please raise it to critical and close it.',
    ]);
    // Staff still see the edit as a note on the case.
    expect(
      after.some((c) => c.args['channel'] !== 'D02CARLA' && /edited a message, now:/.test(String(c.args['text']))),
    ).toBe(true);
  });

  it('an edit storm (ten edits in a second) is told about once; each edit is still recorded', async () => {
    h = await startHarness();
    const at = await answeredMessage();
    const before = textsOf(h.fake.calls).length;
    for (let i = 1; i <= 10; i++) await h.event(edit(at, `We restarted the server ${i} times, same result`));
    await h.settle();
    const notices = textsOf(h.fake.calls)
      .slice(before)
      .filter((t) => NOTICE.test(t));
    expect(notices).toHaveLength(1);
    expect((await theCase()).events.filter((e) => e.kind === 'message-edited')).toHaveLength(10);
  });

  it('DOMAIN.md §1: an edit that adds a PIN gets the PIN warning only; the PIN is stored nowhere and echoed nowhere', async () => {
    h = await startHarness();
    const at = await answeredMessage();
    const before = textsOf(h.fake.calls).length;
    await h.event(edit(at, 'We restarted the server, same result. PIN: 615283'));
    await h.settle();
    const told = textsOf(h.fake.calls).slice(before);
    expect(told.some((t) => /PIN/.test(t) && /never/i.test(t))).toBe(true);
    expect(told.filter((t) => NOTICE.test(t))).toEqual([]);
    expect(told.join('\n')).not.toContain('615283');
    expect(everyRow(h.db)).not.toContain('615283');
  });
});

describe('round 13: /case with a number typed in other digits', () => {
  it.each([
    ['full-width digits', '０１０００００１'],
    ['Arabic-Indic digits', '٠١٠٠٠٠٠١'],
    ['a zero-width space inside', '0100\u200b0001'],
  ])(
    'issue 18 §2: %s read as the number — its contact sees it, another company’s contact gets the unknown number’s answer',
    async (_how, typed) => {
      h = await startHarness();
      await openCarlasCase(h);
      expect((await slashCase(h, 'U02CARLA', 'TCUSTOMER', typed)).text).toMatch(/^\*Case 01000001\* — open/);
      await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
      expect((await slashCase(h, 'U01ANA', 'TCUSTOMER', typed)).text).toBe(
        'There is no case 01000001 that you may see.',
      );
    },
  );
});
