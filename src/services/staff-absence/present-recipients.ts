/**
 * The staff a page or a notice reaches once absences are taken into account (domain/staff-absence), and
 * the lines that say who is away and who stands in, each return time in the away member's own zone.
 */
import type { RegionId } from '../../domain/ids.ts';
import type { Policy } from '../../domain/policy/schema.ts';
import { escapeSlackText } from '../../domain/slack-text.ts';
import { type Absence, zoneOfStaff } from '../../domain/staff-absence/absence.ts';
import { describeUntil } from '../../domain/staff-absence/describe-absence.ts';
import {
  describeRouting,
  type PickedForPage,
  type RoutedPage,
  routeAroundAbsence,
} from '../../domain/staff-absence/route-around-absence.ts';
import type { Db } from '../../store/database.ts';
import type { StaffRow } from '../../store/directory-reader.ts';
import { allAbsences } from '../../store/staff-absence-store.ts';

export interface PresentRecipients {
  routed: RoutedPage<StaffRow>;
  awayNotes: string[];
}

export async function presentRecipients(
  db: Db,
  policy: Policy,
  picked: ReadonlyArray<PickedForPage<StaffRow>>,
  staff: ReadonlyArray<StaffRow>,
  region: string | null,
  now: Date,
  memo?: Map<string, unknown>,
): Promise<PresentRecipients> {
  const routed = routeAroundAbsence({
    picked,
    staff,
    absences: await absencesById(db, memo),
    region,
    fallbackRole: policy.escalation.fallbackRole,
    now,
  });
  const zoneOfRegion = (r: string) => policy.regions[r as RegionId]?.timeZone;
  const awayNotes = describeRouting(routed, (member, endsAt) =>
    describeUntil(endsAt, zoneOfStaff(member, zoneOfRegion), now),
  );
  return { routed, awayNotes };
}

/** Once per clock tick (its memo): a catch-up of many pages reads the absences once. */
async function absencesById(db: Db, memo?: Map<string, unknown>): Promise<Map<number, Absence>> {
  const known = memo?.get('absences') as Map<number, Absence> | undefined;
  if (known) return known;
  const absences = new Map((await allAbsences(db)).map((a) => [a.staffId, a] as const));
  memo?.set('absences', absences);
  return absences;
}

/** The away lines as a staff channel shows them: staff's own names, escaped for Slack all the same. */
export const awayNotesFor = (channel: string, notes: string[]): string[] =>
  channel === 'slack' ? notes.map((n) => escapeSlackText(n)) : notes;
