/**
 * What a support case needs before its clock starts (DOMAIN.md §3, §4; seed 001 §2.1): an accurate
 * description, a requested severity and the circumstances that led to the problem. We also gather
 * what the contact is expected to give — product and version, production or test/lab, business
 * impact — so the analyst can start at once. Asked one at a time, in this order.
 */
import type { SeverityId, SystemId } from '../ids.ts';

export interface CaseDraft {
  description?: string;
  product?: string;
  version?: string;
  system?: SystemId;
  severity?: SeverityId;
  circumstances?: string;
  businessImpact?: string;
}

export const DRAFT_FIELDS = [
  'description',
  'product',
  'version',
  'system',
  'severity',
  'circumstances',
  'businessImpact',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** The fields the SLA clock waits for (seed 001 §2.1). */
export const CLOCK_FIELDS: readonly DraftField[] = ['description', 'severity', 'circumstances'];

export function missingFields(draft: CaseDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => !draft[field]);
}

export function nextQuestion(draft: CaseDraft): DraftField | undefined {
  return missingFields(draft)[0];
}
