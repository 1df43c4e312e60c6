/**
 * The clock's customer duties (issue 22, seeds 000 and 001): the waiting-on-customer reminder and
 * resolution, and the reminder before a temporary license Customer Care issued expires. Each notice
 * is recorded by key in the job's transaction, so it is sent exactly once.
 */
import { DateTime } from 'luxon';
import type { RegionId, SeverityId } from '../../domain/ids.ts';
import { approvalById } from '../../store/approval-store.ts';
import { appendAudit } from '../../store/audit-log.ts';
import { addCaseEvent, type CaseRow, updateCase } from '../../store/case-store.ts';
import { findStaffById } from '../../store/directory-reader.ts';
import { recordNotice } from '../../store/notice-store.ts';
import { enqueue } from '../../store/outbox-store.ts';
import { describeDue, dueColumns, slaFor } from '../engine/case-sla.ts';
import { sendToCaseContact } from '../engine/case-thread.ts';
import { toOutbound } from '../engine/turn.ts';
import type { EngineContext, Outbound } from '../engine/types.ts';

export async function sendWaitingReminder(
  ctx: EngineContext,
  caseRow: CaseRow,
  key: string,
  resolveAt: Date | null,
  now: Date,
): Promise<Outbound[]> {
  const nowIso = now.toISOString();
  if (!(await recordNotice(ctx.db, caseRow.id, key, nowIso)) || !caseRow.pausedAt) return [];
  const zone = caseRow.timeZone ?? 'UTC';
  const resolveNote = resolveAt
    ? ` If we do not hear from you by ${describeDue(resolveAt.toISOString(), zone)}, we will resolve the case; you can reopen it by replying here.`
    : '';
  const text = ctx.templates.render('waiting-reminder', {
    number: caseRow.number,
    since: describeDue(caseRow.pausedAt, zone),
    resolveNote,
  });
  await appendAudit(ctx.db, {
    at: nowIso,
    actor: 'caseline',
    action: 'case.waiting-reminder',
    subject: caseRow.number,
    details: { waitingSince: caseRow.pausedAt, resolveAt: resolveAt?.toISOString() ?? null },
  });
  const out = await sendToCaseContact(ctx.db, caseRow, text, nowIso);
  return out ? [out] : [];
}

/** Resolution for want of an answer: the pause is closed (dues recomputed), the case resolved, both sides told. */
export async function resolveForNoAnswer(
  ctx: EngineContext,
  caseRow: CaseRow,
  key: string,
  now: Date,
): Promise<Outbound[]> {
  const nowIso = now.toISOString();
  if (!(await recordNotice(ctx.db, caseRow.id, key, nowIso)) || !caseRow.pausedAt) return [];
  const since = caseRow.pausedAt;
  const pauses = [...caseRow.pauses, { from: since, to: nowIso }];
  let changes: Parameters<typeof updateCase>[2] = {
    state: 'resolved',
    pausedAt: null,
    pauses,
    updatedAt: nowIso,
  };
  if (caseRow.severity && caseRow.clockStartedAt) {
    const start = new Date(caseRow.clockStartedAt);
    const outcome = slaFor(ctx.policy, { ...caseRow, pauses }, caseRow.severity as SeverityId, start);
    if (outcome.ok) changes = { ...changes, ...dueColumns(outcome, start) };
  }
  changes = { ...changes, targetMetAt: caseRow.targetMetAt ?? nowIso, respondedAt: caseRow.respondedAt ?? nowIso };
  const updated = await updateCase(ctx.db, caseRow.id, changes);
  const zone = caseRow.timeZone ?? 'UTC';
  const days = ctx.policy.waitingOnCustomer.resolveAfterBusinessDays ?? 0;
  await addCaseEvent(ctx.db, {
    caseId: caseRow.id,
    at: nowIso,
    kind: 'state',
    actor: 'caseline',
    text: `resolved: no answer from the customer since ${since}`,
    details: { waitingSince: since, businessDays: days },
  });
  await appendAudit(ctx.db, {
    at: nowIso,
    actor: 'caseline',
    action: 'case.resolved-no-answer',
    subject: caseRow.number,
    details: { waitingSince: since, businessDays: days },
  });
  const replies: Outbound[] = [];
  const told = await sendToCaseContact(
    ctx.db,
    updated,
    ctx.templates.render('waiting-resolved', { number: caseRow.number, since: describeDue(since, zone) }),
    nowIso,
  );
  if (told) replies.push(told);
  const owner = caseRow.ownerStaffId
    ? [await findStaffById(ctx.db, caseRow.ownerStaffId)].filter((s) => s !== undefined)
    : [];
  const staffText = ctx.templates.render('staff-waiting-resolved', {
    number: caseRow.number,
    account: `${caseRow.soldTo ?? '?'} / ${caseRow.endUser ?? '?'}`,
    since: describeDue(since, zone),
    days,
  });
  for (const member of owner) {
    const row = await enqueue(
      ctx.db,
      {
        channel: ctx.staffChannel,
        recipient: ctx.staffChannel === 'slack' ? (member.slackUserId ?? member.email) : member.email,
        audience: 'staff',
        subject: `[Case ${caseRow.number}] resolved: no answer from the customer`,
        text: staffText,
        threadKey: null,
        caseId: caseRow.id,
      },
      nowIso,
    );
    replies.push(toOutbound(row, caseRow.number));
  }
  return replies;
}

/** Seed 000: Customer Care never extends a temporary file it issued; the permanent file comes from Licensing. */
export async function sendLicenseReminder(
  ctx: EngineContext,
  caseRow: CaseRow,
  action: { key: string; approvalId: number; daysBefore: number; expiresOn: string },
  now: Date,
): Promise<Outbound[]> {
  const nowIso = now.toISOString();
  if (!(await recordNotice(ctx.db, caseRow.id, action.key, nowIso))) return [];
  const approval = await approvalById(ctx.db, action.approvalId);
  const details = (approval?.details ?? {}) as { region?: RegionId };
  const region = (details.region ?? caseRow.region ?? 'americas') as RegionId;
  const address = ctx.policy.regions[region].licensingEmail;
  // Counted from today on the case's calendar: a reminder sent late says how long is really left.
  const zone = caseRow.timeZone ?? 'UTC';
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const left = Math.round(DateTime.fromISO(action.expiresOn, { zone }).diff(today, 'days').days);
  const days = left <= 0 ? 'less than a day' : left === 1 ? '1 day' : `${left} days`;
  const text = ctx.templates.render('temp-license-expiry-reminder', {
    number: caseRow.number,
    reference: approval?.reference ?? `approval ${action.approvalId}`,
    expiresOn: action.expiresOn,
    days,
    address,
  });
  await appendAudit(ctx.db, {
    at: nowIso,
    actor: 'caseline',
    action: 'license.expiry-reminder',
    subject: caseRow.number,
    details: {
      approval: approval?.reference ?? action.approvalId,
      expiresOn: action.expiresOn,
      daysBefore: action.daysBefore,
    },
  });
  const out = await sendToCaseContact(ctx.db, caseRow, text, nowIso);
  return out ? [out] : [];
}
