/**
 * What each staff card shows, read from the database at the moment it is posted or updated (so a card
 * always shows the latest state, however many changes came in between). PINs and sensitive data are
 * taken out of the description here; escaping happens in the pure builders (blocks/).
 */
import type { RegionId, SeverityId, TierId } from '../../../domain/ids.ts';
import type { OriginalSummary } from '../../../domain/license-file/summary.ts';
import { redactPins } from '../../../domain/pin-text.ts';
import type { Policy } from '../../../domain/policy/schema.ts';
import { findSensitiveData, redactSensitiveData } from '../../../domain/sensitive-data.ts';
import { noLongerIssuable } from '../../../services/engine/approval-decision.ts';
import { describeDue } from '../../../services/engine/case-sla.ts';
import { pageReference } from '../../../services/schedule/page-sender.ts';
import { type CaseRow, caseEvents, getCaseById } from '../../../store/case-store.ts';
import { findApprovalById, findStaffMember } from '../../../store/channel-records.ts';
import type { Db } from '../../../store/database.ts';
import { companyNames, findStaffByEmail, type StaffRow } from '../../../store/directory-reader.ts';
import { getPage, pagesOfCase } from '../../../store/page-store.ts';
import type { ApprovalCardView } from '../blocks/approval-card.ts';
import type { CaseCardView } from '../blocks/case-card.ts';
import type { PageDmView } from '../blocks/page-dm.ts';

export async function staffById(db: Db, id: number | null): Promise<StaffRow | undefined> {
  return await findStaffMember(db, id);
}

export async function accountOf(db: Db, caseRow: Pick<CaseRow, 'soldTo' | 'endUser'>): Promise<string> {
  if (!caseRow.soldTo || !caseRow.endUser) return 'no account (Admin case)';
  const names = await companyNames(db, [caseRow.soldTo, caseRow.endUser]);
  return `${names.get(caseRow.soldTo) ?? caseRow.soldTo} / ${names.get(caseRow.endUser) ?? caseRow.endUser}`;
}

/** The zone staff of the case's region read dues in (the region's own clock). */
export function staffZone(policy: Policy, caseRow: Pick<CaseRow, 'region' | 'timeZone'>): string {
  const region = caseRow.region ? policy.regions[caseRow.region as RegionId] : undefined;
  return region?.timeZone ?? caseRow.timeZone ?? 'UTC';
}

/** The timeline kinds a card shows: the same list moves the card (trigger slack_cards_case_event). */
const HISTORY_KINDS = new Set(['owner', 'state', 'severity', 'approval', 'page', 'staff-reply', 'note', 'follow-up']);

export async function caseCardView(
  db: Db,
  policy: Policy,
  caseId: number,
  revision: number,
): Promise<CaseCardView | undefined> {
  const caseRow = await getCaseById(db, caseId);
  if (!caseRow) return undefined;
  const zone = staffZone(policy, caseRow);
  const owner = await staffById(db, caseRow.ownerStaffId);
  const history = await Promise.all(
    (await caseEvents(db, caseId))
      .filter((e) => HISTORY_KINDS.has(e.kind) && e.text)
      .map(
        async (e) =>
          `${shortTime(e.at, zone)} ${e.kind === 'note' ? `note by ${await noteAuthor(db, e.actor)}` : e.text}`,
      ),
  );
  const pages = (await pagesOfCase(db, caseId))
    .filter((p) => p.state === 'open')
    .map((p) => `${pageReference(p.id)} ${p.target} ${p.level}, due ${describeDue(p.due, zone)} — not acknowledged`);
  const region = caseRow.region ? policy.regions[caseRow.region as RegionId] : undefined;
  const description = caseRow.description ? redacted(caseRow.description) : null;
  return {
    number: caseRow.number,
    state: caseRow.state,
    type: caseRow.type,
    severity: caseRow.severity ? (policy.severities[caseRow.severity as SeverityId]?.name ?? caseRow.severity) : null,
    tier: caseRow.tier ? (policy.tiers[caseRow.tier as TierId]?.name ?? caseRow.tier) : null,
    account: await accountOf(db, caseRow),
    product: caseRow.product,
    version: caseRow.version,
    system: caseRow.system,
    region: region?.name ?? caseRow.region,
    responseDue: caseRow.responseDue,
    targetDue: caseRow.targetDue,
    zone,
    targetKind: caseRow.targetKind,
    mustCallIn: caseRow.mustCallIn,
    customerCarePhone: region?.customerCarePhone ?? null,
    description,
    owner: owner ? { id: owner.id, name: owner.name, slackUserId: owner.slackUserId } : null,
    history,
    pages,
    revision,
  };
}

