/**
 * Hostile Slack payloads through the real Bolt app over signed HTTP (round-5 red team): every one gets
 * 200 or 400, a record, no crash, and the bot goes on answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../src/channels/slack/blocks/message.ts';
import { STAFF_ACTIONS, STAFF_VIEWS } from '../../../src/channels/slack/blocks/staff-ids.ts';
import { VERIFY_CALLBACK_ID } from '../../../src/channels/slack/blocks/verify-modal.ts';
import { posts } from './support/calls.ts';
import { eventEnvelope, interactionBody, postToSlackEvents } from './support/signed-request.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';

let h: Harness;
const errors: unknown[] = [];
const onError = (error: unknown) => errors.push(error);
beforeAll(async () => {
  process.on('unhandledRejection', onError);
  h = await startHarness({ mode: 'http' });
});
afterAll(async () => {
  process.off('unhandledRejection', onError);
  await h.stop();
});

const ALL_ACTIONS = [...Object.values(STAFF_ACTIONS), ACTION_IDS.verify, `${ACTION_IDS.chooseCase}.0`];
const ALL_VIEWS = [...Object.values(STAFF_VIEWS), VERIFY_CALLBACK_ID];

async function stillAnswers(): Promise<void> {
  const before = posts(h.fake.calls).length;
  await h.event(dm('U01ANA', 'hello'));
  await h.settle();
  expect(posts(h.fake.calls).length).toBeGreaterThan(before);
}

describe('hostile Slack payloads (issue 18 bad input)', () => {
  it('issue 18 bad input: events with missing or mistyped fields get 200 or 400, and the bot keeps answering', async () => {
    const events: Array<Record<string, unknown>> = [
      { type: 'message' },
      { type: 'message', channel_type: 'im', channel: 'D1', user: 'U01ANA', text: 12345 },
      { type: 'message', channel_type: 'im', channel: 'D1', user: { id: 'U01ANA' }, text: 'hi' },
      { type: 'message', channel_type: 'im', channel: ['D1'], user: 'U01ANA', text: 'hi' },
      { type: 'message', channel_type: 'im', channel: 'D1', user: 'U01ANA', text: null, files: 'nope' },
      { type: 'message', channel_type: 'im', channel: 'D1', user: 'U01ANA', text: 'hi', files: [null, 7, {}] },
      { type: 'message', channel_type: 'im', channel: 'D1', user: 'U01ANA', text: 'hi', thread_ts: { x: 1 } },
      { type: 'message', channel_type: 'im', channel: 'D1', user: 'U01ANA', ts: 'not-a-ts', text: 'hi' },
      { type: 'app_mention', channel: 'C1', user: 'U01ANA', text: '<@UBOT>', team: 7 },
      { type: 'app_home_opened', user: null },
      { type: 'message', subtype: 'message_changed', channel: 'D1', message: null },
      { type: 'message', subtype: 'file_share', channel: 'D1', user: 'U01ANA', files: [{ id: 7, name: {} }] },
    ];
    for (const event of events) {
      const res = await postToSlackEvents(h.eventsUrl, JSON.stringify(eventEnvelope(event)));
      expect([200, 400]).toContain(res.status);
    }
    for (const raw of ['{"type":"event_callback","event":null}', '{"type":"event_callback"}', '[]', 'null', '"x"']) {
      const res = await postToSlackEvents(h.eventsUrl, raw);
      expect([200, 400]).toContain(res.status);
    }
    await h.settle();
    await stillAnswers();
    const refused = h.logs.filter((line) => line.includes('Slack request refused: malformed payload')).join('\n');
    for (const reason of ['body is null', 'body is an array', 'body is string', 'event_callback without an event']) {
      expect(refused).toContain(reason);
    }
    expect(errors).toEqual([]);
  });

  it('issue 18 bad input: every button and form with missing, mistyped or huge values gets 200 or 400, changes nothing, and the bot keeps answering', async () => {
    const users: unknown[] = [undefined, null, { id: 7, team_id: 'TVENDOR' }, { id: 'U09ANALYST' }];
    const values: unknown[] = [undefined, null, 7, 'x'.repeat(100_000), '{"case":"01000001"}'];
    for (const action_id of ALL_ACTIONS) {
      for (const user of users) {
        for (const value of values) {
          const payload = {
            type: 'block_actions',
            ...(user === undefined ? {} : { user }),
            team: { id: 'TVENDOR' },
            trigger_id: 't',
            container: { type: 'message', channel_id: 'CSTAFF', message_ts: '1.1' },
            channel: { id: 'CSTAFF' },
            actions: [{ type: 'button', action_id, block_id: 'b', ...(value === undefined ? {} : { value }) }],
          };
          const res = await postToSlackEvents(h.eventsUrl, interactionBody(payload), {
            contentType: 'application/x-www-form-urlencoded',
          });
          expect([200, 400], `${action_id} ${JSON.stringify(user)} ${String(value).slice(0, 20)}`).toContain(
            res.status,
          );
        }
      }
    }
    for (const callback_id of ALL_VIEWS) {
      for (const view of [
        { callback_id },
        { callback_id, private_metadata: 'not json', state: null },
        { callback_id, private_metadata: '{"case":7}', state: { values: { x: null } } },
        { callback_id, private_metadata: '[]', state: { values: 'x' } },
      ]) {
        const payload = {
          type: 'view_submission',
          user: { id: 'U09ANALYST', team_id: 'TVENDOR' },
          team: { id: 'TVENDOR' },
          view: { id: 'V1', type: 'modal', ...view },
        };
        const res = await postToSlackEvents(h.eventsUrl, interactionBody(payload), {
          contentType: 'application/x-www-form-urlencoded',
        });
        expect([200, 400], `${callback_id} ${JSON.stringify(view)}`).toContain(res.status);
      }
    }
    for (const raw of ['payload=', 'payload=%7B', 'payload=null', 'payload=%5B%5D', 'nothing=1']) {
      const res = await postToSlackEvents(h.eventsUrl, raw, { contentType: 'application/x-www-form-urlencoded' });
      expect([200, 400, 401]).toContain(res.status);
    }
    await h.settle();
    await stillAnswers();
    const refused = h.logs.filter((line) => line.includes('Slack request refused: malformed payload'));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.join('\n')).toContain('without user.id');
    expect(h.db.$client.prepare('select count(*) as n from cases').get()).toEqual({ n: 0 });
    expect(errors).toEqual([]);
  }, 120_000);
});
