/** The license-file parser's public API (DOMAIN.md §6, §9; seed 002). */

export { parseExpiry } from './expiry.ts';
export { normaliseHostIds } from './host-id.ts';
export { parseLicenseFile } from './parse.ts';
export type {
  DiagnosticSeverity,
  HostIdField,
  LicenseCount,
  LicenseDiagnostic,
  LicenseFeature,
  LicenseFileReport,
  LicenseServer,
  LicenseVendor,
  ServerConfiguration,
} from './types.ts';
