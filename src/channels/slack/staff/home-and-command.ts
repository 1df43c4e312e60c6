/**
 * The App Home and `/case` (issue 20 §5, §6), on the access rules of services/cases/case-view.ts. Who
 * asks is decided from the payload: the vendor's workspace plus the staff table → staff; otherwise a
 * Slack user is a customer only while verified by PIN (a claim until then: nothing is shown).
 */
import { STAFF_ROLES } from '../../../domain/ids.ts';
import { escapeSlackText } from '../../../domain/slack-text.ts';
import { OPEN_STATES, showCase, summarise, type Viewer, visibleCases } from '../../../services/cases/case-view.ts';
import { describeDue } from '../../../services/engine/case-sla.ts';
import { identifySender } from '../../../services/engine/identify-sender.ts';
import type { CaseRow } from '../../../store/case-store.ts';
import { slackSenderKeysOf } from '../../../store/channel-records.ts';
import { openPagesOfCase } from '../../../store/page-store.ts';
import { caseAnswer, caseListAnswer, caseModal, customerHome, staffHome } from '../blocks/home.ts';
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
  const withPages = await Promise.all(queue.map(async (c) => ({ c, pages: await openPagesOfCase(db, c.id) })));
  const s = (cases: CaseRow[]) => Promise.all(cases.map(async (c) => await summarise(db, policy, c)));
  const paged = (level: string) => withPages.filter((x) => x.pages.some((p) => p.level === level)).map((x) => x.c);
  return staffHome({
    regions,
    unassigned: await s(queue.filter((c) => c.ownerStaffId === null && c.state !== 'waiting-on-customer')),
    atRisk: await s(paged('at-risk')),
    breached: await s(paged('breached')),
    waiting: await s(queue.filter((c) => c.state === 'waiting-on-customer')),
  });
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
  const asked = readCaseCommand(text);
  if (asked.kind === 'help') return help;
  const viewer = await viewerOf(deps, userId, teamId);
  const number = asked.kind === 'case' ? asked.number : undefined;
  if (!viewer)
    return `Verify first: write to me in a direct message and I will ask for your PIN in a private form. ${help}`;
  if (number) {
    const found = await showCase(db, policy, number, viewer);
    return found.ok ? caseAnswer(found.details) : `There is no case ${number} that you may see.`;
  }
  const open = (await visibleCases(db, viewer)).filter(
    (c) => OPEN_STATES.includes(c.state) && c.state !== 'collecting',
  );
  if (viewer.kind === 'contact')
    return caseListAnswer('Your open cases', await Promise.all(open.map(async (c) => await summarise(db, policy, c))));
  const regions = viewer.kind === 'staff' ? viewer.member.regions : [];
  const queue = open.filter((c) => regions.length === 0 || regions.includes(c.region ?? ''));
  return caseListAnswer(
    `Open cases in ${regions.join(', ') || 'all regions'}`,
    await Promise.all(queue.map(async (c) => await summarise(db, policy, c))),
  );
}

/**
 * What `/case …` asks, as people type it: a case by its number anywhere in the text ("01000001",
 * "Case 01000001.", "status 01000001", "1000001" without its leading zero), their list ("list", "my
 * cases", "mine", "queue"), or else how to use it.
 */
function readCaseCommand(text: string): { kind: 'case'; number: string } | { kind: 'list' } | { kind: 'help' } {
  const asked = text.trim().toLowerCase();
  const digits = /(?:^|\D)(\d{6,8})(?!\d)/.exec(asked)?.[1];
  if (digits) return { kind: 'case', number: digits.padStart(8, '0') };
  if (/\b(?:list|mine|my|queue)\b/.test(asked)) return { kind: 'list' };
  return { kind: 'help' };
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
