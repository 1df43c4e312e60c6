/**
 * Sends, repeats and closes pages (issue 22). A page is a channel-neutral record (`pages`); each send
 * writes one outbox row per recipient for the deployment's staff channel, in the job's transaction.
 */

import { caseTag } from '../../domain/cases/case-number.ts';
import { type AddMinutes, type LadderPosition, nextPosition, nextSendAfter } from '../../domain/clock/ladder.ts';
import { describeLateness, LATE_AFTER_MS } from '../../domain/clock/late.ts';
import type { SeverityId } from '../../domain/ids.ts';
import type { LadderLevel } from '../../domain/policy/schema.ts';
import { escapeSlackText } from '../../domain/slack-text.ts';
import { appendAudit } from '../../store/audit-log.ts';
import type { CaseRow } from '../../store/case-store.ts';
import { allCompanies, type StaffRow } from '../../store/directory-reader.ts';
import { enqueue } from '../../store/outbox-store.ts';
import { getPage, insertPage, type PageRow, updatePage } from '../../store/page-store.ts';
import { getTask } from '../../store/task-store.ts';
import { afterCommit } from '../../store/transaction.ts';
import { calendarOfCase, describeDue } from '../engine/case-sla.ts';
import { toOutbound } from '../engine/turn.ts';
import type { EngineContext, Outbound } from '../engine/types.ts';
import { awayNotesFor } from '../staff-absence/present-recipients.ts';
import { recipientsFor } from './page-recipients.ts';
import type { JobRun } from './scheduler.ts';

export interface PageOutcome {
  outbound: Outbound[];
  warnings: string[];
  /** When the page is next sent (null: acknowledged, closed, or its ladder is spent). */
  next: Date | null;
}

export const pageReference = (id: number) => `P-${String(id).padStart(6, '0')}`;

/** "P-000012", "p12", "12" → 12. */
export function parsePageReference(raw: string): number | undefined {
  const match = /^\s*(?:p-?)?0*(\d+)\s*$/i.exec(raw);
  return match ? Number(match[1]) : undefined;
}

type NewPageAction =
  | {
      target: 'response' | 'target';
      level: 'at-risk' | 'breached';
      dueKey: string;
      at: Date;
      due: Date;
      /** Its breach page is sent in the same run (a catch-up): sent once, then closed at once. */
      superseded?: boolean;
    }
  | { target: 'follow-up'; level: 'overdue'; dueKey: string; at: Date; due: Date; taskId: number };

/** Who a page at this level goes to now: the ladder's people, the task's assignee, and whoever covers the away. */
function recipientsAt(ctx: EngineContext, caseRow: CaseRow, level: LadderLevel, assignee: number | null, run: JobRun) {
  return recipientsFor(ctx.db, ctx.policy, caseRow, level, run.now, [assignee], run.memo);
}

/** The first send of a page, at the ladder's first rung. */
export async function sendNewPage(
  ctx: EngineContext,
  caseRow: CaseRow,
  action: NewPageAction,
  run: JobRun,
): Promise<PageOutcome> {
  const ladder = ctx.policy.escalation.ladder;
  const position: LadderPosition = { rung: 0, repageCount: 0 };
  const level = ladder[0]!.level;
  const task = 'taskId' in action ? await getTask(ctx.db, action.taskId) : undefined;
  const recipients = await recipientsAt(ctx, caseRow, level, task?.assigneeStaffId ?? null, run);
  const nowIso = run.now.toISOString();
  const late = run.now.getTime() - action.at.getTime();
  const superseded = 'superseded' in action && action.superseded === true;
  const next = superseded ? null : nextSendAfter(ladder, position, run.now, repeatClock(ctx, caseRow));
  const page = await insertPage(ctx.db, {
    caseId: caseRow.id,
    target: action.target,
    level: action.level,
    dueKey: action.dueKey,
    thresholdAt: action.at.toISOString(),
    due: action.due.toISOString(),
    rung: 0,
    ladderLevel: level,
    recipients: recipients.staff.map((s) => s.email),
    firstSentAt: nowIso,
    sentAt: nowIso,
    nextRepageAt: next?.toISOString() ?? null,
    lateMs: late > LATE_AFTER_MS ? late : 0,
    state: superseded ? 'cancelled' : 'open',
    closedReason: superseded ? 'superseded by the breach page' : null,
    taskId: task?.id ?? null,
  });
  afterCommit(ctx.db, () => ctx.instruments.page(action.level, 'first'));
  const account = await accountOf(ctx, caseRow, run.memo);
  const body = pageBody(ctx, caseRow, page, account, task ? { id: task.id, title: task.title } : undefined);
  const text = [body, ...away(ctx, recipients.awayNotes), lateNote(action.at, run), footer(ctx, page.id, next, run.now)]
    .filter(Boolean)
    .join('\n');
  // The pages table and the audit log record the send; the case timeline records acknowledgements.
  await audit(ctx, nowIso, `escalation.${action.level}`, caseRow.number, {
    page: page.id,
    target: action.target,
    ladderLevel: level,
    recipients: page.recipients,
    due: page.due,
    lateMs: page.lateMs,
    ...awayDetails(recipients.awayNotes),
  });
  const warnings = await warn(ctx, nowIso, caseRow, recipients.warning);
  return {
    outbound: await deliver(ctx, caseRow, page.id, recipients.staff, subjectOf(caseRow, page, ''), text, nowIso),
    warnings,
    next,
  };
}

