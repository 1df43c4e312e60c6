/**
 * Where a staff notification goes on the deployment's staff channel: to each staff member with the role
 * (their Slack user or address), or — when the deployment has one shared staff room (SLACK_STAFF_CHANNEL)
 * — once, to that room, so the team sees one message instead of one per member. On Slack, what is for
 * managers (a customer asking for management attention, a critical case) also reaches each manager of
 * the region directly, as a DM (issue 20 §4): a manager need not watch the room to hear of it.
 */
import { staffWithRole } from '../../store/directory-reader.ts';
import type { EngineContext } from './types.ts';

export async function staffRecipients(ctx: EngineContext, role: string, region?: string | null): Promise<string[]> {
  const members = async () =>
    (await staffWithRole(ctx.db, role, region)).map((member) =>
      ctx.staffChannel === 'slack' ? (member.slackUserId ?? member.email) : member.email,
    );
  if (!ctx.staffRoom) return await members();
  if (ctx.staffChannel === 'slack' && role === 'manager') {
    return [ctx.staffRoom, ...(await members()).filter((r) => /^[UW][A-Z0-9]+$/.test(r))];
  }
  return [ctx.staffRoom];
}
