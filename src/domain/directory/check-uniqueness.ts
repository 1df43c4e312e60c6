/**
 * Natural keys must be unique in the file and, for contact addresses and Slack ids, in the
 * directory that results from the import: rows of the file replace the stored rows with the same key,
 * everything else stays.
 */

import type { LocatedDirectory } from './parse-source.ts';
import { type DirectoryProblem, type Located, problemAt } from './problems.ts';
import { type DirectoryState, pairKey } from './state.ts';

type Field = Array<string | number>;

/** Reports every row whose key was already used by an earlier row of the import. */
function duplicatesIn<T>(
  rows: Located<T>[],
  keysOf: (row: T) => Array<{ key: string; field: Field }>,
  describe: (key: string) => string,
): DirectoryProblem[] {
  const seen = new Map<string, Located<T>>();
  const problems: DirectoryProblem[] = [];
  for (const located of rows) {
    for (const { key, field } of keysOf(located.row)) {
      const first = seen.get(key);
      if (first) {
        const where = first.origin.file === located.origin.file ? '' : `${first.origin.file}:`;
        const line = first.origin.lineOf(first.origin.path);
        problems.push(problemAt(located.origin, field, `duplicate ${describe(key)} (first on line ${where}${line})`));
      } else seen.set(key, located);
    }
  }
  return problems;
}

function contactAddressConflicts(directory: LocatedDirectory, existing: DirectoryState): DirectoryProblem[] {
  const inFile = new Set(directory.contacts.map((c) => c.row.email));
  const kept = existing.contacts.filter((c) => !inFile.has(c.email));
  const ownerOfAddress = new Map<string, string>();
  const ownerOfSlack = new Map<string, string>();
  for (const contact of kept) {
    for (const address of [contact.email, ...contact.emails]) ownerOfAddress.set(address, contact.email);
    if (contact.slackUserId) ownerOfSlack.set(contact.slackUserId, contact.email);
  }
  const problems: DirectoryProblem[] = [];
  for (const { row, origin } of directory.contacts) {
    const addresses: Array<{ address: string; field: Field }> = [
      { address: row.email, field: ['email'] },
      ...row.emails.map((address, i) => ({ address, field: ['emails', i] })),
    ];
    for (const { address, field } of addresses) {
      const owner = ownerOfAddress.get(address);
      if (owner) problems.push(problemAt(origin, field, `${address} is already an address of contact ${owner}`));
    }
    const slackOwner = row.slackUserId ? ownerOfSlack.get(row.slackUserId) : undefined;
    if (slackOwner) {
      problems.push(
        problemAt(origin, ['slackUserId'], `Slack user ${row.slackUserId} is already linked to contact ${slackOwner}`),
      );
    }
  }
  return problems;
}

function staffSlackConflicts(directory: LocatedDirectory, existing: DirectoryState): DirectoryProblem[] {
  const inFile = new Set(directory.staff.map((s) => s.row.email));
  const ownerOfSlack = new Map(
    existing.staff.filter((s) => !inFile.has(s.email) && s.slackUserId).map((s) => [s.slackUserId as string, s.email]),
  );
  return directory.staff.flatMap(({ row, origin }) => {
    const owner = row.slackUserId ? ownerOfSlack.get(row.slackUserId) : undefined;
    return owner
      ? [problemAt(origin, ['slackUserId'], `Slack user ${row.slackUserId} is already staff member ${owner}`)]
      : [];
  });
}

function duplicatesWithinRows(directory: LocatedDirectory): DirectoryProblem[] {
  const problems: DirectoryProblem[] = [];
  for (const { row, origin } of directory.contracts) {
    const names = new Set<string>();
    row.products.forEach((product, i) => {
      if (names.has(product.name))
        problems.push(problemAt(origin, ['products', i, 'name'], `product ${product.name} is listed twice`));
      names.add(product.name);
    });
  }
  for (const { row, origin } of directory.contacts) {
    const pairs = new Set<string>();
    row.access.forEach((grant, i) => {
      const key = pairKey(grant);
      if (pairs.has(key)) problems.push(problemAt(origin, ['access', i], `access to ${key} is granted twice`));
      pairs.add(key);
    });
  }
  return problems;
}

export function checkUniqueness(directory: LocatedDirectory, existing: DirectoryState): DirectoryProblem[] {
  return [
    ...duplicatesIn(
      directory.companies,
      (c) => [{ key: c.id, field: ['id'] }],
      (k) => `company id ${k}`,
    ),
    ...duplicatesIn(
      directory.contracts,
      (c) => [{ key: c.id, field: ['id'] }],
      (k) => `contract id ${k}`,
    ),
    ...duplicatesIn(
      directory.pairs,
      (p) => [{ key: pairKey(p), field: ['endUser'] }],
      (k) => `pair ${k}`,
    ),
    ...duplicatesIn(
      directory.contacts,
      (c) => [{ key: c.email, field: ['email'] }, ...c.emails.map((key, i) => ({ key, field: ['emails', i] }))],
      (k) => `contact email ${k}`,
    ),
    ...duplicatesIn(
      directory.contacts,
      (c) => (c.slackUserId ? [{ key: c.slackUserId, field: ['slackUserId'] }] : []),
      (k) => `contact Slack user ${k}`,
    ),
    ...duplicatesIn(
      directory.staff,
      (s) => [{ key: s.email, field: ['email'] }],
      (k) => `staff email ${k}`,
    ),
    ...duplicatesIn(
      directory.staff,
      (s) => (s.slackUserId ? [{ key: s.slackUserId, field: ['slackUserId'] }] : []),
      (k) => `staff Slack user ${k}`,
    ),
    ...duplicatesWithinRows(directory),
    ...contactAddressConflicts(directory, existing),
    ...staffSlackConflicts(directory, existing),
  ];
}
