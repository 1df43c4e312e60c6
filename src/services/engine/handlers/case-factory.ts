/** Creating a case for a pair under a contract, with the regional calendar it is measured on. */
import type { ContractView } from '../../../domain/access.ts';
import type { CaseDraft } from '../../../domain/cases/required-info.ts';
import type { CaseType, RegionId } from '../../../domain/ids.ts';
import { addCaseEvent, type CaseRow, createCase } from '../../../store/case-store.ts';
import type { PairGrant } from '../../../store/directory-reader.ts';
import { countCaseOpened } from '../count-case-opened.ts';
import type { Turn } from '../turn.ts';

export async function openCaseRecord(
  turn: Turn,
  values: {
    type: CaseType;
    pair: PairGrant | null;
    contract: ContractView | null;
    draft: CaseDraft;
    state: 'collecting' | 'open';
  },
): Promise<CaseRow> {
  const { ctx, nowIso } = turn;
  const region = (values.contract?.region ?? null) as RegionId | null;
  const regionPolicy = region ? ctx.policy.regions[region] : null;
  const caseRow = await createCase(ctx.db, {
    type: values.type,
    state: values.state,
    severity: values.draft.severity ?? null,
    system: values.draft.system ?? null,
    product: values.draft.product ?? null,
    version: values.draft.version ?? null,
    description: values.draft.description ?? null,
    circumstances: values.draft.circumstances ?? null,
    businessImpact: values.draft.businessImpact ?? null,
    soldTo: values.pair?.soldTo ?? null,
    endUser: values.pair?.endUser ?? null,
    contactId: turn.identity.contact?.id ?? null,
    contractId: values.contract?.id ?? null,
    tier: values.contract?.tier ?? null,
    region,
    timeZone: values.contract?.timeZone ?? regionPolicy?.timeZone ?? null,
    holidayCountry: values.contract?.holidayCountry ?? regionPolicy?.holidayCountry ?? null,
    createdAt: nowIso,
    updatedAt: nowIso,
  });
  await addCaseEvent(ctx.db, {
    caseId: caseRow.id,
    at: nowIso,
    kind: 'state',
    actor: turn.actor,
    text: `created (${values.state})`,
  });
  if (turn.message.text) {
    await addCaseEvent(ctx.db, {
      caseId: caseRow.id,
      at: nowIso,
      kind: 'message-in',
      actor: turn.actor,
      text: values.draft.description ?? null,
    });
  }
  await turn.audit('case.created', caseRow.number, {
    type: values.type,
    soldTo: caseRow.soldTo,
    endUser: caseRow.endUser,
  });
  turn.attachCase(caseRow);
  if (values.state === 'open') countCaseOpened(ctx, caseRow);
  return caseRow;
}
