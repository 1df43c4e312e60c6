/**
 * Red team round 12 through the real Bolt app (signed HTTP requests). Each test failed before its fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findStaffBySlackId } from '../../../src/store/directory-reader.ts';
import { absenceOf } from '../../../src/store/staff-absence-store.ts';
import { everyRow } from '../../support/replay.ts';
import { textsOf } from './support/calls.ts';
import { dm, type Harness, startHarness } from './support/slack-harness.ts';
import { openCarlasCase, slashCommand, VENDOR } from './support/staff.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const MONDAY = new Date('2026-12-07T15:00:00Z');
const away = (user: string, text: string) => slashCommand(h, '/away', user, VENDOR, text);
const absenceOfUser = async (user: string) => absenceOf(h.db, (await findStaffBySlackId(h.db, user))!.id);

describe('round 12: /away with a cover who could not act on the pages', () => {
  it('round 12: an analyst naming Licensing as cover is told why and nothing is recorded; a manager as cover is taken', async () => {
    h = await startHarness({ now: () => MONDAY });
    const refused = await away('U09ANALYST', 'until Friday, covered by <@U09LICENSE|lou>');
    expect(refused.text).toMatch(/^Lou Park \(licensing\) cannot cover for Sam Lee: .*analyst or manager role/);
    expect(await absenceOfUser('U09ANALYST')).toBeUndefined();
    const taken = await away('U09ANALYST', 'until Friday, covered by <@U09MANAGER|mia>');
    expect(taken.text).toMatch(/Mia Chen covers\.$/);
  });
});

describe('round 12: a PIN given as a link after its label', () => {
  const CARLAS_PIN = /6\W?1\W?5\W?2\W?8\W?3/;
  it.each([
    ['a link with words of its own', 'my PIN <https://pins.example/615283|here>, thanks'],
    ['a rich-text link', ''],
  ])(
    'DOMAIN.md §8: %s — the address keeps no PIN in any row or staff notice, and the exposure is warned about',
    async (how, text) => {
      h = await startHarness();
      const root = await openCarlasCase(h);
      const blocks = [
        {
          type: 'rich_text',
          elements: [
            {
              type: 'rich_text_section',
              elements: [
                { type: 'text', text: 'PIN is here ' },
                { type: 'link', url: 'https://pins.example/s/615283', text: 'link' },
              ],
            },
          ],
        },
      ];
      await h.event(dm('U02CARLA', text, { thread_ts: root, ...(how === 'a rich-text link' ? { blocks } : {}) }));
      await h.settle();
      expect(everyRow(h.db)).not.toMatch(CARLAS_PIN);
      const told = textsOf(h.fake.calls).join('\n');
      expect(told).not.toMatch(CARLAS_PIN);
      expect(told).toContain('Please never type your PIN in a message');
    },
  );
});
