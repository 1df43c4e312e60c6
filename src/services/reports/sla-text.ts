/**
 * The SLA report as people read it (issue 22): human dates and "met 45 of 50 (90%) — commitment 90% ✔",
 * and as CSV for a spreadsheet. Pure: the report in, text out.
 */
import type { SeverityId, TierId } from '../../domain/ids.ts';
import type { Policy } from '../../domain/policy/schema.ts';
import type { ComplianceRow } from '../../domain/sla/index.ts';
import type { SlaReport } from '../report-sla.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' });

/** "Mon 2 Nov 2026". */
export const humanDay = (iso: string) => dayFormat.format(new Date(iso)).replace(',', '');
export const humanInstant = (iso: string) => `${humanDay(iso)} ${timeFormat.format(new Date(iso))} UTC`;

/** The last day of a range that ends (exclusive) at midnight, else the end itself. */
export function describeRange(report: Pick<SlaReport, 'from' | 'to'>): string {
  const to = new Date(report.to);
  const last = to.getTime() % 86_400_000 === 0 ? new Date(to.getTime() - 86_400_000).toISOString() : report.to;
  return `${humanDay(report.from)} – ${humanDay(last)}`;
}

/** 90% · 89.9% (one decimal, rounded down unless whole: 89.96% must not read as a met 90% commitment). */
export function percent(share: number): string {
  const value = share * 100;
  if (Math.abs(value - Math.round(value)) < 1e-9) return `${Math.round(value)}%`;
  return `${(Math.floor(value * 10) / 10).toFixed(1)}%`;
}

export function outcome(met: number, missed: number, pending: number): string {
  const decided = met + missed;
  const pendingNote = pending > 0 ? `, ${pending} pending` : '';
  if (decided === 0) return pending > 0 ? `none decided yet (${pending} pending)` : 'no cases';
  return `met ${met} of ${decided} (${percent(met / decided)})${pendingNote}`;
}

export function commitmentNote(row: ComplianceRow): string {
  if (row.commitmentPercent === null) return ' — no committed share';
  if (row.commitmentMet === null) return ` — commitment ${row.commitmentPercent}%`;
  return ` — commitment ${row.commitmentPercent}% ${row.commitmentMet ? '✔' : '✘'}`;
}

export const tierName = (policy: Policy, tier: TierId) => policy.tiers[tier]?.name ?? tier;
export const severityName = (policy: Policy, severity: SeverityId) => policy.severities[severity]?.name ?? severity;

export function renderSlaTable(report: SlaReport, policy: Policy): string {
  const header = `SLA compliance of cases whose clock started ${describeRange(report)} (UTC), as of ${humanInstant(report.asOf)}`;
  if (report.rows.length === 0) return `${header}\n\nNo case with a running clock in that period.`;
  const lines = report.rows.map((r) => [
    tierName(policy, r.tier),
    severityName(policy, r.severity),
    String(r.count),
    outcome(r.responseMet, r.responseMissed, r.responsePending),
    outcome(r.targetMet, r.targetMissed, r.targetPending) + commitmentNote(r),
  ]);
  const t = report.totals;
  lines.push([
    'All',
    '',
    String(t.cases),
    outcome(t.responseMet, t.responseMissed, t.responsePending),
    outcome(t.targetMet, t.targetMissed, t.targetPending),
  ]);
  const head = ['Tier', 'Severity', 'Cases', 'First response', 'Resolution / restoration target'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ');
  const weekly = report.weeks
    .map(
      (w) =>
        `  week of ${humanDay(w.week)}: ${w.cases} case(s); response ${outcome(w.responseMet, w.responseMissed, 0)}; target ${outcome(w.targetMet, w.targetMissed, 0)}`,
    )
    .join('\n');
  return [header, '', row(head), ...lines.map(row), '', 'Week by week:', weekly].join('\n');
}

const CSV_HEAD = [
  'tier',
  'severity',
  'cases',
  'response_met',
  'response_missed',
  'response_pending',
  'response_met_percent',
  'target_met',
  'target_missed',
  'target_pending',
  'target_met_percent',
  'commitment_percent',
  'commitment_met',
];

const csvCell = (value: string | number | boolean | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const csvPercent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** One row per tier and severity, canonical ids (DOMAIN.md §9), shares as percentages with one decimal. */
export function renderSlaCsv(report: SlaReport): string {
  const rows = report.rows.map((r) => [
    r.tier,
    r.severity,
    r.count,
    r.responseMet,
    r.responseMissed,
    r.responsePending,
    csvPercent(r.responseMetShare),
    r.targetMet,
    r.targetMissed,
    r.targetPending,
    csvPercent(r.targetMetShare),
    r.commitmentPercent,
    r.commitmentMet,
  ]);
  return `${[CSV_HEAD, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
