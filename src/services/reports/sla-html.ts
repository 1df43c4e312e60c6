/**
 * The SLA report as one self-contained HTML page (issue 22): inline CSS and SVG, no script, no external
 * asset, so it opens anywhere and can be mailed. Compliance per tier and severity as bars against each
 * commitment, and the weekly trend as lines. Every text is escaped.
 */
import type { Policy } from '../../domain/policy/schema.ts';
import type { SlaReport } from '../report-sla.ts';
import {
  commitmentNote,
  describeRange,
  humanDay,
  humanInstant,
  outcome,
  percent,
  severityName,
  tierName,
} from './sla-text.ts';

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const GREEN = '#2e7d32';
const RED = '#c62828';
const GREY = '#9e9e9e';
const BLUE = '#1565c0';
const ORANGE = '#ef6c00';

function barsSvg(report: SlaReport, policy: Policy): string {
  const rowHeight = 28;
  const labelWidth = 330;
  const barWidth = 420;
  const height = report.rows.length * rowHeight + 40;
  const bars = report.rows.map((r, i) => {
    const y = 20 + i * rowHeight;
    const share = r.targetMetShare;
    const colour = r.commitmentMet === null ? GREY : r.commitmentMet ? GREEN : RED;
    const label = `${tierName(policy, r.tier)} · ${severityName(policy, r.severity)}`;
    const width = share === null ? 0 : Math.max(1, share * barWidth);
    const mark =
      r.commitmentPercent === null
        ? ''
        : `<line x1="${labelWidth + (r.commitmentPercent / 100) * barWidth}" y1="${y - 2}" x2="${labelWidth + (r.commitmentPercent / 100) * barWidth}" y2="${y + 20}" stroke="#212121" stroke-width="2"/>`;
    const value = share === null ? 'none decided' : percent(share);
    return `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(label)}</text>
<rect x="${labelWidth}" y="${y}" width="${barWidth}" height="18" fill="#eeeeee"/>
<rect x="${labelWidth}" y="${y}" width="${width.toFixed(1)}" height="18" fill="${colour}"/>${mark}
<text x="${labelWidth + barWidth + 8}" y="${y + 14}">${escapeHtml(value)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 90}" height="${height}" role="img" aria-label="Target met per tier and severity" font-family="sans-serif" font-size="13">
${bars.join('\n')}
</svg>`;
}

function trendSvg(report: SlaReport): string {
  const width = 760;
  const height = 260;
  const left = 50;
  const right = 60;
  const top = 20;
  const bottom = 50;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const weeks = report.weeks;
  const x = (i: number) => left + (weeks.length <= 1 ? plotWidth / 2 : (i / (weeks.length - 1)) * plotWidth);
  const y = (share: number) => top + (1 - share) * plotHeight;
  const line = (pick: (w: (typeof weeks)[number]) => number | null, colour: string) => {
    const points = weeks.flatMap((w, i) => {
      const share = pick(w);
      return share === null ? [] : [[x(i), y(share)] as const];
    });
    const path = points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
    const dots = points.map(
      ([px, py]) => `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="4" fill="${colour}"/>`,
    );
    return `${points.length > 1 ? `<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="3"/>` : ''}${dots.join('')}`;
  };
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (g) =>
        `<line x1="${left}" y1="${y(g)}" x2="${width - right}" y2="${y(g)}" stroke="#e0e0e0"/><text x="${left - 6}" y="${y(g) + 4}" text-anchor="end">${g * 100}%</text>`,
    )
    .join('\n');
  const commitments = [0.8, 0.9]
    .map(
      (c) =>
        `<line x1="${left}" y1="${y(c)}" x2="${width - right}" y2="${y(c)}" stroke="#757575" stroke-dasharray="6 4"/>`,
    )
    .join('\n');
  const labels = weeks
    .map(
      (w, i) =>
        `<text x="${x(i)}" y="${height - bottom + 18}" text-anchor="middle">${escapeHtml(humanDay(w.week).slice(4))}</text>`,
    )
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="Weekly trend" font-family="sans-serif" font-size="12">
${grid}
${commitments}
${line((w) => w.responseMetShare, BLUE)}
${line((w) => w.targetMetShare, ORANGE)}
${labels}
<rect x="${left}" y="${height - 20}" width="12" height="12" fill="${BLUE}"/><text x="${left + 18}" y="${height - 10}">first response met</text>
<rect x="${left + 170}" y="${height - 20}" width="12" height="12" fill="${ORANGE}"/><text x="${left + 188}" y="${height - 10}">target met</text>
<text x="${left + 300}" y="${height - 10}">dashed: the 80% and 90% commitments</text>
</svg>`;
}

export function renderSlaHtml(report: SlaReport, policy: Policy): string {
  const t = report.totals;
  const rows = report.rows
    .map(
      (
        r,
      ) => `<tr><td>${escapeHtml(tierName(policy, r.tier))}</td><td>${escapeHtml(severityName(policy, r.severity))}</td><td class="n">${r.count}</td>
<td>${escapeHtml(outcome(r.responseMet, r.responseMissed, r.responsePending))}</td>
<td class="${r.commitmentMet === false ? 'missed' : r.commitmentMet ? 'met' : ''}">${escapeHtml(outcome(r.targetMet, r.targetMissed, r.targetPending) + commitmentNote(r))}</td></tr>`,
    )
    .join('\n');
  const title = `SLA compliance, ${describeRange(report)}`;
  const body =
    report.rows.length === 0
      ? '<p>No case with a running clock in that period.</p>'
      : `<table>
<thead><tr><th>Tier</th><th>Severity</th><th>Cases</th><th>First response</th><th>Resolution / restoration target</th></tr></thead>
<tbody>
${rows}
<tr class="total"><td>All</td><td></td><td class="n">${t.cases}</td><td>${escapeHtml(outcome(t.responseMet, t.responseMissed, t.responsePending))}</td><td>${escapeHtml(outcome(t.targetMet, t.targetMissed, t.targetPending))}</td></tr>
</tbody></table>
<h2>Target met per tier and severity</h2>
<p class="note">Bars: share of decided cases that met their resolution or restoration target; the black mark is the commitment (green: met, red: missed, grey: no verdict).</p>
${barsSvg(report, policy)}
<h2>Weekly trend</h2>
${trendSvg(report)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body { font-family: sans-serif; margin: 24px; color: #212121; background: #ffffff; }
table { border-collapse: collapse; margin: 12px 0 24px; }
th, td { border: 1px solid #bdbdbd; padding: 6px 10px; text-align: left; }
th { background: #e3f2fd; }
td.n { text-align: right; }
td.met { color: ${GREEN}; }
td.missed { color: ${RED}; font-weight: bold; }
tr.total td { font-weight: bold; background: #fafafa; }
.note { color: #616161; font-size: 13px; }
</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>Cases whose clock started in the period (UTC), as of ${escapeHtml(humanInstant(report.asOf))}. Pending cases are counted once decided.</p>
${body}
</body></html>
`;
}
