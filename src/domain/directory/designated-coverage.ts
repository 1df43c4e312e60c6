/**
 * DOMAIN.md §1: each customer/partner must have at least two Designated Contacts. The directory
 * records access per Sold To + End User pair, so the check is per pair: a pair with fewer than two
 * designated contacts holding read-write access gets a warning. A warning, not a refusal: directories
 * are often loaded in parts, and refusing would leave the account with no contact at all.
 */
import { type DirectoryState, pairKey } from './state.ts';

export const MIN_DESIGNATED_CONTACTS = 2;

export function designatedCoverageWarnings(state: Pick<DirectoryState, 'pairs' | 'contacts'>): string[] {
  const holders = new Map<string, number>();
  for (const contact of state.contacts) {
    if (!contact.designated) continue;
    for (const grant of contact.access) {
      if (grant.level === 'read-write') holders.set(pairKey(grant), (holders.get(pairKey(grant)) ?? 0) + 1);
    }
  }
  return state.pairs.flatMap((pair) => {
    const count = holders.get(pairKey(pair)) ?? 0;
    if (count >= MIN_DESIGNATED_CONTACTS) return [];
    return [
      `pair ${pairKey(pair)} has ${count} designated contact${count === 1 ? '' : 's'} with read-write access (docs/rules.md §1 asks for at least ${MIN_DESIGNATED_CONTACTS})`,
    ];
  });
}