/** The next send of an open page: a repeat at its rung, or the first send one rung up. */
export async function stepPage(
  ctx: EngineContext,
  caseRow: CaseRow,
  pageId: number,
  run: JobRun,
): Promise<PageOutcome> {
  const page = await getPage(ctx.db, pageId);
  if (page?.state !== 'open' || !page.nextRepageAt) return { outbound: [], warnings: [], next: null };
  const ladder = ctx.policy.escalation.ladder;
  const scheduledAt = new Date(page.nextRepageAt);
  const position = nextPosition(ladder, page);
  const level = ladder[position.rung]!.level;
  const task = page.taskId !== null ? await getTask(ctx.db, page.taskId) : undefined;
  const recipients = await recipientsAt(ctx, caseRow, level, task?.assigneeStaffId ?? null, run);
  const nowIso = run.now.toISOString();
  const next = nextSendAfter(ladder, position, run.now, repeatClock(ctx, caseRow));
  const everyone = [...new Set([...page.recipients, ...recipients.staff.map((s) => s.email)])];
  await updatePage(ctx.db, page.id, {
    rung: position.rung,
    ladderLevel: level,
    repageCount: position.repageCount,
    totalRepages: page.totalRepages + 1,
    recipients: everyone,
    sentAt: nowIso,
    nextRepageAt: next?.toISOString() ?? null,
  });
  afterCommit(ctx.db, () => ctx.instruments.page(page.level, position.climbed ? 'climbed' : 'repeat'));
  const waited = Math.round((run.now.getTime() - new Date(page.sentAt).getTime()) / 60_000);
  const prefix = position.climbed
    ? `ESCALATED to you (${level}): nobody acknowledged this page in ${waited} min.`
    : `REPEAT ${position.repageCount} — not acknowledged yet.`;
  const account = await accountOf(ctx, caseRow, run.memo);
  const body = pageBody(ctx, caseRow, page, account, task ? { id: task.id, title: task.title } : undefined);
  const text = [
    prefix,
    body,
    ...away(ctx, recipients.awayNotes),
    lateNote(scheduledAt, run),
    footer(ctx, page.id, next, run.now),
  ]
    .filter(Boolean)
    .join('\n');
  await audit(ctx, nowIso, position.climbed ? 'escalation.climbed' : 'escalation.repeated', caseRow.number, {
    page: page.id,
    ladderLevel: level,
    repeat: position.repageCount,
    recipients: recipients.staff.map((s) => s.email),
    ...awayDetails(recipients.awayNotes),
  });
  const warnings = await warn(ctx, nowIso, caseRow, recipients.warning);
  const subject = subjectOf(caseRow, page, position.climbed ? 'Escalated: ' : 'Repeat: ');
  return { outbound: await deliver(ctx, caseRow, page.id, recipients.staff, subject, text, nowIso), warnings, next };
}

export async function cancelPage(
  ctx: EngineContext,
  caseRow: CaseRow,
  pageId: number,
  reason: string,
  now: Date,
): Promise<void> {
  await updatePage(ctx.db, pageId, { state: 'cancelled', closedReason: reason, nextRepageAt: null });
  await audit(ctx, now.toISOString(), 'escalation.closed', caseRow.number, { page: pageId, reason });
}

/** Repeats wait in the case's own time: wall time for 7x24 severities, business time otherwise. */
function repeatClock(ctx: EngineContext, caseRow: CaseRow): AddMinutes {
  const severity = caseRow.severity ? ctx.policy.severities[caseRow.severity as SeverityId] : undefined;
  if (severity?.processed === '7x24') return (from, minutes) => new Date(from.getTime() + minutes * 60_000);
  const calendar = calendarOfCase(ctx.policy, caseRow);
  return (from, minutes) => calendar.addBusinessMinutes(from, minutes);
}

/** The account by its companies' names, as staff know it ("Globex Inc / Globex Inc", not its ids). */
async function accountOf(ctx: EngineContext, caseRow: CaseRow, memo: Map<string, unknown>): Promise<string> {
  if (!caseRow.soldTo || !caseRow.endUser) return 'no account (Admin case)';
  let names = memo.get('company-names') as Map<string, string> | undefined;
  if (!names) {
    // Once per tick: a catch-up of a thousand pages reads the companies once, not a thousand times.
    names = new Map((await allCompanies(ctx.db)).map((c) => [c.id, c.name]));
    memo.set('company-names', names);
  }
  return `${names.get(caseRow.soldTo) ?? caseRow.soldTo} / ${names.get(caseRow.endUser) ?? caseRow.endUser}`;
}

