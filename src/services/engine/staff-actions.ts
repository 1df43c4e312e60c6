/**
 * Staff actions (take, reply, set severity, approve, reject, resolve, close) — the same service every
 * channel calls. Only staff with a fitting role may act; everything is on the case timeline and audited.
 */
import { desc } from 'drizzle-orm';
import { parseSeverity, type SeverityId } from '../../domain/ids.ts';
import { redactPins } from '../../domain/pin-text.ts';
import { appendAudit } from '../../store/audit-log.ts';
import { addCaseEvent, type CaseRow, findCaseByNumber, updateCase } from '../../store/case-store.ts';
import { type Db, schema } from '../../store/database.ts';
import { findStaffByEmail, findStaffBySlackId, type StaffRow } from '../../store/directory-reader.ts';
import { clockStaffAction } from '../schedule/staff-clock-actions.ts';
import { decideApproval, sentence } from './approval-decision.ts';
import { describeDue, dueColumns, slaFor } from './case-sla.ts';
import { sendToCaseContact } from './case-thread.ts';
import { pauseClock } from './pause.ts';
import type { EngineContext, Outbound } from './types.ts';

export const STAFF_ACTIONS = [
  'take',
  'reply',
  'set-severity',
  'approve',
  'reject',
  'resolve',
  'close',
  'acknowledge',
  'task-done',
] as const;
export type StaffActionName = (typeof STAFF_ACTIONS)[number];

const ROLES_FOR: Record<StaffActionName, string[]> = {
  take: ['analyst', 'manager', 'admin'],
  reply: ['analyst', 'manager', 'admin'],
  'set-severity': ['analyst', 'manager'],
  approve: ['analyst', 'manager'],
  reject: ['analyst', 'manager', 'licensing'],
  resolve: ['analyst', 'manager'],
  close: ['analyst', 'manager', 'admin'],
  // Issue 22: pages are acknowledged by Customer Care; Licensing may also close a follow-up task.
  acknowledge: ['analyst', 'manager', 'head', 'admin'],
  'task-done': ['analyst', 'manager', 'head', 'licensing'],
};

export interface StaffActionInput {
  /** Slack user id or email of the staff member. */
  from: string;
  action: StaffActionName;
  /** A case number, or "last" for the newest case. */
  target: string;
  text?: string;
  severity?: string;
  attachment?: { filename: string; storagePath: string };
  at: Date;
}

export type StaffActionResult =
  | {
      ok: true;
      caseNumber: string;
      replies: Outbound[] /** What the staff member is told (no customer reply). */;
      note?: string;
    }
  | { ok: false; error: string };

function findStaff(db: Db, from: string): StaffRow | undefined {
  return from.includes('@') ? findStaffByEmail(db, from) : findStaffBySlackId(db, from);
}

function targetCase(db: Db, target: string): CaseRow | undefined {
  if (target === 'last') return db.select().from(schema.cases).orderBy(desc(schema.cases.id)).limit(1).get();
  return findCaseByNumber(db, target.replace(/\D/g, ''));
}

