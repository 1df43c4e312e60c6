import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { weekOf } from '../../../../src/domain/sla/index.ts';
import { reportSla } from '../../../../src/services/report-sla.ts';
import { renderSlaHtml } from '../../../../src/services/reports/sla-html.ts';
import { percent, renderSlaCsv, renderSlaTable } from '../../../../src/services/reports/sla-text.ts';
import { openDatabase } from '../../../../src/store/database.ts';
import { insertDecidedCases, novemberCases } from '../../../support/report-fixture.ts';

async function novemberReport() {
  const db = openDatabase(':memory:');
  await insertDecidedCases(db, novemberCases());
  const report = await reportSla(db, DEFAULT_POLICY, {
    from: new Date('2026-11-02T00:00:00Z'),
    to: new Date('2026-11-23T00:00:00Z'),
    asOf: new Date('2026-12-01T10:00:00Z'),
  });
  db.$client.close();
  return report;
}

describe('report sla (issue 22 §4)', () => {
  it('issue 22 §4: the table reads "met 45 of 50 (90%) — commitment 90% ✔" with human dates, and says when a commitment is missed', async () => {
    const text = renderSlaTable(await novemberReport(), DEFAULT_POLICY);
    expect(text).toContain(
      'SLA compliance of cases whose clock started Mon 2 Nov 2026 – Sun 22 Nov 2026 (UTC), as of Tue 1 Dec 2026 10:00 UTC',
    );
    const lines = text.split('\n');
    expect(lines.find((l) => l.startsWith('Premium Care'))).toMatch(
      /^Premium Care\s+High\s+50\s+met 50 of 50 \(100%\)\s+met 45 of 50 \(90%\) — commitment 90% ✔$/,
    );
    expect(lines.find((l) => l.startsWith('Business Care'))).toMatch(
      /Medium\s+10\s+met 10 of 10 \(100%\)\s+met 7 of 10 \(70%\) — commitment 80% ✘$/,
    );
    expect(lines.find((l) => l.startsWith('All'))).toMatch(/60\s+met 60 of 60 \(100%\)\s+met 52 of 60 \(86\.6%\)$/);
    expect(text).toContain(
      'week of Mon 9 Nov 2026: 30 case(s); response met 30 of 30 (100%); target met 25 of 30 (83.3%)',
    );
  });

  it('issue 22 §4: a share just under the commitment is shown rounded down (89.9%), never as a met 90%', () => {
    expect(percent(0.8996)).toBe('89.9%');
    expect(percent(0.9)).toBe('90%');
    expect(percent(2 / 3)).toBe('66.6%');
  });

  it('issue 22 §4: --csv gives one row per tier and severity with canonical ids and percentages', async () => {
    const csv = renderSlaCsv(await novemberReport());
    expect(csv.split('\r\n')).toEqual([
      'tier,severity,cases,response_met,response_missed,response_pending,response_met_percent,target_met,target_missed,target_pending,target_met_percent,commitment_percent,commitment_met',
      'business-care,medium,10,10,0,0,100,7,3,0,70,80,false',
      'premium-care,high,50,50,0,0,100,45,5,0,90,90,true',
      '',
    ]);
  });

  it('issue 22 §4: the weekly trend has a row per week of the period, empty weeks included', async () => {
    const weeks = (await novemberReport()).weeks;
    expect(weeks.map((w) => [w.week, w.cases, w.targetMet, w.targetMissed])).toEqual([
      ['2026-11-02', 20, 20, 0],
      ['2026-11-09', 30, 25, 5],
      ['2026-11-16', 10, 7, 3],
    ]);
    expect(weekOf(new Date('2026-11-22T23:59:59Z'))).toBe('2026-11-16');
    expect(weekOf(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
  });

  it('issue 22 §4: the HTML page is self-contained (inline SVG, no script, no external asset) and escapes its text', async () => {
    const policy = {
      ...DEFAULT_POLICY,
      tiers: { ...DEFAULT_POLICY.tiers, 'premium-care': { name: '<b>Premium</b> & "Care"', targetTable: 'enhanced' } },
    };
    const html = renderSlaHtml(await novemberReport(), policy);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).not.toMatch(/<script|<link|<img|\bsrc=|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html).toContain('&lt;b&gt;Premium&lt;/b&gt; &amp; &quot;Care&quot;');
    expect(html).not.toContain('<b>Premium</b>');
    expect(html).toContain('met 45 of 50 (90%) — commitment 90% ✔');
  });
});
