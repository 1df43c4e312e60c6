/**
 * Who may do what (DOMAIN.md §1, seeds 004 and 000).
 *
 * | contact                         | view status | open / update cases | download | temp license |
 * |---------------------------------|-------------|---------------------|----------|--------------|
 * | unknown sender                  | no          | no                  | no       | no           |
 * | known, not designated           | no          | no                  | no       | no           |
 * | designated, read-only on pair   | yes         | no                  | no       | no           |
 * | designated, read-write on pair  | yes         | yes*                | yes*     | yes*         |
 * * and only with an active Service Contract of the Sold To covering the product (approved
 *   Pilot/Beta sites count as covered). A partner acts for an End User only on pairs it holds.
 */
import type { AccessLevel } from './ids.ts';

export type Action = 'view' | 'open-case' | 'update-case' | 'download' | 'temp-license';

export interface Grant {
  pairId: number;
  soldTo: string;
  endUser: string;
  level: AccessLevel;
}

export interface ContractView {
  id: string;
  soldTo: string;
  tier: string;
  region: string;
  timeZone: string | null;
  holidayCountry: string | null;
  status: string;
  startDate: string;
  endDate: string;
  pilot: boolean;
  products: Array<{ name: string; versions: string[] }>;
}

export type AccessDecision =
  | { allowed: true }
  | { allowed: false; reason: 'not-designated' | 'read-only' | 'no-grant' };

export function decideAccess(designated: boolean, grant: Grant | undefined, action: Action): AccessDecision {
  if (!designated) return { allowed: false, reason: 'not-designated' };
  if (!grant) return { allowed: false, reason: 'no-grant' };
  if (action === 'view') return { allowed: true };
  if (grant.level !== 'read-write') return { allowed: false, reason: 'read-only' };
  return { allowed: true };
}

/** Reading a case (status, its thread) or changing it (details, cancel, severity, attention, updates). */
export type CaseAction = 'view' | 'update';

/** Who asks about a case, as the channel and the PIN proved it. */
export interface CaseActor {
  /** A Designated Contact verified by PIN on this channel within the link time (DOMAIN.md §8). */
  verified: boolean;
  contactId: number | null;
  designated: boolean;
  grants: readonly Grant[];
}

/** What decides who may see a case: its Sold To / End User pair, and its contact for a case without one. */
export interface CaseScope {
  soldTo: string | null;
  endUser: string | null;
  contactId: number | null;
}

export type CaseAccessDecision = AccessDecision | { allowed: false; reason: 'unverified' };

/**
 * May this sender read or change this case (DOMAIN.md §1; issue 18)? A thread key, a subject tag or a
 * number in the text only says which case a message may be about; this decides whether it is.
 *
 * | sender                                              | view | update |
 * |-----------------------------------------------------|------|--------|
 * | not verified by PIN (unknown, or link expired)      | no   | no     |
 * | verified, not designated                            | no   | no     |
 * | designated, no grant on the case's pair             | no   | no     |
 * | designated, read-only grant on the pair             | yes  | no     |
 * | designated, read-write grant on the pair            | yes  | yes    |
 * | case without a pair (an Admin case): its own contact | yes  | yes    |
 */
export function decideCaseAccess(actor: CaseActor, scope: CaseScope, action: CaseAction): CaseAccessDecision {
  if (!actor.verified || actor.contactId === null) return { allowed: false, reason: 'unverified' };
  if (!actor.designated) return { allowed: false, reason: 'not-designated' };
  if (scope.soldTo === null || scope.endUser === null) {
    return scope.contactId === actor.contactId ? { allowed: true } : { allowed: false, reason: 'no-grant' };
  }
  const grant = actor.grants.find((g) => g.soldTo === scope.soldTo && g.endUser === scope.endUser);
  return decideAccess(true, grant, action === 'view' ? 'view' : 'update-case');
}

/** A contract is in force on `today` (YYYY-MM-DD) when active and within its term; pilots count (§1). */
export function contractInForce(contract: ContractView, today: string): boolean {
  const inTerm = contract.startDate <= today && today <= contract.endDate;
  return inTerm && (contract.status === 'active' || contract.pilot);
}

/** "8.5.102.03" is covered by "8.5"; an empty version list covers every version. */
export function versionCovered(covered: readonly string[], version: string | undefined): boolean {
  if (covered.length === 0 || !version) return true;
  return covered.some((v) => version === v || version.startsWith(`${v}.`));
}

export type CoverageDecision =
  | { covered: true; contract: ContractView }
  | { covered: false; reason: 'no-contract' | 'contract-not-in-force' | 'product-not-covered' | 'version-not-covered' };

/**
 * The Sold To's contract that covers a product on `today`. When several do, the first in force by
 * contract id wins (a deterministic choice; the documents do not rank contracts).
 */
export function findCoveringContract(
  contracts: readonly ContractView[],
  product: string,
  version: string | undefined,
  today: string,
): CoverageDecision {
  if (contracts.length === 0) return { covered: false, reason: 'no-contract' };
  const name = product.toLowerCase();
  const withProduct = contracts.filter((c) => c.products.some((p) => p.name.toLowerCase() === name));
  if (withProduct.length === 0) return { covered: false, reason: 'product-not-covered' };
  const inForce = withProduct.filter((c) => contractInForce(c, today)).sort((a, b) => a.id.localeCompare(b.id));
  if (inForce.length === 0) return { covered: false, reason: 'contract-not-in-force' };
  const match = inForce.find((c) =>
    versionCovered(c.products.find((p) => p.name.toLowerCase() === name)?.versions ?? [], version),
  );
  if (!match) return { covered: false, reason: 'version-not-covered' };
  return { covered: true, contract: match };
}
