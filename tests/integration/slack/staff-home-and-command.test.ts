import { afterEach, describe, expect, it } from 'vitest';
import { allSlackEvents } from '../../../src/store/slack-event-store.ts';
import { buttonsOf, posts } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import {
  openCarlasCase,
  openHome as openHomeOf,
  pageCarlasCaseAtRisk,
  pressForForm,
  slashCase as slashCaseOf,
  staffPress,
} from './support/staff.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const openHome = (user: string) => openHomeOf(h, user);
const slashCase = (user: string, team: string, text: string) => slashCaseOf(h, user, team, text);

describe('Slack: App Home and /case (issue 20 §5, §6)', () => {
  it('issue 20 §5: App Home for a verified customer shows their open cases with state and next due; an unverified user sees nothing about any account', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const home = await openHome('U02CARLA');
    expect(home).toContain('Your open cases');
    expect(home).toContain('*Case 01000001* · open · High · Globex');
    expect(home).toMatch(/Next: first response by \w{3},? \d{1,2} \w{3}/);
    const stranger = await openHome('U01ANA');
    expect(stranger).not.toMatch(/Case \d{8}|Globex|Acme/);
    expect(stranger).toContain('verified with your PIN');
  });

  it('issue 20 §5: App Home for staff shows the region queue — unassigned, at risk, breached, waiting on customer — with buttons that open the case', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    await pageCarlasCaseAtRisk(h);
    const home = JSON.parse(await openHome('U09ANALYST')) as {
      blocks: Array<{ type: string; text?: { text: string }; accessory?: { action_id: string; value: string } }>;
    };
    const headers = home.blocks.filter((b) => b.type === 'header').map((b) => b.text?.text);
    expect(headers).toEqual([
      'Customer Care queue',
      'Unassigned (1)',
      'At risk (1)',
      'Breached (0)',
      'Waiting on customer (0)',
    ]);
    const open = home.blocks.find((b) => b.accessory?.action_id === 'caseline.home.show-case');
    expect(open?.accessory?.value).toBe('01000001');
    const view = await pressForForm(
      h,
      staffPress(
        'U09ANALYST',
        { channel: 'D09ANALYST', ts: '1.1' },
        { action_id: 'caseline.home.show-case', value: '01000001' },
      ),
    );
    expect(JSON.stringify(view.blocks)).toContain('*Case 01000001* — open');
    // A customer never gets the staff queue; the Open button pressed from another workspace or by a
    // customer for someone else's case opens nothing.
    const customerHome = await openHome('U02CARLA');
    expect(customerHome).not.toContain('Customer Care queue');
    const opened = h.fake.callsOf('views.open').length;
    const show = { action_id: 'caseline.home.show-case', value: '01000001' };
    await h.interact(staffPress('U09ANALYST', { channel: 'D09ANALYST', ts: '1.1' }, show, 'TOTHER'));
    await h.interact(staffPress('U01ANA', { channel: 'D01ANA', ts: '1.1' }, show, 'TCUSTOMER'));
    await h.settle();
    expect(h.fake.callsOf('views.open')).toHaveLength(opened);
  });

  it('issue 20 §6: /case N shows a case to its own verified customer and to staff; another account’s case reads like a missing one; answers are ephemeral', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const own = await slashCase('U02CARLA', 'TCUSTOMER', '01000001');
    expect(own.response_type).toBe('ephemeral');
    expect(own.text).toContain('*Case 01000001* — open');
    expect(own.text).not.toContain('taken by');
    const staff = await slashCase('U09MANAGER', 'TVENDOR', '01000001');
    expect(staff.text).toContain('*Case 01000001* — open');
    const impostor = await slashCase('U09MANAGER', 'TOTHER', '01000001');
    expect(impostor.text).toMatch(/^Verify first/);
    const unverified = await slashCase('U01ANA', 'TCUSTOMER', '01000001');
    expect(unverified.text).not.toContain('Globex');
    expect(unverified.text).toMatch(/^Verify first/);
    // Ana verified: Carla's case is not hers, and reads like a case that does not exist.
    const { verifyDirectly } = await import('./support/verify-directly.ts');
    await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
    const other = await slashCase('U01ANA', 'TCUSTOMER', '01000001');
    const missing = await slashCase('U01ANA', 'TCUSTOMER', '01009999');
    expect(other.text).toBe('There is no case 01000001 that you may see.');
    expect(missing.text).toBe('There is no case 01009999 that you may see.');
    expect((await slashCase('U01ANA', 'TCUSTOMER', '')).text).toContain('direct message');
  });

  it('issue 20 §6: /case list — the customer’s own open cases; for staff their regions’ open cases', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    const carla = await slashCase('U02CARLA', 'TCUSTOMER', 'list');
    expect(carla).toMatchObject({ response_type: 'ephemeral' });
    expect(carla.text).toBe('Your open cases:\n*Case 01000001* · open · High · Globex Inc / Globex Inc');
    const analyst = await slashCase('U09ANALYST2', 'TVENDOR', 'list');
    expect(analyst.text).toBe('Open cases in apac, japan: none.');
    const emea = await slashCase('U09ANALYST', 'TVENDOR', 'list');
    expect(emea.text).toContain('*Case 01000001*');
  });

  it('issue 20 §6: /case as people type it: the number anywhere, with or without its leading zero; "my cases" and "mine" list; anything else is help', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    for (const typed of ['Case 01000001.', 'status 01000001', '01000001 status?', '#1000001', 'case 1000001']) {
      expect((await slashCase('U02CARLA', 'TCUSTOMER', typed)).text, typed).toContain('*Case 01000001* — open');
    }
    for (const typed of ['my cases', 'mine', 'List']) {
      expect((await slashCase('U02CARLA', 'TCUSTOMER', typed)).text, typed).toMatch(
        /^Your open cases:\n\*Case 01000001\*/,
      );
    }
    const help = await slashCase('U02CARLA', 'TCUSTOMER', 'our SIP server is down');
    expect(help.text).toMatch(/^To open a case/);
    expect((await slashCase('U02CARLA', 'TCUSTOMER', '99999999')).text).toBe(
      'There is no case 99999999 that you may see.',
    );
  });

  it('issue 20 §1: vendor staff writing to the bot in a DM are told where their tools are, not asked for a PIN as a customer', async () => {
    h = await startHarness();
    await openCarlasCase(h);
    h.fake.calls.length = 0;
    const asked = dm('U09ANALYST', 'what is the status of case 01000001?', { team: 'TVENDOR' });
    await h.event(asked);
    await h.settle();
    const answers = posts(h.fake.calls);
    expect(answers.map((c) => [c.args['channel'], c.args['thread_ts']])).toEqual([['D09ANALYST', asked['ts']]]);
    expect(String(answers[0]?.args['text'])).toMatch(/^You are Customer Care staff.*\/case/);
    expect(buttonsOf(answers[0])).toEqual([]);
    expect((await allSlackEvents(h.db)).at(-1)).toMatchObject({
      state: 'ignored',
      reason: 'staff in a direct message',
    });
    // Someone of another workspace with the same user id is not staff: the customer path as before.
    await h.event(dm('U09ANALYST', 'what is the status of case 01000001?', { team: 'TOTHER' }));
    await h.settle();
    expect(buttonsOf(posts(h.fake.calls).at(-1))[0]?.text).toBe('Verify');
  });
});
