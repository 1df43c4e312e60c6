/**
 * What a FlexLM / FlexNet license file says, as the parser reports it (DOMAIN.md §6, §9; seed 002).
 * Host ids use the canonical forms of DOMAIN.md §9: a MAC is 12 lowercase hex digits, other ids keep
 * their type (`DISK_SERIAL_NUM=1a2b3c4d`, `ANY`, `DEMO`), a UNIX hostid is 8 lowercase hex digits.
 */

export type DiagnosticSeverity = 'error' | 'warning';

/** A problem found in the file, tied to the (first physical) line it was found on. */
export interface LicenseDiagnostic {
  line: number;
  severity: DiagnosticSeverity;
  message: string;
}

/** A host id as written, normalised; a quoted list means "any of these hosts". */
export interface HostIdField {
  /** The normalised id; for a list, the normalised ids joined by one space (FlexLM's own list form). */
  hostId: string | null;
  /** One entry per alternative host (empty when the line names no host id). */
  hostIds: string[];
}

export interface LicenseServer extends HostIdField {
  hostName: string;
  port: number | null;
  line: number;
}

export interface LicenseVendor {
  keyword: 'VENDOR' | 'DAEMON';
  name: string;
  path: string | null;
  optionsFile: string | null;
  port: number | null;
  line: number;
}

export type LicenseCount = number | 'uncounted';

export interface LicenseFeature extends HostIdField {
  keyword: 'FEATURE' | 'INCREMENT';
  name: string;
  vendor: string;
  version: string;
  /** ISO date (YYYY-MM-DD) for a dated (temporary) feature; null when permanent or unreadable. */
  expiry: string | null;
  /** `permanent`, or a zero year (`01-jan-00`, `1-jan-0`, `01-jan-0000`): never expires (seed 002). */
  permanent: boolean;
  count: LicenseCount;
  vendorString: string | null;
  /** Every key=value option on the line, keys as written (`ck`, `SIGN`, `ISSUER`, …). */
  options: Record<string, string>;
  line: number;
}

/** single = one SERVER line; three-redundant = three (quorum of two, seed 002); invalid = two or more than three. */
export type ServerConfiguration = 'none' | 'single' | 'three-redundant' | 'invalid';

export interface LicenseFileReport {
  servers: LicenseServer[];
  serverConfiguration: ServerConfiguration;
  vendors: LicenseVendor[];
  useServer: boolean;
  features: LicenseFeature[];
  /** True when any feature carries a dated expiry (seed 002: "a temporary license … has an expiration date"). */
  temporary: boolean;
  /** The earliest dated expiry (YYYY-MM-DD), or null when every feature is permanent. */
  earliestExpiry: string | null;
  diagnostics: LicenseDiagnostic[];
  /** Shorthand for "diagnostics contain an error": the file should not be relied on as it stands. */
  hasErrors: boolean;
}
