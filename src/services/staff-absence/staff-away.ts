/**
 * `staff away` and `staff back`, from the command line and from Slack: a staff member's absence, read in
 * their own time zone (domain/staff-absence/absence-period.ts), with an optional cover who must be
 * another staff member, able to act on the pages they will receive (cover-roles.ts), and not away
 * themselves during it. Every change is audited.
 */
import type { RegionId } from '../../domain/ids.ts';
import type { Policy } from '../../domain/policy/schema.ts';
import { type Absence, isAwayAt, zoneOfStaff } from '../../domain/staff-absence/absence.ts';
import {
  checkPeriod,
  type PeriodReading,
  readAbsenceInstant,
  readAbsencePeriod,
} from '../../domain/staff-absence/absence-period.ts';
import { coverShortfall } from '../../domain/staff-absence/cover-roles.ts';
import { describeAbsence, describePeriod } from '../../domain/staff-absence/describe-absence.ts';
import type { Db } from '../../store/database.ts';
import { findStaffByEmail, findStaffBySlackId, type StaffRow } from '../../store/directory-reader.ts';
import { absenceOf, removeAbsence, saveAbsence } from '../../store/staff-absence-store.ts';

/** When, as written: one phrase (Slack: "until Friday"), or the two ends (the command line's options). */
export type AbsenceWhen = { period: string } | { from?: string; until: string };

export interface StaffAwayInput {
  /** The staff member: an email or a Slack user id. */
  who: string;
  when: AbsenceWhen;
  cover?: string;
  actor: string;
  now: Date;
}

export type StaffAwayResult =
  | { ok: true; member: StaffRow; cover: StaffRow | undefined; absence: Absence; text: string }
  | { ok: false; reason: 'unknown' | 'invalid'; problem: string };

const SLACK_USER = /^[UW][A-Z0-9]{2,}$/;

export async function findStaffMember(db: Db, who: string): Promise<StaffRow | undefined> {
  const id = who.trim();
  return SLACK_USER.test(id) ? await findStaffBySlackId(db, id) : await findStaffByEmail(db, id);
}

export const staffZoneOf = (policy: Policy, member: Pick<StaffRow, 'regions'>) =>
  zoneOfStaff(member, (r) => policy.regions[r as RegionId]?.timeZone);

export async function setStaffAway(db: Db, policy: Policy, input: StaffAwayInput): Promise<StaffAwayResult> {
  const member = await findStaffMember(db, input.who);
  if (!member) return { ok: false, reason: 'unknown', problem: `${input.who} is not staff` };
  const zone = staffZoneOf(policy, member);
  const period = readWhen(input.when, zone, input.now);
  if (!period.ok) return { ok: false, reason: 'invalid', problem: period.problem };
  let cover: StaffRow | undefined;
  if (input.cover !== undefined) {
    cover = await findStaffMember(db, input.cover);
    if (!cover) return { ok: false, reason: 'unknown', problem: `the cover ${input.cover} is not staff` };
    if (cover.id === member.id) return { ok: false, reason: 'invalid', problem: 'nobody can cover for themselves' };
    const shortfall = coverShortfall(member, cover);
    if (shortfall) return { ok: false, reason: 'invalid', problem: shortfall };
    const coverAway = await absenceOf(db, cover.id);
    if (coverAway && overlaps(coverAway, period.startsAt, period.endsAt)) {
      const when = describePeriod(coverAway, staffZoneOf(policy, cover), input.now);
      return { ok: false, reason: 'invalid', problem: `${cover.name} is away too (${when}): name another cover` };
    }
  }
  const absence: Absence = {
    staffId: member.id,
    startsAt: period.startsAt.toISOString(),
    endsAt: period.endsAt.toISOString(),
    coverStaffId: cover?.id ?? null,
  };
  await saveAbsence(
    db,
    { ...absence, setBy: input.actor, setAt: input.now.toISOString() },
    {
      at: input.now,
      actor: input.actor,
      action: 'staff.away',
      subject: member.email,
      details: { from: absence.startsAt, until: absence.endsAt, cover: cover?.email ?? null },
    },
  );
  return { ok: true, member, cover, absence, text: describeAbsence(member, absence, cover, zone, input.now) };
}

export type StaffBackResult =
  | { ok: true; member: StaffRow; text: string }
  | { ok: false; reason: 'unknown' | 'not-away'; problem: string };

/** Back early, or not going after all: the absence, current or planned, is removed. */
export async function setStaffBack(db: Db, input: { who: string; actor: string; now: Date }): Promise<StaffBackResult> {
  const member = await findStaffMember(db, input.who);
  if (!member) return { ok: false, reason: 'unknown', problem: `${input.who} is not staff` };
  const absence = await absenceOf(db, member.id);
  const removed = await removeAbsence(db, member.id, {
    at: input.now,
    actor: input.actor,
    action: 'staff.back',
    subject: member.email,
    details: absence ? { from: absence.startsAt, until: absence.endsAt } : {},
  });
  if (!removed)
    return { ok: false, reason: 'not-away', problem: `${member.name} is not away and has no absence planned` };
  const was = absence && isAwayAt(absence, input.now) ? 'is back' : 'is no longer planned to be away';
  return { ok: true, member, text: `${member.name} ${was}: pages reach them again.` };
}

function readWhen(when: AbsenceWhen, zone: string, now: Date): PeriodReading {
  if ('period' in when) return readAbsencePeriod(when.period, zone, now);
  const start =
    when.from === undefined ? { ok: true as const, at: now } : readAbsenceInstant(when.from, zone, now, 'start');
  if (!start.ok) return { ok: false, problem: `--from: ${start.problem}` };
  const end = readAbsenceInstant(when.until, zone, now, 'end');
  if (!end.ok) return { ok: false, problem: `--until: ${end.problem}` };
  return checkPeriod(start.at, end.at, now);
}

const overlaps = (a: Absence, from: Date, until: Date) =>
  new Date(a.startsAt).getTime() < until.getTime() && from.getTime() < new Date(a.endsAt).getTime();
