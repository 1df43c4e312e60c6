/**
 * What a support case needs (DOMAIN.md §3, §4; seed 001 §2.1). Its clock starts once Customer Care has an
 * accurate description, a requested severity and the circumstances that led to the problem — and, for the
 * bot, a product the contract covers (the case exists from then on). Version, production or test/lab and
 * business impact are expected of the contact too, so they are asked in the same message, but they do not
 * hold the clock: answers that come later are added to the case (issue 21, README "Decisions").
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

/** The fields the SLA clock waits for (seed 001 §2.1), plus the product that makes the case exist. */
export const CLOCK_FIELDS: readonly DraftField[] = ['product', 'description', 'severity', 'circumstances'];

/** Asked with the others, never holding the clock. */
export const HELPFUL_FIELDS: readonly DraftField[] = ['version', 'system', 'businessImpact'];

export function missingFields(draft: CaseDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => !draft[field]);
}

export function missingForClock(draft: CaseDraft): DraftField[] {
  return CLOCK_FIELDS.filter((field) => !draft[field]);
}

export function missingHelpful(draft: CaseDraft): DraftField[] {
  return HELPFUL_FIELDS.filter((field) => !draft[field]);
}
