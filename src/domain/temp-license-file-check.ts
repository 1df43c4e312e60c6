/**
 * Is the file staff attach to approve a temporary license the one the rule allows (DOMAIN.md §6;
 * issue 20 §3)? Checked before anything is sent to the customer.
 *
 * | check                 | passes when                                                                 |
 * |-----------------------|-----------------------------------------------------------------------------|
 * | a license file        | it parses into at least one FEATURE / INCREMENT line, with no errors        |
 * | same feature set      | the same feature names, versions and counts as the original (when on file) |
 * | temporary             | every feature carries an expiry date (none permanent)                        |
 * | duration              | every feature expires on today + 30 / 7 days in the case's time zone,       |
 * |                       | or the day either side (a file cut in another time zone)                     |
 */
import type { LicenseFileReport } from './license-file/index.ts';
import type { OriginalSummary } from './license-file/summary.ts';

export type TempFileCheck = { ok: true } | { ok: false; problems: string[] };

const DAY_MS = 86_400_000;

function shiftDate(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const featureKey = (f: { name: string; version: string; count: string }) => `${f.name} ${f.version} × ${f.count}`;

export function checkTemporaryLicenseFile(input: {
  file: LicenseFileReport;
  original: OriginalSummary | null;
  /** YYYY-MM-DD: today + the rule's days, in the case's time zone. */
  expectedExpiry: string;
  days: number;
}): TempFileCheck {
  const { file, original, expectedExpiry, days } = input;
  if (file.features.length === 0) {
    return { ok: false, problems: ['it is not a license file: no FEATURE or INCREMENT line was found'] };
  }
  const problems: string[] = [];
  for (const diagnostic of file.diagnostics.filter((d) => d.severity === 'error').slice(0, 3)) {
    problems.push(`line ${diagnostic.line}: ${diagnostic.message}`);
  }
  if (original && original.features.length > 0) {
    const want = new Set(original.features.map(featureKey));
    const got = new Set(
      file.features.map((f) => featureKey({ name: f.name, version: f.version, count: String(f.count) })),
    );
    const missing = [...want].filter((k) => !got.has(k));
    const extra = [...got].filter((k) => !want.has(k));
    if (missing.length > 0) problems.push(`features of the original missing: ${missing.join(', ')}`);
    if (extra.length > 0) problems.push(`features the original does not have: ${extra.join(', ')}`);
  }
  const allowed = new Set([shiftDate(expectedExpiry, -1), expectedExpiry, shiftDate(expectedExpiry, 1)]);
  const permanent = file.features.filter((f) => f.permanent || !f.expiry);
  if (permanent.length > 0) {
    problems.push(
      `not temporary: ${permanent.map((f) => f.name).join(', ')} ${permanent.length === 1 ? 'has' : 'have'} no expiry date`,
    );
  }
  const wrongDates = [
    ...new Set(file.features.filter((f) => f.expiry && !allowed.has(f.expiry)).map((f) => f.expiry!)),
  ];
  if (wrongDates.length > 0) {
    problems.push(`expires on ${wrongDates.join(', ')}; a ${days}-day file from today expires on ${expectedExpiry}`);
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
