import { describe, expect, it } from 'vitest';
import type { Absence, StaffOnRota } from '../../../../src/domain/staff-absence/absence.ts';
import { describeRouting, routeAroundAbsence } from '../../../../src/domain/staff-absence/route-around-absence.ts';

const member = (id: number, name: string, roles: string[], regions: string[]): StaffOnRota => ({
  id,
  name,
  roles,
  regions,
});
const ANA = member(1, 'Ana (analyst, EMEA)', ['analyst'], ['emea']);
const BEN = member(2, 'Ben (analyst, EMEA)', ['analyst'], ['emea']);
const MIA = member(3, 'Mia (manager, EMEA)', ['manager'], ['emea']);
const MAX = member(4, 'Max (manager, EMEA)', ['manager'], ['emea']);
const KEN = member(5, 'Ken (manager, APAC)', ['manager'], ['apac']);
const HANA = member(6, 'Hana (head)', ['head'], ['emea', 'apac']);
const STAFF = [ANA, BEN, MIA, MAX, KEN, HANA];
const NOW = new Date('2026-12-07T10:00:00Z');

const away = (
  who: StaffOnRota,
  cover: StaffOnRota | null = null,
  startsAt = '2026-12-01T00:00:00Z',
  endsAt = '2026-12-12T00:00:00Z',
): Absence => ({
  staffId: who.id,
  startsAt,
  endsAt,
  coverStaffId: cover?.id ?? null,
});

function route(picked: Array<[StaffOnRota, string]>, absences: Absence[], staff = STAFF) {
  return routeAroundAbsence({
    picked: picked.map(([m, role]) => ({ member: m, role })),
    staff,
    absences: new Map(absences.map((a) => [a.staffId, a])),
    region: 'emea',
    fallbackRole: 'head',
    now: NOW,
  });
}
const names = (r: { recipients: StaffOnRota[] }) => r.recipients.map((m) => m.name);

describe('staff absence routing rule', () => {
  it('staff away routing: nobody away → everyone picked is paged, nothing replaced', () => {
    const r = route(
      [
        [ANA, 'analyst'],
        [MIA, 'manager'],
      ],
      [],
    );
    expect(names(r)).toEqual([ANA.name, MIA.name]);
    expect(r).toMatchObject({ replacements: [], everyoneAway: false });
  });

  it('staff away routing: an away member with a present cover → the cover, and only the cover', () => {
    const r = route([[MIA, 'manager']], [away(MIA, KEN)]);
    expect(names(r)).toEqual([KEN.name]);
    expect(r.replacements).toEqual([expect.objectContaining({ away: MIA, by: [KEN], how: 'cover' })]);
  });

  it('staff away routing: a cover who is away too → the other present staff of that role and region', () => {
    const r = route([[MIA, 'manager']], [away(MIA, KEN), away(KEN)]);
    expect(names(r)).toEqual([MAX.name]);
    expect(r.replacements[0]?.how).toBe('role');
  });

  it('staff away routing: no cover → the other present staff of that role in the case region (not of other regions)', () => {
    const r = route([[ANA, 'analyst']], [away(ANA)]);
    expect(names(r)).toEqual([BEN.name]);
    const managers = route(
      [
        [MIA, 'manager'],
        [MAX, 'manager'],
      ],
      [away(MIA)],
    );
    expect(names(managers)).toEqual([MAX.name]);
  });

  it('staff away routing: nobody else of the role present in the region → the fallback role, as without a manager today', () => {
    const r = route(
      [
        [MIA, 'manager'],
        [MAX, 'manager'],
      ],
      [away(MIA), away(MAX)],
    );
    expect(names(r)).toEqual([HANA.name]);
    expect(r.replacements.map((x) => x.how)).toEqual(['fallback', 'fallback']);
  });

  it('staff away routing: everyone away and nobody to stand in → paged anyway, never to nobody, and the page says so', () => {
    const r = route([[MIA, 'manager']], [away(MIA), away(MAX), away(HANA)], [MIA, MAX, HANA]);
    expect(names(r)).toEqual([MIA.name]);
    expect(r.everyoneAway).toBe(true);
    expect(describeRouting(r, (_m, until) => until.slice(0, 10))).toEqual([
      'Everyone this page is for is away (Mia (manager, EMEA) until 2026-12-12), and nobody can stand in: paged them anyway.',
    ]);
  });

  it('staff away routing: one away without a stand-in while others are present → the others only; the page names who is missing', () => {
    const r = route(
      [
        [ANA, 'analyst'],
        [MIA, 'manager'],
      ],
      [away(ANA), away(BEN), away(HANA)],
    );
    expect(names(r)).toEqual([MIA.name]);
    expect(r.everyoneAway).toBe(false);
    expect(describeRouting(r, () => 'Fri')).toEqual([
      'Ana (analyst, EMEA) is away until Fri: nobody else could be paged in their place.',
    ]);
  });

  it('staff away routing: the period is half-open — away from its start, present again at its end', () => {
    const starts = away(MIA, KEN, NOW.toISOString(), '2026-12-08T00:00:00Z');
    expect(names(route([[MIA, 'manager']], [starts]))).toEqual([KEN.name]);
    const ended = away(MIA, KEN, '2026-12-01T00:00:00Z', NOW.toISOString());
    expect(names(route([[MIA, 'manager']], [ended]))).toEqual([MIA.name]);
    const planned = away(MIA, KEN, '2026-12-21T00:00:00Z', '2027-01-04T00:00:00Z');
    expect(names(route([[MIA, 'manager']], [planned]))).toEqual([MIA.name]);
  });

  it('staff away routing: a stand-in already paged is paged once; the lines say who stands in for whom', () => {
    const r = route(
      [
        [ANA, 'analyst'],
        [BEN, 'analyst'],
        [MIA, 'manager'],
      ],
      [away(ANA, MIA)],
    );
    expect(names(r).sort()).toEqual([BEN.name, MIA.name].sort());
    expect(describeRouting(r, () => 'Fri 11 Dec')).toEqual([
      'Ana (analyst, EMEA) is away until Fri 11 Dec: paged Mia (manager, EMEA) (their cover) instead.',
    ]);
  });
});
