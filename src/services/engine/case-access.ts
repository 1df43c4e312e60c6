/**
 * The one place every path asks whether a message's sender may read or change a case (issue 18 §1–§2):
 * the thread a message arrived in, a `[Case N]` subject, a number in the text and the case a
 * conversation remembers are only hints; a message joins, reads or changes a case only when its sender
 * is a verified Designated Contact with access to the case's Sold To / End User pair (DOMAIN.md §1).
 */
import { type CaseAccessDecision, type CaseAction, decideCaseAccess } from '../../domain/access.ts';
import type { CaseRow } from '../../store/case-store.ts';
import type { ContactRow, PairGrant } from '../../store/directory-reader.ts';

/** What access is decided from: the sender as the Turn knows them (turn.ts Identity has these fields). */
export interface AccessIdentity {
  contact?: Pick<ContactRow, 'id' | 'designated'>;
  verified: boolean;
  /** A message in a known contact's name whose email failed authentication: it acts for nobody. */
  authFailed: boolean;
  grants: PairGrant[];
}

export function caseAccessFor(
  turn: { identity: AccessIdentity },
  caseRow: Pick<CaseRow, 'soldTo' | 'endUser' | 'contactId'>,
  action: CaseAction,
): CaseAccessDecision {
  const { identity } = turn;
  const contact = identity.authFailed ? undefined : identity.contact;
  return decideCaseAccess(
    {
      verified: identity.verified && contact !== undefined,
      contactId: contact?.id ?? null,
      designated: contact?.designated ?? false,
      grants: identity.grants,
    },
    caseRow,
    action,
  );
}

/**
 * The read-write grant a dialogue acts under (opening a case, ordering software, a temporary license):
 * only while its sender is a verified Designated Contact who still holds it.
 */
export function actingGrant(turn: { identity: AccessIdentity }, pairId: number): PairGrant | undefined {
  const { identity } = turn;
  if (!identity.verified || identity.authFailed || !identity.contact?.designated) return undefined;
  return identity.grants.find((g) => g.pairId === pairId && g.level === 'read-write');
}
