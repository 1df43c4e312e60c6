/**
 * Requests about existing cases: add to a case, its status, my cases, a severity change request,
 * management attention (DOMAIN.md §2, §4). A case is only ever shown to contacts with a grant on its
 * Sold To / End User pair; an unknown number and someone else's number get the same answer.
 */
import { decideAccess } from '../../../domain/access.ts';
import type { Reading } from '../../../domain/understanding/reading.ts';
import { addCaseEvent, type CaseRow, casesForPairs, findCaseByNumber, updateCase } from '../../../store/case-store.ts';
import { describeDue } from '../case-sla.ts';
import { resumeClock } from '../pause.ts';
import type { Turn } from '../turn.ts';

/** The case a request is about: named by number, or the one this thread belongs to. */
function caseInQuestion(turn: Turn, u: Reading, action: 'view' | 'update-case'): CaseRow | undefined {
  const number = u.slots.caseNumbers?.value[0];
  const candidate = number ? findCaseByNumber(turn.ctx.db, number) : turn.caseRow;
  if (!candidate) {
    turn.decision = number ? 'case-not-found' : 'which-case';
    turn.reply(number ? 'case-not-found' : 'which-case', { number: number ?? '' });
    return undefined;
  }
  const grant = turn.identity.grants.find((g) => g.soldTo === candidate.soldTo && g.endUser === candidate.endUser);
  const access = decideAccess(turn.identity.contact?.designated ?? false, grant, action);
  if (!access.allowed) {
    turn.decision = access.reason === 'read-only' ? 'read-only' : 'case-not-found';
    // Issue 21 §6: a read-only contact's update is not dropped silently: who can make it is said.
    turn.reply(access.reason === 'read-only' ? 'read-only-cannot-update' : 'case-not-found', {
      number: candidate.number,
      account: grant ? accountOf(turn, grant) : '',
    });
    turn.audit('case.access-refused', candidate.number, { reason: access.reason });
    return undefined;
  }
  turn.attachCase(candidate);
  return candidate;
}

/** A new, different problem in a case's thread (DOMAIN.md §4): announced as such, or about another product. */
function raisesAnotherIssue(turn: Turn, u: Reading): boolean {
  const caseRow = turn.caseRow;
  if (!caseRow || !u.slots.description) return false;
  if (u.announcesNewIssue) return true;
  const product = u.slots.product?.value;
  return (
    product !== undefined &&
    caseRow.product !== null &&
    product !== caseRow.product &&
    u.intents[0]?.intent === 'open-case'
  );
}

export function addToCase(turn: Turn, text: string, u: Reading): void {
  const named = u.slots.caseNumbers?.value ?? [];
  const aboutThisThread = named.length === 0 || (named.length === 1 && named[0] === turn.caseRow?.number);
  if (turn.caseRow && aboutThisThread && raisesAnotherIssue(turn, u)) {
    // One issue per case (DOMAIN.md §4): a new issue in a case's thread is offered as a new case.
    turn.setDialogue({ kind: 'offer-new-case', text });
    turn.decision = 'new-issue-offered';
    turn.reply('offer-new-case-in-thread', { number: turn.caseRow.number });
    return;
  }
  const caseRow = caseInQuestion(turn, u, 'update-case');
  if (!caseRow) return;
  if (caseRow.state === 'closed') {
    turn.decision = 'case-closed';
    turn.reply('case-closed-offer-new', { number: caseRow.number });
    turn.setDialogue({ kind: 'offer-new-case', text });
    return;
  }
  addCaseEvent(turn.ctx.db, {
    caseId: caseRow.id,
    at: turn.nowIso,
    kind: 'message-in',
    actor: turn.actor,
    text,
    details: { attachments: turn.message.attachments.map((a) => a.filename) },
  });
  const updated = caseRow.state === 'waiting-on-customer' ? resumeClock(turn, caseRow) : caseRow;
  turn.attachCase(updated);
  turn.decision = 'case-update';
  turn.reply('case-updated', { number: updated.number, state: updated.state });
  turn.notifyStaff(
    'analyst',
    'staff-case-updated',
    { number: updated.number, contact: turn.identity.contact?.name ?? '', text: text.slice(0, 500) },
    updated.region,
  );
}

