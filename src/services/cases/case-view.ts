/**
 * Who may see which cases, and what of them (issue 20 §5–§7): one answer for `caseline case`, Slack's
 * `/case` and the App Home.
 *
 * | viewer                              | sees                                   | of a case                       |
 * |-------------------------------------|----------------------------------------|---------------------------------|
 * | admin at the terminal (no --as)     | every case                             | everything                      |
 * | staff (staff table)                 | every case                             | everything (timeline, notes)    |
 * | a verified Designated Contact       | cases of their pairs (decideCaseAccess)| state, dues; never staff notes  |
 * | anyone else                         | nothing                                | —                               |
 */
import { decideCaseAccess } from '../../domain/access.ts';
import type { RegionId, SeverityId, TierId } from '../../domain/ids.ts';
import type { Policy } from '../../domain/policy/schema.ts';
import { allCases, type CaseRow, caseEvents, findCaseByNumber } from '../../store/case-store.ts';
import type { Db } from '../../store/database.ts';
import {
  type ContactRow,
  companyNames,
  type PairGrant,
  type StaffRow,
  staffNameById,
} from '../../store/directory-reader.ts';
import { pagesOfCase } from '../../store/page-store.ts';
import { describeDue } from '../engine/case-sla.ts';
import { pageReference } from '../schedule/page-sender.ts';

export type Viewer =
  | { kind: 'admin' }
  | { kind: 'staff'; member: StaffRow }
  | { kind: 'contact'; contact: ContactRow; grants: PairGrant[]; verified: boolean };

export const OPEN_STATES = ['collecting', 'open', 'waiting-on-customer', 'restored'];

export function mayView(viewer: Viewer, caseRow: CaseRow): boolean {
  if (viewer.kind !== 'contact') return true;
  return decideCaseAccess(
    {
      verified: viewer.verified,
      contactId: viewer.contact.id,
      designated: viewer.contact.designated,
      grants: viewer.grants,
    },
    caseRow,
    'view',
  ).allowed;
}

export async function visibleCases(
  db: Db,
  viewer: Viewer,
  filter: { state?: string; region?: string } = {},
): Promise<CaseRow[]> {
  // Withdrawn cases are no cases: listed only when asked for by their state, as the record of the withdrawal.
  return (await allCases(db, { withdrawn: filter.state === 'withdrawn' })).filter(
    (c) =>
      (!filter.state || c.state === filter.state) &&
      (!filter.region || c.region === filter.region) &&
      mayView(viewer, c),
  );
}

export interface CaseSummary {
  number: string;
  type: string;
  state: string;
  severity: string | null;
  tier: string | null;
  system: string | null;
  product: string | null;
  version: string | null;
  soldTo: string | null;
  endUser: string | null;
  account: string;
  region: string | null;
  owner: string | null;
  responseDue: string | null;
  targetDue: string | null;
  targetKind: string | null;
  mustCallIn: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CaseDetails extends CaseSummary {
  /** Dues in words on the case's regional clock. */
  dues: { response: string; target: string };
  /** Staff viewers only: the whole timeline, who did what. */
  events?: Array<{ at: string; kind: string; actor: string; text: string | null }>;
  pages?: Array<{ id: string; target: string; level: string; state: string; due: string }>;
}

export async function summarise(
  db: Db,
  policy: Policy,
  caseRow: CaseRow,
  staffNames?: Map<number, string>,
): Promise<CaseSummary> {
  const names = await companyNames(
    db,
    [caseRow.soldTo, caseRow.endUser].filter((v): v is string => v !== null),
  );
  const owner =
    caseRow.ownerStaffId === null
      ? null
      : (staffNames?.get(caseRow.ownerStaffId) ?? (await staffNameById(db, caseRow.ownerStaffId)) ?? null);
  return {
    number: caseRow.number,
    type: caseRow.type,
    state: caseRow.state,
    severity: caseRow.severity ? (policy.severities[caseRow.severity as SeverityId]?.name ?? caseRow.severity) : null,
    tier: caseRow.tier ? (policy.tiers[caseRow.tier as TierId]?.name ?? caseRow.tier) : null,
    system: caseRow.system,
    product: caseRow.product,
    version: caseRow.version,
    soldTo: caseRow.soldTo,
    endUser: caseRow.endUser,
    account:
      caseRow.soldTo && caseRow.endUser
        ? `${names.get(caseRow.soldTo) ?? caseRow.soldTo} / ${names.get(caseRow.endUser) ?? caseRow.endUser}`
        : 'no account (Admin case)',
    region: caseRow.region ? (policy.regions[caseRow.region as RegionId]?.name ?? caseRow.region) : null,
    owner,
    responseDue: caseRow.responseDue,
    targetDue: caseRow.targetDue,
    targetKind: caseRow.targetKind,
    mustCallIn: caseRow.mustCallIn,
    createdAt: caseRow.createdAt,
    updatedAt: caseRow.updatedAt,
  };
}

export type CaseLookup = { ok: true; details: CaseDetails } | { ok: false; reason: 'not-found' | 'no-access' };

/** A case by number for a viewer. "not found" and "no access" read the same to a customer (no oracle). */
export async function showCase(db: Db, policy: Policy, number: string, viewer: Viewer): Promise<CaseLookup> {
  const caseRow = await findCaseByNumber(db, number.replace(/\D/g, ''));
  if (!caseRow) return { ok: false, reason: 'not-found' };
  if (!mayView(viewer, caseRow)) return { ok: false, reason: 'no-access' };
  const zone = caseRow.timeZone ?? 'UTC';
  const details: CaseDetails = {
    ...(await summarise(db, policy, caseRow)),
    dues: { response: describeDue(caseRow.responseDue, zone), target: describeDue(caseRow.targetDue, zone) },
  };
  if (viewer.kind === 'contact') return { ok: true, details };
  return {
    ok: true,
    details: {
      ...details,
      events: (await caseEvents(db, caseRow.id)).map((e) => ({ at: e.at, kind: e.kind, actor: e.actor, text: e.text })),
      pages: (await pagesOfCase(db, caseRow.id)).map((p) => ({
        id: pageReference(p.id),
        target: p.target,
        level: p.level,
        state: p.state,
        due: p.due,
      })),
    },
  };
}
