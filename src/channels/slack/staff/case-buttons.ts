/**
 * The case card's buttons (issue 20 §2). Each press is acknowledged first, then the presser is checked
 * from the payload (staff-identity.ts); Take, Resolve and Close act at once through the engine's staff
 * actions, Reply, Ask for information and Set severity open a form (views.open within the trigger's
 * 3 seconds, after one local lookup). The card follows by itself (its revision moved with the change);
 * a refused or stale press is answered privately and the card refreshed.
 */
import { SEVERITIES, type SeverityId } from '../../../domain/ids.ts';
import { performStaffAction, ROLES_FOR, type StaffActionName } from '../../../services/engine/staff-actions.ts';
import { appendAudit } from '../../../store/audit-log.ts';
import { findCaseByNumber } from '../../../store/case-store.ts';
import { touchCard } from '../../../store/slack-card-store.ts';
import { parseTakeValue } from '../blocks/case-card.ts';
import { STAFF_ACTIONS } from '../blocks/staff-ids.ts';
import { replyModal, severityModal } from '../blocks/staff-modals.ts';
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

const ACTION_OF: Record<string, StaffActionName> = {
  [STAFF_ACTIONS.take]: 'take',
  [STAFF_ACTIONS.reply]: 'reply',
  [STAFF_ACTIONS.ask]: 'reply',
  [STAFF_ACTIONS.severity]: 'set-severity',
  [STAFF_ACTIONS.resolve]: 'resolve',
  [STAFF_ACTIONS.close]: 'close',
};

export const CASE_BUTTONS = Object.keys(ACTION_OF);

export async function pressCaseButton(deps: StaffDeps, body: unknown, client: WebClientLike): Promise<void> {
  const { ctx } = deps;
  const action = obj((obj(body)['actions'] as unknown[] | undefined)?.[0]);
  const actionId = str(action['action_id']) ?? '';
  const value = str(action['value']);
  const name = ACTION_OF[actionId];
  const actor = actorOf(body);
  const channel = channelOf(body);
  if (!name || !actor) return;
  const take = actionId === STAFF_ACTIONS.take ? parseTakeValue(value) : undefined;
  const number = take?.number ?? (/^\d{8}$/.test(value ?? '') ? value! : undefined);
  if (!number) {
    deps.logger.warn({ actionId }, 'case button without a case number ignored');
    return;
  }
  const check = await checkStaff(ctx.db, deps.settings.teamId, actor, ROLES_FOR[name]);
  if (!check.ok) {
    await auditRefusal(deps, actor, name, number, check);
    await tellPrivately(deps, client, channel, actor.userId, check.message);
    return;
  }
  const caseRow = await findCaseByNumber(ctx.db, number);
  if (!caseRow) {
    await tellPrivately(deps, client, channel, actor.userId, `There is no Case ${number} (any more).`);
    return;
  }
  if (caseRow.state === 'closed') {
    await stale(deps, number, check.member.email, name, 'closed');
    await tellPrivately(deps, client, channel, actor.userId, `Case ${number} is already closed: nothing was changed.`);
    return;
  }
  if (actionId === STAFF_ACTIONS.reply || actionId === STAFF_ACTIONS.ask || actionId === STAFF_ACTIONS.severity) {
    const triggerId = str(obj(body)['trigger_id']);
    if (!triggerId) return;
    const meta = { ref: number, channel: channel ?? null };
    const view =
      actionId === STAFF_ACTIONS.severity
        ? severityModal(meta, severityOptions(deps, caseRow.system), caseRow.severity)
        : replyModal(meta, actionId === STAFF_ACTIONS.ask);
    await client.views.open({ trigger_id: triggerId, view });
    return;
  }
  const result = await performStaffAction(ctx, {
    from: check.member.email,
    action: name,
    target: number,
    at: ctx.now(),
    ...(take ? { expectedOwnerStaffId: take.expectedOwner } : {}),
  });
  if (!result.ok) {
    // Someone else was quicker, or the card showed an old state: they are told, the card is refreshed.
    await stale(deps, number, check.member.email, name, result.error);
    await tellPrivately(deps, client, channel, actor.userId, `${capitalise(result.error)}.`);
  }
  deps.wake();
}

/** Test and lab systems go no higher than High (DOMAIN.md §2): the form offers only what the rules allow. */
export function severityOptions(deps: Pick<StaffDeps, 'ctx'>, system: string | null) {
  return SEVERITIES.filter((s: SeverityId) => system !== 'test' || deps.ctx.policy.severities[s].allowedOnTest).map(
    (s) => ({
      value: s,
      label: deps.ctx.policy.severities[s].name,
    }),
  );
}

async function stale(deps: StaffDeps, number: string, email: string, what: string, why: string): Promise<void> {
  const caseRow = await findCaseByNumber(deps.ctx.db, number);
  if (caseRow) await touchCard(deps.ctx.db, `case:${caseRow.id}`);
  await appendAudit(deps.ctx.db, {
    at: deps.ctx.now().toISOString(),
    actor: `staff:${email}`,
    action: 'slack.stale-press',
    subject: number,
    details: { what, why },
  });
  deps.wake();
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
