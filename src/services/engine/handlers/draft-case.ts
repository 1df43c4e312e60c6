/**
 * The case behind a dialogue: created (state `collecting`) once its product is known and covered, kept in
 * step with the draft, withdrawn when the contact cancels before it opened, and refused with the reason when
 * the contract has lapsed (seed 001 §3.1).
 */
import { contractInForce } from '../../../domain/access.ts';
import { type CaseDraft, DRAFT_FIELDS } from '../../../domain/cases/required-info.ts';
import { readableDate } from '../../../domain/readable-time.ts';
import { type CaseRow, getCaseById, mayBeWithdrawn, updateCase, withdrawCase } from '../../../store/case-store.ts';
import { contractsOf, type PairGrant } from '../../../store/directory-reader.ts';
import { actingGrant, caseAccessFor } from '../case-access.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';

type OpenCaseDialogue = Extract<Dialogue, { kind: 'open-case' }>;

/** Writes the draft to the collecting case, only when an answer changed it. */
export async function syncDraft(turn: Turn, caseRow: CaseRow, draft: CaseDraft): Promise<CaseRow> {
  if (DRAFT_FIELDS.every((field) => (caseRow[field] ?? null) === (draft[field] ?? null))) return caseRow;
  const updated = await updateCase(turn.ctx.db, caseRow.id, {
    description: draft.description ?? null,
    product: draft.product ?? null,
    version: draft.version ?? null,
    system: draft.system ?? null,
    severity: draft.severity ?? null,
    circumstances: draft.circumstances ?? null,
    businessImpact: draft.businessImpact ?? null,
    updatedAt: turn.nowIso,
  });
  turn.attachCase(updated);
  return updated;
}

/**
 * The collecting case this dialogue opened, while it still collects, is on the dialogue's pair, and the
 * sender may change it — never a case the thread or a subject tag points at (issue 18 §2).
 */
export async function draftCaseOf(
  turn: Turn,
  dialogue: OpenCaseDialogue,
  pair: PairGrant,
): Promise<CaseRow | undefined> {
  const id = dialogue.caseId === undefined ? turn.conversation.caseId : dialogue.caseId;
  const draft = id === null ? undefined : await getCaseById(turn.ctx.db, id);
  if (draft?.state !== 'collecting' || draft.soldTo !== pair.soldTo || draft.endUser !== pair.endUser) return undefined;
  return caseAccessFor(turn, draft, 'update').allowed ? draft : undefined;
}

/**
 * "Cancel" while a case is still being gathered: the dialogue's own draft case is withdrawn — no case any
 * more, its number not used again, the withdrawal on record (case-store.ts, WITHDRAWN) — and the thread
 * lets go of it, so what the contact writes next is not added to a case they abandoned. Only that case,
 * only by a sender who may change it (issue 18 §2), and only while its clock has not started and staff
 * have not been told of it: such a case is kept, and returned so the contact can be told and offered to
 * close it.
 */
export async function abandonDraftCase(
  turn: Turn,
  dialogue: OpenCaseDialogue,
): Promise<{ withdrawn?: CaseRow; kept?: CaseRow }> {
  const pair = actingGrant(turn, dialogue.pairId);
  const draft = pair ? await draftCaseOf(turn, dialogue, pair) : undefined;
  if (!draft) return {};
  if (!(await mayBeWithdrawn(turn.ctx.db, draft))) return { kept: draft };
  const withdrawn = await withdrawCase(turn.ctx.db, draft, turn.nowIso, turn.actor);
  await turn.audit('case.withdrawn', draft.number);
  turn.caseRow = undefined;
  turn.conversation.caseId = null;
  return { withdrawn };
}

/**
 * A Sold To whose contracts are all out of force (lapsed, unpaid, ended) gets no new case, download or
 * release (DOMAIN.md §1; seed 001 §3.1: "current in payment of all maintenance fees"). Said at once, before
 * anything is asked. True when refused.
 */
export async function refuseLapsedContract(turn: Turn, pair: PairGrant): Promise<boolean> {
  const contracts = await contractsOf(turn.ctx.db, pair.soldTo);
  const today = turn.nowIso.slice(0, 10);
  if (contracts.length === 0 || contracts.some((c) => contractInForce(c, today))) return false;
  const latest = [...contracts].sort((a, b) => b.endDate.localeCompare(a.endDate))[0]!;
  turn.setDialogue(IDLE);
  turn.decision = 'contract-lapsed';
  await turn.audit('case.refused', turn.actor, { reason: 'contract-lapsed', soldTo: pair.soldTo, contract: latest.id });
  await turn.reply('contract-lapsed', {
    account: pair.soldToName,
    status: latest.status === 'active' ? 'is outside its term' : `is ${latest.status}`,
    endDate: readableDate(latest.endDate),
  });
  return true;
}
