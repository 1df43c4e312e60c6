/**
 * `staff add`: a Customer Care analyst, manager, licensing or admin member (DOMAIN.md §1), with
 * canonical roles and regions (§9). Adding an email or Slack id that is already staff is refused.
 */
import { StaffRowSchema } from '../domain/directory/row-schemas.ts';
import type { StoredStaff } from '../domain/directory/state.ts';
import { describeZodIssues } from '../domain/validation.ts';
import type { Db } from '../store/database.ts';
import { findStaffClash, insertStaffMember } from '../store/staff-admin-store.ts';

export interface AddStaffInput {
  email: string;
  name: string;
  roles: string[];
  regions: string[];
  slackUserId?: string;
  actor: string;
  now?: Date;
}

export type AddStaffResult =
  | { ok: true; staff: StoredStaff }
  | { ok: false; reason: 'invalid'; problems: string[] }
  | { ok: false; reason: 'exists'; problems: string[] };

export async function addStaff(db: Db, input: AddStaffInput): Promise<AddStaffResult> {
  const parsed = StaffRowSchema.safeParse({
    email: input.email,
    name: input.name,
    roles: input.roles,
    regions: input.regions,
    ...(input.slackUserId !== undefined ? { slackUserId: input.slackUserId } : {}),
  });
  if (!parsed.success) return { ok: false, reason: 'invalid', problems: describeZodIssues(parsed.error) };
  const row = parsed.data;
  const staff: StoredStaff = {
    email: row.email,
    slackUserId: row.slackUserId ?? null,
    name: row.name,
    roles: row.roles,
    regions: row.regions,
  };
  const clash = await findStaffClash(db, staff.email, staff.slackUserId);
  if (clash) {
    const what =
      clash.email === staff.email
        ? `${staff.email} is already staff`
        : `Slack user ${staff.slackUserId} is already staff member ${clash.email}`;
    return { ok: false, reason: 'exists', problems: [what] };
  }
  await insertStaffMember(db, staff, {
    at: input.now ?? new Date(),
    actor: input.actor,
    action: 'staff.add',
    subject: staff.email,
    details: { roles: staff.roles, regions: staff.regions },
  });
  return { ok: true, staff };
}