export function caseStatus(turn: Turn, u: Reading): void {
  const caseRow = caseInQuestion(turn, u, 'view');
  if (!caseRow) return;
  turn.decision = 'case-status';
  const zone = caseRow.timeZone ?? 'UTC';
  turn.reply('case-status', {
    number: caseRow.number,
    state: caseRow.state,
    severity: caseRow.severity ? turn.ctx.policy.severities[caseRow.severity as 'low'].name : 'not set yet',
    product: `${caseRow.product ?? 'not set'} ${caseRow.version ?? ''}`.trim(),
    responseDue: caseRow.respondedAt
      ? `met (${describeDue(caseRow.respondedAt, zone, turn.message.receivedAt)})`
      : describeDue(caseRow.responseDue, zone, turn.message.receivedAt),
    targetDue: describeDue(caseRow.targetDue, zone, turn.message.receivedAt),
  });
}

export function myCases(turn: Turn): void {
  const rows = casesForPairs(turn.ctx.db, turn.identity.grants);
  turn.decision = 'my-cases';
  if (rows.length === 0) {
    turn.reply('my-cases-none');
    return;
  }
  const lines = rows.map(
    (c) =>
      `• ${c.number} — ${c.state}, ${c.severity ?? 'severity not set'} — ${(c.description ?? c.type).slice(0, 80)}`,
  );
  turn.reply('my-cases', { count: rows.length, cases: lines.join('\n') });
}

/** Critical cases: the analyst engages a manager; others may ask through the dedicated mailbox (seed 001 §2.2). */
export function managementAttention(turn: Turn, text: string, u: Reading): void {
  const caseRow = caseInQuestion(turn, u, 'update-case');
  if (!caseRow) return;
  const critical = caseRow.severity ? turn.ctx.policy.severities[caseRow.severity as 'low'].mustCallIn : false;
  addCaseEvent(turn.ctx.db, {
    caseId: caseRow.id,
    at: turn.nowIso,
    kind: 'management-attention',
    actor: turn.actor,
    text,
  });
  updateCase(turn.ctx.db, caseRow.id, { updatedAt: turn.nowIso });
  turn.decision = 'management-attention';
  turn.notifyStaff(
    'manager',
    'staff-management-attention',
    { number: caseRow.number, text: text.slice(0, 500) },
    caseRow.region,
  );
  turn.reply(critical ? 'management-attention-critical' : 'management-attention', {
    number: caseRow.number,
    mailbox: turn.ctx.policy.managementAttentionEmail,
  });
}

function accountOf(turn: Turn, grant: { soldTo: string }): string {
  return turn.identity.grants.find((g) => g.soldTo === grant.soldTo)?.soldToName ?? grant.soldTo;
}

/** "You can close case N": passed to the analyst, who closes it (staff close cases, README "Staff roles"). */
export function requestCaseClosure(turn: Turn, text: string, u: Reading): void {
  const caseRow = caseInQuestion(turn, u, 'update-case');
  if (!caseRow) return;
  turn.decision = 'close-requested';
  if (caseRow.state === 'closed') {
    turn.reply('case-already-closed', { number: caseRow.number });
    return;
  }
  addCaseEvent(turn.ctx.db, { caseId: caseRow.id, at: turn.nowIso, kind: 'close-request', actor: turn.actor, text });
  turn.reply('close-requested', { number: caseRow.number });
  turn.notifyStaff(
    'analyst',
    'staff-close-request',
    { number: caseRow.number, text: text.slice(0, 300) },
    caseRow.region,
  );
}

export { requestSeverityChange } from './severity-change.ts';
export { caseInQuestion };
