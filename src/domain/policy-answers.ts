/**
 * Policy questions answered from the rules (issue 21 §5, §11): SLA targets by tier and severity (DOMAIN.md
 * §3, seed 001 tables 1 and 2), hot-fix policy per severity (§3), severity criteria (§2), business hours
 * (§8). Every line is built from the policy data, so an override changes the answers too.
 */
import type { RegionId, SeverityId, TierId } from './ids.ts';
import { SEVERITIES, TIERS } from './ids.ts';
import type { Duration, Policy } from './policy/schema.ts';

export function describeDuration(d: Duration): string {
  const unit = { minutes: 'minute', hours: 'hour', 'business-hours': 'business hour', 'business-days': 'business day' }[
    d.unit
  ];
  return `${d.amount} ${unit}${d.amount === 1 ? '' : 's'}`;
}

const SEVERITY_WORDS: Array<[RegExp, SeverityId]> = [
  [
    /\bcritical[\s–—-]*(?:production|prod)[\s-]*down\b|\bproduction[\s-]*down\b|\bprod[\s-]*down\b/i,
    'critical-production-down',
  ],
  [/\bcritical\b(?![\s–—-]*(?:production|prod)[\s-]*down)/i, 'critical'],
  [/\bhigh\b/i, 'high'],
  [/\bmedium\b/i, 'medium'],
  [/\blow\b/i, 'low'],
];

/** Severities named in a question ("for High and Medium"); none named means all of them. */
export function severitiesIn(text: string): SeverityId[] {
  return SEVERITY_WORDS.filter(([re]) => re.test(text)).map(([, id]) => id);
}

/** Care tiers named in a question ("on Premium Care"), longest names first. */
export function tiersIn(text: string, policy: Policy): TierId[] {
  const lower = text.toLowerCase();
  const byLength = [...TIERS].sort((a, b) => policy.tiers[b].name.length - policy.tiers[a].name.length);
  const found: TierId[] = [];
  let rest = lower;
  for (const tier of byLength) {
    const name = policy.tiers[tier].name.toLowerCase();
    if (rest.includes(name)) {
      found.push(tier);
      rest = rest.replaceAll(name, ' ');
    }
  }
  return found;
}

/** One line per tier group and severity: response and restoration/resolution targets. */
export function slaLines(policy: Policy, tiers: readonly TierId[], severities: readonly SeverityId[]): string[] {
  const wanted = severities.length > 0 ? severities : [...SEVERITIES];
  const tierList = tiers.length > 0 ? tiers : [...TIERS];
  const byTable = new Map<string, TierId[]>();
  for (const tier of tierList) {
    const table = policy.tiers[tier].targetTable;
    byTable.set(table, [...(byTable.get(table) ?? []), tier]);
  }
  const lines: string[] = [];
  for (const [table, group] of byTable) {
    const names = group.map((t) => policy.tiers[t].name).join(', ');
    for (const severity of wanted) {
      const row = policy.targetTables[table]![severity];
      const s = policy.severities[severity];
      const commitment = row.target.commitmentPercent ? ` (for ${row.target.commitmentPercent}% of cases)` : '';
      const callIn = s.mustCallIn ? ', must be called in' : '';
      lines.push(
        `${names} — ${s.name}: first response within ${describeDuration(row.response)}${callIn}; ${row.target.kind} target ${describeDuration(row.target.duration)}${commitment}; handled ${s.processed === '7x24' ? '7x24' : 'in business hours'}.`,
      );
    }
  }
  return lines;
}

export function hotFixLines(policy: Policy, severities: readonly SeverityId[]): string[] {
  const wanted = severities.length > 0 ? severities : [...SEVERITIES];
  return wanted.map((s) => `${policy.severities[s].name}: ${policy.severities[s].hotFix.text}`);
}

export function severityLines(policy: Policy, severities: readonly SeverityId[]): string[] {
  const wanted = severities.length > 0 ? severities : [...SEVERITIES];
  return wanted.map((s) => {
    const p = policy.severities[s];
    return `${p.name}${p.allowedOnTest ? '' : ' (production systems only; a test/lab system is at most High)'}: ${p.criteria}`;
  });
}

const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function businessHoursLines(
  policy: Policy,
  regions: readonly RegionId[],
  zoneOf: (r: RegionId) => string,
): string[] {
  return regions.map((r) => {
    const p = policy.regions[r];
    const days = p.businessHours.days;
    const span = days.length > 1 ? `${WEEKDAYS[days[0]!]}–${WEEKDAYS[days.at(-1)!]}` : WEEKDAYS[days[0]!];
    return `${p.name}: ${span} ${p.businessHours.open}–${p.businessHours.close} (${zoneOf(r)} time), except public holidays (${p.holidayCountry}); Critical issues 7x24 by telephone on ${p.customerCarePhone}; the regional Licensing team (${p.licensingEmail}) works the same business hours.`;
  });
}
