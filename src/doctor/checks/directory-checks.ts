/**
 * The directory is fit to serve: not empty, every contract in a region and a tier the policy knows
 * (else its cases have no calendar or no targets), and a manager for every region with contracts (else
 * its escalation pages go to every manager, or nowhere). The same checks on either store: the facts are
 * read from SQLite here, from PostgreSQL by postgres-checks.ts.
 */
import type Database from 'better-sqlite3';
import type { Policy } from '../../domain/policy/schema.ts';
import {
  type AbsenceFact,
  contractPlaces,
  type DirectoryCounts,
  directoryCounts,
  staffAbsenceFacts,
  staffWithRoles,
} from '../../store/directory-health-store.ts';
import { type CheckResult, failed, ok } from '../check.ts';
import { judgeAbsences } from './away-check.ts';

const PART = 'directory';

/** What the directory checks look at, from whichever store. */
export interface DirectoryFacts {
  counts: DirectoryCounts;
  places: Array<{ id: string; region: string; tier: string }>;
  staff: Array<{ email: string; roles: string[]; regions: string[] }>;
  absences: AbsenceFact[];
}

export function checkDirectory(sqlite: Database.Database, policy: Policy): CheckResult[] {
  return judgeDirectory(
    {
      counts: directoryCounts(sqlite),
      places: contractPlaces(sqlite),
      staff: staffWithRoles(sqlite),
      absences: staffAbsenceFacts(sqlite),
    },
    policy,
  );
}

export function judgeDirectory(
  { counts, places, staff, absences }: DirectoryFacts,
  policy: Policy,
  now = new Date(),
): CheckResult[] {
  const missing = Object.entries(counts)
    .filter(([, n]) => n === 0)
    .map(([what]) => what.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`));
  const summary = `${counts.companies} companies, ${counts.contracts} contracts, ${counts.designatedContacts} designated contacts, ${counts.staff} staff`;
  const results = [
    missing.length === 0
      ? ok(PART, 'directory not empty', summary)
      : failed(
          PART,
          'directory not empty',
          `no ${missing.join(', no ')}`,
          'caseline directory import FILE (docs/directory.md)',
        ),
  ];

  const unknown = places.flatMap((c) => [
    ...(c.region in policy.regions ? [] : [`${c.id}: region "${c.region}"`]),
    ...(c.tier in policy.tiers ? [] : [`${c.id}: tier "${c.tier}"`]),
  ]);
  results.push(
    unknown.length === 0
      ? ok(PART, 'contract regions and tiers known', `${places.length} contracts, all in the policy`)
      : failed(
          PART,
          'contract regions and tiers known',
          `not in the policy: ${unknown.slice(0, 5).join('; ')}${unknown.length > 5 ? ` (and ${unknown.length - 5} more)` : ''}`,
          'correct the contracts (caseline directory import) or add the region/tier to POLICY_FILE',
        ),
  );

  const managers = staff.filter((s) => s.roles.includes('manager'));
  const regions = [...new Set(places.map((c) => c.region))].filter((r) => r in policy.regions).sort();
  const uncovered = regions.filter((region) => !managers.some((m) => m.regions.includes(region)));
  results.push(
    uncovered.length === 0
      ? ok(PART, 'a manager for each region', regions.length === 0 ? 'no regions in use yet' : regions.join(', '))
      : failed(
          PART,
          'a manager for each region',
          `no manager for ${uncovered.join(', ')}: ${withoutManager(staff, policy.escalation.fallbackRole)}`,
          `caseline staff add --email … --name … --role manager --region ${uncovered[0]}`,
        ),
  );
  results.push(judgeAbsences(absences, staff, regions, policy, now));
  return results;
}

/** Where a region's escalation pages go without a manager of its own (the clock's recipients rules). */
function withoutManager(staff: Array<{ roles: string[] }>, fallbackRole: string): string {
  if (staff.some((s) => s.roles.includes(fallbackRole))) {
    return `their escalation pages go to the ${fallbackRole} role instead (policy.escalation.fallbackRole)`;
  }
  if (staff.some((s) => s.roles.includes('manager'))) {
    return `nobody has the fallback role ${fallbackRole} either, so their pages go to every manager`;
  }
  return 'their escalation pages would reach nobody';
}
