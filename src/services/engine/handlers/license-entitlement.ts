/**
 * Routing a license request issues nothing, but Licensing issues a file from it (DOMAIN.md §7). A
 * Designated Contact who names as the request's company, End User, Sold To or employer a customer of the
 * directory they hold no access to may be ordering for someone else's account: the routed mail says so
 * first, so Licensing checks the entitlement before issuing (red team, round 6). A company the directory
 * does not know (a partner's new customer) is no concern; the writer is not told, to reveal nothing about
 * other customers.
 */
import { contractInForce } from '../../../domain/access.ts';
import { sameCompany } from '../../../domain/company-names.ts';
import type { LicenseRequestExtraction } from '../../../domain/license-request/schema.ts';
import { readableDate } from '../../../domain/readable-time.ts';
import { allCompanies, contractsOf } from '../../../store/directory-reader.ts';
import type { Turn } from '../turn.ts';

type RecordExtraction = Extract<LicenseRequestExtraction, { kind: 'engage' | 'pureconnect' }>;

const NAMED_AS = { companyName: 'company', endUserAccount: 'End User', soldToAccount: 'Sold To', employer: 'employer' };

/** The line Licensing reads first, or undefined when every company the request names is one the writer holds. */
export async function entitlementConcern(turn: Turn, extraction: RecordExtraction): Promise<string | undefined> {
  const fields = extraction.fields as Record<string, unknown>;
  const named = Object.entries(NAMED_AS).flatMap(([field, role]) => {
    const value = fields[field];
    return typeof value === 'string' ? [{ value, role }] : [];
  });
  if (named.length === 0) return undefined;
  const held = new Set(turn.identity.grants.flatMap((g) => [g.soldTo, g.endUser]));
  const companies = await allCompanies(turn.ctx.db);
  const foreign = named.flatMap(({ value, role }) => {
    const company = companies.find((c) => sameCompany(c.name, value));
    return company && !held.has(company.id) ? [`${company.name} (named as ${role})`] : [];
  });
  if (foreign.length === 0) return undefined;
  const writer = turn.identity.contact?.name ?? turn.identity.replyTo;
  const holds = [...new Set(turn.identity.grants.map((g) => g.endUserName))].join(', ') || 'no account';
  return `CHECK ENTITLEMENT BEFORE ISSUING: ${writer} holds no access to ${[...new Set(foreign)].join(', ')}; their access covers ${holds}.`;
}

/**
 * A license request from an account whose Service Contract is no longer in force (red team round 12): a
 * temporary file "while the renewal is processed" is what Customer Care itself refuses such an account
 * (DOMAIN.md §1, §6), and Licensing would issue it unaware. The Sold To is the one the request names among
 * those the writer holds, else the writer's only one; when several could be meant and any is in force,
 * nothing is said. The writer is not told: the contract is Licensing's and the account team's to settle.
 */
export async function contractConcern(turn: Turn, extraction: RecordExtraction): Promise<string | undefined> {
  const fields = extraction.fields as Record<string, unknown>;
  const names = Object.keys(NAMED_AS).flatMap((field) => (typeof fields[field] === 'string' ? [fields[field]] : []));
  const grants = turn.identity.grants;
  const named = grants.filter((g) => names.some((n) => sameCompany(g.soldToName, n) || sameCompany(g.endUserName, n)));
  const soldTos = [...new Map((named.length > 0 ? named : grants).map((g) => [g.soldTo, g.soldToName])).entries()];
  if (soldTos.length === 0) return undefined;
  const today = turn.nowIso.slice(0, 10);
  const lapsed: string[] = [];
  for (const [soldTo, name] of soldTos) {
    const contracts = await contractsOf(turn.ctx.db, soldTo);
    if (contracts.length === 0 || contracts.some((c) => contractInForce(c, today))) return undefined;
    const latest = [...contracts].sort((a, b) => b.endDate.localeCompare(a.endDate))[0]!;
    lapsed.push(`${name} (${latest.id}, ${latest.status}, ended ${readableDate(latest.endDate)})`);
  }
  return `CHECK CONTRACT BEFORE ISSUING: no Service Contract of ${lapsed.join(', ')} is in force.`;
}
