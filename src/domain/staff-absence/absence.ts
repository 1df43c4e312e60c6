/**
 * A staff member's absence (holiday, leave, a day off): from when, until when, and optionally who covers.
 * The period is half-open: away from `startsAt` up to, not including, `endsAt` (instants, UTC).
 */
export interface Absence {
  staffId: number;
  startsAt: string;
  endsAt: string;
  coverStaffId: number | null;
}

/** What the routing needs to know of a staff member. */
export interface StaffOnRota {
  id: number;
  name: string;
  roles: string[];
  regions: string[];
}

export function isAwayAt(absence: Absence | undefined, now: Date): boolean {
  if (!absence) return false;
  const at = now.getTime();
  return new Date(absence.startsAt).getTime() <= at && at < new Date(absence.endsAt).getTime();
}

/** The time zone a staff member reads times in: their first region's (staff of no region: UTC). */
export function zoneOfStaff(
  member: Pick<StaffOnRota, 'regions'>,
  zoneOfRegion: (region: string) => string | undefined,
) {
  for (const region of member.regions) {
    const zone = zoneOfRegion(region);
    if (zone) return zone;
  }
  return 'UTC';
}
