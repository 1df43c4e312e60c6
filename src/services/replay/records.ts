/** The records a replay prints (ids as in DOMAIN.md §9, instants in UTC ISO 8601). */
import { asc } from 'drizzle-orm';
import { allCases } from '../../store/case-store.ts';
import { type Db, schema } from '../../store/database.ts';

/** Case numbers by row id, for records that point at a case. */
export function caseNumbersById(db: Db): Map<number, string> {
  return new Map(
    db
      .select({ id: schema.cases.id, number: schema.cases.number })
      .from(schema.cases)
      .all()
      .map((c) => [c.id, c.number]),
  );
}

export function caseRecords(db: Db) {
  const contacts = new Map(
    db
      .select()
      .from(schema.contacts)
      .all()
      .map((c) => [c.id, c.email]),
  );
  return allCases(db).map((c) => ({
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

export function licenseRequestRecords(db: Db) {
  return db
    .select()
    .from(schema.licenseRequests)
    .orderBy(asc(schema.licenseRequests.id))
    .all()
    .map((r) => ({
      id: r.reference,
      kind: r.kind,
      fields: r.fields,
      missing: r.missing,
      state: r.state,
      routedTo: r.routedTo,
    }));
}

export function approvalRecords(db: Db) {
  const staff = new Map(
    db
      .select()
      .from(schema.staff)
      .all()
      .map((s) => [s.id, s.email]),
  );
  const cases = caseNumbersById(db);
  return db
    .select()
    .from(schema.approvals)
    .orderBy(asc(schema.approvals.id))
    .all()
    .map((a) => ({
      id: a.reference,
      kind: a.kind,
      decision: a.decision,
      state: a.state,
      by: a.decidedBy ? (staff.get(a.decidedBy) ?? null) : null,
      case: a.caseId ? (cases.get(a.caseId) ?? null) : null,
      expires: a.expiresOn,
    }));
}

export function escalationRecords(db: Db) {
  const cases = caseNumbersById(db);
  return db
    .select()
    .from(schema.escalations)
    .orderBy(asc(schema.escalations.id))
    .all()
    .map((e) => ({ case: cases.get(e.caseId) ?? null, target: e.target, level: e.level, at: e.at, due: e.due }));
}

export function auditRecords(db: Db) {
  return db
    .select()
    .from(schema.auditLog)
    .orderBy(asc(schema.auditLog.id))
    .all()
    .map((a) => ({ at: a.at, actor: a.actor, action: a.action, subject: a.subject, details: a.details }));
}
