/**
 * `/away` through the real Bolt app with signed requests: staff mark themselves away and name a cover,
 * come back, list who is away; anyone else is refused as for every staff command; a page for someone
 * away reaches their cover as a DM that says why.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findStaffBySlackId } from '../../../src/store/directory-reader.ts';
import { absenceOf } from '../../../src/store/staff-absence-store.ts';
import { type Harness, startHarness } from './support/slack-harness.ts';
import {
  cardAt,
  cardText,
  latestCard,
  openCarlasCase,
  pageCarlasCaseAtRisk,
  slashCommand,
  VENDOR,
} from './support/staff.ts';

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

/** Monday 7 Dec 2026, 10:00 in New York (Mia Chen's first region is the Americas). */
const MONDAY = new Date('2026-12-07T15:00:00Z');
const away = (user: string, text: string, team = VENDOR) => slashCommand(h, '/away', user, team, text);
const absenceOfUser = async (user: string) => absenceOf(h.db, (await findStaffBySlackId(h.db, user))!.id);
const auditOf = (action: string) =>
  h.db.$client.prepare('select actor, subject, details from audit_log where action = ?').all(action) as Array<{
    actor: string;
    subject: string;
    details: string;
  }>;

describe('Slack: /away, a staff member’s absence', () => {
  it('staff away in Slack: "/away until Friday cover @colleague" records the whole of Friday in their own zone with the cover; "/away who" lists it; "/away back" ends it', async () => {
    h = await startHarness({ now: () => MONDAY });
    const set = await away('U09MANAGER', 'until Friday, covered by <@U09HEAD|hana>');
    expect(set.response_type).toBe('ephemeral');
    expect(set.text).toBe('Mia Chen is away until the end of Fri 11 Dec; Hana Ito covers.');
    expect(await absenceOfUser('U09MANAGER')).toMatchObject({
      startsAt: MONDAY.toISOString(),
      endsAt: '2026-12-12T05:00:00.000Z', // Saturday 00:00 in New York
      coverStaffId: (await findStaffBySlackId(h.db, 'U09HEAD'))!.id,
      setBy: `slack:${VENDOR}:U09MANAGER`,
    });
    expect((await away('U09ANALYST', 'who is away?')).text).toBe(
      '• Mia Chen is away until the end of Fri 11 Dec; Hana Ito covers.',
    );
    expect((await away('U09MANAGER', '')).text).toMatch(/^You are away until the end of Fri 11 Dec; Hana Ito covers\./);
    expect((await away('U09MANAGER', "I'm back")).text).toBe('Mia Chen is back: pages reach them again.');
    expect(await absenceOfUser('U09MANAGER')).toBeUndefined();
    expect(auditOf('staff.away').map((a) => a.subject)).toEqual(['manager@vendor.example']);
    expect(auditOf('staff.back').map((a) => a.subject)).toEqual(['manager@vendor.example']);
  });

  it('staff away in Slack: a planned period in words ("from 21 Dec to 4 Jan") and a cover by address', async () => {
    h = await startHarness({ now: () => MONDAY });
    const set = await away(
      'U09ANALYST',
      'from 21 Dec to 4 Jan cover <mailto:care.apac@vendor.example|care.apac@vendor.example>',
    );
    expect(set.text).toBe('Sam Lee will be away from Mon 21 Dec until the end of Mon 4 Jan 2027; Kenji Mori covers.');
    expect(await absenceOfUser('U09ANALYST')).toMatchObject({
      startsAt: '2026-12-21T05:00:00.000Z',
      endsAt: '2027-01-05T05:00:00.000Z',
    });
  });

  it('staff away in Slack bad input: an unreadable or ambiguous period, a cover who is not staff, or oneself as cover gets a clear answer and changes nothing', async () => {
    h = await startHarness({ now: () => MONDAY });
    expect((await away('U09MANAGER', 'until sometime soon')).text).toMatch(
      /^"sometime soon" is not a day or time I can read; for example "until Friday"/,
    );
    expect((await away('U09MANAGER', 'until 12/11')).text).toContain('write the month in words or as YYYY-MM-DD');
    expect((await away('U09MANAGER', 'from Friday to Monday before')).text).toContain('is not a day or time');
    expect((await away('U09MANAGER', 'until Friday cover <@U02CARLA>')).text).toMatch(
      /^The cover U02CARLA is not staff\./,
    );
    expect((await away('U09MANAGER', 'until Friday cover <@U09MANAGER>')).text).toMatch(
      /^Nobody can cover for themselves\./,
    );
    expect((await away('U09MANAGER', 'from 2026-12-09 until 2026-12-08')).text).toMatch(
      /^The end must come after the start\./,
    );
    // "I'm off" means away, never back: without a when, the bot asks for one.
    expect((await away('U09MANAGER', "I'm off")).text).toMatch(/^Say when: "until Friday"/);
    expect(await absenceOfUser('U09MANAGER')).toBeUndefined();
    expect(auditOf('staff.away')).toEqual([]);
  });

  it('staff away in Slack: a customer, a guest of the vendor’s workspace and a user of another workspace with a staff id get the staff commands’ refusal; nothing is recorded and each refusal is audited', async () => {
    h = await startHarness({ now: () => MONDAY });
    expect((await away('U02CARLA', 'until Friday', 'TGLOBEX')).text).toBe(
      'Only Customer Care staff of this workspace can do that.',
    );
    expect((await away('U07GUEST', 'until Friday')).text).toBe('Only Customer Care staff can do that.');
    expect((await away('U09MANAGER', 'back', 'TOTHER')).text).toBe(
      'Only Customer Care staff of this workspace can do that.',
    );
    expect(h.db.$client.prepare('select count(*) as n from staff_absences').get()).toEqual({ n: 0 });
    const refusals = auditOf('slack.staff-refused').map((a) => JSON.parse(a.details) as { what: string; why: string });
    expect(refusals).toEqual([
      { what: 'away', why: 'other-workspace' },
      { what: 'away', why: 'not-staff' },
      { what: 'away', why: 'other-workspace' },
    ]);
  });

  it('staff away routing in Slack: the page for an away manager is DMed to their cover, and says who is away until when', async () => {
    h = await startHarness({ now: () => MONDAY });
    await openCarlasCase(h);
    await away('U09MANAGER', 'until Friday cover <@U09HEAD>');
    const pageId = await pageCarlasCaseAtRisk(h);
    const cover = latestCard(h, cardAt(h, `page:${pageId}:U09HEAD`));
    expect(cardText(cover)).toContain(
      'Mia Chen is away until the end of Fri 11 Dec: paged Hana Ito (their cover) instead.',
    );
    expect(
      h.db.$client.prepare('select count(*) as n from slack_cards where key = ?').get(`page:${pageId}:U09MANAGER`),
    ).toEqual({ n: 0 });
  });
});
