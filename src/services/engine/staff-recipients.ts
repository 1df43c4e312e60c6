/**
 * Where a staff notification goes on the deployment's staff channel: to each staff member with the role
 * (their Slack user or address), or — when the deployment has one shared staff room (SLACK_STAFF_CHANNEL)
 * — once, to that room, so the team sees one message instead of one per member.
 */
import { staffWithRole } from '../../store/directory-reader.ts';
import type { EngineContext } from './types.ts';

export function staffRecipients(ctx: EngineContext, role: string, region?: string | null): string[] {
  if (ctx.staffRoom) return [ctx.staffRoom];
  return staffWithRole(ctx.db, role, region).map((member) =>
    ctx.staffChannel === 'slack' ? (member.slackUserId ?? member.email) : member.email,
  );
}