function pageBody(
  ctx: EngineContext,
  caseRow: CaseRow,
  page: PageRow,
  account: string,
  task?: { id: number; title: string },
): string {
  // The case's calendar zone: its contract's, else its region's (never UTC for a case with a region).
  const zone = calendarOfCase(ctx.policy, caseRow).timeZone;
  if (task) {
    return render(ctx, 'escalation-task-overdue', {
      number: caseRow.number,
      account,
      task: `T-${String(task.id).padStart(6, '0')}`,
      title: task.title,
      due: describeDue(page.due, zone),
    });
  }
  return render(ctx, `escalation-${page.level}`, {
    number: caseRow.number,
    target: page.target === 'response' ? 'first response' : `${caseRow.targetKind ?? 'resolution'} target`,
    due: describeDue(page.due, zone),
    severity: caseRow.severity ? ctx.policy.severities[caseRow.severity as SeverityId].name : '',
    account,
    percent: ctx.policy.escalation.atRiskPercent,
  });
}

/** Bound for Slack, every value — a task title may quote a customer — is escaped (issue 18 §8). */
function render(ctx: EngineContext, template: string, values: Record<string, string | number>): string {
  if (ctx.staffChannel !== 'slack') return ctx.templates.render(template, values);
  const escaped = Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? escapeSlackText(v) : v]);
  return ctx.templates.render(template, Object.fromEntries(escaped));
}

/** Who is away and who stands in, as the page says it. */
const away = (ctx: EngineContext, notes: string[]) => awayNotesFor(ctx.staffChannel, notes);

const awayDetails = (notes: string[]) => (notes.length > 0 ? { away: notes } : {});

/** Catch-up after downtime says so (issue 22): "Sent late by 3 h: the bot was not running when this fell due." */
function lateNote(dueAt: Date, run: JobRun): string {
  const late = run.now.getTime() - dueAt.getTime();
  if (late <= LATE_AFTER_MS) return '';
  const why = dueAt.getTime() < run.runnerSince.getTime() ? 'the bot was not running' : 'the scheduler was behind';
  return `Sent late by ${describeLateness(late)}: ${why} when this fell due.`;
}

/** How to acknowledge: in Slack the DM's Acknowledge button; elsewhere the command line or the terminal. */
function footer(ctx: EngineContext, pageId: number, next: Date | null, now: Date): string {
  const page = pageReference(pageId);
  const slack = ctx.staffChannel === 'slack' ? '-slack' : '';
  if (!next) return ctx.templates.render(`page-footer-last${slack}`, { page });
  return ctx.templates.render(`page-footer${slack}`, {
    page,
    repeat: describeLateness(next.getTime() - now.getTime()),
  });
}

function subjectOf(caseRow: CaseRow, page: PageRow, prefix: string): string {
  const what =
    page.target === 'follow-up'
      ? 'Follow-up overdue'
      : `SLA ${page.level === 'breached' ? 'breached' : 'at risk'}: ${page.target === 'response' ? 'first response' : `${caseRow.targetKind ?? 'resolution'} target`}`;
  return `${caseTag(caseRow.number)} ${prefix}${what}`;
}

async function deliver(
  ctx: EngineContext,
  caseRow: CaseRow,
  pageId: number,
  staff: StaffRow[],
  subject: string,
  text: string,
  nowIso: string,
): Promise<Outbound[]> {
  const out: Outbound[] = [];
  for (const member of staff)
    out.push(
      toOutbound(
        await enqueue(
          ctx.db,
          {
            channel: ctx.staffChannel,
            recipient: ctx.staffChannel === 'slack' ? (member.slackUserId ?? member.email) : member.email,
            audience: 'staff',
            subject,
            text,
            threadKey: null,
            caseId: caseRow.id,
            // Slack shows an Acknowledge button and keeps one DM per page, updated in place (issue 20 §4).
            ...(ctx.staffChannel === 'slack' ? { actions: [{ kind: 'acknowledge-page' as const, page: pageId }] } : {}),
          },
          nowIso,
        ),
        caseRow.number,
      ),
    );
  return out;
}

async function warn(
  ctx: EngineContext,
  nowIso: string,
  caseRow: CaseRow,
  warning: string | undefined,
): Promise<string[]> {
  if (!warning) return [];
  await audit(ctx, nowIso, 'escalation.fallback', caseRow.number, { warning });
  return [warning];
}

async function audit(
  ctx: EngineContext,
  at: string,
  action: string,
  subject: string,
  details: Record<string, unknown>,
) {
  await appendAudit(ctx.db, { at, actor: 'caseline', action, subject, details });
}
