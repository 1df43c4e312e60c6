/**
 * Every check an import runs after the row schemas, against the rows of all its files and the
 * directory already stored. An import writes nothing unless this returns no problem.
 */
import { pinPolicyProblem } from '../pin.ts';
import type { PinPolicy } from '../policy/schema.ts';
import { checkReferences } from './check-references.ts';
import { checkUniqueness } from './check-uniqueness.ts';
import type { LocatedDirectory } from './parse-source.ts';
import { type DirectoryProblem, problemAt } from './problems.ts';
import type { DirectoryState } from './state.ts';

/** DOMAIN.md §1: a PIN identifies a contact; the policy's rules apply to imported PINs too. */
function checkPins(directory: LocatedDirectory, policy: PinPolicy): DirectoryProblem[] {
  return directory.contacts.flatMap(({ row, origin }) => {
    const problem = row.pin === undefined ? null : pinPolicyProblem(row.pin, policy);
    return problem ? [problemAt(origin, ['pin'], problem)] : [];
  });
}

export function checkDirectory(
  directory: LocatedDirectory,
  existing: DirectoryState,
  pinPolicy: PinPolicy,
): DirectoryProblem[] {
  return [
    ...checkUniqueness(directory, existing),
    ...checkReferences(directory, existing),
    ...checkPins(directory, pinPolicy),
  ];
}
