/**
 * FEATURE / INCREMENT lines: `FEATURE name vendor version expiry count [key=value…] [signature]`.
 * The count may be a number, `uncounted`, or 0 (= uncounted). Older FLEXlm lines may omit the count
 * and carry a positional license key and a quoted vendor string after it.
 */
import { parseExpiry } from './expiry.ts';
import { normaliseHostIds } from './host-id.ts';
import type { Token } from './tokens.ts';
import type { LicenseDiagnostic, LicenseFeature } from './types.ts';

const VERSION = /^\d+(\.\d+)*$/;
const COUNT = /^\d+$/;
// A positional license key (FLEXlm v5: 12 hex digits, later 20) or a signature.
const LICENSE_KEY = /^[0-9A-F]{12,}$/i;
const SIGNATURE_KEYS = new Set(['SIGN', 'SIGN2', 'AUTH']);
// Bare words FlexLM accepts among a feature's options.
const FLAGS = new Set([
  'SUPERSEDE',
  'USER_BASED',
  'HOST_BASED',
  'MINIMUM',
  'TS_OK',
  'ONE_TS_OK',
  'FLOAT_OK',
  'BORROW',
  'CAPACITY',
  'UNCOUNTED',
]);

export interface FeatureLineResult {
  feature: LicenseFeature | null;
  diagnostics: LicenseDiagnostic[];
}

export function parseFeatureLine(keyword: 'FEATURE' | 'INCREMENT', tokens: Token[], line: number): FeatureLineResult {
  const diagnostics: LicenseDiagnostic[] = [];
  // Plain functions, not closures: this runs for every feature of every file (see bench/license-files.bench.ts).
  const error = report.bind(null, diagnostics, line, 'error');
  const warning = report.bind(null, diagnostics, line, 'warning');

  const [name, vendor, version, expiryToken] = tokens.map((token) => token.value);
  if (!name || !vendor || !version || !expiryToken) {
    error(`${keyword} line has ${tokens.length} of the 4 required fields (name, vendor, version, expiry)`);
    return { feature: null, diagnostics };
  }
  if (!VERSION.test(version)) error(`${keyword} ${name}: version "${version}" is not a version number`);

  const expiry = parseExpiry(expiryToken);
  if (!expiry.ok) error(`${keyword} ${name}: ${expiry.message}`);

  let rest = tokens.slice(4);
  let count: LicenseFeature['count'] = 'uncounted';
  const countToken = rest[0];
  if (countToken && countToken.key === null && isCount(countToken.value)) {
    count =
      countToken.value.toLowerCase() === 'uncounted' || Number(countToken.value) === 0
        ? 'uncounted'
        : Number(countToken.value);
    rest = rest.slice(1);
  } else if (countToken && countToken.key === null && !countToken.quoted && !LICENSE_KEY.test(countToken.value)) {
    error(`${keyword} ${name}: license count "${countToken.value}" is not a number or "uncounted"`);
    rest = rest.slice(1);
  } else {
    warning(`${keyword} ${name}: no license count (older FLEXlm form); read as uncounted`);
  }

  const options: Record<string, string> = {};
  let vendorString: string | null = null;
  let hostIds: string[] = [];
  let signed = false;
  for (const token of rest) {
    if (token.key !== null) {
      options[token.key] = token.value;
      const key = token.key.toUpperCase();
      if (SIGNATURE_KEYS.has(key)) signed = true;
      if (key === 'VENDOR_STRING') vendorString = token.value;
      if (key === 'HOSTID') {
        const host = normaliseHostIds(token.value);
        if (host.ok) hostIds = host.hostIds;
        else error(`${keyword} ${name}: ${host.message}`);
      }
    } else if (token.quoted && vendorString === null) {
      vendorString = token.value; // the older positional vendor string
    } else if (LICENSE_KEY.test(token.value)) {
      signed = true;
    } else if (!FLAGS.has(token.value.toUpperCase())) {
      warning(`${keyword} ${name}: unrecognised word "${token.raw}"`);
    }
  }

  if (!signed) warning(`${keyword} ${name}: no signature (SIGN= or a license key): the line may be cut short`);

  const feature: LicenseFeature = {
    keyword,
    name,
    vendor,
    version,
    expiry: expiry.ok ? expiry.expiry : null,
    permanent: expiry.ok && expiry.permanent,
    count,
    hostId: hostIds.length > 0 ? hostIds.join(' ') : null,
    hostIds,
    vendorString,
    options,
    line,
  };
  return { feature, diagnostics };
}

function report(diagnostics: LicenseDiagnostic[], line: number, severity: 'error' | 'warning', message: string): void {
  diagnostics.push({ line, severity, message });
}

function isCount(value: string): boolean {
  return COUNT.test(value) || value.toLowerCase() === 'uncounted';
}