export function performStaffAction(ctx: EngineContext, given: StaffActionInput): StaffActionResult {
  // PINs are never sent (DOMAIN.md §1), not even when staff type one (issue 18 §3).
  const input = given.text === undefined ? given : { ...given, text: redactPins(given.text) };
  const nowIso = input.at.toISOString();
  return ctx.db.transaction(() => {
    const member = findStaff(ctx.db, input.from);
    if (!member?.roles.some((r) => ROLES_FOR[input.action].includes(r))) {
      appendAudit(ctx.db, {
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
      return clockStaffAction(ctx, member, input.action, input.target, (t) => targetCase(ctx.db, t), input);
    }
    const caseRow = targetCase(ctx.db, input.target);
    if (!caseRow) return { ok: false, error: `no case ${input.target}` };
    const actor = `staff:${member.email}`;
    const audit = (action: string, details: Record<string, unknown> = {}) =>
      appendAudit(ctx.db, { at: nowIso, actor, action, subject: caseRow.number, details });
    const replies: Outbound[] = [];
    const tell = (text: string, attachments: string[] = []) => {
      const out = sendToCaseContact(ctx.db, caseRow, text, nowIso, attachments);
      if (out) replies.push(out);
    };
    const event = (kind: string, text: string | null, details: Record<string, unknown> = {}) =>
      addCaseEvent(ctx.db, { caseId: caseRow.id, at: nowIso, kind, actor, text, details });
    const firstResponse = caseRow.respondedAt ?? nowIso;

    switch (input.action) {
      case 'take':
        updateCase(ctx.db, caseRow.id, { ownerStaffId: member.id, respondedAt: firstResponse, updatedAt: nowIso });
        event('owner', `taken by ${member.name}`);
        tell(`${member.name} from Customer Care has taken Case ${caseRow.number} and will be in touch.`);
        break;
      case 'reply': {
        const text = input.text?.trim();
        if (!text) return { ok: false, error: 'a reply needs text' };
        // An analyst's reply asks something of the customer: the case waits on them (DOMAIN.md §8).
        const updated = updateCase(ctx.db, caseRow.id, { respondedAt: firstResponse, updatedAt: nowIso });
        if (updated.state === 'open') pauseClock({ ctx, nowIso, actor }, updated);
        tell(text);
        break;
      }
      case 'set-severity': {
        const severity = input.severity ? parseSeverity(input.severity) : undefined;
        if (!severity) return { ok: false, error: `unknown severity "${input.severity ?? ''}"` };
        const result = changeSeverity(ctx, caseRow, severity, input.at, member.name);
        if (!result.ok) return result;
        event('severity', `severity ${caseRow.severity ?? 'none'} → ${severity} by ${member.name}`, {
          from: caseRow.severity,
          to: severity,
          why: input.text ?? null,
        });
        tell(result.message);
        break;
      }
      case 'approve':
      case 'reject': {
        const decided = decideApproval(ctx, caseRow, member, input, tell, event);
        if (!decided.ok) return decided;
        break;
      }
      case 'resolve':
        updateCase(ctx.db, caseRow.id, {
          state: 'resolved',
          targetMetAt: caseRow.targetMetAt ?? nowIso,
          respondedAt: firstResponse,
          pausedAt: null,
          updatedAt: nowIso,
        });
        event('state', `resolved by ${member.name}`, { why: input.text ?? null });
        tell(
          `Case ${caseRow.number} is resolved${input.text ? `: ${sentence(input.text)}` : '.'} Reply in this thread if the problem comes back.`,
        );
        break;
      case 'close':
        updateCase(ctx.db, caseRow.id, { state: 'closed', pausedAt: null, updatedAt: nowIso });
        event('state', `closed by ${member.name}`, { why: input.text ?? null });
        tell(`Case ${caseRow.number} is closed.`);
        break;
    }
    audit(`staff.${input.action}`, { staff: member.email, severity: input.severity ?? null });
    return { ok: true, caseNumber: caseRow.number, replies };
  });
}

/** Severity change: targets are recomputed with the clock starting at the change (docs/sla.md). */
function changeSeverity(
  ctx: EngineContext,
  caseRow: CaseRow,
  severity: SeverityId,
  at: Date,
  by: string,
): { ok: true; message: string } | { ok: false; error: string } {
  const outcome = slaFor(ctx.policy, caseRow, severity, at);
  if (!outcome.ok) return { ok: false, error: outcome.message };
  // The new clock start is a new due key: pending pages of the old clock close, the new targets page afresh.
  const updated = updateCase(ctx.db, caseRow.id, { severity, ...dueColumns(outcome, at), updatedAt: at.toISOString() });
  const zone = updated.timeZone ?? 'UTC';
  const name = ctx.policy.severities[severity].name;
  const phone = ctx.policy.regions[(updated.region ?? 'americas') as 'americas'].customerCarePhone;
  const callIn = outcome.mustCallIn ? ` Critical issues must be called in: please call ${phone}.` : '';
  return {
    ok: true,
    message: `${by} set Case ${caseRow.number} to ${name}. First response due by ${describeDue(updated.responseDue, zone)}; ${outcome.targetKind} target ${describeDue(updated.targetDue, zone)}.${callIn}`,
  };
}
