/**
 * Red team round 12 through the real Bolt app (signed HTTP requests). Each test failed before its fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findStaffBySlackId } from '../../../src/store/directory-reader.ts';
import { absenceOf } from '../../../src/store/staff-absence-store.ts';
import { type Harness, startHarness } from './support/slack-harness.ts';
import { slashCommand, VENDOR } from './support/staff.ts';

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