function redacted(text: string): string {
  const withoutPins = redactPins(text);
  return redactSensitiveData(withoutPins, findSensitiveData(withoutPins));
}

const noteAuthor = async (db: Db, actor: string) => {
  const email = actor.replace(/^staff:/, '');
  return (await findStaffByEmail(db, email))?.name ?? email;
};

const shortFormats = new Map<string, Intl.DateTimeFormat>();

/** "23 Nov, 14:05" in the zone; one formatter per zone (building one costs more than the whole card). */
function shortTime(iso: string, zone: string): string {
  let format = shortFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      day: '2-digit',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    shortFormats.set(zone, format);
  }
  return format.format(new Date(iso));
}

export async function approvalCardView(
  db: Db,
  policy: Policy,
  approvalId: number,
  revision: number,
  nowIso: string,
): Promise<ApprovalCardView | undefined> {
  const approval = await findApprovalById(db, approvalId);
  if (!approval?.caseId) return undefined;
  const caseRow = await getCaseById(db, approval.caseId);
  if (!caseRow) return undefined;
  const details = approval.details as { reasons?: string[]; original?: OriginalSummary; why?: string };
  const decider = await staffById(db, approval.decidedBy);
  return {
    reference: approval.reference,
    caseNumber: caseRow.number,
    account: await accountOf(db, caseRow),
    decision: approval.decision,
    reasons: details.reasons ?? [],
    original: details.original ?? null,
    state: approval.state,
    decidedBy: decider ? { name: decider.name, slackUserId: decider.slackUserId } : null,
    decidedAt: approval.decidedAt,
    expiresOn: approval.expiresOn,
    why: await rejectionReason(db, approval.caseId, approval.reference),
    // A pending approval whose case closed, or whose contract or contact lapsed, cannot be approved.
    blocked: approval.state === 'pending' ? ((await noLongerIssuable(db, caseRow, nowIso)) ?? null) : null,
    zone: staffZone(policy, caseRow),
    revision,
  };
}

async function rejectionReason(db: Db, caseId: number, reference: string): Promise<string | null> {
  const event = (await caseEvents(db, caseId)).find(
    (e) =>
      e.kind === 'approval' &&
      (e.details as { reference?: string }).reference === reference &&
      (e.details as { why?: string }).why,
  );
  return ((event?.details as { why?: string } | undefined)?.why as string | undefined) ?? null;
}

export async function pageDmView(
  db: Db,
  policy: Policy,
  pageId: number,
  body: string,
  revision: number,
): Promise<PageDmView | undefined> {
  const page = await getPage(db, pageId);
  if (!page) return undefined;
  const caseRow = await getCaseById(db, page.caseId);
  const by = await staffById(db, page.acknowledgedBy);
  return {
    pageId,
    reference: pageReference(pageId),
    caseNumber: caseRow?.number ?? String(page.caseId),
    body,
    state: page.state,
    acknowledgedBy: by ? { name: by.name, slackUserId: by.slackUserId } : null,
    acknowledgedAt: page.acknowledgedAt,
    closedReason: page.closedReason,
    zone: caseRow ? staffZone(policy, caseRow) : 'UTC',
    revision,
  };
}
