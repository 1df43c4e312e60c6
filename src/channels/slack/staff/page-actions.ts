/**
 * Acknowledge on a page DM (issue 20 §4): the clock's acknowledgePage decides (a recipient, or an
 * analyst, manager, head or admin); the repeats stop, and every DM of the page is updated in place
 * (the page's change moved their revision).
 */
import { STAFF_ROLES } from '../../../domain/ids.ts';
import { acknowledgePage } from '../../../services/schedule/acknowledge-page.ts';
import {
  auditRefusal,
  channelOf,
  obj,
  type StaffDeps,
  str,
  tellPrivately,
  type WebClientLike,
} from './staff-context.ts';
import { actorOf, checkStaff } from './staff-identity.ts';

export async function pressAcknowledge(deps: StaffDeps, body: unknown, client: WebClientLike): Promise<void> {
  const action = obj((obj(body)['actions'] as unknown[] | undefined)?.[0]);
  const pageId = Number(str(action['value']));
  const actor = actorOf(body);
  const channel = channelOf(body);
  if (!actor || !Number.isInteger(pageId)) return;
  const check = await checkStaff(deps.ctx.db, deps.settings.teamId, actor, STAFF_ROLES);
  if (!check.ok) {
    await auditRefusal(deps, actor, 'acknowledge', `page ${pageId}`, check);
    await tellPrivately(deps, client, channel, actor.userId, check.message);
    return;
  }
  const result = await acknowledgePage(deps.ctx, pageId, check.member.id);
  deps.wake();
  if (!result.ok || result.already)
    await tellPrivately(deps, client, channel, actor.userId, `${capitalise(result.message)}.`);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
