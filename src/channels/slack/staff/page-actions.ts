/**
 * Acknowledge on a page DM (issue 20 §4): the clock's acknowledgePage decides (a recipient, or an
 * analyst, manager, head or admin); the repeats stop, and every DM of the page is updated in place
 * (the page's change moved their revision).
 */
import { STAFF_ROLES } from '../../../domain/ids.ts';
import { escapeSlackText } from '../../../domain/slack-text.ts';
import { acknowledgePage } from '../../../services/schedule/acknowledge-page.ts';
import { pageReference } from '../../../services/schedule/page-sender.ts';
import { getCaseById } from '../../../store/case-store.ts';
import { findStaffById } from '../../../store/directory-reader.ts';
import type { PageRow } from '../../../store/page-store.ts';
import { slackTime } from '../blocks/slack-time.ts';
import { staffZone } from './card-views.ts';
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
  if (!result.ok) await tellPrivately(deps, client, channel, actor.userId, `${capitalise(result.message)}.`);
  else if (result.already)
    await tellPrivately(deps, client, channel, actor.userId, await alreadyAcknowledged(deps, result.page));
}

/** Who took the page and when, the time in the reader's own zone (never raw ISO). */
async function alreadyAcknowledged(deps: StaffDeps, page: PageRow): Promise<string> {
  const by = await findStaffById(deps.ctx.db, page.acknowledgedBy ?? -1);
  const caseRow = await getCaseById(deps.ctx.db, page.caseId);
  const zone = caseRow ? staffZone(deps.ctx.policy, caseRow) : 'UTC';
  const when = page.acknowledgedAt ? ` ${slackTime(page.acknowledgedAt, zone, deps.ctx.now())}` : '';
  const who = by ? (by.slackUserId ? `<@${by.slackUserId}>` : escapeSlackText(by.name)) : 'staff';
  return `Page ${pageReference(page.id)} was already acknowledged by ${who}${when}: its repeats have stopped.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
