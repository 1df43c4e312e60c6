/**
 * A license file in a few lines (issue 20 §3): what an approver needs to see of the customer's original
 * file — its features, host ids, expiry and what the parser found wrong — kept with the approval.
 */
import type { LicenseFileReport } from './types.ts';

export interface OriginalSummary {
  features: Array<{ name: string; version: string; count: string; expiry: string }>;
  hostIds: string[];
  earliestExpiry: string | null;
  diagnostics: string[];
}

export function summariseLicenseFile(report: LicenseFileReport): OriginalSummary {
  return {
    features: report.features.map((f) => ({
      name: f.name,
      version: f.version,
      count: String(f.count),
      expiry: f.permanent ? 'permanent' : (f.expiry ?? 'unreadable expiry'),
    })),
    hostIds: [...new Set([...report.servers.flatMap((s) => s.hostIds), ...report.features.flatMap((f) => f.hostIds)])],
    earliestExpiry: report.earliestExpiry,
    diagnostics: report.diagnostics.map((d) => `line ${d.line}: ${d.message}`),
  };
}
