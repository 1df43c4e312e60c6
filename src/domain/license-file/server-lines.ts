/**
 * SERVER, VENDOR and DAEMON lines.
 * `SERVER host hostid [port] [PRIMARY_IS_MASTER] [HEARTBEAT_INTERVAL=n]`;
 * `VENDOR name [path] [[OPTIONS=]options] [[PORT=]port]`; the older `DAEMON name path [options]`.
 */
import { normaliseHostIds } from './host-id.ts';
import type { Token } from './tokens.ts';
import type { LicenseDiagnostic, LicenseServer, LicenseVendor } from './types.ts';

const PORT = /^\d{1,5}$/;

export function parseServerLine(
  tokens: Token[],
  line: number,
): { server: LicenseServer | null; diagnostics: LicenseDiagnostic[] } {
  const diagnostics: LicenseDiagnostic[] = [];
  const [hostToken, hostIdToken, ...rest] = tokens;
  if (!hostToken || !hostIdToken) {
    diagnostics.push({ line, severity: 'error', message: 'SERVER line needs a host name and a host id' });
    return { server: null, diagnostics };
  }
  const hostIdText = hostIdToken.key === null ? hostIdToken.value : `${hostIdToken.key}=${hostIdToken.value}`;
  const host = normaliseHostIds(hostIdText);
  if (!host.ok) diagnostics.push({ line, severity: 'error', message: `SERVER ${hostToken.value}: ${host.message}` });
  let port: number | null = null;
  for (const token of rest) {
    if (token.key === null && PORT.test(token.value) && port === null) port = Number(token.value);
    else if (token.key === null && token.value.toUpperCase() === 'PRIMARY_IS_MASTER') continue;
    else if (token.key?.toUpperCase() === 'HEARTBEAT_INTERVAL') continue;
    else if (token.key?.toUpperCase() === 'PORT' && PORT.test(token.value)) port = Number(token.value);
    else
      diagnostics.push({
        line,
        severity: 'warning',
        message: `SERVER ${hostToken.value}: unrecognised word "${token.raw}"`,
      });
  }
  const hostIds = host.ok ? host.hostIds : [];
  return {
    server: { hostName: hostToken.value, hostId: hostIds.length ? hostIds.join(' ') : null, hostIds, port, line },
    diagnostics,
  };
}

export function parseVendorLine(
  keyword: 'VENDOR' | 'DAEMON',
  tokens: Token[],
  line: number,
): { vendor: LicenseVendor | null; diagnostics: LicenseDiagnostic[] } {
  const diagnostics: LicenseDiagnostic[] = [];
  const [nameToken, ...rest] = tokens;
  if (!nameToken || nameToken.key !== null) {
    diagnostics.push({ line, severity: 'error', message: `${keyword} line needs a vendor daemon name` });
    return { vendor: null, diagnostics };
  }
  const vendor: LicenseVendor = { keyword, name: nameToken.value, path: null, optionsFile: null, port: null, line };
  for (const token of rest) {
    const key = token.key?.toUpperCase();
    if (key === 'OPTIONS') vendor.optionsFile = token.value;
    else if (key === 'PORT' && PORT.test(token.value)) vendor.port = Number(token.value);
    else if (token.key === null && vendor.path === null) vendor.path = token.value;
    else if (token.key === null && vendor.optionsFile === null) vendor.optionsFile = token.value;
    else if (token.key === null && vendor.port === null && PORT.test(token.value)) vendor.port = Number(token.value);
    else
      diagnostics.push({
        line,
        severity: 'warning',
        message: `${keyword} ${vendor.name}: unrecognised word "${token.raw}"`,
      });
  }
  if (keyword === 'DAEMON' && vendor.path === null) {
    diagnostics.push({
      line,
      severity: 'warning',
      message: `DAEMON ${vendor.name}: the older DAEMON form expects a path`,
    });
  }
  return { vendor, diagnostics };
}
