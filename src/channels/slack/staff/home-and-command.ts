/**
 * The App Home and `/case` (issue 20 §5, §6), on the access rules of services/cases/case-view.ts. Who
 * asks is decided from the payload: the vendor's workspace plus the staff table → staff; otherwise a
 * Slack user is a customer only while verified by PIN (a claim until then: nothing is shown).
 */

import { DateTime } from 'luxon';
import { STAFF_ROLES } from '../../../domain/ids.ts';
import { escapeSlackText } from '../../../domain/slack-text.ts';
import { OPEN_STATES, showCase, summarise, type Viewer, visibleCases } from '../../../services/cases/case-view.ts';
import { describeDue } from '../../../services/engine/case-sla.ts';
import { identifySender } from '../../../services/engine/identify-sender.ts';
import type { CaseRow } from '../../../store/case-store.ts';
import { slackSenderKeysOf } from '../../../store/channel-records.ts';
import { pagesOfCase } from '../../../store/page-store.ts';
import { caseAnswer, caseListAnswer, caseModal, customerHome, staffHome } from '../blocks/home.ts';
import { slackTime } from '../blocks/slack-time.ts';
import { staffZone } from './card-views.ts';
import { matchesAsk, nextUnmetDue, type QueueAsk, readQueueAsk, type Standing, standingsOf } from './queue-ask.ts';
import { obj, type StaffDeps, str, type WebClientLike } from './staff-context.ts';
import { actorOf, checkStaff } from './staff-identity.ts';

/** Staff, a verified contact, or nobody (null). A customer's team comes from where they verified. */
export async function viewerOf(deps: StaffDeps, userId: string, teamId: string | undefined): Promise<Viewer | null> {
  const { ctx } = deps;
  const staff = await checkStaff(ctx.db, deps.settings.teamId, { userId, teamId }, STAFF_ROLES);
  if (staff.ok) return { kind: 'staff', member: staff.member };
  const nowIso = ctx.now().toISOString();
  const teams = teamId ? [teamId] : [];
  for (const team of [...teams, ...(await verifiedTeamsOf(deps, userId, nowIso))]) {
    const identity = await identifySender(ctx, 'slack', { kind: 'slack', teamId: team, userId }, nowIso);
    if (identity.verified && identity.contact) {
      return { kind: 'contact', contact: identity.contact, grants: identity.grants, verified: true };
    }
  }
  return null;
}

/** App Home events carry no user team: the teams this user verified from (their sender keys). */
async function verifiedTeamsOf(deps: StaffDeps, userId: string, nowIso: string): Promise<string[]> {
  const keys = await slackSenderKeysOf(deps.ctx.db, userId, nowIso);
  return keys.map((key) => key.slice(0, -(userId.length + 1)));
}

function nextDue(c: CaseRow): string {
  const zone = c.timeZone ?? 'UTC';
  if (c.state === 'waiting-on-customer') return 'waiting on your answer (the clock is paused)';
  if (!c.respondedAt && c.responseDue) return `first response by ${describeDue(c.responseDue, zone)}`;
  if (c.targetDue) return `${c.targetKind ?? 'target'} by ${describeDue(c.targetDue, zone)}`;
  return 'no due yet';
}

export async function homeView(deps: StaffDeps, userId: string, teamId: string | undefined) {
  const { db, policy } = deps.ctx;
  const viewer = await viewerOf(deps, userId, teamId);
  if (!viewer) return customerHome(null);
  const open = (c: CaseRow) => OPEN_STATES.includes(c.state) && c.state !== 'collecting';
  if (viewer.kind === 'contact') {
    const cases = (await visibleCases(db, viewer)).filter(open);
    return customerHome(
      await Promise.all(cases.map(async (c) => ({ ...(await summarise(db, policy, c)), nextDue: nextDue(c) }))),
    );
  }
  const regions = viewer.kind === 'staff' ? viewer.member.regions : [];
  const queue = (await visibleCases(db, viewer)).filter(
    (c) => open(c) && (regions.length === 0 || regions.includes(c.region ?? '')),
  );
  const standing = await standingsNow(deps, queue);
  const s = (cases: CaseRow[]) => Promise.all(cases.map(async (c) => await summarise(db, policy, c)));
  // From the dues, not from open pages only: a breach a manager acknowledged is still a breach.
  const having = (wanted: Standing) => queue.filter((c) => standing.get(c.id)?.has(wanted));
  return staffHome({
    regions,
    unassigned: await s(queue.filter((c) => c.ownerStaffId === null && c.state !== 'waiting-on-customer')),
    atRisk: await s(having('at-risk')),
    breached: await s(having('breached')),
    waiting: await s(queue.filter((c) => c.state === 'waiting-on-customer')),
  });
}

