/**
 * Requests about existing cases: add to a case, its status, my cases, a severity change request,
 * management attention (DOMAIN.md §2, §4). A case is only ever shown to contacts with a grant on its
 * Sold To / End User pair; an unknown number and someone else's number get the same answer.
 */
import { isAcknowledgement } from '../../../domain/understanding/acknowledgement.ts';
import { announcesAnotherProblem, splitAtNewIssue } from '../../../domain/understanding/cues.ts';
import type { Reading } from '../../../domain/understanding/reading.ts';
import { addCaseEvent, type CaseRow, casesForPairs, updateCase } from '../../../store/case-store.ts';
import { caseAccessFor } from '../case-access.ts';
import { describeDue } from '../case-sla.ts';
import { resumeClock } from '../pause.ts';
import { readMessage } from '../read-message.ts';
import type { Turn } from '../turn.ts';
import { applyCorrections, fillMissingDetails } from './case-corrections.ts';
import { caseInQuestion, offerNewCaseForClosed } from './case-in-question.ts';
import { splitNewIssue } from './new-issue-in-thread.ts';
import { attachedFiles } from './not-understood.ts';
import { reopenIfResolved, reopenRefused } from './reopen-case.ts';
import { tellReopened } from './tell-reopened.ts';

/**
 * A new, different problem in a case's thread (DOMAIN.md §4): announced as such, or about another product.
 * A problem announced in no uncertain words is read on its own ("Logs attached for the email issue. Separate
 * issue while I have you: WFM 8.5 …"): the words about this case before it do not hide its description.
 */
async function raisesAnotherIssue(turn: Turn, text: string, u: Reading): Promise<boolean> {
  const caseRow = turn.caseRow;
  if (!caseRow) return false;
  if (u.slots.description && u.announcesNewIssue) return true;
  if (announcesAnotherProblem(text)) {
    const issue = splitAtNewIssue(text)?.issue;
    return issue !== undefined && (await readMessage(turn, issue)).slots.description !== undefined;
  }
  const product = u.slots.product?.value;
  return (
    u.slots.description !== undefined &&
    product !== undefined &&
    caseRow.product !== null &&
    product !== caseRow.product &&
    u.intents[0]?.intent === 'open-case'
  );
}

/** The sender's read-write grant for the case's pair, so a new case from its thread is on the same pair. */
function pairOf(turn: Turn, caseRow: CaseRow): { pairId?: number } {
  const grant = turn.identity.grants.find(
    (g) => g.soldTo === caseRow.soldTo && g.endUser === caseRow.endUser && g.level === 'read-write',
  );
  return grant ? { pairId: grant.pairId } : {};
}

