/** Who is away now or will be (for `staff list`, the doctor and Slack), each said in their own time zone. */
import type { Policy } from '../../domain/policy/schema.ts';
import { isAwayAt } from '../../domain/staff-absence/absence.ts';
import { describeAbsence } from '../../domain/staff-absence/describe-absence.ts';
import type { Db } from '../../store/database.ts';
import { allStaffRows } from '../../store/directory-reader.ts';
import { allAbsences } from '../../store/staff-absence-store.ts';
import { staffZoneOf } from './staff-away.ts';

export interface AwayEntry {
  awayNow: boolean;
  /** "Sam Lee is away until Fri 18 Dec, 00:00 CET; Ana Diaz covers." */
  text: string;
  json: { from: string; until: string; cover: string | null; awayNow: boolean };
}

/** By staff email: absences not over yet (a past one is history: it changes no routing). */
export async function awayList(db: Db, policy: Policy, now: Date): Promise<Map<string, AwayEntry>> {
  const staff = await allStaffRows(db);
  const byId = new Map(staff.map((s) => [s.id, s]));
  const entries = new Map<string, AwayEntry>();
  for (const absence of await allAbsences(db)) {
    const member = byId.get(absence.staffId);
    if (!member || new Date(absence.endsAt).getTime() <= now.getTime()) continue;
    const cover = absence.coverStaffId === null ? undefined : byId.get(absence.coverStaffId);
    const awayNow = isAwayAt(absence, now);
    entries.set(member.email, {
      awayNow,
      text: describeAbsence(member, absence, cover, staffZoneOf(policy, member), now),
      json: { from: absence.startsAt, until: absence.endsAt, cover: cover?.email ?? null, awayNow },
    });
  }
  return entries;
}