/** Each case's standing on its clock now, the day ending in its region's own time. */
async function standingsNow(deps: StaffDeps, cases: CaseRow[]): Promise<Map<number, Set<Standing>>> {
  const now = deps.ctx.now();
  const standings = new Map<number, Set<Standing>>();
  for (const c of cases) {
    const zone = staffZone(deps.ctx.policy, c);
    const endOfToday = DateTime.fromJSDate(now, { zone }).startOf('day').plus({ days: 1 }).toJSDate();
    standings.set(c.id, standingsOf(c, await pagesOfCase(deps.ctx.db, c.id), now, endOfToday));
  }
  return standings;
}

/** `/case N`, `/case list`, `/case` (help): the ephemeral answer's text. */
export async function answerCaseCommand(
  deps: StaffDeps,
  userId: string,
  teamId: string | undefined,
  text: string,
): Promise<string> {
  const { db, policy, templates } = deps.ctx;
  const help = escapeSlackText(templates.render('slash-case', { portal: policy.supportPortalName }));
  const asked = readQueueAsk(text);
  const viewer = await viewerOf(deps, userId, teamId);
  if (asked.kind === 'help')
    return viewer?.kind === 'staff' ? escapeSlackText(templates.render('slash-case-staff', {})) : help;
  if (!viewer)
    return `Verify first: write to me in a direct message and I will ask for your PIN in a private form. ${help}`;
  if (asked.kind === 'case') {
    const found = await showCase(db, policy, asked.number, viewer);
    return found.ok ? caseAnswer(found.details) : `There is no case ${asked.number} that you may see.`;
  }
  const open = (await visibleCases(db, viewer)).filter(
    (c) => OPEN_STATES.includes(c.state) && c.state !== 'collecting',
  );
  if (viewer.kind === 'contact')
    return caseListAnswer('Your open cases', await Promise.all(open.map(async (c) => await summarise(db, policy, c))));
  const member = viewer.kind === 'staff' ? viewer.member : undefined;
  const regions = member?.regions ?? [];
  const queue = open.filter((c) => regions.length === 0 || regions.includes(c.region ?? ''));
  const standing = await standingsNow(deps, queue);
  const picked = queue.filter((c) => matchesAsk(asked, c, standing.get(c.id)!, member?.id ?? -1));
  const lines = await Promise.all(
    picked.map(async (c) => ({ ...(await summarise(db, policy, c)), note: dueNote(deps, c, standing.get(c.id)!) })),
  );
  return caseListAnswer(`${listTitle(asked)} in ${regions.join(', ') || 'all regions'}`, lines);
}

const STANDING_NAMES: Record<Standing, string> = {
  breached: 'breached',
  'at-risk': 'at risk',
  'due-today': 'due today',
};

/** "Open cases", "Cases breached or due today, unassigned", "Your cases at risk" … as asked. */
function listTitle(ask: Extract<QueueAsk, { kind: 'list' }>): string {
  const parts = [
    ask.standings.map((s) => STANDING_NAMES[s]).join(' or '),
    ...ask.scopes.filter((s) => s !== 'mine').map((s) => (s === 'waiting' ? 'waiting on the customer' : s)),
  ].filter(Boolean);
  const what = parts.length > 0 ? `cases ${parts.join(', ')}` : 'open cases';
  if (ask.scopes.includes('mine')) return `Your ${what}`;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
}

/** The next due in each reader's own time, and how it stands ("breached", "at risk"). */
function dueNote(deps: StaffDeps, c: CaseRow, standing: Set<Standing>): string {
  const due = nextUnmetDue(c);
  if (!due) return c.state === 'waiting-on-customer' ? 'waiting on the customer' : 'no due';
  const what = !c.respondedAt && c.responseDue ? 'first response' : (c.targetKind ?? 'target');
  const flag = standing.has('breached') ? ' — *breached*' : standing.has('at-risk') ? ' — at risk' : '';
  return `${what} due ${slackTime(due, staffZone(deps.ctx.policy, c), deps.ctx.now())}${flag}`;
}

/** The App Home's Open button: the case for whoever may see it (checked again from the payload). */
export async function openCaseFromHome(deps: StaffDeps, body: unknown, client: WebClientLike): Promise<void> {
  const actor = actorOf(body);
  const b = obj(body);
  const number = str(obj((b['actions'] as unknown[] | undefined)?.[0])['value']);
  const triggerId = str(b['trigger_id']);
  if (!actor || !number || !triggerId) return;
  const viewer = await viewerOf(deps, actor.userId, actor.teamId);
  const found = viewer ? await showCase(deps.ctx.db, deps.ctx.policy, number, viewer) : undefined;
  if (!found?.ok) {
    deps.logger.info({ user: actor.userId }, 'App Home case refused');
    return;
  }
  await client.views.open({ trigger_id: triggerId, view: caseModal(found.details) });
}