export async function addToCase(turn: Turn, text: string, u: Reading): Promise<void> {
  const named = u.slots.caseNumbers?.value ?? [];
  const aboutThisThread = named.length === 0 || (named.length === 1 && named[0] === turn.caseRow?.number);
  // Only a sender who may change the case splits news from it: a read-only contact sees the case in its
  // thread but adds nothing to it (red team round 14), and is refused below like any update.
  const mayUpdate = turn.caseRow !== undefined && caseAccessFor(turn, turn.caseRow, 'update').allowed;
  if (turn.caseRow && mayUpdate && aboutThisThread && (await raisesAnotherIssue(turn, text, u))) {
    // One issue per case (DOMAIN.md §4): a new issue in a case's thread is split into a case of its own.
    await splitNewIssue(turn, turn.caseRow, text, pairOf(turn, turn.caseRow).pairId);
    return;
  }
  const caseRow = await caseInQuestion(turn, u, 'update');
  if (!caseRow) return;
  if (caseRow.state === 'closed') return await offerNewCaseForClosed(turn, caseRow, text);
  // "Sorry, it is production, not test. And High now": corrected on the case, and said so.
  if (await applyCorrections(turn, caseRow, text, u)) return;
  if (isAcknowledgement(text) && turn.message.attachments.length === 0) {
    // "Thanks, we'll wait": kept in the case's history, answered, and no analyst is disturbed by it.
    await turn.recordMessageIn(caseRow.id, text);
    turn.decision = 'acknowledged';
    await turn.reply('acknowledged', { number: caseRow.number });
    return;
  }
  // "Reply in this thread if the problem comes back": the reply reopens a resolved case (reopen-case.ts).
  if (await reopenRefused(turn, caseRow, text)) return;
  const reopened = caseRow.state === 'resolved' ? await reopenIfResolved(turn, caseRow) : undefined;
  await turn.recordMessageIn(caseRow.id, text, { attachments: turn.message.attachments.map((a) => a.filename) });
  if (reopened) return await tellReopened(turn, reopened, text, u);
  const filled = await fillMissingDetails(turn, caseRow, text, u);
  const current = turn.caseRow ?? caseRow;
  const updated = current.state === 'waiting-on-customer' ? await resumeClock(turn, current) : current;
  turn.attachCase(updated);
  turn.decision = 'case-update';
  // Only files, no words (logs sent to one's case): added, and said so by name.
  const filesOnly = text.trim() === '' ? attachedFiles(turn) : null;
  if (filled) await turn.reply('case-details-added', { number: updated.number, summary: filled });
  else if (filesOnly)
    await turn.reply('files-added-to-case', { files: filesOnly, number: updated.number, state: updated.state });
  else await turn.reply('case-updated', { number: updated.number, state: updated.state });
  await turn.notifyStaff(
    'analyst',
    'staff-case-updated',
    {
      number: updated.number,
      contact: turn.identity.contact?.name ?? '',
      text: filesOnly ? `(no text) sent ${filesOnly}` : text.slice(0, 500),
    },
    updated.region,
  );
}

export async function caseStatus(turn: Turn, u: Reading): Promise<void> {
  const caseRow = await caseInQuestion(turn, u, 'view');
  if (!caseRow) return;
  turn.decision = 'case-status';
  const zone = caseRow.timeZone ?? 'UTC';
  await turn.reply('case-status', {
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

export async function myCases(turn: Turn): Promise<void> {
  const rows = await casesForPairs(turn.ctx.db, turn.identity.grants);
  turn.decision = 'my-cases';
  if (rows.length === 0) {
    await turn.reply('my-cases-none');
    return;
  }
  const lines = rows.map(
    (c) =>
      `• Case ${c.number} — ${c.state}, ${c.severity ?? 'severity not set'} — ${(c.description ?? c.type).slice(0, 80)}`,
  );
  await turn.reply('my-cases', { count: rows.length, cases: lines.join('\n') });
}

/** Critical cases: the analyst engages a manager; others may ask through the dedicated mailbox (seed 001 §2.2). */
export async function managementAttention(turn: Turn, text: string, u: Reading): Promise<void> {
  const caseRow = await caseInQuestion(turn, u, 'update');
  if (!caseRow) return;
  if (caseRow.state === 'closed') return await offerNewCaseForClosed(turn, caseRow, text);
  const critical = caseRow.severity ? turn.ctx.policy.severities[caseRow.severity as 'low'].mustCallIn : false;
  await addCaseEvent(turn.ctx.db, {
    caseId: caseRow.id,
    at: turn.nowIso,
    kind: 'management-attention',
    actor: turn.actor,
    text,
  });
  await updateCase(turn.ctx.db, caseRow.id, { updatedAt: turn.nowIso });
  turn.decision = 'management-attention';
  await turn.notifyStaff(
    'manager',
    'staff-management-attention',
    { number: caseRow.number, text: text.slice(0, 500) },
    caseRow.region,
  );
  await turn.reply(critical ? 'management-attention-critical' : 'management-attention', {
    number: caseRow.number,
    mailbox: turn.ctx.policy.managementAttentionEmail,
  });
}

export { caseInQuestion } from './case-in-question.ts';
export { closeOwnCase } from './close-case.ts';
export { requestSeverityChange } from './severity-change.ts';
