/**
 * Red team round 9 through the real Bolt app (signed HTTP requests): an unverified colleague of the
 * customer writing in a case's thread of the customer's shared channel, end to end — what they are
 * told, what the case gets, and what they may do once they verify in the form the thread offers them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseEvents, findCaseByNumber } from '../../../src/store/case-store.ts';
import { blocksOf, buttonsOf, posts } from './support/calls.ts';
import { nextTs } from './support/signed-request.ts';
import { buttonPress, type Harness, pinSubmission, startHarness } from './support/slack-harness.ts';
import { verifyDirectly } from './support/verify-directly.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const inAcme = (user: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  channel: 'CACME',
  channel_type: 'channel',
  user,
  user_team: 'TCUSTOMER',
  team: 'TCUSTOMER',
  text,
  ts: nextTs(),
  ...extra,
});

async function anasCaseInTheSharedChannel(): Promise<{ root: string; caseId: number }> {
  await verifyDirectly(h, 'U01ANA', 'ana@acme.example', '482913');
  const first = inAcme(
    'U01ANA',
    'SIP Server 9.0 drops calls on production, severity high, since the upgrade on Friday, 30 agents affected',
  );
  await h.event(first);
  await h.settle();
  const caseRow = await findCaseByNumber(h.db, '01000001');
  expect(caseRow?.state).toBe('open');
  h.fake.calls.length = 0;
  return { root: String(first.ts), caseId: caseRow!.id };
}

describe('an unverified colleague in a case thread of a shared channel (red team round 9)', () => {
  it('DOMAIN.md §1: Ben’s status, severity, close and update are answered with a Verify button only he sees; the case is unchanged', async () => {
    h = await startHarness({ mode: 'http', env: { SLACK_SUPPORT_CHANNELS: 'CACME' } });
    const { root, caseId } = await anasCaseInTheSharedChannel();
    const before = await findCaseByNumber(h.db, '01000001');
    for (const text of [
      'what is the status of this case?',
      'raise this to critical please, production is down now',
      'close this case, it was our firewall',
      'add this: the second site lost 20 more agents',
    ]) {
      await h.event(inAcme('U01BEN', text, { thread_ts: root }));
    }
    await h.settle();

    const toThread = posts(h.fake.calls);
    expect(toThread.length).toBeGreaterThan(0);
    // Every answer is ephemeral to Ben (the channel sees nothing) and says nothing of the case.
    for (const call of toThread) {
      expect(call.method).toBe('chat.postEphemeral');
      expect(call.args['user']).toBe('U01BEN');
      expect(JSON.stringify(call.args)).not.toMatch(/01000001|[Ss]everity|SIP Server|Premium|open/);
    }
    expect(buttonsOf(toThread[0]).map((b) => b.text)).toEqual(['Verify']);
    const after = await findCaseByNumber(h.db, '01000001');
    expect([after?.state, after?.severity]).toEqual([before?.state, before?.severity]);
    expect((await caseEvents(h.db, caseId)).filter((e) => e.actor.includes('ben@'))).toEqual([]);
  });

  it('DOMAIN.md §1: once Ben verifies in the form his button opens, his next word in the thread is added to the case', async () => {
    h = await startHarness({ mode: 'http', env: { SLACK_SUPPORT_CHANNELS: 'CACME' } });
    const { root, caseId } = await anasCaseInTheSharedChannel();
    await h.event(inAcme('U01BEN', 'we see the same on our second site', { thread_ts: root }));
    await h.settle();
    const [ask] = posts(h.fake.calls);
    const [verify] = buttonsOf(ask);
    await h.interact(
      buttonPress(
        'U01BEN',
        { channel: 'CACME', ts: '1790000000.999999', thread_ts: root },
        { action_id: String(verify?.action_id), value: String(verify?.value) },
      ),
    );
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    const open = h.fake.callsOf('views.open')[0]!;
    const view = open.args['view'] as { private_metadata: string };
    expect(
      blocksOf({ ...open, args: { blocks: (open.args['view'] as { blocks: unknown }).blocks } }).length,
    ).toBeGreaterThan(0);
    const right = await h.interact(
      pinSubmission('U01BEN', { id: 'V1', private_metadata: view.private_metadata }, { pin: '739164' }),
    );
    expect(right.status).toBe(200);
    await h.settle();
    await h.event(inAcme('U01BEN', 'it also happens on our second site, another 20 agents', { thread_ts: root }));
    await h.settle();
    const said = (await caseEvents(h.db, caseId)).filter((e) => e.kind === 'message-in').map((e) => e.actor);
    expect(said).toContain('contact:ben@acme.example');
    expect(JSON.stringify(h.fake.calls)).not.toContain('739164');
  });
});
