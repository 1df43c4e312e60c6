import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSlackEvents } from '../../../src/store/slack-event-store.ts';
import { buttonsOf, posts, textsOf } from './support/calls.ts';
import { eventEnvelope } from './support/signed-request.ts';
import { buttonPress, dm, type Harness, pinSubmission, startHarness } from './support/slack-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: 'socket' });
});
afterAll(async () => {
  await h.stop();
});

describe('Slack in Socket Mode (issue 19 §1), against a loopback server speaking the envelope protocol', () => {
  it('connects through apps.connections.open at SLACK_API_URL with the app token, and is greeted with hello', () => {
    const open = h.fake.callsOf('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.token).toBe('xapp-test-app-token');
  });

  it('an events_api envelope is acknowledged with its envelope_id and an empty payload, then answered through the Web API', async () => {
    const message = dm('U01ANA', 'hello');
    const envelope = eventEnvelope(message);
    const ack = await h.fake.envelope('events_api', envelope, { envelopeId: 'env-1' });
    expect(ack).toEqual({ envelope_id: 'env-1', payload: {} });
    await h.settle();
    expect(posts(h.fake.calls).at(-1)?.args).toMatchObject({ channel: 'D01ANA', thread_ts: message['ts'] });
  });

  it('interactive envelopes: the button opens the form; a wrong PIN’s errors travel back in the ack', async () => {
    const message = dm('U02CARLA', 'my cases');
    await h.event(message);
    await h.settle();
    const verify = buttonsOf(posts(h.fake.calls).at(-1))[0]!;
    const pressed = await h.fake.envelope(
      'interactive',
      buttonPress(
        'U02CARLA',
        { channel: 'D02CARLA', ts: '1790000999.000009', thread_ts: String(message['ts']) },
        verify,
      ),
    );
    expect(pressed.payload).toEqual({});
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    const view = h.fake.callsOf('views.open').at(-1)!.args['view'] as { private_metadata: string };
    const wrong = await h.fake.envelope(
      'interactive',
      pinSubmission('U02CARLA', { id: 'VS1', private_metadata: view.private_metadata }, { pin: '000000' }),
    );
    expect(wrong.payload).toMatchObject({
      response_action: 'errors',
      errors: { pin: 'That email address and PIN do not match our records. Please check both and try again.' },
    });
    const right = await h.fake.envelope(
      'interactive',
      pinSubmission('U02CARLA', { id: 'VS1', private_metadata: view.private_metadata }, { pin: '615283' }),
    );
    expect(right.payload).toEqual({});
    await h.settle();
    expect(textsOf(h.fake.calls)).toContain('Thank you, Carla Diaz: you are verified for the next 12 hours.');
  });

  it('a slash_commands envelope (/case) is acknowledged with an ephemeral answer in the ack', async () => {
    const ack = await h.fake.envelope('slash_commands', {
      token: 't',
      team_id: 'TCUSTOMER',
      channel_id: 'D01ANA',
      user_id: 'U01ANA',
      command: '/case',
      text: '',
      response_url: 'http://127.0.0.1:9/r',
      trigger_id: 'tr',
    });
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('direct message') });
  });

  it('bad input: a malformed frame and an unknown event type do not break the connection', async () => {
    h.fake.sendRaw('{not json');
    const ack = await h.fake.envelope('events_api', eventEnvelope({ type: 'emoji_changed', subtype: 'add' }));
    expect(ack.payload).toEqual({});
    const again = await h.fake.envelope('events_api', eventEnvelope(dm('U01ANA', 'help')));
    expect(again.payload).toEqual({});
    await h.settle();
    expect((await allSlackEvents(h.db)).some((e) => e.reason === 'event type emoji_changed')).toBe(true);
    expect(textsOf(h.fake.calls).at(-1)).toMatch(/^I am Caseline/);
  });
});
