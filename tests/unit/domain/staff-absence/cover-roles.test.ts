/** Red team round 12: who may cover for whom — a cover must be able to act on the pages they would get. */
import { describe, expect, it } from 'vitest';
import type { StaffOnRota } from '../../../../src/domain/staff-absence/absence.ts';
import { coverShortfall, mayCoverRole } from '../../../../src/domain/staff-absence/cover-roles.ts';
import { routeAroundAbsence } from '../../../../src/domain/staff-absence/route-around-absence.ts';

const person = (name: string, ...roles: string[]) => ({ name, roles });

describe('cover rule (decision table)', () => {
  it.each([
    ['analyst', ['analyst'], true],
    ['analyst', ['manager'], true],
    ['analyst', ['licensing'], false],
    ['analyst', ['head'], false],
    ['analyst', ['admin'], false],
    ['manager', ['head'], true],
    ['manager', ['analyst'], false],
    ['head', ['manager'], false],
    ['licensing', ['analyst'], false],
    ['licensing', ['licensing'], true],
    ['admin', ['analyst'], true],
    ['admin', ['licensing'], false],
  ])('cover rule: a %s covered by %j → %s', (role, coverRoles, may) => {
    expect(mayCoverRole(role, coverRoles)).toBe(may);
  });

  it('cover rule: a member of two roles needs a cover for both; the refusal names the role not covered', () => {
    const both = person('Sam', 'analyst', 'licensing');
    expect(coverShortfall(both, person('Mia', 'manager'))).toMatch(/^Mia \(manager\) cannot cover for Sam: Licensing/);
    expect(coverShortfall(both, person('Lou', 'licensing', 'analyst'))).toBeUndefined();
  });
});

describe('cover rule when a page is routed', () => {
  const ANA: StaffOnRota = { id: 1, name: 'Ana', roles: ['analyst'], regions: ['emea'] };
  const BEN: StaffOnRota = { id: 2, name: 'Ben', roles: ['analyst'], regions: ['emea'] };
  // Named as Ana's cover while an analyst; a directory import made Lou Licensing only since.
  const LOU: StaffOnRota = { id: 3, name: 'Lou', roles: ['licensing'], regions: ['emea'] };
  it("cover rule: a cover who can no longer act for the role is passed over: the page goes to the others of Ana's role", () => {
    const routed = routeAroundAbsence({
      picked: [{ member: ANA, role: 'analyst' }],
      staff: [ANA, BEN, LOU],
      absences: new Map([
        [1, { staffId: 1, startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-12T00:00:00Z', coverStaffId: 3 }],
      ]),
      region: 'emea',
      fallbackRole: 'head',
      now: new Date('2026-12-07T10:00:00Z'),
    });
    expect(routed.recipients.map((m) => m.name)).toEqual(['Ben']);
    expect(routed.replacements[0]).toMatchObject({ how: 'role' });
  });
});
