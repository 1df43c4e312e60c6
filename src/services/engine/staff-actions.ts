/**
 * Staff actions (take, reply, set severity, approve, reject, resolve, close) — the same service every
 * channel calls. Only staff with a fitting role may act; everything is on the case timeline and audited.
 */
import { parseSeverity, type SeverityId } from '../../domain/ids.ts';
import { redactPins } from '../../domain/pin-text.ts';
import { appendAudit } from '../../store/audit-log.ts';
import {
  addCaseEvent,
  type CaseRow,
  findCaseByNumber,
  latestCase,
  updateCase,
  WITHDRAWN,
} from '../../store/case-store.ts';
import type { Db } from '../../store/database.ts';
import { findStaffByEmail, findStaffById, findStaffBySlackId, type StaffRow } from '../../store/directory-reader.ts';
import { inTransaction } from '../../store/transaction.ts';
import { clockStaffAction } from '../schedule/staff-clock-actions.ts';
import { decideApproval, sentence } from './approval-decision.ts';
import { describeDue, dueColumns, slaFor } from './case-sla.ts';
import { sendToCaseContact } from './case-thread.ts';
import { pauseClock } from './pause.ts';
import { ROLES_FOR, type StaffActionInput, type StaffActionName } from './staff-action-input.ts';
import type { EngineContext, Outbound } from './types.ts';

export { ROLES_FOR, STAFF_ACTIONS, type StaffActionInput, type StaffActionName } from './staff-action-input.ts';

export type StaffActionResult =
  | {
      ok: true;
      caseNumber: string;
      replies: Outbound[] /** What the staff member is told (no customer reply). */;
      note?: string;
    }
  | { ok: false; error: string };

async function findStaff(db: Db, from: string): Promise<StaffRow | undefined> {
  return from.includes('@') ? await findStaffByEmail(db, from) : await findStaffBySlackId(db, from);
}

async function targetCase(db: Db, target: string): Promise<CaseRow | undefined> {
  if (target === 'last') return await latestCase(db);
  return await findCaseByNumber(db, target.replace(/\D/g, ''));
}

export async function performStaffAction(ctx: EngineContext, given: StaffActionInput): Promise<StaffActionResult> {
  // PINs are never sent (DOMAIN.md §1), not even when staff type one (issue 18 §3).
  const input = given.text === undefined ? given : { ...given, text: redactPins(given.text) };
  const nowIso = input.at.toISOString();
  return await inTransaction(ctx.db, async () => {
    const member = await findStaff(ctx.db, input.from);
    if (!member?.roles.some((r) => ROLES_FOR[input.action].includes(r))) {
      await appendAudit(ctx.db, {
        at: nowIso,
        actor: `unknown:${input.from}`,
        action: 'staff.refused',
        subject: input.action,
        details: { target: input.target },
      });
      return {
        ok: false,
        error: member ? `staff member ${member.name} may not ${input.action}` : 'only Customer Care staff may do that',
      };
    }
    if (input.action === 'acknowledge' || input.action === 'task-done') {
      return await clockStaffAction(
        ctx,
        member,
        input.action,
        input.target,
        async (t) => await targetCase(ctx.db, t),
        input,
      );
    }
    const caseRow = await targetCase(ctx.db, input.target);
    if (!caseRow) return { ok: false, error: `no case ${input.target}` };
    const stale = staleFor(input.action, caseRow);
    if (stale) return { ok: false, error: stale };
    const actor = `staff:${member.email}`;
    const audit = async (action: string, details: Record<string, unknown> = {}) =>
      await appendAudit(ctx.db, { at: nowIso, actor, action, subject: caseRow.number, details });
    const replies: Outbound[] = [];
    const tell = async (text: string, attachments: string[] = []) => {
      const out = await sendToCaseContact(ctx.db, caseRow, text, nowIso, attachments);
      if (out) replies.push(out);
    };
    const event = async (kind: string, text: string | null, details: Record<string, unknown> = {}) =>
      await addCaseEvent(ctx.db, { caseId: caseRow.id, at: nowIso, kind, actor, text, details });
    const firstResponse = caseRow.respondedAt ?? nowIso;

    switch (input.action) {
      case 'take': {
        const expected = input.expectedOwnerStaffId;
        if (expected !== undefined && expected !== caseRow.ownerStaffId) {
          const owner = caseRow.ownerStaffId === null ? undefined : await staffById(ctx.db, caseRow.ownerStaffId);
          return {
            ok: false,
            error: owner
              ? `Case ${caseRow.number} was just taken by ${owner.name}; press Take again to reassign it to you`
              : `Case ${caseRow.number} changed hands meanwhile; look at the card again`,
          };
        }
        if (caseRow.ownerStaffId === member.id) return { ok: false, error: `you already own Case ${caseRow.number}` };
        const previous = caseRow.ownerStaffId === null ? undefined : await staffById(ctx.db, caseRow.ownerStaffId);
        await updateCase(ctx.db, caseRow.id, {
          ownerStaffId: member.id,
          respondedAt: firstResponse,
          updatedAt: nowIso,
        });
        await event(
          'owner',
          previous ? `reassigned from ${previous.name} to ${member.name}` : `taken by ${member.name}`,
          previous ? { from: previous.email, to: member.email } : { to: member.email },
        );
        if (!previous)
          await tell(`${member.name} from Customer Care has taken Case ${caseRow.number} and will be in touch.`);
        break;
      }
      case 'reply': {
        const text = input.text?.trim();
        if (!text) return { ok: false, error: 'a reply needs text' };
        // An analyst's reply asks something of the customer: the case waits on them (DOMAIN.md §8).
        const updated = await updateCase(ctx.db, caseRow.id, { respondedAt: firstResponse, updatedAt: nowIso });
        if (updated.state === 'open' && input.waitOnCustomer !== false)
          await pauseClock({ ctx, nowIso, actor }, updated);
        const asked = input.waitOnCustomer !== false;
        await event(
          'staff-reply',
          `${asked ? 'asked the customer for information' : 'replied to the customer'}: ${member.name}`,
          {
            waitOnCustomer: asked,
          },
        );
        await tell(text);
        break;
      }
      case 'set-severity': {
        const severity = input.severity ? parseSeverity(input.severity) : undefined;
        if (!severity) return { ok: false, error: `unknown severity "${input.severity ?? ''}"` };
        const result = await changeSeverity(ctx, caseRow, severity, input.at, member.name);
        if (!result.ok) return result;
        await event('severity', `severity ${caseRow.severity ?? 'none'} → ${severity} by ${member.name}`, {
          from: caseRow.severity,
          to: severity,
          why: input.text ?? null,
        });
        await tell(result.message);
        break;
      }
      case 'approve':
      case 'reject': {
        const decided = await decideApproval(ctx, caseRow, member, input, tell, event);
        if (!decided.ok) return decided;
        break;
      }
      case 'resolve':
        await updateCase(ctx.db, caseRow.id, {
          state: 'resolved',
          targetMetAt: caseRow.targetMetAt ?? nowIso,
          respondedAt: firstResponse,
          pausedAt: null,
          updatedAt: nowIso,
        });
        await event('state', `resolved by ${member.name}`, { why: input.text ?? null });
        await tell(
          `Case ${caseRow.number} is resolved${input.text ? `: ${sentence(input.text)}` : '.'} Reply in this thread if the problem comes back.`,
        );
        break;
      case 'close':
        await updateCase(ctx.db, caseRow.id, { state: 'closed', pausedAt: null, updatedAt: nowIso });
        await event('state', `closed by ${member.name}`, { why: input.text ?? null });
        await tell(`Case ${caseRow.number} is closed.`);
        break;
    }
    await audit(`staff.${input.action}`, { staff: member.email, severity: input.severity ?? null });
    return { ok: true, caseNumber: caseRow.number, replies };
  });
}

