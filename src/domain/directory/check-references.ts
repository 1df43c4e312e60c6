/**
 * Everything a row points at must exist in the file or already in the database: a contract's
 * Sold To, a pair's three companies, a grant's pair; and grants obey the access rules (DOMAIN.md §1).
 */
import { accessGrantProblem } from './access-rules.ts';
import type { LocatedDirectory } from './parse-source.ts';
import { type DirectoryProblem, problemAt } from './problems.ts';
import { type DirectoryState, pairKey, relationOf } from './state.ts';

function knownCompanies(directory: LocatedDirectory, existing: DirectoryState): Set<string> {
  return new Set([...existing.companies.map((c) => c.id), ...directory.companies.map((c) => c.row.id)]);
}

function knownPairs(directory: LocatedDirectory, existing: DirectoryState): Set<string> {
  return new Set([...existing.pairs.map(pairKey), ...directory.pairs.map((p) => pairKey(p.row))]);
}

/** Pair key → every address of the contacts that will hold read-write access on it after the import. */
function partnerContactsByPair(directory: LocatedDirectory, existing: DirectoryState): Map<string, Set<string>> {
  const inFile = new Set(directory.contacts.map((c) => c.row.email));
  const holders = [...existing.contacts.filter((c) => !inFile.has(c.email)), ...directory.contacts.map((c) => c.row)];
  const byPair = new Map<string, Set<string>>();
  for (const contact of holders) {
    for (const grant of contact.access) {
      if (grant.level !== 'read-write') continue;
      const addresses = byPair.get(pairKey(grant)) ?? new Set<string>();
      for (const address of [contact.email, ...contact.emails]) addresses.add(address);
      byPair.set(pairKey(grant), addresses);
    }
  }
  return byPair;
}

export function checkReferences(directory: LocatedDirectory, existing: DirectoryState): DirectoryProblem[] {
  const companies = knownCompanies(directory, existing);
  const pairs = knownPairs(directory, existing);
  const problems: DirectoryProblem[] = [];
  const unknownCompany = (id: string) => `unknown company ${id} (not in the file nor in the database)`;

  for (const { row, origin } of directory.contracts) {
    if (!companies.has(row.soldTo)) problems.push(problemAt(origin, ['soldTo'], unknownCompany(row.soldTo)));
  }
  for (const { row, origin } of directory.pairs) {
    for (const field of ['soldTo', 'endUser', 'supportOwner'] as const) {
      const id = row[field];
      if (id !== undefined && !companies.has(id)) problems.push(problemAt(origin, [field], unknownCompany(id)));
    }
  }
  const partners = partnerContactsByPair(directory, existing);
  for (const { row, origin } of directory.contacts) {
    row.access.forEach((grant, i) => {
      const key = pairKey(grant);
      if (!pairs.has(key)) {
        problems.push(problemAt(origin, ['access', i], `no account pair ${key} (not in the file nor in the database)`));
        return;
      }
      const approvedBy = grant.approvedBy ?? null;
      const problem = accessGrantProblem({
        relation: relationOf(grant.soldTo, grant.endUser),
        level: grant.level,
        approvedBy,
        approverIsPartnerContact: approvedBy !== null && (partners.get(key)?.has(approvedBy) ?? false),
      });
      if (problem) problems.push(problemAt(origin, ['access', i, problem.field], problem.message));
    });
  }
  return problems;
}
