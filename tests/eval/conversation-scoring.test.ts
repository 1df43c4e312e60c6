/**
 * How the understanding evaluation scores a conversation's questions (issue 21): a slot of `neverAsked`
 * asked is a failure — unless the request it was asked for was then cancelled: the slots given are those
 * of the request the conversation goes on with.
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateConversation,
  type LabelledConversation,
} from '../../scripts/eval/understanding/understanding-conversations.ts';
import { demoImage } from '../support/replay.ts';

const conversation = (texts: string[]): LabelledConversation => ({
  id: 'scoring',
  about: 'scoring of neverAsked',
  script: {
    now: '2026-11-23T09:00:00-05:00',
    directory: 'demo',
    steps: [
      { at: '+0s', pin: { from: 'U02CARLA', email: 'carla@globex.example', pin: '615283' } },
      ...texts.map((text) => ({ at: '+1m', message: { channel: 'slack', from: 'U02CARLA', text } })),
    ],
  },
  expect: { neverAsked: ['severity'] },
});

describe('conversation scoring (issue 21)', () => {
  it('issue 21: a neverAsked slot asked for the request the conversation goes on with is a failure', async () => {
    const why = await evaluateConversation(
      conversation(['Interaction Server drops chat interactions randomly']),
      await demoImage(),
    );
    expect(why).toEqual([expect.stringMatching(/^asked for severity, which was given/)]);
  });

  it('issue 21: a neverAsked slot asked only for a request then cancelled is no failure', async () => {
    const why = await evaluateConversation(
      conversation([
        'Interaction Server drops chat interactions randomly',
        'cancel',
        'Interaction Server 9.0 on production drops chats since the upgrade on Friday, medium',
      ]),
      await demoImage(),
    );
    expect(why).toEqual([]);
  });
});
