/**
 * Issue 21 round 20 (fix-und-a): a follow-up on release types carries the question to the new version pair
 * (DOMAIN.md §5); a message that tells of an upgrade, or a pair written long after, is not taken so.
 */
import { describe, expect, it } from 'vitest';
import { CARLA_VERIFIED, replay, slack, toRecipient } from '../support/replay.ts';

const FIRST = 'is Stat Server 8.5 to 9.0 a major or a minor release? and 9.0.010 to 9.0.012?';

describe('issue 21 §5: a release-type follow-up carries the question to the new pair', () => {
  it.each([
    ['thanks. and 9.0 -> 9.1?', /9\.0 → 9\.1 is a minor release/],
    ['what about 9.1 to 9.2', /9\.1 → 9\.2 is a minor release/],
    ['ok, same for 8.5.104 → 8.5.110 pls', /8\.5\.104 → 8\.5\.110 is a maintenance release/],
  ])('release follow-up: "%s" is answered for its pair', async (followUp, answer) => {
    const r = await replay([...CARLA_VERIFIED, slack('U02CARLA', FIRST), slack('U02CARLA', followUp, '+1m')]);
    const replies = toRecipient(r, 'U02CARLA');
    expect(replies.at(-1)).toMatch(answer);
    expect(r.cases).toEqual([]);
  });

  it('release follow-up: an upgrade told after the answer is no follow-up (not answered with a release type)', async () => {
    const r = await replay([
      ...CARLA_VERIFIED,
      slack('U02CARLA', FIRST),
      slack('U02CARLA', 'upgrade 9.0 to 9.1 tonight, anything to watch?', '+1m'),
    ]);
    expect(toRecipient(r, 'U02CARLA').at(-1)).not.toMatch(/is a minor release/);
  });

  it('release follow-up: a bare pair two hours later is not carried', async () => {
    const r = await replay([...CARLA_VERIFIED, slack('U02CARLA', FIRST), slack('U02CARLA', 'and 9.0 -> 9.1?', '+2h')]);
    expect(toRecipient(r, 'U02CARLA').at(-1)).not.toMatch(/is a minor release/);
  });

  it('release follow-up: without a release-type answer before, a bare pair is not read as one', async () => {
    const r = await replay([...CARLA_VERIFIED, slack('U02CARLA', 'and 9.0 -> 9.1?')]);
    expect(toRecipient(r, 'U02CARLA').at(-1)).not.toMatch(/is a minor release/);
  });
});
