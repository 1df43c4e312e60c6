/**
 * Who may hold which access on a Sold To + End User pair (docs/rules.md §1).
 *
 * The documents: access per pair is read-write or read-only; indirect End User contacts may get
 * read-only access (to track cases the partner opened) only after the Partner approves.
 * Contacts carry no company, so the rule is enforced on the grant itself:
 *
 * | pair relation | level      | approvedBy | verdict                                                          |
 * |---------------|------------|------------|------------------------------------------------------------------|
 * | direct        | any        | absent     | allowed                                                          |
 * | direct        | any        | given      | refused: approval is only for read-only access on indirect pairs |
 * | indirect      | read-write | absent     | allowed: read-write there is for the partner's (Sold To or Support Owner) contacts |
 * | indirect      | read-write | given      | refused: approval is only for read-only access                   |
 * | indirect      | read-only  | absent     | refused: needs the partner's approval (approvedBy)               |
 * | indirect      | read-only  | given      | allowed when approvedBy is a contact with read-write access on the same pair (the partner) |
 */
import type { AccessLevel } from '../ids.ts';
import type { PairRelation } from './state.ts';

export interface GrantToCheck {
  relation: PairRelation;
  level: AccessLevel;
  approvedBy: string | null;
  /** Whether approvedBy names a contact holding read-write access on the same pair. */
  approverIsPartnerContact: boolean;
}

/** Why the grant is refused, or null when it is allowed. */
export function accessGrantProblem(grant: GrantToCheck): { field: 'level' | 'approvedBy'; message: string } | null {
  if (grant.approvedBy !== null && (grant.relation === 'direct' || grant.level === 'read-write')) {
    return {
      field: 'approvedBy',
      message: 'a partner approval only applies to read-only access on an indirect pair (docs/rules.md §1)',
    };
  }
  if (grant.relation === 'indirect' && grant.level === 'read-only') {
    if (grant.approvedBy === null) {
      return {
        field: 'approvedBy',
        message:
          "read-only access on an indirect pair needs the partner's approval: name the approving partner contact in approvedBy (docs/rules.md §1)",
      };
    }
    if (!grant.approverIsPartnerContact) {
      return {
        field: 'approvedBy',
        message: `${grant.approvedBy} is not a contact with read-write access on this pair, so cannot approve for the partner (docs/rules.md §1)`,
      };
    }
  }
  return null;
}
