/**
 * Where a staff notification goes on the deployment's staff channel: to each staff member with the role
 * (their Slack user or address), or — when the deployment has one shared staff room (SLACK_STAFF_CHANNEL)
 * — once, to that room, so the team sees one message instead of one per member. On Slack, what is for
 * managers (a customer asking for management attention, a critical case) also reaches each manager of
 * the region directly, as a DM (issue 20 §4): a manager need not watch the room to hear of it.
 * Members who are away are replaced as pages replace them (their cover, others of the role, …), and
 * the notice says who is away (`awayNotes`).
 */
import { allStaffRows, staffWithRole } from '../../store/directory-reader.ts';
import { presentRecipients } from '../staff-absence/present-recipients.ts';
import type { EngineContext } from './types.ts';

export interface StaffRecipients {
  recipients: string[];
  awayNotes: string[];
}

export async function staffRecipients(
  ctx: EngineContext,
  role: string,
  region: string | null | undefined,
  now: Date,
): Promise<StaffRecipients> {
  const members = async () => {
    const picked = (await staffWithRole(ctx.db, role, region)).map((member) => ({ member, role }));
    const staff = await allStaffRows(ctx.db);
    const { routed, awayNotes } = await presentRecipients(ctx.db, ctx.policy, picked, staff, region ?? null, now);
    const addresses = routed.recipients.map((member) =>
      ctx.staffChannel === 'slack' ? (member.slackUserId ?? member.email) : member.email,
    );
    return { recipients: addresses, awayNotes };
  };
  if (!ctx.staffRoom) return await members();
  if (ctx.staffChannel === 'slack' && role === 'manager') {
    const direct = await members();
    return {
      recipients: [ctx.staffRoom, ...direct.recipients.filter((r) => /^[UW][A-Z0-9]+$/.test(r))],
      awayNotes: direct.awayNotes,
    };
  }
  return { recipients: [ctx.staffRoom], awayNotes: [] };
}
