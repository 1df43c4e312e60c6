import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readChoice } from '../../../../src/channels/slack/interactions/choose-case.ts';
import { readSlackEvent } from '../../../../src/channels/slack/read-event.ts';

const corpus = fileURLToPath(new URL('../../../fixtures/slack', import.meta.url));
const load = (path: string) => JSON.parse(readFileSync(join(corpus, path), 'utf8')) as Record<string, unknown>;
const every = readdirSync(corpus).flatMap((dir) => readdirSync(join(corpus, dir)).map((f) => `${dir}/${f}`));

describe('reading Slack events (issue 19 §2), on a corpus of real payloads', () => {
  it.each(every)('%s: read without throwing, as a message, a revision or an ignore with its reason', (file) => {
    const reading = readSlackEvent(load(file), 'UBOT');
    expect(['message', 'revision', 'ignore']).toContain(reading.kind);
    if (reading.kind === 'ignore') expect(reading.reason.length).toBeGreaterThan(0);
  });

  it('a plain message: sender (team, user), text, thread', () => {
    const reading = readSlackEvent(load('bolt-python/message_bot__user_message_event_payload__L79.json'), 'UBOT');
    expect(reading.kind).toBe('message');
    if (reading.kind !== 'message') return;
    expect(reading.message).toMatchObject({
      channel: expect.any(String),
      userId: expect.any(String),
      threadTs: null,
      files: [],
    });
  });

  it('Slack Connect: the sender is the user’s own workspace (user_team), not the installing team', () => {
    const body = load('java-slack-sdk-tests/EventRequestTest__appMentionPayloadInSlackConnect__L144.json');
    const event = { ...(body['event'] as object), user_team: 'T_SOURCE' };
    const reading = readSlackEvent({ ...body, event }, 'U123');
    expect(reading).toMatchObject({
      kind: 'message',
      message: { teamId: 'T_SOURCE', userId: 'UUUUUXXXXX', addressed: true, text: 'hey' },
    });
  });

  it('bot messages (bot_id, bot_message, bot_profile) and our own are ignored, with the reason', () => {
    for (const file of [
      'bolt-python/message_bot__bot_message_event_payload__L128.json',
      'bolt-python/message_bot__classic_bot_message_event_payload__L173.json',
      'java-slack-sdk-tests/EventRequestTest__messagePayloadInSlackConnect__L175.json',
    ]) {
      expect(readSlackEvent(load(file), 'UBOT')).toMatchObject({ kind: 'ignore', reason: 'bot message' });
    }
    const own = { event: { type: 'message', channel: 'D1', user: 'UBOT', text: 'hi', ts: '1.2' } };
    expect(readSlackEvent(own, 'UBOT')).toMatchObject({ kind: 'ignore', reason: 'our own message' });
  });

  it('file shares carry their files; thread broadcasts are messages in their thread', () => {
    const share = readSlackEvent(load('bolt-python/message_file_share__event_payload__L74.json'), 'UBOT');
    expect(share).toMatchObject({
      kind: 'message',
      message: {
        files: [{ id: 'F111', name: 'file.png', size: 92582, url: expect.stringContaining('files.slack.com') }],
      },
    });
    const broadcast = readSlackEvent(load('bolt-python/message_thread_broadcast__event_payload__L74.json'), 'UBOT');
    expect(broadcast).toMatchObject({ kind: 'message', message: { threadTs: '1633663824.000500', text: 'Hi there!' } });
  });

  it('edits and deletions are revisions of the message they change', () => {
    const edit = readSlackEvent(load('bolt-python/message_changed__event_payload__L68.json'), 'UBOT');
    expect(edit).toMatchObject({
      kind: 'revision',
      revision: { kind: 'edited', text: 'updated message', channel: 'C111', ts: '1665102338.901939' },
    });
    const deleted = readSlackEvent(load('bolt-python/message_deleted__event_payload__L68.json'), 'UBOT');
    expect(deleted).toMatchObject({
      kind: 'revision',
      revision: { kind: 'deleted', ts: '1665368619.804829', userId: 'U111' },
    });
  });

  it('bad input: shapes with blank fields, missing events, other event types — ignored with a reason, never thrown', () => {
    expect(readSlackEvent(undefined, undefined)).toMatchObject({ kind: 'ignore' });
    expect(readSlackEvent({ event: 'nope' }, undefined)).toMatchObject({
      kind: 'ignore',
      reason: 'event type missing',
    });
    expect(readSlackEvent({ event: { type: 'message', channel: 'D1', ts: '1.1' } }, undefined)).toMatchObject({
      kind: 'ignore',
      reason: 'no user',
    });
    expect(
      readSlackEvent(
        { event: { type: 'message', subtype: 'channel_join', channel: 'C1', user: 'U1', ts: '1.1' } },
        undefined,
      ),
    ).toMatchObject({ kind: 'ignore', reason: 'message subtype channel_join' });
    expect(readSlackEvent(load('bolt-python/events__valid_reaction_added_body__L112.json'), 'UBOT')).toMatchObject({
      kind: 'ignore',
      reason: 'event type reaction_added',
    });
  });

  it('the mention of the bot is taken out of the text; a hostile file name cannot name a path', () => {
    const reading = readSlackEvent(
      {
        event: {
          type: 'message',
          channel: 'C1',
          user: 'U1',
          ts: '1.1',
          text: '<@UBOT>   our server <@UBOT> is down',
          files: [{ id: 'F1', name: '../../etc/passwd', size: 1 }],
        },
      },
      'UBOT',
    );
    expect(reading).toMatchObject({
      kind: 'message',
      message: { text: 'our server is down', addressed: true, files: [{ name: '.._.._etc_passwd' }] },
    });
  });

  it('a block_actions payload from the corpus is read as a choice only when it has a user, channel and value', () => {
    const body = load('java-slack-sdk-tests/BlockActionRequestTest__payload__L35.json');
    const action = (body['actions'] as unknown[])[0];
    const choice = readChoice(body, action);
    if (choice) expect(choice).toMatchObject({ userId: expect.any(String), channel: expect.any(String) });
    expect(readChoice({}, {})).toBeNull();
  });
});
