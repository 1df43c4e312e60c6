/**
 * Who a page goes to at each rung of the ladder (issue 22):
 *
 * | rung level | recipients                                                   | when there is nobody                          |
 * |------------|--------------------------------------------------------------|-----------------------------------------------|
 * | manager    | the case's analyst (owner; unowned: the region's analysts),  | no region manager → policy.escalation.        |
 * |            | the task assignee, and the region's managers                 |                                               |
 * |            |                                                              | fallbackRole (region first), with a warning   |
 * | head       | the heads of Customer Care (region first, else all)          | fallbackRole, then every manager, with a warn |
 *
 * Managers "of the region" are staff with the manager role whose regions include the case's region;
 * a manager of other regions only is not paged for it (except as the last resort).
 *
 * Then the people picked who are away at the send are replaced (domain/staff-absence: their cover, the
 * others of their role, the fallback role — or, when everyone is away, paged anyway); the page says so.
 */
import type { LadderLevel, Policy } from '../../domain/policy/schema.ts';
import type { PickedForPage } from '../../domain/staff-absence/route-around-absence.ts';
import type { CaseRow } from '../../store/case-store.ts';
import type { Db } from '../../store/database.ts';
import { allStaffRows, type StaffRow } from '../../store/directory-reader.ts';
import { presentRecipients } from '../staff-absence/present-recipients.ts';

export interface Recipients {
  staff: StaffRow[];
  /** Set when the ladder's people were missing and someone else was paged (or nobody). */
  warning?: string;
  /** Who is away and who was paged in their place, for the page's text (none when nobody is away). */
  awayNotes: string[];
}

async function allStaff(db: Db, memo?: Map<string, unknown>): Promise<StaffRow[]> {
  const known = memo?.get('staff') as StaffRow[] | undefined;
  if (known) return known;
  const staff = await allStaffRows(db);
  memo?.set('staff', staff);
  return staff;
}

const withRole = (staff: StaffRow[], role: string, region: string | null, regionOnly: boolean) => {
  const holders = staff.filter((s) => s.roles.includes(role));
  const inRegion = region ? holders.filter((s) => s.regions.includes(region)) : [];
  return inRegion.length > 0 || regionOnly ? inRegion : holders;
};

export async function recipientsFor(
  db: Db,
  policy: Policy,
  caseRow: Pick<CaseRow, 'number' | 'region' | 'ownerStaffId'>,
  level: LadderLevel,
  now: Date,
  also: ReadonlyArray<number | null> = [],
  memo?: Map<string, unknown>,
): Promise<Recipients> {
  const staff = await allStaff(db, memo);
  const region = caseRow.region;
  const fallbackRole = policy.escalation.fallbackRole;
  const picked = new Map<number, PickedForPage<StaffRow>>();
  const add = (rows: StaffRow[], role?: string) => {
    for (const row of rows) {
      if (!picked.has(row.id)) picked.set(row.id, { member: row, role: role ?? roleOfOwner(row) });
    }
  };
  let warning: string | undefined;
  if (level === 'manager') {
    add(staff.filter((s) => s.id === caseRow.ownerStaffId || also.includes(s.id)));
    if (caseRow.ownerStaffId === null) add(withRole(staff, 'analyst', region, true), 'analyst');
    const managers = withRole(staff, 'manager', region, true);
    add(managers, 'manager');
    if (managers.length === 0) {
      const fallback = withRole(staff, fallbackRole, region, false);
      if (fallback.length > 0) add(fallback, fallbackRole);
      else add(withRole(staff, 'manager', null, false), 'manager');
      warning = `case ${caseRow.number}: no manager covers region ${region ?? '(none)'}; paged ${
        fallback.length > 0 ? `the ${fallbackRole} role` : 'every manager'
      } instead`;
    }
  } else {
    const heads = withRole(staff, 'head', region, false);
    add(heads, 'head');
    if (heads.length === 0) {
      const fallback = fallbackRole === 'head' ? [] : withRole(staff, fallbackRole, region, false);
      if (fallback.length > 0) add(fallback, fallbackRole);
      else add(withRole(staff, 'manager', region, false), 'manager');
      warning = `case ${caseRow.number}: nobody has the head role; paged ${
        fallback.length > 0 ? `the ${fallbackRole} role` : 'the managers'
      } instead`;
    }
  }
  if (picked.size === 0) warning = `case ${caseRow.number}: nobody to page at the ${level} level (no staff)`;
  const { routed, awayNotes } = await presentRecipients(db, policy, [...picked.values()], staff, region, now, memo);
  if (routed.everyoneAway) {
    warning = `case ${caseRow.number}: everyone to page at the ${level} level is away; paged them anyway`;
  }
  return { staff: routed.recipients, ...(warning ? { warning } : {}), awayNotes };
}

/** The case's owner or a task's assignee stands for their role: an analyst's stand-ins are analysts. */
const roleOfOwner = (member: StaffRow) =>
  member.roles.includes('analyst') ? 'analyst' : (member.roles[0] ?? 'analyst');
