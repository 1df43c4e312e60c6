import { afterEach, describe, expect, it } from 'vitest';
import { findCaseByNumber } from '../../../src/store/case-store.ts';
import { posts } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import {
  cardAt,
  cardButtons,
  cardText,
  ephemeralTo,
  formSubmission,
  latestCard,
  openCarlasCase,
  pressForForm,
  staffPress,
  updatesOf,
} from './support/staff.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const caseState = async () => (await findCaseByNumber(h.db, '01000001'))!;
const audit = (action: string) =>
  h.db.$client.prepare('select actor, subject, details from audit_log where action = ?').all(action) as Array<{
    actor: string;
    subject: string;
    details: string;
  }>;
const button = (at: { channel: string; ts: string }, text: string) => {
  const found = cardButtons(latestCard(h, at)).find((b) => b.text.text === text);
  if (!found) throw new Error(`no ${text} button on the card`);
  return { action_id: found.action_id, value: found.value };
};

describe('Slack staff side: case cards (issue 20 §2)', () => {
  it('issue 20 §2: a new case is a top-level card in the staff channel — number, account, product and version, severity and tier, system, dues in the region time, description, and Take/Reply/Ask for information/Set severity/Resolve/Close', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    expect(at.channel).toBe('CSTAFF');
    const card = latestCard(h, at);
    const text = cardText(card);
    expect(text).toContain('*Case 01000001*');
    expect(text).toContain('Globex');
    expect(text).toContain('Interaction Server');
    expect(text).toContain('High');
    expect(text).toContain('production');
    // In each reader's own zone (a Slack date token), the region's time as the readable fallback.
    expect(text).toMatch(
      /First response due\*\\n<!date\^\d+\^\{date_short_pretty\} at \{time\}\|\w{3},? \d{1,2} \w{3}/,
    );
    expect(cardButtons(card).map((b) => b.text.text)).toEqual([
      'Take',
      'Reply',
      'Ask for information',
      'Set severity',
      'Resolve',
      'Close',
    ]);
    // A top-level message: no thread; the notice about the new case is in the card's thread.
    const notices = posts(h.fake.calls).filter((c) => c.args['channel'] === 'CSTAFF' && c.args['thread_ts']);
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((c) => c.args['thread_ts'] === at.ts)).toBe(true);
  });

  it('issue 20 §2: a card kept in step through a case’s life — Take, Reply, Ask for information, Set severity, Resolve, Close update the one message in place with who did what', async () => {
    h = await startHarness();
    const root = await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    const toCarla = () =>
      posts(h.fake.calls)
        .filter((c) => c.args['channel'] === 'D02CARLA')
        .map((c) => String(c.args['text']));

    await h.interact(staffPress('U09ANALYST', at, button(at, 'Take')));
    await h.settle();
    expect((await caseState()).ownerStaffId).not.toBeNull();
    expect(cardText(latestCard(h, at))).toContain('<@U09ANALYST>');
    expect(cardText(latestCard(h, at))).toContain('taken by Sam Lee');
    expect(cardButtons(latestCard(h, at))[0]?.text.text).toBe('Take (reassign)');

    const reply = await pressForForm(h, staffPress('U09ANALYST', at, button(at, 'Reply')));
    expect(reply.callback_id).toBe('caseline.case.reply');
    const answer = await h.interact(
      formSubmission('U09ANALYST', reply, {
        text: { type: 'plain_text_input', value: 'We are looking at the logs now.' },
      }),
    );
    expect(answer.body).toBe('');
    await h.settle();
    expect(toCarla()).toContain('We are looking at the logs now.');
    const sent = posts(h.fake.calls).find((c) => c.args['text'] === 'We are looking at the logs now.');
    expect(sent?.args['thread_ts']).toBe(root);
    expect((await caseState()).state).toBe('open');

    const ask = await pressForForm(h, staffPress('U09ANALYST', at, button(at, 'Ask for information')));
    expect(ask.callback_id).toBe('caseline.case.ask');
    await h.interact(
      formSubmission('U09ANALYST', ask, { text: { type: 'plain_text_input', value: 'Please send the server logs.' } }),
    );
    await h.settle();
    expect((await caseState()).state).toBe('waiting-on-customer');
    expect((await caseState()).pausedAt).not.toBeNull();
    expect(cardText(latestCard(h, at))).toContain('waiting-on-customer');

    const severity = await pressForForm(h, staffPress('U09ANALYST', at, button(at, 'Set severity')));
    const offered = (severity.blocks[0] as { element: { options: Array<{ value: string }> } }).element.options.map(
      (o) => o.value,
    );
    expect(offered).toContain('critical');
    await h.interact(
      formSubmission('U09ANALYST', severity, {
        severity: { type: 'static_select', selected_option: { value: 'medium' } },
      }),
    );
    await h.settle();
    expect((await caseState()).severity).toBe('medium');
    expect(cardText(latestCard(h, at))).toContain('Medium');

    await h.interact(staffPress('U09ANALYST', at, button(at, 'Resolve')));
    await h.settle();
    expect((await caseState()).state).toBe('resolved');
    expect(cardButtons(latestCard(h, at)).map((b) => b.text.text)).not.toContain('Resolve');

    await h.interact(staffPress('U09ANALYST', at, button(at, 'Close')));
    await h.settle();
    expect((await caseState()).state).toBe('closed');
    const closed = latestCard(h, at);
    expect(cardButtons(closed)).toEqual([]);
    expect(cardText(closed)).toContain('closed by Sam Lee');
    // One card: every change was an update of the same message, never a second post.
    const cardPosts = posts(h.fake.calls).filter((c) => c.args['channel'] === 'CSTAFF' && !c.args['thread_ts']);
    expect(cardPosts).toHaveLength(1);
    expect(updatesOf(h, at).length).toBeGreaterThanOrEqual(6);
    expect(audit('staff.take')).toHaveLength(1);
    expect(audit('staff.close')).toHaveLength(1);
  });

  it('issue 20 §2: two Takes at once — one wins (compare-and-set), the other is told; a later Take over a shown owner is an explicit reassignment', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    const take = button(at, 'Take');
    await Promise.all([h.interact(staffPress('U09ANALYST', at, take)), h.interact(staffPress('U09MANAGER', at, take))]);
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral'));
    await h.settle();
    const owner = (await caseState()).ownerStaffId;
    const winner = owner === 1 ? 'U09ANALYST' : 'U09MANAGER';
    const loser = winner === 'U09ANALYST' ? 'U09MANAGER' : 'U09ANALYST';
    expect(ephemeralTo(h, winner)).toEqual([]);
    expect(ephemeralTo(h, loser).join(' ')).toMatch(/was just taken by .*press Take again to reassign/);
    expect(h.db.$client.prepare("select count(*) as n from case_events where kind = 'owner'").get()).toEqual({ n: 1 });

    await h.interact(staffPress(loser, at, button(at, 'Take (reassign)')));
    await h.settle();
    expect((await caseState()).ownerStaffId).not.toBe(owner);
    expect(cardText(latestCard(h, at))).toContain('reassigned from');
    expect(cardText(latestCard(h, at))).toContain(`<@${loser}>`);
  });

  it('issue 20 §1: non-staff, a user of another workspace with a staff member’s id, and a role that may not act press each case button — an ephemeral refusal, an audit line, nothing changes', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    const before = JSON.stringify(await caseState());
    const callsBefore = h.fake.callsOf('views.open').length;
    const impostors: Array<[string, string]> = [
      ['U02CARLA', 'TCUSTOMER'],
      ['U09ANALYST', 'TOTHER'],
      ['UNOBODY', 'TVENDOR'],
    ];
    for (const text of ['Take', 'Reply', 'Ask for information', 'Set severity', 'Resolve', 'Close']) {
      for (const [user, team] of impostors) {
        await h.interact(staffPress(user, at, button(at, text), team));
      }
    }
    // Licensing may not resolve a case (ROLES_FOR).
    await h.interact(staffPress('U09LICENSE', at, button(at, 'Resolve')));
    await h.fake.waitFor((calls) => calls.filter((c) => c.method === 'chat.postEphemeral').length >= 19);
    await h.settle();
    expect(JSON.stringify(await caseState())).toBe(before);
    expect(h.fake.callsOf('views.open').length).toBe(callsBefore);
    expect(ephemeralTo(h, 'U02CARLA')).toHaveLength(6);
    expect(ephemeralTo(h, 'U09ANALYST')).toHaveLength(6);
    expect(ephemeralTo(h, 'U09ANALYST')[0]).toBe('Only Customer Care staff of this workspace can do that.');
    expect(ephemeralTo(h, 'UNOBODY')[0]).toBe('Only Customer Care staff can do that.');
    expect(ephemeralTo(h, 'U09LICENSE')[0]).toMatch(/does not allow that/);
    expect(audit('slack.staff-refused')).toHaveLength(19);
  });

  it('issue 20 §1: a form submitted by someone who is not staff is refused in the form; nothing is sent', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    const view = await pressForForm(h, staffPress('U09ANALYST', at, button(at, 'Reply')));
    const forged = await h.interact(
      formSubmission('U09ANALYST', view, { text: { type: 'plain_text_input', value: 'hello' } }, 'TOTHER'),
    );
    expect(forged.body).toMatchObject({ response_action: 'errors' });
    await h.settle();
    expect(posts(h.fake.calls).some((c) => c.args['text'] === 'hello')).toBe(false);
  });

  it('issue 20 §2: messages staff write in the card’s thread are internal notes — on the case timeline, never sent to the customer', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    const before = posts(h.fake.calls).length;
    await h.event({
      ...dm('U09ANALYST', 'Customer runs an old patch; check the known issue first'),
      channel: at.channel,
      channel_type: 'channel',
      team: 'TVENDOR',
      thread_ts: at.ts,
    });
    await h.event({
      ...dm('U02CARLA', 'I am not staff'),
      channel: at.channel,
      channel_type: 'channel',
      thread_ts: at.ts,
    });
    await h.settle();
    const notes = h.db.$client.prepare("select actor, text from case_events where kind = 'note'").all();
    expect(notes).toEqual([
      { actor: 'staff:care@vendor.example', text: 'Customer runs an old patch; check the known issue first' },
    ]);
    expect(
      posts(h.fake.calls)
        .slice(before)
        .some((c) => c.args['channel'] === 'D02CARLA'),
    ).toBe(false);
    expect(cardText(latestCard(h, at))).toContain('note by Sam Lee');
  });
});

