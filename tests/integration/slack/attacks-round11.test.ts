/**
 * Red team round 11 through the real Bolt app (signed HTTP requests): a PIN in Slack's strikethrough markup
 * (`~PIN~ 615283`) reached the case and the staff notice; a PIN given as a link's label kept its digits in
 * the link's address ("PIN: 615283 (https://x.example/615283)").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { everyRow } from '../../support/replay.ts';
import { textsOf } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { openCarlasCase } from './support/staff.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const CARLAS_PIN = /6\W?1\W?5\W?2\W?8\W?3/;

describe("round 11: a PIN in Slack's markup", () => {
  it.each([
    ['strikethrough', '~PIN~ 615283 (sorry, wrong window)'],
    ['a link whose label is the PIN', 'my PIN is <https://x.example/615283|615283>'],
    ['a table', '| PIN | 615283 |'],
  ])('DOMAIN.md §8: %s — stored nowhere, told to no staff, the exposure warned about', async (_how, text) => {
    h = await startHarness();
    const root = await openCarlasCase(h);
    await h.event(dm('U02CARLA', text, { thread_ts: root }));
    await h.settle();
    expect(everyRow(h.db)).not.toMatch(CARLAS_PIN);
    const told = textsOf(h.fake.calls).join('\n');
    expect(told).not.toMatch(CARLAS_PIN);
    expect(told).toContain('Please never type your PIN in a message');
  });
});
