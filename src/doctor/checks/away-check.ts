/**
 * Who is away now, for the operator before going live and on a busy holiday morning: each absent
 * member until when (in their own zone) and who covers, and any region with contracts whose managers
 * are all away (its pages go to their covers, else to the fallback role). Informational: being away is
 * no fault, so this line never fails the doctor.
 */
import type { RegionId } from '../../domain/ids.ts';
import type { Policy } from '../../domain/policy/schema.ts';
import { type Absence, isAwayAt, zoneOfStaff } from '../../domain/staff-absence/absence.ts';
import { describePeriod } from '../../domain/staff-absence/describe-absence.ts';
import type { AbsenceFact } from '../../store/directory-health-store.ts';
import { type CheckResult, ok } from '../check.ts';

export function judgeAbsences(
  absences: AbsenceFact[],
  staff: Array<{ email: string; roles: string[]; regions: string[] }>,
  regionsInUse: string[],
  policy: Policy,
  now: Date,
): CheckResult {
  const asAbsence = (a: AbsenceFact): Absence => ({
    staffId: 0,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    coverStaffId: null,
  });
  const awayNow = absences.filter((a) => isAwayAt(asAbsence(a), now));
  if (awayNow.length === 0) return ok('directory', 'staff away now', 'nobody');
  const zoneOfRegion = (r: string) => policy.regions[r as RegionId]?.timeZone;
  const who = awayNow.map(
    (a) =>
      `${a.name} ${describePeriod(asAbsence(a), zoneOfStaff(a, zoneOfRegion), now)}${a.cover ? ` (cover ${a.cover})` : ''}`,
  );
  const away = new Set(awayNow.map((a) => a.email));
  const managersAllAway = regionsInUse.filter((region) => {
    const managers = staff.filter((s) => s.roles.includes('manager') && s.regions.includes(region));
    return managers.length > 0 && managers.every((m) => away.has(m.email));
  });
  const regions =
    managersAllAway.length > 0
      ? `; every manager of ${managersAllAway.join(', ')} is away: their pages go to the covers, else to the ${policy.escalation.fallbackRole} role`
      : '';
  return ok('directory', 'staff away now', `${who.join('; ')}${regions}`);
}