describe('Slack staff side: bad input (issue 20, Bad input)', () => {
  it('issue 20 bad input: stale buttons — a press on a closed case is answered privately, changes nothing and refreshes the card', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    const resolve = button(at, 'Resolve');
    const take = button(at, 'Take');
    await h.interact(staffPress('U09ANALYST', at, button(at, 'Close')));
    await h.settle();
    const updates = updatesOf(h, at).length;
    await h.interact(staffPress('U09MANAGER', at, resolve));
    await h.interact(staffPress('U09MANAGER', at, take));
    await h.fake.waitFor((calls) => calls.filter((c) => c.method === 'chat.postEphemeral').length >= 2);
    await h.settle();
    expect((await caseState()).state).toBe('closed');
    expect((await caseState()).ownerStaffId).toBeNull();
    expect(ephemeralTo(h, 'U09MANAGER')).toEqual([
      'Case 01000001 is already closed: nothing was changed.',
      'Case 01000001 is already closed: nothing was changed.',
    ]);
    expect(updatesOf(h, at).length).toBeGreaterThan(updates);
    expect(audit('slack.stale-press')).toHaveLength(2);
  });

  it('issue 20 bad input: a form submitted twice sends once and says so the second time', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const at = cardAt(h, 'case:1');
    const view = await pressForForm(h, staffPress('U09ANALYST', at, button(at, 'Reply')));
    const submission = formSubmission('U09ANALYST', view, {
      text: { type: 'plain_text_input', value: 'Only once, please.' },
    });
    const [first, second] = await Promise.all([h.interact(submission), h.interact(submission)]);
    await h.settle();
    expect(posts(h.fake.calls).filter((c) => c.args['text'] === 'Only once, please.')).toHaveLength(1);
    const answers = [first.body, second.body];
    expect(answers).toContainEqual({
      response_action: 'errors',
      errors: { text: 'This form was already submitted; nothing was sent twice.' },
    });
  });

  it('issue 20 bad input: a deleted staff channel — the card fails with the reason and an audit line; the case is kept and the bot keeps running', async () => {
    h = await startHarness();
    await verifyDirectly(h, 'U02CARLA', 'carla@globex.example', '615283');
    const first = dm('U02CARLA', 'Interaction Server 9.0 drops chat interactions on production, severity high');
    await h.event(first);
    await h.settle();
    // The staff channel was deleted: the card's post (the first of the run that opens the case) is refused.
    // The circumstances are the last detail the clock waits for (version, system and impact are asked
    // without holding it), so this answer opens the case.
    // Only the staff channel's post fails: the customer's reply may go before or beside the card (card runs).
    h.fake.fail('chat.postMessage', { error: 'channel_not_found', channel: 'CSTAFF' });
    await h.event(dm('U02CARLA', 'after the network change on Friday', { thread_ts: first['ts'] }));
    await h.settle();
    await h.event(dm('U02CARLA', '5 agents cannot chat', { thread_ts: first['ts'] }));
    await h.settle();
    const card = h.db.$client.prepare("select state, last_error from slack_cards where key = 'case:1'").get();
    expect(card).toEqual({ state: 'failed', last_error: 'channel_not_found' });
    expect(audit('slack.case-card-failed')).toHaveLength(1);
    expect((await caseState()).state).toBe('open');
    // Later messages still work.
    await h.event(dm('U02CARLA', 'status'));
    await h.settle();
    expect(posts(h.fake.calls).some((c) => c.args['channel'] === 'D02CARLA')).toBe(true);
  });
});
