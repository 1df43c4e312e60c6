/** The records a replay prints (ids as in DOMAIN.md §9, instants in UTC ISO 8601). */
import { asc } from 'drizzle-orm';
import { allCases } from '../../store/case-store.ts';
import type { Db } from '../../store/database.ts';
import { tablesOf } from '../../store/dialect.ts';
import { allPages } from '../../store/page-store.ts';
import { allTasks } from '../../store/task-store.ts';
import { pageReference } from '../schedule/page-sender.ts';
import { taskReference } from '../schedule/tasks.ts';

/** Case numbers by row id, for records that point at a case. */
export async function caseNumbersById(db: Db): Promise<Map<number, string>> {
  return new Map(
    (await db.select({ id: tablesOf(db).cases.id, number: tablesOf(db).cases.number }).from(tablesOf(db).cases)).map(
      (c) => [c.id, c.number],
    ),
  );
}

export async function caseRecords(db: Db) {
  const contacts = new Map((await db.select().from(tablesOf(db).contacts)).map((c) => [c.id, c.email]));
  return (await allCases(db)).map((c) => ({
    number: c.number,
    type: c.type,
    state: c.state,
    severity: c.severity,
    tier: c.tier,
    system: c.system,
    product: c.product,
    version: c.version,
    soldTo: c.soldTo,
    endUser: c.endUser,
    contact: c.contactId ? (contacts.get(c.contactId) ?? null) : null,
    responseDue: c.responseDue,
    targetDue: c.targetDue,
    mustCallIn: c.mustCallIn,
    description: c.description,
    circumstances: c.circumstances,
    businessImpact: c.businessImpact,
  }));
}

export async function licenseRequestRecords(db: Db) {
  return (
    await db
      .select()
      .from(tablesOf(db).licenseRequests)
      .orderBy(asc(tablesOf(db).licenseRequests.id))
  ).map((r) => ({
    id: r.reference,
    kind: r.kind,
    fields: r.fields,
    missing: r.missing,
    state: r.state,
    routedTo: r.routedTo,
    // Issue 25: urgency, date needed, language and "a person completes it" (added after the fields above).
    handling: r.handling,
  }));
}

export async function approvalRecords(db: Db) {
  const staff = new Map((await db.select().from(tablesOf(db).staff)).map((s) => [s.id, s.email]));
  const cases = await caseNumbersById(db);
  return (
    await db
      .select()
      .from(tablesOf(db).approvals)
      .orderBy(asc(tablesOf(db).approvals.id))
  ).map((a) => ({
    id: a.reference,
    kind: a.kind,
    decision: a.decision,
    state: a.state,
    by: a.decidedBy ? (staff.get(a.decidedBy) ?? null) : null,
    case: a.caseId ? (cases.get(a.caseId) ?? null) : null,
    expires: a.expiresOn,
  }));
}

/** The SLA pages in the shape of the old escalations table (kept for compatibility): one per due that paged. */
export async function escalationRecords(db: Db) {
  const cases = await caseNumbersById(db);
  return (await allPages(db))
    .filter((p) => p.target !== 'follow-up')
    .map((p) => ({
      case: cases.get(p.caseId) ?? null,
      target: p.target,
      level: p.level,
      at: p.firstSentAt,
      due: p.due,
    }));
}

/** Every page with its ladder position, recipients, repeats and acknowledgement (issue 22). */
export async function pageRecords(db: Db) {
  const cases = await caseNumbersById(db);
  const staff = await staffEmailsById(db);
  return (await allPages(db)).map((p) => ({
    id: pageReference(p.id),
    case: cases.get(p.caseId) ?? null,
    target: p.target,
    level: p.level,
    ladderLevel: p.ladderLevel,
    recipients: p.recipients,
    at: p.firstSentAt,
    lastSentAt: p.sentAt,
    repages: p.totalRepages,
    nextRepageAt: p.nextRepageAt,
    due: p.due,
    lateMinutes: Math.round(p.lateMs / 60_000),
    state: p.state,
    closedReason: p.closedReason,
    acknowledgedBy: p.acknowledgedBy ? (staff.get(p.acknowledgedBy) ?? null) : null,
    acknowledgedAt: p.acknowledgedAt,
  }));
}

export async function taskRecords(db: Db) {
  const cases = await caseNumbersById(db);
  const staff = await staffEmailsById(db);
  return (await allTasks(db)).map((t) => ({
    id: taskReference(t.id),
    case: cases.get(t.caseId) ?? null,
    kind: t.kind,
    title: t.title,
    due: t.dueAt,
    assignee: t.assigneeStaffId ? (staff.get(t.assigneeStaffId) ?? null) : null,
    state: t.state,
    doneBy: t.doneBy ? (staff.get(t.doneBy) ?? null) : null,
    doneAt: t.doneAt,
  }));
}

async function staffEmailsById(db: Db): Promise<Map<number, string>> {
  return new Map((await db.select().from(tablesOf(db).staff)).map((s) => [s.id, s.email]));
}

export async function auditRecords(db: Db) {
  return (
    await db
      .select()
      .from(tablesOf(db).auditLog)
      .orderBy(asc(tablesOf(db).auditLog.id))
  ).map((a) => ({ at: a.at, actor: a.actor, action: a.action, subject: a.subject, details: a.details }));
}
