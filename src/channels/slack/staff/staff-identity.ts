/**
 * Who pressed a staff button, submitted a staff form or ran a command (issue 20 §1), decided on the
 * server from the payload, never from what the message showed:
 *
 * | payload `user.team_id`   | staff table (by Slack user id) | roles fit the action | outcome                 |
 * |--------------------------|--------------------------------|----------------------|-------------------------|
 * | not SLACK_TEAM_ID (or    | —                              | —                    | refused: other workspace|
 * |   SLACK_TEAM_ID unset)   |                                |                      |                         |
 * | SLACK_TEAM_ID            | not there                      | —                    | refused: not staff      |
 * | SLACK_TEAM_ID            | there                          | no                   | refused: role           |
 * | SLACK_TEAM_ID            | there                          | yes                  | the staff member        |
 */

import type { Db } from '../../../store/database.ts';
import { findStaffBySlackId, type StaffRow } from '../../../store/directory-reader.ts';

export interface SlackActor {
  userId: string;
  teamId: string | undefined;
}

export type StaffCheck =
  | { ok: true; member: StaffRow }
  | { ok: false; why: 'other-workspace' | 'not-staff' | 'role'; message: string };

/** The acting user of an interaction payload: `user.id` and `user.team_id` (falling back to `team.id`). */
export function actorOf(body: unknown): SlackActor | undefined {
  const b = body as { user?: { id?: unknown; team_id?: unknown }; team?: { id?: unknown } | null };
  const userId = typeof b.user?.id === 'string' ? b.user.id : undefined;
  if (!userId) return undefined;
  const teamId =
    typeof b.user?.team_id === 'string' ? b.user.team_id : typeof b.team?.id === 'string' ? b.team.id : undefined;
  return { userId, teamId };
}

export async function checkStaff(
  db: Db,
  vendorTeamId: string | undefined,
  actor: SlackActor,
  roles: readonly string[],
): Promise<StaffCheck> {
  if (!vendorTeamId || actor.teamId !== vendorTeamId) {
    return { ok: false, why: 'other-workspace', message: 'Only Customer Care staff of this workspace can do that.' };
  }
  const member = await findStaffBySlackId(db, actor.userId);
  if (!member) return { ok: false, why: 'not-staff', message: 'Only Customer Care staff can do that.' };
  if (!member.roles.some((role) => roles.includes(role))) {
    return {
      ok: false,
      why: 'role',
      message: `Your role (${member.roles.join(', ') || 'none'}) does not allow that; it needs ${roles.join(' or ')}.`,
    };
  }
  return { ok: true, member };
}