async function staffById(db: Db, id: number): Promise<StaffRow | undefined> {
  return await findStaffById(db, id);
}

/**
 * An action the case's state no longer allows (a stale button, a second press): refused, nothing changes.
 *
 * | action                        | refused when the case is |
 * |-------------------------------|--------------------------|
 * | take, reply, set-severity     | closed                   |
 * | resolve                       | resolved or closed       |
 * | close                         | closed                   |
 * | any                           | withdrawn                |
 */
function staleFor(action: StaffActionName, caseRow: CaseRow): string | undefined {
  if (caseRow.state === WITHDRAWN) return `Case ${caseRow.number} was withdrawn by the contact before it opened`;
  if (caseRow.state === 'closed' && ['take', 'reply', 'set-severity', 'resolve', 'close'].includes(action)) {
    return `Case ${caseRow.number} is already closed`;
  }
  if (action === 'resolve' && caseRow.state === 'resolved') return `Case ${caseRow.number} is already resolved`;
  return undefined;
}

/** Severity change: targets are recomputed with the clock starting at the change (docs/sla.md). */
async function changeSeverity(
  ctx: EngineContext,
  caseRow: CaseRow,
  severity: SeverityId,
  at: Date,
  by: string,
): Promise<{ ok: true; message: string } | { ok: false; error: string }> {
  const outcome = slaFor(ctx.policy, caseRow, severity, at);
  if (!outcome.ok) return { ok: false, error: outcome.message };
  // The new clock start is a new due key: pending pages of the old clock close, the new targets page afresh.
  const updated = await updateCase(ctx.db, caseRow.id, {
    severity,
    ...dueColumns(outcome, at),
    updatedAt: at.toISOString(),
  });
  const zone = updated.timeZone ?? 'UTC';
  const name = ctx.policy.severities[severity].name;
  const phone = ctx.policy.regions[(updated.region ?? 'americas') as 'americas'].customerCarePhone;
  const callIn = outcome.mustCallIn ? ` Critical issues must be called in: please call ${phone}.` : '';
  return {
    ok: true,
    message: `${by} set Case ${caseRow.number} to ${name}. First response due by ${describeDue(updated.responseDue, zone)}; ${outcome.targetKind} target ${describeDue(updated.targetDue, zone)}.${callIn}`,
  };
}
